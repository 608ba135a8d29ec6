package io.strikeimpact.model.check;

import java.util.List;

/**
 * A figure the data can vouch for, with the words that tie it to a sentence.
 *
 * @param value the figure: a count, a rate, a ratio, a percentage, hours or days
 * @param shown how the reports write it: "4,726", "1,150.3", "3.1 times"
 * @param what what it is, for the verdict: "all sites' total for the junior doctors' strike of 13
 *     to 15 March 2023"
 * @param source where it comes from: "the sum of the returns: nnuh.xlsx, qeh.csv"
 * @param cues groups of words; a sentence that contains a word of a group speaks of this fact
 * @param site the site's cue group, empty for all sites: a sentence naming another site does not
 *     speak of it
 */
record Fact(
    Kind kind,
    double value,
    String shown,
    String what,
    String source,
    List<List<String>> cues,
    List<String> site) {
  enum Kind {
    COUNT,
    RATE,
    RATIO,
    PERCENT,
    HOURS,
    DAYS
  }

  Fact {
    cues = cues.stream().map(List::copyOf).toList();
    site = List.copyOf(site);
  }

  /** "all sites' total for ... (the sum of the returns: ...)". */
  String explain() {
    return what + (source.isEmpty() ? "" : " (" + source + ")");
  }
}
