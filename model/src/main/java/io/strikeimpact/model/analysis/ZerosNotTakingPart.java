package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Participation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Zeros a site sent for an action that the register says it did not take part in. Such a return
 * fills in a form, it does not report activity: "did not take part" is not zero, so its zeros are
 * not figures and the site stands as not applicable in every output, as if the form had been left
 * blank. Ingest has already warned that the return has counts for a site that did not take part.
 *
 * <p>A site that did not take part but sent counts above zero is left as it is: either the register
 * or the return is wrong, the warning says so, and the figures are shown rather than dropped.
 */
final class ZerosNotTakingPart {
  private ZerosNotTakingPart() {}

  /** The dataset without the all-zero counts of sites for actions they did not take part in. */
  static Dataset dropped(Dataset dataset) {
    Map<String, Long> totals = new HashMap<>();
    for (DisruptionCount c : dataset.counts()) {
      totals.merge(key(c), c.count(), Long::sum);
    }
    List<DisruptionCount> kept =
        dataset.counts().stream()
            .filter(
                c ->
                    totals.get(key(c)) > 0
                        || dataset.participation().of(c.odsCode(), c.actionId())
                            != Participation.DID_NOT_TAKE_PART)
            .toList();
    if (kept.size() == dataset.counts().size()) {
      return dataset;
    }
    return new Dataset(
        dataset.sites(),
        dataset.calendar(),
        dataset.participation(),
        kept,
        dataset.statedTotals(),
        dataset.problems(),
        dataset.rejectedRows(),
        dataset.sources(),
        dataset.planned(),
        dataset.revisions(),
        dataset.england(),
        dataset.staff());
  }

  private static String key(DisruptionCount c) {
    return c.odsCode() + '\u0000' + c.actionId();
  }
}
