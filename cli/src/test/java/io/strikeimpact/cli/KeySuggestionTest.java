package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeySuggestionTest {
  private static final Set<String> KEYS =
      Set.of("organisation", "press.email", "press.phone", "area", "title", "board.author");

  @Test
  void a_typo_is_answered_with_the_key_it_was_meant_to_be() {
    assertEquals(Optional.of("organisation"), KeySuggestion.nearest("organization", KEYS));
    assertEquals(Optional.of("press.email"), KeySuggestion.nearest("press.emial", KEYS));
    assertEquals(Optional.of("board.author"), KeySuggestion.nearest("board.autor", KEYS));
  }

  @Test
  void a_different_word_gets_no_suggestion() {
    assertEquals(Optional.empty(), KeySuggestion.nearest("colour.secondary", KEYS));
    // Short keys allow only one edit: "aria" is a typo of "area", "year" is not.
    assertEquals(Optional.of("area"), KeySuggestion.nearest("aria", KEYS));
    assertEquals(Optional.empty(), KeySuggestion.nearest("year", KEYS));
  }

  @Test
  void a_swap_of_neighbouring_letters_is_one_edit() {
    assertEquals(1, KeySuggestion.distance("emial", "email"));
    assertEquals(2, KeySuggestion.distance("abc", "cab"));
    assertEquals(0, KeySuggestion.distance("title", "title"));
  }
}
