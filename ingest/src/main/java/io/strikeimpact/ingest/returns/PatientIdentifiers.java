package io.strikeimpact.ingest.returns;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises columns of patient identifiers, which a count of rescheduled activity never needs: by
 * header for every kind, and by content for the two kinds whose values give themselves away, NHS
 * numbers (ten digits whose last is the Modulus 11 check digit) and postcodes. Names, dates of
 * birth and hospital numbers look like any other text, date or id, so only their header tells.
 */
final class PatientIdentifiers {
  /** A column is an identifier by content when at least this share of its values sampled are. */
  static final double CONTENT_SHARE = 0.9;

  /** A kind of patient identifier, with its name for messages. */
  enum Kind {
    NHS_NUMBER("NHS number", "^(patient )?nhs ?(number|no|num|nbr|id)?$"),
    HOSPITAL_NUMBER(
        "hospital number",
        "^((patient )?(hospital|hosp|pas|local patient|patient|case ?note|casenote|unit|district|medical record)"
            + " ?(number|no|num|nbr|id|identifier|ref|reference)|mrn|crn|local patient identifier)$"),
    NAME(
        "name",
        "^(patient )?(full name|name|forenames?|first name|given names?|surname|family name|last name|patient name)$"),
    DATE_OF_BIRTH("date of birth", "^(patient )?(date of birth|dob|d o b|birth ?date)$"),
    POSTCODE("postcode", "^(patient )?(post ?code|postal code|pcode)$");

    private final String label;
    private final Pattern header;

    Kind(String label, String header) {
      this.label = label;
      this.header = Pattern.compile(header);
    }

    String label() {
      return label;
    }
  }

  private static final Pattern POSTCODE =
      Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");

  private PatientIdentifiers() {}

  /** The kind of identifier a column header names, if any: "NHS No", "Patient surname", "DOB". */
  static Optional<Kind> byHeader(String header) {
    String h = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    for (Kind k : Kind.values()) {
      if (k.header.matcher(h).matches()) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The kind of identifier a value is, if it shows: an NHS number or a postcode. */
  static Optional<Kind> byContent(String value) {
    if (isNhsNumber(value)) {
      return Optional.of(Kind.NHS_NUMBER);
    }
    if (value.length() >= 5
        && value.length() <= 8
        && POSTCODE.matcher(value.strip().toUpperCase(Locale.ROOT)).matches()) {
      return Optional.of(Kind.POSTCODE);
    }
    return Optional.empty();
  }

  /**
   * Whether the text is an NHS number: ten digits, optionally in groups of 3, 3 and 4 separated by
   * spaces or hyphens, whose tenth digit is the Modulus 11 check digit of the first nine (weights
   * 10 down to 2; 11 minus the remainder, 11 becoming 0; a result of 10 is never valid).
   */
  static boolean isNhsNumber(String text) {
    String s = text.strip();
    // A spreadsheet number such as 9434765919 may be written 9434765919.0 or 9.434765919E9.
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    } else if ((s.contains("E") || s.contains("e")) && s.length() < 16) {
      try {
        double d = Double.parseDouble(s);
        if (d != Math.rint(d) || d < 1e8 || d >= 1e10) {
          return false;
        }
        s = String.format(Locale.ROOT, "%010d", (long) d);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    if (s.length() != 10 && s.length() != 12) {
      return false;
    }
    int[] digits = new int[10];
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (count == 10) {
          return false;
        }
        digits[count++] = c - '0';
      } else if ((c == ' ' || c == '-') && (i == 3 || i == 7) && s.length() == 12) {
        continue;
      } else {
        return false;
      }
    }
    if (count != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += digits[i] * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits[9];
  }

  /** The text, or a placeholder when it is itself an identifier: for anything written out. */
  static String redact(String text) {
    return text != null && byContent(text).isPresent() ? "[patient identifier removed]" : text;
  }

  /** The reason a column was dropped, as the data-quality section says it. */
  static String reason(Kind kind) {
    return "patient identifier (" + kind.label() + ") — dropped, not stored";
  }
}
