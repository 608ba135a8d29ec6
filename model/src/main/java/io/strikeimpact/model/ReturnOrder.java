package io.strikeimpact.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of two returns is the later: by the return date in the file's name ({@code 2023-03-20} or
 * {@code 20230320}), else by the file's name without its extension ({@code nnuh-march} before
 * {@code nnuh-march-revised}). Ingest uses it to let a revision replace what it revises; analysis
 * uses it to tell figures that a later, unreadable return may have revised.
 */
public final class ReturnOrder {
  private static final Pattern RETURN_DATE =
      Pattern.compile("(20\\d\\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\\d|3[01])");

  private ReturnOrder() {}

  /** A key that sorts returns from the earliest to the latest. */
  public static String key(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
    Matcher m = RETURN_DATE.matcher(base);
    String date = m.find() ? m.group(1) + m.group(2) + m.group(3) : "00000000";
    return date
        + " "
        + name.substring(0, name.lastIndexOf('/') + 1)
        + base.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code later} comes after {@code earlier} as a revision would. */
  public static boolean isLater(String later, String earlier) {
    return key(later).compareTo(key(earlier)) > 0;
  }
}
