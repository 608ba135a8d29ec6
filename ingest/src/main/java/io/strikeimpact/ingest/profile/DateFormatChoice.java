package io.strikeimpact.ingest.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * The date patterns that read a column's dates written as text, chosen for a suggested profile: the
 * pattern that reads the most of them, then, for those left, the one that reads the most of those,
 * and so on. One date that is no date at all (31/02/2023 among dd/MM/yyyy dates) does not lose the
 * pattern the rest are in; it is left over, to be named for the person to correct.
 *
 * @param patterns the patterns chosen, in the order they were chosen; empty when none reads any
 * @param misfits the indexes of the dates no chosen pattern reads, in order
 */
record DateFormatChoice(List<String> patterns, List<Integer> misfits) {
  /** At most this many patterns are proposed: a column in more forms is a column to correct. */
  static final int MOST_PATTERNS = 3;

  DateFormatChoice {
    patterns = List.copyOf(patterns);
    misfits = List.copyOf(misfits);
  }

  static DateFormatChoice of(List<String> candidates, List<String> dates) {
    List<DateFormats> formats = candidates.stream().map(DateFormats::parse).toList();
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      left.add(i);
    }
    List<String> chosen = new ArrayList<>();
    while (!left.isEmpty() && chosen.size() < MOST_PATTERNS) {
      int best = -1;
      int bestReads = 0;
      for (int p = 0; p < formats.size(); p++) {
        DateFormats f = formats.get(p);
        int reads = (int) left.stream().filter(i -> f.parseDate(dates.get(i)).isPresent()).count();
        if (reads > bestReads) {
          best = p;
          bestReads = reads;
        }
      }
      if (best < 0) {
        break;
      }
      DateFormats f = formats.get(best);
      chosen.add(candidates.get(best));
      left.removeIf(i -> f.parseDate(dates.get(i)).isPresent());
    }
    return new DateFormatChoice(chosen, left);
  }
}
