package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What an all-sites total lacks: the sites that took part in an action (or may have) and have no
 * figure in it, and the sites whose figures in it are short (rows rejected, a day a return by day
 * has no figure for, cells withheld as small numbers). The one rule by which every output (the
 * terminal's All sites row, the cover headline, the executive summary, the workbook, the press lead
 * and table, the England share, the forecast) says a total is partial and why; a total is never
 * scaled up to make good what it lacks. A site that did not take part is not missing, and nor is
 * one whose figures {@code --type} left out: the total is whole for what was asked.
 *
 * @param missing the sites without figures, in the order of the site register
 * @param shortOf the sites whose figures are in the total and short, in the same order
 */
public record PartialTotal(List<Missing> missing, List<Short> shortOf) {
  /** The standings that leave a hole in the all-sites total. */
  static final Set<SiteStatus> MISSING =
      Set.of(
          SiteStatus.NO_RETURN, SiteStatus.UNREADABLE, SiteStatus.OVERLAPPING, SiteStatus.UNKNOWN);

  /** Nothing missing: the total is that of every site that took part. */
  public static final PartialTotal COMPLETE = new PartialTotal(List.of(), List.of());

  public PartialTotal {
    missing = List.copyOf(missing);
    shortOf = List.copyOf(shortOf);
  }

  /** A total that lacks whole sites only. */
  public PartialTotal(List<Missing> missing) {
    this(missing, List.of());
  }

  /**
   * One site whose figures are in the total and short, and by what.
   *
   * @param lacks what its figures lack, each a phrase after "lacks": "6 cells withheld as small
   *     numbers (returns/RCX/qeh.csv, cells D3, D5 and D6)", "9 rows rejected (...)", "19 January
   *     2023, a day its return by day has no row for"
   */
  public record Short(String odsCode, String label, List<String> lacks) {
    public Short {
      Objects.requireNonNull(odsCode, "odsCode");
      Objects.requireNonNull(label, "label");
      lacks = List.copyOf(lacks);
      if (lacks.isEmpty()) {
        throw new IllegalArgumentException(label + ": short figures lack something");
      }
    }

    /**
     * "QEH's figures lack 6 cells withheld as small numbers (returns/RCX/qeh.csv, cells D3 and
     * D5)", the site named as given; or, for the full names of a public output ({@code possessive}
     * false), "the figures of Queen Elizabeth Hospital, King's Lynn lack 6 cells withheld as small
     * numbers", without the files and cells a reader outside cannot follow.
     */
    public String why(String name, boolean possessive) {
      return (possessive ? name + "'s figures" : "the figures of " + name)
          + " lack "
          + HouseStyle.joinWithAnd(possessive ? lacks : plain());
    }

    /** What the figures lack without the files and cells: "6 cells withheld as small numbers". */
    public List<String> plain() {
      return lacks.stream().map(l -> l.replaceFirst(" \\([^()]*\\)$", "")).toList();
    }
  }

  /** The site's short figures, if its figures in the total lack anything. */
  public java.util.Optional<Short> shortOf(String odsCode) {
    return shortOf.stream().filter(s -> s.odsCode().equals(odsCode)).findFirst();
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
        default -> name + " sent no return (participation not known)";
      };
    }
  }

  /**
   * The sites of {@code rows} whose standing leaves them out of the total, and those whose figures
   * for {@code group} are short.
   */
  static PartialTotal of(List<SiteBreakdown> rows, Dataset dataset, ActionGroup group) {
    List<Missing> missing = new ArrayList<>();
    List<Short> shortOf = new ArrayList<>();
    FigureCaveats caveats = new FigureCaveats(dataset);
    for (SiteBreakdown row : rows) {
      if (row.reported()) {
        List<String> lacks =
            caveats.lacks(Counts.of(dataset.counts(), row.odsCode(), group.actionIds()));
        if (!lacks.isEmpty()) {
          shortOf.add(new Short(row.odsCode(), row.label(), lacks));
        }
        continue;
      }
      if (MISSING.contains(row.status())) {
        int returns =
            row.status() == SiteStatus.OVERLAPPING
                ? OverlappingReturns.of(dataset, row.odsCode()).map(o -> o.files().size()).orElse(2)
                : 1;
        missing.add(new Missing(row.odsCode(), row.label(), row.status(), returns));
      }
    }
    return new PartialTotal(missing, shortOf);
  }

  /** Whether the total lacks anything: a site's figures whole, or part of them. */
  public boolean partial() {
    return !missing.isEmpty() || !shortOf.isEmpty();
  }

  /**
   * Whether a site that took part has no figure in the total at all: the total is then that of the
   * sites that sent figures, and is named so ("at QEH and JPUH"), not the area's.
   */
  public boolean lacksSites() {
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
      clauses.add(HouseStyle.joinWithAnd(unknown) + " sent no return (participation not known)");
    }
    shortOf.forEach(m -> clauses.add(m.why(name.apply(m.odsCode()), possessive)));
    return String.join("; ", clauses);
  }

  /** {@link #why(Function)} with each site named by its abbreviation. */
  public String why() {
    return why(
        ods ->
            java.util.stream.Stream.concat(
                    missing.stream().filter(m -> m.odsCode().equals(ods)).map(Missing::label),
                    shortOf.stream().filter(m -> m.odsCode().equals(ods)).map(Short::label))
                .findFirst()
                .orElseThrow());
  }

  /**
   * The status of the all-sites row: "partial: N&N's two returns overlap and neither was counted
   * (see Data quality)". Empty text when nothing is missing.
   */
  public String statusText() {
    return partial() ? "partial: " + why() + seeDataQuality() : "";
  }

  /**
   * " (see Data quality)" after the reasons when Data quality lists them ("; see Data quality"
   * after reasons that end in brackets of their own), else nothing.
   */
  public String seeDataQuality() {
    if (!sentAny()) {
      return "";
    }
    return why().endsWith(")") ? "; see Data quality" : " (see Data quality)";
  }

  /**
   * Whether Data quality lists why: a site without figures sent returns, or a site's figures are
   * short (its rows rejected, cells withheld, days without figures are warned of there).
   */
  public boolean sentAny() {
    return !shortOf.isEmpty()
        || missing.stream()
            .anyMatch(
                m -> m.status() == SiteStatus.UNREADABLE || m.status() == SiteStatus.OVERLAPPING);
  }

  private List<String> names(SiteStatus status, Function<String, String> name) {
    return missing.stream()
        .filter(m -> m.status() == status)
        .map(m -> name.apply(m.odsCode()))
        .toList();
  }
}
