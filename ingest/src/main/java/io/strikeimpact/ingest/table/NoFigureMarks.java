package io.strikeimpact.ingest.table;

import java.util.regex.Pattern;

/**
 * The marks a return writes in a count's place for no figure: a small number withheld ("*", "c",
 * "[c]", "[x]", "&lt;5", ".."), or none in words ("-", "n/a", "nil"). One list for reading counts
 * and for suggesting a profile, so a column of counts with marks in it is a column of counts to
 * both.
 */
public final class NoFigureMarks {
  /** The words a return writes for "none of this type": read as a blank cell, not an error. */
  private static final Pattern NIL =
      Pattern.compile("[-\u2013\u2014]|n/?a|nil|none", Pattern.CASE_INSENSITIVE);

  /**
   * Marks of a small number withheld: "*", "c" or "[c]", "x" or "[x]", "<5", and ".." (or "…"), the
   * ONS's and Eurostat's "not available", which stands where a figure exists but is not given.
   */
  private static final Pattern SUPPRESSED =
      Pattern.compile(
          "\\*+|\\[?[cx]\\]?|<\\s*\\d{1,2}|suppressed|withheld|\\.\\.|\u2026",
          Pattern.CASE_INSENSITIVE);

  /** Non-breaking, narrow, figure and zero-width spaces at either end of a cell's text. */
  private static final Pattern EDGE_SPACES =
      Pattern.compile(
          "^[\\s\u00a0\u2007\u202f\u2009\u200b\ufeff]+|[\\s\u00a0\u2007\u202f\u2009\u200b\ufeff]+$");

  private NoFigureMarks() {}

  /** Whether a cell's text says none in words: "-", "n/a", "nil". */
  public static boolean nil(String text) {
    return NIL.matcher(trimmed(text)).matches();
  }

  /** Whether a cell's text marks a small number withheld. */
  public static boolean suppressed(String text) {
    return SUPPRESSED.matcher(trimmed(text)).matches();
  }

  /** The text without the spaces of any kind at either end. */
  public static String trimmed(String text) {
    return EDGE_SPACES.matcher(text).replaceAll("");
  }
}
