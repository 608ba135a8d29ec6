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
  private final Set<String> reportedBeforeTypeFilter = new HashSet<>();
  private final Set<String> sitesWithCounts = new HashSet<>();
  private final List<UnreadableReturn> unreadable;

  Participations(Dataset dataset) {
    this(dataset, dataset);
  }

  /**
   * @param beforeTypeFilter the same data before {@code --type} narrowed it, so that a site whose
   *     figures the filter left out is said to be so, not to have sent no return
   */
  Participations(Dataset dataset, Dataset beforeTypeFilter) {
    this.dataset = dataset;
    for (DisruptionCount c : dataset.counts()) {
      reported.add(key(c.odsCode(), c.actionId()));
      sitesWithCounts.add(c.odsCode());
    }
    for (DisruptionCount c : beforeTypeFilter.counts()) {
      reportedBeforeTypeFilter.add(key(c.odsCode(), c.actionId()));
    }
    this.unreadable = UnreadableReturn.in(dataset);
  }

  SiteStatus status(String odsCode, IndustrialAction action) {
    if (reported.contains(key(odsCode, action.id()))) {
      return SiteStatus.REPORTED;
    }
    if (reportedBeforeTypeFilter.contains(key(odsCode, action.id()))) {
      return SiteStatus.FILTERED_OUT;
    }
    Participation part = dataset.participation().of(odsCode, action.id());
    // Like an unreadable file, overlapping returns cannot be tied to one action for certain, so
    // they stand for every action the site took part in (or may have) and has no figures for.
    if (part != Participation.DID_NOT_TAKE_PART
        && OverlappingReturns.of(dataset, odsCode).isPresent()) {
      return SiteStatus.OVERLAPPING;
    }
    if (part != Participation.DID_NOT_TAKE_PART && unreadableFrom(odsCode, action).isPresent()) {
      return SiteStatus.UNREADABLE;
    }
    return switch (part) {
      case TOOK_PART -> SiteStatus.NO_RETURN;
      case DID_NOT_TAKE_PART -> SiteStatus.DID_NOT_TAKE_PART;
      case UNKNOWN -> SiteStatus.UNKNOWN;
    };
  }

  /**
   * Whether some site sent a return that may be for the action and gave no figures (refused whole,
   * every row rejected, or overlapping another): the action had returns, none of them read.
   */
  boolean sentButNotRead(IndustrialAction action) {
    return dataset.sites().stream()
        .map(site -> status(site.odsCode(), action))
        .anyMatch(s -> s == SiteStatus.UNREADABLE || s == SiteStatus.OVERLAPPING);
  }

  /** The first return from the site that gave no figures, whatever action it was for. */
  java.util.Optional<UnreadableReturn> unreadableFrom(String odsCode) {
    return unreadable.stream().filter(u -> u.odsCode().equals(odsCode)).findFirst();
  }

  /**
   * The first return from the site that gave no figures and may be for the action. Which action an
   * unreadable file was for cannot be read from it, so it stands for every action the site has no
   * figures for that its name does not rule out ({@link io.strikeimpact.model.ReturnFor}):
   * nnuh-july-2025.csv stands for no action of a calendar that ends in 2024.
   */
  java.util.Optional<UnreadableReturn> unreadableFrom(String odsCode, IndustrialAction action) {
    return unreadable.stream()
        .filter(u -> u.odsCode().equals(odsCode) && u.mayBeFor(action, dataset))
        .findFirst();
  }

  /**
   * The words for a site's standing in a group, with the file and reason when its return was
   * unreadable.
   */
  String describe(String odsCode, SiteStatus status, ActionGroup group) {
    return switch (status) {
      case UNREADABLE ->
          group.actions().stream()
              .flatMap(a -> unreadableFrom(odsCode, a).stream())
              .findFirst()
              .map(UnreadableReturn::describe)
              .orElse(status.label());
      case OVERLAPPING ->
          OverlappingReturns.of(dataset, odsCode)
              .map(OverlappingReturns::describe)
              .orElse(status.label());
      default -> status.label();
    };
  }

  /** A group: reported if any action reported; otherwise the strongest word that applies to all. */
  SiteStatus status(String odsCode, ActionGroup group) {
    List<SiteStatus> each = group.actions().stream().map(a -> status(odsCode, a)).toList();
    if (each.contains(SiteStatus.REPORTED)) {
      return SiteStatus.REPORTED;
    }
    for (SiteStatus s :
        List.of(
            SiteStatus.FILTERED_OUT,
            SiteStatus.OVERLAPPING,
            SiteStatus.UNREADABLE,
            SiteStatus.NO_RETURN)) {
      if (each.contains(s)) {
        return s;
      }
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
    return sitesWithCounts.contains(odsCode)
        || unreadableFrom(odsCode).isPresent()
        || OverlappingReturns.of(dataset, odsCode).isPresent()
        || dataset.participation().entries().stream()
            .anyMatch(
                e -> e.odsCode().equals(odsCode) && e.participation() != Participation.UNKNOWN);
  }

  private static String key(String odsCode, String actionId) {
    return odsCode + '\u0000' + actionId;
  }
}
