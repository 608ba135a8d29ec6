package io.strikeimpact.reports.press;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.PartialTotal;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.text.HouseStyle;
import java.util.List;
import java.util.Set;

/**
 * What the briefing's total covers, in a journalist's words: the activity ("outpatient
 * appointments" under {@code --type outpatient}) and the place ("in Norfolk and Waveney" only when
 * every hospital that took part is in it; the hospitals' names under {@code --site} or when some
 * have no figure). A headline that claims the whole area or all activity for part of it would be
 * quoted as such.
 */
final class PressScope {
  private final Analysis analysis;
  private final PartialTotal partial;

  PressScope(Analysis analysis) {
    this.analysis = analysis;
    this.partial = analysis.partialTotal();
  }

  /**
   * "appointments and procedures", or the one type asked for: "outpatient appointments", "inpatient
   * and day case procedures". A total only has no type, so asking for it alone keeps the general
   * words.
   */
  String noun() {
    Set<ActivityType> types = analysis.filter().types();
    if (types.size() == 1 && !types.contains(ActivityType.TOTAL_ONLY)) {
      return types.iterator().next().description();
    }
    return "appointments and procedures";
  }

  /** Whether the total is that of some hospitals, named, rather than of the area. */
  boolean named() {
    return partial.partial() || !analysis.filter().odsCodes().isEmpty();
  }

  PartialTotal partial() {
    return partial;
  }

  /**
   * Where the headline's figure was rescheduled: "in Norfolk and Waveney"; "at Queen Elizabeth
   * Hospital, King's Lynn" under --site; "at two of the three hospitals in Norfolk and Waveney"
   * when a hospital that took part has no figure.
   */
  String place() {
    List<String> reporting = reportingNames();
    if (!analysis.filter().odsCodes().isEmpty() && !reporting.isEmpty()) {
      return "at " + HouseStyle.joinWithAnd(reporting);
    }
    if (partial.partial()) {
      return "at "
          + HouseStyle.count(reporting.size())
          + " of the "
          + HouseStyle.count(reporting.size() + partial.missing().size())
          + " hospitals in "
          + analysis.settings().area();
    }
    return "in " + analysis.settings().area();
  }

  /**
   * The subject of the lead: "Hospitals in Norfolk and Waveney", or the names of the hospitals
   * whose figures the total is ("Queen Elizabeth Hospital, King's Lynn and James Paget University
   * Hospital, Gorleston").
   */
  String subject() {
    List<String> reporting = reportingNames();
    return named() && !reporting.isEmpty()
        ? HouseStyle.joinWithAnd(reporting)
        : "Hospitals in " + analysis.settings().area();
  }

  /**
   * "The figure for Norfolk and Waveney is partial: the two returns of Norfolk and Norwich
   * University Hospital overlap and neither was counted." Empty when no hospital is missing.
   */
  String partialSentence() {
    if (!partial.partial()) {
      return "";
    }
    return "The figure"
        + (analysis.filter().odsCodes().isEmpty()
            ? " for " + analysis.settings().area()
            : " for the hospitals asked for")
        + " is partial: "
        + partial.why(this::shortName, false)
        + ".";
  }

  /** The short names of the hospitals with figures, in the order of the site register. */
  List<String> reportingNames() {
    return analysis.sites().stream()
        .filter(SiteBreakdown::reported)
        .map(s -> shortName(s.odsCode()))
        .toList();
  }

  String shortName(String odsCode) {
    return analysis.dataset().site(odsCode).map(Site::shortName).orElse(odsCode);
  }
}
