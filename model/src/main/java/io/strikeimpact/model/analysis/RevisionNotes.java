package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.ReturnRevision;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A site's figures that a revised return replaced, in the words of its status: "revised 27 March
 * 2023 (returns/RCX/qeh-2023-03-27.csv replaces returns/RCX/qeh-2023-03-20.csv): 932 to 942, up
 * 10". A board sees that the figure changed, and from which return, where it sees the figure, not
 * only in a warning of the data quality section. A revision is not a caveat: the figures are
 * complete, so it never makes a site or all sites "partial" ({@link SiteBreakdown#partial}).
 */
final class RevisionNotes {
  /** How every note begins, so that a status can tell a revision from a caveat. */
  static final String PREFIX = "revised";

  private final Dataset dataset;

  RevisionNotes(Dataset dataset) {
    this.dataset = dataset;
  }

  Optional<String> of(String odsCode, java.util.Set<String> actionIds) {
    List<String> notes = new ArrayList<>();
    for (ReturnRevision r : dataset.revisions()) {
      if (r.odsCode().equals(odsCode) && actionIds.contains(r.actionId())) {
        notes.add(
            r.returnDate().map(d -> PREFIX + " " + HouseStyle.date(d)).orElse(PREFIX)
                + " ("
                + r.laterFile()
                + " replaces "
                + r.earlierFile()
                + (actionIds.size() > 1 ? ", " + r.actionId() : "")
                + "): "
                + HouseStyle.count(r.before())
                + " to "
                + HouseStyle.count(r.after())
                + ", "
                + (r.change() == 0
                    ? "no change"
                    : (r.change() > 0 ? "up " : "down ") + HouseStyle.count(Math.abs(r.change()))));
      }
    }
    return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
  }
}
