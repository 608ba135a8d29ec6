package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.ReturnOrder;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a reader must know before trusting a site's figures that are in the pack: rows of the
 * returns behind them were rejected, so they are partial, or a later return from the site could not
 * be read, so an earlier one stands in its place. Figures with a caveat look like any other; the
 * caveat goes wherever the site's status goes, so no output shows them as if complete.
 */
final class FigureCaveats {
  private final Dataset dataset;
  private final List<UnreadableReturn> unreadable;

  FigureCaveats(Dataset dataset) {
    this.dataset = dataset;
    this.unreadable = UnreadableReturn.in(dataset);
  }

  /**
   * "partial: 9 rows rejected (returns/RM1/nnuh-march.csv); see Data quality", "later revision
   * could not be read (returns/RCX/qeh-2023-03-27.csv); earlier figures used
   * (returns/RCX/qeh-2023-03-20.csv)", or both; empty for figures with nothing to say.
   */
  Optional<String> of(String odsCode, List<DisruptionCount> counts) {
    List<String> files = counts.stream().map(c -> c.provenance().file()).distinct().toList();
    List<String> caveats = new ArrayList<>();
    rejected(files).ifPresent(caveats::add);
    shortOfDays(counts).ifPresent(caveats::add);
    laterUnreadable(odsCode, files, actionsOf(counts)).ifPresent(caveats::add);
    return caveats.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", caveats));
  }

  private Optional<String> rejected(List<String> files) {
    List<SourceFile> partial =
        dataset.sources().stream()
            .filter(s -> files.contains(s.name()) && s.rowsRejected() > 0)
            .toList();
    if (partial.isEmpty()) {
      return Optional.empty();
    }
    int rows = partial.stream().mapToInt(SourceFile::rowsRejected).sum();
    return Optional.of(
        "partial: "
            + HouseStyle.quantity(rows, "row", "rows")
            + " rejected ("
            + HouseStyle.joinWithAnd(partial.stream().map(SourceFile::name).toList())
            + "); see Data quality");
  }

  /**
   * "partial: no figure for 19 January 2023 in a return by day; rates a day and an hour over the 3
   * days with figures; see Data quality": the count lacks a day, and the rates say which days they
   * divide by ({@link DaysWithFigures}).
   */
  private Optional<String> shortOfDays(List<DisruptionCount> counts) {
    List<io.strikeimpact.model.IndustrialAction> actions =
        counts.stream()
            .map(DisruptionCount::actionId)
            .distinct()
            .flatMap(id -> dataset.calendar().find(id).stream())
            .toList();
    DaysWithFigures days = DaysWithFigures.of(counts, actions);
    if (!days.partial()) {
      return Optional.empty();
    }
    return Optional.of(
        "partial: no figure for "
            + HouseStyle.days(days.missing())
            + " in a return by day; rates a day and an hour over the "
            + HouseStyle.quantity(days.days().size(), "day", "days")
            + " with figures; see Data quality");
  }

  private List<io.strikeimpact.model.IndustrialAction> actionsOf(List<DisruptionCount> counts) {
    return counts.stream()
        .map(DisruptionCount::actionId)
        .distinct()
        .flatMap(id -> dataset.calendar().find(id).stream())
        .toList();
  }

  /**
   * An unreadable return from the site, read by the same profile as the figures, later than all of
   * them by date or name, and whose name does not say it is another action's ({@link
   * io.strikeimpact.model.ReturnFor}), is most likely their revision: the figures shown may be out
   * of date. One for another action (a September return beside March's), or for none in the
   * calendar, is its own unreadable return and casts no doubt on these figures.
   */
  private Optional<String> laterUnreadable(
      String odsCode, List<String> files, List<io.strikeimpact.model.IndustrialAction> actions) {
    List<String> profiles =
        dataset.sources().stream()
            .filter(s -> files.contains(s.name()))
            .map(SourceFile::profile)
            .distinct()
            .toList();
    List<String> later =
        unreadable.stream()
            .filter(u -> u.odsCode().equals(odsCode))
            .filter(u -> profiles.contains(profileOf(u.file())))
            .filter(u -> actions.stream().anyMatch(a -> u.mayBeFor(a, dataset)))
            .map(UnreadableReturn::file)
            .filter(u -> files.stream().allMatch(f -> ReturnOrder.isLater(u, f)))
            .toList();
    if (later.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "later revision could not be read ("
            + HouseStyle.joinWithAnd(later)
            + "); earlier figures used ("
            + HouseStyle.joinWithAnd(files)
            + ")");
  }

  private String profileOf(String file) {
    return dataset.sources().stream()
        .filter(s -> s.name().equals(file))
        .map(SourceFile::profile)
        .findFirst()
        .orElse("");
  }
}
