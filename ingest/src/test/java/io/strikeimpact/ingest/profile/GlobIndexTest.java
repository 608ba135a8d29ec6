package io.strikeimpact.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index gives what trying every glob on every name gives: a differential test over random globs
 * (literal starts, *, **, ?, {a,b}, case) and random names, seeded so a failure repeats.
 */
class GlobIndexTest {
  private static final String[] PARTS = {
    "returns", "RM1", "rm1", "RCX", "T0001", "T00010", "*", "**", "?", "{a,b}", "nnuh", "x.csv",
    "*.xlsx", "QMM", "a", "b", "", "Returns"
  };

  private static String path(Random r, int parts) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        s.append('/');
      }
      s.append(PARTS[r.nextInt(PARTS.length)]);
      if (r.nextInt(4) == 0) {
        s.append(PARTS[r.nextInt(PARTS.length)]);
      }
    }
    return s.toString();
  }

  @Test
  void matching_is_the_same_as_trying_every_glob_on_every_name() {
    Random r = new Random(20261203);
    for (int round = 0; round < 300; round++) {
      List<List<Glob>> items = new ArrayList<>();
      for (int i = 0; i < 1 + r.nextInt(8); i++) {
        List<Glob> globs = new ArrayList<>();
        for (int g = 0; g < 1 + r.nextInt(3); g++) {
          globs.add(Glob.of(path(r, 1 + r.nextInt(3))));
        }
        items.add(globs);
      }
      GlobIndex<List<Glob>> index = new GlobIndex<>(items, x -> x);
      for (int n = 0; n < 40; n++) {
        String name = path(r, 1 + r.nextInt(3)).replace("*", "z").replace("?", "q");
        List<List<Glob>> naive =
            items.stream().filter(x -> x.stream().anyMatch(g -> g.matches(name))).toList();
        assertEquals(naive, index.matching(name), () -> name + " against " + items);
      }
    }
  }

  @Test
  void a_name_matches_a_profile_whose_literal_start_differs_only_in_case() {
    List<List<Glob>> items = List.of(List.of(Glob.of("Returns/RM1/*")), List.of(Glob.of("**")));
    GlobIndex<List<Glob>> index = new GlobIndex<>(items, x -> x);
    assertEquals(items, index.matching("returns/rm1/nnuh.csv"));
    assertEquals(List.of(items.get(1)), index.matching("returns/RCX/qeh.csv"));
  }
}
