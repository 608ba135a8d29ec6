package io.strikeimpact.reports.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;

/** Numbered notes for "n/a" cells of one table: the same reason gets the same number. */
final class Notes {
  private final PackLayout out;
  private final Map<String, Integer> numbers = new LinkedHashMap<>();

  Notes(PackLayout out) {
    this.out = out;
  }

  String mark(String text, String reason) {
    int n = numbers.computeIfAbsent(reason, r -> numbers.size() + 1);
    return text + " [" + n + "]";
  }

  /** Writes the notes under the table, in the order they were first marked. */
  void write() throws DocumentException {
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      Paragraph p = new Paragraph("[" + e.getValue() + "] " + e.getKey() + ".", out.note);
      p.setSpacingAfter(1);
      out.add(p);
    }
  }
}
