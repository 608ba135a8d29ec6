package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Participation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Each site's standing in each action, from the returns first and the participation register
 * second: a site with figures for an action reported; a site without them took part but sent no
 * return, did not take part, or is not known.
 */
final class Participations {
  private final Dataset dataset;
  private final Set<String> reported = new HashSet<>();

  Participations(Dataset dataset) {
    this.dataset = dataset;
    for (DisruptionCount c : dataset.counts()) {
      reported.add(key(c.odsCode(), c.actionId()));
    }
  }

  SiteStatus status(String odsCode, IndustrialAction action) {
    if (reported.contains(key(odsCode, action.id()))) {
      return SiteStatus.REPORTED;
    }
    return switch (dataset.participation().of(odsCode, action.id())) {
      case TOOK_PART -> SiteStatus.NO_RETURN;
      case DID_NOT_TAKE_PART -> SiteStatus.DID_NOT_TAKE_PART;
      case UNKNOWN -> SiteStatus.UNKNOWN;
    };
  }

  /** A group: reported if any action reported; otherwise the strongest word that applies to all. */
  SiteStatus status(String odsCode, ActionGroup group) {
    List<SiteStatus> each = group.actions().stream().map(a -> status(odsCode, a)).toList();
    if (each.contains(SiteStatus.REPORTED)) {
      return SiteStatus.REPORTED;
    }
    if (each.contains(SiteStatus.NO_RETURN)) {
      return SiteStatus.NO_RETURN;
    }
    if (each.stream().allMatch(s -> s == SiteStatus.DID_NOT_TAKE_PART)) {
      return SiteStatus.DID_NOT_TAKE_PART;
    }
    return SiteStatus.UNKNOWN;
  }

  /** The actions of a group for which the site sent figures. */
  List<IndustrialAction> reportedActions(String odsCode, ActionGroup group) {
    return group.actions().stream().filter(a -> reported.contains(key(odsCode, a.id()))).toList();
  }

  /** Whether the register or the returns mention the site at all. */
  boolean mentions(String odsCode) {
    return dataset.counts().stream().anyMatch(c -> c.odsCode().equals(odsCode))
        || dataset.participation().entries().stream()
            .anyMatch(
                e -> e.odsCode().equals(odsCode) && e.participation() != Participation.UNKNOWN);
  }

  private static String key(String odsCode, String actionId) {
    return odsCode + '\u0000' + actionId;
  }
}
