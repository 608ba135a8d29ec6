package io.strikeimpact.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.ActivityType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Type words written in full, and patterns with {@code *} for clinic codes. */
class TypeWordsTest {
  private static TypeWords words() {
    Map<String, ActivityType> words = new LinkedHashMap<>();
    words.put("OP-*", ActivityType.OUTPATIENT);
    words.put("OP-DC*", ActivityType.INPATIENT);
    words.put("DC-*", ActivityType.INPATIENT);
    words.put("OP-DCX", ActivityType.OUTPATIENT);
    return new TypeWords(words);
  }

  private static List<Optional<ActivityType>> typesOf(String... codes) {
    return java.util.Arrays.stream(codes).map(words()::typeOf).toList();
  }

  @Test
  void a_prefix_pattern_reads_every_clinic_code_it_starts() {
    assertEquals(
        List.of(
            Optional.of(ActivityType.OUTPATIENT),
            Optional.of(ActivityType.OUTPATIENT),
            Optional.of(ActivityType.INPATIENT),
            Optional.of(ActivityType.OUTPATIENT)),
        typesOf("OP-CARD1", " op-derm ", "DC-ENT", "OP-"));
  }

  @Test
  void the_longer_pattern_wins_and_a_word_in_full_wins_over_both() {
    assertEquals(
        List.of(Optional.of(ActivityType.INPATIENT), Optional.of(ActivityType.OUTPATIENT)),
        typesOf("OP-DC12", "OP-DCX"));
  }

  @Test
  void a_code_no_pattern_fits_has_no_type() {
    assertEquals(List.of(Optional.empty(), Optional.empty()), typesOf("XOP-CARD", "IP-1"));
  }

  @Test
  void regex_characters_in_a_pattern_are_plain_text() {
    TypeWords words = new TypeWords(Map.of("F/U (*)", ActivityType.OUTPATIENT));
    assertEquals(Optional.of(ActivityType.OUTPATIENT), words.typeOf("F/U (cardiology)"));
    assertEquals(Optional.empty(), words.typeOf("F/U cardiology"));
  }
}
