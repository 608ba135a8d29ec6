package io.strikeimpact.ingest.returns;

/**
 * A whole number with a comma between each group of three digits ({@code 1,000,001}), as {@code
 * NumberFormat.getIntegerInstance(Locale.UK)} writes it, by hand: every line-level extract's
 * provenance ("rows 2 to 1,000,001") is written this way, and the JDK's formatter loads its locale
 * data cold on first use.
 */
final class Grouped {
  private Grouped() {}

  static String of(long n) {
    String digits = Long.toString(n);
    int sign = n < 0 ? 1 : 0;
    int count = digits.length() - sign;
    if (count <= 3) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.length() + count / 3);
    out.append(digits, 0, sign);
    int first = count % 3 == 0 ? 3 : count % 3;
    out.append(digits, sign, sign + first);
    for (int i = sign + first; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }
}
