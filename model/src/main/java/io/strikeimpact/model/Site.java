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
}
