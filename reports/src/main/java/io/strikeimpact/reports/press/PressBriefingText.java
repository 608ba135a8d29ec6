package io.strikeimpact.reports.press;

import java.util.List;

/** A press briefing as plain text, ready to paste into a press release. */
public final class PressBriefingText {
  private PressBriefingText() {}

  public static String render(PressBriefing b) {
    StringBuilder s = new StringBuilder();
    s.append(b.release().toUpperCase(java.util.Locale.UK)).append('\n');
    s.append(b.date()).append("\n\n");
    s.append(b.title()).append("\n\n");
    s.append(b.headline()).append(".\n\n");
    s.append(b.lead()).append("\n\n");
    for (String bullet : b.bullets()) {
      s.append("- ").append(bullet).append('\n');
    }
    s.append('\n');
    s.append(table(b.table()));
    // ENDS closes the story a paper may print; the notes and the contact are for the journalist.
    s.append("\nENDS\n");
    s.append("\nNOTES TO EDITORS\n\n");
    int n = 1;
    for (String note : b.notesToEditors()) {
      s.append(n++).append(". ").append(note).append('\n');
    }
    s.append("\nCONTACT\n\n");
    for (String line : b.contact().asLines()) {
      s.append(line).append('\n');
    }
    return s.toString();
  }

  private static String table(List<List<String>> rows) {
    StringBuilder s = new StringBuilder();
    int[] widths = new int[rows.getFirst().size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(i == 0 ? pad(cell, widths[i], false) : "  " + pad(cell, widths[i], true));
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    return s.toString();
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }
}
