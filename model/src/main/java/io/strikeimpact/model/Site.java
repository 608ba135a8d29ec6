package io.strikeimpact.model;

/**
 * A hospital site or trust, identified by its ODS code everywhere in data; names are for display.
 *
 * @param odsCode the Organisation Data Service code, e.g. {@code RM1}
 * @param shortName the name a reader knows, e.g. "Norfolk and Norwich University Hospital"
 * @param abbreviation the short form used in tables and charts, e.g. "N&N"
 * @param officialName the legal name of the organisation, which may contain commas
 */
public record Site(String odsCode, String shortName, String abbreviation, String officialName) {
  public Site {
    Checks.nonBlank(odsCode, "odsCode");
    Checks.nonBlank(shortName, "shortName");
    Checks.nonBlank(abbreviation, "abbreviation");
    Checks.nonBlank(officialName, "officialName");
    if (!odsCode.equals(odsCode.strip().toUpperCase(java.util.Locale.ROOT))) {
      throw new IllegalArgumentException("ODS code must be upper case without spaces: " + odsCode);
    }
  }

  /** An ICB's ODS code since July 2022 (QMM), or an NHS England region's (Y61). */
  private static final java.util.regex.Pattern COMMISSIONER_CODE =
      java.util.regex.Pattern.compile("Q[A-Z0-9]{2}|Y\\d{2}");

  private static final java.util.regex.Pattern COMMISSIONER_NAME =
      java.util.regex.Pattern.compile(
          "(?i)\\b(ICB|integrated care board|integrated care system|NHS England)\\b");

  /**
   * Whether the organisation commissions hospitals' activity rather than reschedules any of its
   * own: an integrated care board or an NHS England region, by its code or its name. A row for it
   * in a summary by site is the total of the hospitals above it, never a hospital's figures.
   */
  public boolean isCommissioner() {
    return COMMISSIONER_CODE.matcher(odsCode).matches()
        || COMMISSIONER_NAME.matcher(shortName + " " + officialName).find();
  }
}
