package io.strikeimpact.cli;

import io.strikeimpact.ingest.screen.IdentifierKind;
import io.strikeimpact.ingest.screen.Identifiers;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft as check-text may read and quote it: every patient identifier in it replaced by words
 * saying what was there, and the lines that held an NHS number named. A press officer pastes from
 * case notes and complaint letters; check-text prints each figure it finds, and without this it
 * would print a pasted NHS number back to the terminal, the log and whoever the output is sent to.
 *
 * <p>Postcodes, phone numbers and email addresses are taken out too but not called a problem: a
 * press release rightly gives the press office's own.
 *
 * @param text the draft with identifiers replaced, line for line as it was
 * @param linesWithNhsNumbers the lines, counted from 1, that held what looks like an NHS number
 */
record ScreenedDraft(String text, List<Integer> linesWithNhsNumbers) {
  private static final String NHS_NUMBER_SHOWN_AS = Identifiers.mark(IdentifierKind.NHS_NUMBER);

  ScreenedDraft {
    linesWithNhsNumbers = List.copyOf(linesWithNhsNumbers);
  }

  static ScreenedDraft of(String draft) {
    // Screened a line at a time, so every figure keeps the line number the writer sees.
    String[] lines = draft.split("\n", -1);
    StringBuilder text = new StringBuilder(draft.length());
    List<Integer> flagged = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String screened = Identifiers.scrub(lines[i]);
      if (count(screened) > count(lines[i])) {
        flagged.add(i + 1);
      }
      text.append(screened);
      if (i + 1 < lines.length) {
        text.append('\n');
      }
    }
    return new ScreenedDraft(text.toString(), flagged);
  }

  /** "line 2: [NHS number not shown] — ... Fix: ...", one for each line that held one. */
  static String problemOnLine(int line) {
    return "line "
        + line
        + ": "
        + NHS_NUMBER_SHOWN_AS
        + " \u2014 a value that looks like a patient's NHS number (ten digits that pass the NHS"
        + " number's check digit); it is not checked or quoted. Fix: take it out of the draft"
        + " before the draft goes anywhere else.";
  }

  /** "The draft holds what looks like a patient's NHS number on lines 2 and 3.", or "". */
  String summary() {
    if (linesWithNhsNumbers.isEmpty()) {
      return "";
    }
    List<String> lines = linesWithNhsNumbers.stream().map(String::valueOf).toList();
    String list =
        lines.size() == 1
            ? "line " + lines.get(0)
            : "lines "
                + String.join(", ", lines.subList(0, lines.size() - 1))
                + " and "
                + lines.get(lines.size() - 1);
    return "The draft holds what looks like a patient's NHS number on " + list + ".";
  }

  private static int count(String text) {
    int n = 0;
    for (int at = text.indexOf(NHS_NUMBER_SHOWN_AS);
        at >= 0;
        at = text.indexOf(NHS_NUMBER_SHOWN_AS, at + 1)) {
      n++;
    }
    return n;
  }
}
