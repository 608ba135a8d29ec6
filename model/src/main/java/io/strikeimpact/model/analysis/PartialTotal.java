package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The sites that took part in an action (or may have) and have no figure in its all-sites total:
 * the one rule by which every output (the terminal's All sites row, the cover headline, the
 * executive summary, the workbook, the press lead, the forecast) says a total is partial and whose
 * figures it lacks. A site that did not take part is not missing, and nor is one whose figures
 * {@code --type} left out: the total is whole for what was asked.
 *
 * @param missing the sites without figures, in the order of the site register
 */
public record PartialTotal(List<Missing> missing) {
  /** The standings that leave a hole in the all-sites total. */
  static final Set<SiteStatus> MISSING =
      Set.of(
          SiteStatus.NO_RETURN, SiteStatus.UNREADABLE, SiteStatus.OVERLAPPING, SiteStatus.UNKNOWN);

  /** Nothing missing: the total is that of every site that took part. */
  public static final PartialTotal COMPLETE = new PartialTotal(List.of());

  public PartialTotal {
    missing = List.copyOf(missing);
  }

  /**
   * One site with no figure and why.
   *
   * @param label the site's abbreviation
   * @param returns how many returns it sent that were not counted (the overlapping ones), else 1
   */
  public record Missing(String odsCode, String label, SiteStatus status, int returns) {
    public Missing {
      Objects.requireNonNull(odsCode, "odsCode");
      Objects.requireNonNull(label, "label");
      if (!MISSING.contains(status)) {
        throw new IllegalArgumentException(status + " is not a standing without figures");
      }
    }

    /**
     * "N&N's two returns overlap and neither was counted", "N&N's return could not be read", "N&N
     * took part but sent no return", with the site named as the caller names it.
     */
    public String why(String name) {
      return why(name, true);
    }

    /**
     * As {@link #why(String)}, or with the site named after its returns when {@code possessive} is
     * false, for a full name that ends in a place ("the return of Queen Elizabeth Hospital, King's
     * Lynn could not be read", never "King's Lynn's return").
     */
    public String why(String name, boolean possessive) {
      if (!possessive && status == SiteStatus.OVERLAPPING) {
        return "the "
            + HouseStyle.count(returns)
            + " returns of "
            + name
            + " overlap and "
            + (returns == 2 ? "neither" : "none")
            + " was counted";
      }
      if (!possessive && status == SiteStatus.UNREADABLE) {
        return "the return of " + name + " could not be read";
      }
      return switch (status) {
        case OVERLAPPING ->
            name
                + "'s "
                + HouseStyle.count(returns)
                + " returns overlap and "
                + (returns == 2 ? "neither" : "none")
                + " was counted";
        case UNREADABLE -> name + "'s return could not be read";
        case NO_RETURN -> name + " took part but sent no return";
        default -> name + " sent no return, and whether it took part is not known";
      };
    }
  }

  /** The sites of {@code rows} whose standing leaves them out of the total. */
  static PartialTotal of(List<SiteBreakdown> rows, Dataset dataset) {
    List<Missing> missing = new ArrayList<>();
    for (SiteBreakdown row : rows) {
      if (MISSING.contains(row.status())) {
        int returns =
            row.status() == SiteStatus.OVERLAPPING
                ? OverlappingReturns.of(dataset, row.odsCode()).map(o -> o.files().size()).orElse(2)
                : 1;
        missing.add(new Missing(row.odsCode(), row.label(), row.status(), returns));
      }
    }
    return new PartialTotal(missing);
  }

  public boolean partial() {
    return !missing.isEmpty();
  }

  /** The abbreviations of the sites without figures. */
  public List<String> labels() {
    return missing.stream().map(Missing::label).toList();
  }

  /**
   * Why each site has no figure, the sites named by {@code name} (from the ODS code): "N&N's two
   * returns overlap and neither was counted; QEH and JPUH took part but sent no return". Sites of
   * one plain standing are named together; a site whose returns came is named on its own, as what
   * came differs.
   */
  public String why(Function<String, String> name) {
    return why(name, true);
  }

  /**
   * As {@link #why(Function)}, with a site whose returns came named after them when {@code
   * possessive} is false: "the two returns of Norfolk and Norwich University Hospital overlap and
   * neither was counted", for names a possessive would garble.
   */
  public String why(Function<String, String> name, boolean possessive) {
    List<String> clauses = new ArrayList<>();
    for (SiteStatus status : List.of(SiteStatus.OVERLAPPING, SiteStatus.UNREADABLE)) {
      missing.stream()
          .filter(m -> m.status() == status)
          .forEach(m -> clauses.add(m.why(name.apply(m.odsCode()), possessive)));
    }
    List<String> noReturn = names(SiteStatus.NO_RETURN, name);
    if (!noReturn.isEmpty()) {
      clauses.add(HouseStyle.joinWithAnd(noReturn) + " took part but sent no return");
    }
    List<String> unknown = names(SiteStatus.UNKNOWN, name);
    if (!unknown.isEmpty()) {
      clauses.add(
          HouseStyle.joinWithAnd(unknown)
              + " sent no return, and whether "
              + (unknown.size() == 1 ? "it" : "they")
              + " took part is not known");
    }
    return String.join("; ", clauses);
  }

  /** {@link #why(Function)} with each site named by its abbreviation. */
  public String why() {
    return why(
        ods ->
            missing.stream()
                .filter(m -> m.odsCode().equals(ods))
                .findFirst()
                .orElseThrow()
                .label());
  }

  /**
   * The status of the all-sites row: "partial: N&N's two returns overlap and neither was counted
   * (see Data quality)". Empty text when nothing is missing.
   */
  public String statusText() {
    return partial() ? "partial: " + why() + (sentAny() ? " (see Data quality)" : "") : "";
  }

  /** Whether a site without figures sent returns, which Data quality then lists. */
  public boolean sentAny() {
    return missing.stream()
        .anyMatch(m -> m.status() == SiteStatus.UNREADABLE || m.status() == SiteStatus.OVERLAPPING);
  }

  private List<String> names(SiteStatus status, Function<String, String> name) {
    return missing.stream()
        .filter(m -> m.status() == status)
        .map(m -> name.apply(m.odsCode()))
        .toList();
  }
}
