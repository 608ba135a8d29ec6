package io.strikeimpact.ingest.screen;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers a comment names before giving them: "MRN RGN1234567", "Hosp no: K1234567", "NHS no
 * 1234567890" (a number mistyped, so failing its check, is a patient's still), "DOB 01/02/1960". A
 * hospital number or a date of birth looks like any other code or date, so by content alone it is
 * never known; typed after its label in a "Comments" or "Notes" cell of a summary return, it is.
 * The value goes, the label stays: "MRN [hospital number not shown]".
 */
final class LabelledValues {
  /** The fewest digits a value after a label has: "NHS 111" names a service, not a patient. */
  static final int DIGITS = 4;

  private static final Pattern LABELLED =
      Pattern.compile(
          "(?<![A-Za-z])(?:(?<nhs>nhs\\s*(?:number|num|nbr|no)?)"
              + "|(?<hosp>mrn|crn|(?:hosp(?:ital)?|pas|unit|case\\s*notes?|casenote|district"
              + "|local\\s+patient|patient|pt|medical\\s+record)\\s*(?:number|num|nbr|no|id|ref))"
              + "|(?<dob>d\\.?\\s?o\\.?\\s?b|date\\s+of\\s+birth|born))"
              + "\\.?\\s*[:#=/\\-]?\\s*"
              + "(?<value>[A-Za-z]{0,4}[0-9][0-9A-Za-z/\\-.]*(?:[ \\u00a0][0-9]{3,4}){0,2})",
          Pattern.CASE_INSENSITIVE);

  private LabelledValues() {}

  /** The text with every value after an identifier's label replaced by words saying its kind. */
  static String scrub(String text) {
    Matcher m = LABELLED.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      String value = m.group("value");
      int end = m.end("value");
      // A full stop that ends the sentence is not the value's.
      while (value.endsWith(".") || value.endsWith("-") || value.endsWith("/")) {
        value = value.substring(0, value.length() - 1);
        end--;
      }
      if (digits(value) < DIGITS) {
        continue;
      }
      IdentifierKind kind =
          m.group("nhs") != null
              ? IdentifierKind.NHS_NUMBER
              : m.group("hosp") != null
                  ? IdentifierKind.HOSPITAL_NUMBER
                  : IdentifierKind.DATE_OF_BIRTH;
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, last, m.start("value")).append(Identifiers.mark(kind));
      last = end;
    }
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  private static int digits(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }
}
