package io.strikeimpact.ingest.returns;

import io.strikeimpact.model.Site;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A hospital's ODS site code read as its trust: NHS Digital's Organisation Data Service codes each
 * site of a trust as the trust's three-character code and two more ("RM102" is a Norfolk and
 * Norwich site, "RCX70" a Queen Elizabeth one). A patient administration system's extract gives the
 * site of each appointment this way; reference/sites.csv lists the trusts, whose figures the pack
 * reports, so each row counts for the trust its site belongs to. A code listed in sites.csv itself
 * is always read as that site first.
 */
final class OdsSiteCodes {
  private static final Pattern SITE_CODE = Pattern.compile("[A-Z0-9]{3}[A-Z0-9]{2}");

  private OdsSiteCodes() {}

  /** The trust of sites.csv whose three-character code a five-character site code begins with. */
  static Optional<Site> trustOf(String upperCaseCode, List<Site> sites) {
    if (upperCaseCode.length() != 5
        || !SITE_CODE.matcher(upperCaseCode).matches()
        || !Character.isLetter(upperCaseCode.charAt(0))) {
      return Optional.empty();
    }
    String trust = upperCaseCode.substring(0, 3);
    for (Site s : sites) {
      if (s.odsCode().equals(trust)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
