package io.strikeimpact.model.check;

import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.Analysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sites the participation table says did not take part in the actions a sentence speaks of.
 * "The QEH did not take part in the nursing strikes, so rescheduled 0" gives a figure the data has
 * none of: "did not take part" is not applicable, never 0, so its 0 is not a figure to look for.
 */
final class NonParticipants {
  private final Analysis analysis;

  NonParticipants(Analysis analysis) {
    this.analysis = analysis;
  }

  /**
   * Why a figure in these words has no figure in the data to be: "QEH did not take part in the
   * nursing strikes of ...", or empty when the words name no one site, or the site took part in one
   * of the actions they speak of, or the table does not say it stayed out of any.
   */
  Optional<String> whyNotApplicable(Context context) {
    if (context.estimate() || context.actions().isEmpty() || context.site().isEmpty()) {
      return Optional.empty();
    }
    for (Site site : analysis.dataset().sites()) {
      if (Facts.siteCues(analysis, site.odsCode()).equals(context.site().get())) {
        return whyNot(site.odsCode(), context);
      }
    }
    return Optional.empty();
  }

  private Optional<String> whyNot(String odsCode, Context context) {
    List<IndustrialAction> outOf = new ArrayList<>();
    for (String id : context.actions()) {
      Participation p = analysis.dataset().participation().of(odsCode, id);
      if (p == Participation.TOOK_PART) {
        return Optional.empty();
      }
      if (p == Participation.DID_NOT_TAKE_PART) {
        analysis.dataset().calendar().find(id).ifPresent(outOf::add);
      }
    }
    if (outOf.isEmpty()) {
      return Optional.empty();
    }
    // "The nursing strikes" are the ones that happened here, not December's that no site joined.
    List<IndustrialAction> here =
        outOf.stream().filter(a -> anyTookPart(a.id())).collect(Collectors.toList());
    if (!here.isEmpty()) {
      outOf = here;
    }
    outOf.sort(Comparator.comparing(IndustrialAction::firstDay));
    return Optional.of(
        analysis.dataset().siteLabel(odsCode)
            + " did not take part in "
            + new ActionGroup("", outOf).describe()
            + " (the participation table): it has no figure for them to check; write that it did"
            + " not take part, not 0");
  }

  private boolean anyTookPart(String actionId) {
    return analysis.dataset().participation().entries().stream()
        .anyMatch(
            p -> p.actionId().equals(actionId) && p.participation() == Participation.TOOK_PART);
  }
}
