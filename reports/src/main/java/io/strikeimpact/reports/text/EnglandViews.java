package io.strikeimpact.reports.text;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.CumulativeStep;
import io.strikeimpact.model.analysis.EnglandContext;
import io.strikeimpact.model.analysis.EnglandHistoryRow;
import io.strikeimpact.model.analysis.EnglandShare;
import io.strikeimpact.model.analysis.EnglandValue;
import io.strikeimpact.model.analysis.NationalAction;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.reports.text.Tabular.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local figures beside NHS England's published figures, as tables for the terminal formats: the
 * focus action's share of England's on each basis, and every action beside England's per-action and
 * cumulative figures. A figure England did not publish is "not published" in text and null in csv
 * and JSON (with its kind beside it), never 0. Read from {@link EnglandContext}; nothing is
 * computed here.
 */
public final class EnglandViews {
  static final Tabular.Absent NOT_PUBLISHED =
      new Tabular.Absent(NationalAction.Kind.NOT_PUBLISHED.label());

  private static final String PER_ACTION =
      "England's acute total (inpatient and outpatient) for the same action";

  /** A running share not given because local returns are missing. */
  static final Tabular.Absent LOCAL_GAP = new Tabular.Absent("n/a: local figures missing");

  private static final String CUMULATIVE =
      "England's acute total since the first action in NHS England's figures";

  private EnglandViews() {}

  /** Every England table of the analysis; none without a national file. */
  public static List<Tabular> all(Analysis a) {
    List<Tabular> tables = new ArrayList<>();
    focus(a).ifPresent(tables::add);
    history(a).ifPresent(tables::add);
    cumulative(a).ifPresent(tables::add);
    return tables;
  }

  /** "Acute total ... 4,726 175,122 published 2.7% reference/england.csv, cell F6, ...". */
  public static Optional<Tabular> focus(Analysis a) {
    EnglandContext england = a.england();
    if (england.isEmpty() || england.focus().isEmpty()) {
      return Optional.empty();
    }
    Tabular.Builder t =
        new Tabular.Builder("england", "Beside England: " + a.focus().title())
            .column("Measure", "measure", Kind.TEXT)
            .column("Here", "here", Kind.COUNT)
            .column("England", "england", Kind.COUNT)
            .column("England's figure is", "englandKind", Kind.TEXT)
            .column("Share of England", "share", Kind.SHARE_OF_ENGLAND)
            .basis("England's figure on the same measure for the same action")
            .column("England's figure from", "englandSource", Kind.TEXT);
    for (EnglandShare s : england.focus()) {
      t.row(
          s.measure().label(),
          s.local(),
          figure(s.england()),
          s.england().kind().label(),
          share(Optional.of(s)),
          s.england().source());
      if (!s.localGap().isEmpty()) {
        t.note(LOCAL_GAP.words() + ": " + s.localGap() + ".");
      }
    }
    england.summarySentence(a.partialTotal()).ifPresent(t::note);
    return Optional.of(t.note(EnglandContext.BASES + ".").build());
  }

  /** Every action beside England's figure for it. */
  public static Optional<Tabular> history(Analysis a) {
    EnglandContext england = a.england();
    if (england.isEmpty() || england.history().isEmpty()) {
      return Optional.empty();
    }
    Tabular.Builder t =
        new Tabular.Builder("englandHistory", "Each action beside England")
            .column("Action", "action", Kind.TEXT)
            .machineColumn("Action id", "actionId", Kind.TEXT)
            .column("Here", "here", Kind.COUNT)
            .column("England", "england", Kind.COUNT)
            .column("England's figure is", "englandKind", Kind.TEXT)
            .column("Share", "share", Kind.SHARE_OF_ENGLAND)
            .basis(PER_ACTION)
            .column("Status here", "status", Kind.TEXT);
    for (EnglandHistoryRow r : england.history()) {
      t.row(
          HouseStyle.days(r.action().days()),
          r.action().id(),
          r.local().map(x -> (Object) x.acute()).orElse(null),
          figure(r.england()),
          r.england().kind().label(),
          share(r.share()),
          r.statusText());
    }
    return Optional.of(t.build());
  }

  /**
   * The running totals since the first action beside England's cumulative totals, with England's
   * checks that fail, the figures derived and the revisions as notes.
   */
  public static Optional<Tabular> cumulative(Analysis a) {
    EnglandContext england = a.england();
    if (england.isEmpty() || england.history().isEmpty()) {
      return Optional.empty();
    }
    Tabular.Builder t =
        new Tabular.Builder("englandCumulative", "Since the first action, beside England")
            .column("Action", "action", Kind.TEXT)
            .machineColumn("Action id", "actionId", Kind.TEXT)
            .column("Here since the first", "here", Kind.COUNT)
            .column("England since the first", "england", Kind.COUNT)
            .column("England's figure is", "englandKind", Kind.TEXT)
            .column("Share since the first", "share", Kind.SHARE_OF_ENGLAND)
            .basis(CUMULATIVE);
    for (EnglandHistoryRow r : england.history()) {
      t.row(
          HouseStyle.days(r.action().days()),
          r.action().id(),
          r.local().map(x -> (Object) x.cumulative()).orElse(null),
          figure(r.englandCumulative()),
          r.englandCumulative().kind().label(),
          share(r.cumulativeShare()));
      r.cumulativeShare()
          .filter(x -> !x.localGap().isEmpty() && r.action().id().equals(lastWithFigures(england)))
          .ifPresent(x -> t.note(LOCAL_GAP.words() + ": " + x.localGap() + "."));
    }
    for (String w : england.figures().warnings()) {
      t.note("Check: " + w + ".");
    }
    for (CumulativeStep s : england.figures().steps()) {
      if (s.outcome() == CumulativeStep.Outcome.DERIVES) {
        t.note("Derived: " + s.message() + ".");
      }
    }
    england.figures().revisions().forEach(r -> t.note("Revised: " + r.describe() + "."));
    return Optional.of(t.build());
  }

  /** A figure of England's, or "not published" (never 0). */
  /** The action of the last row with local figures: its gap covers every row before it. */
  private static String lastWithFigures(EnglandContext england) {
    return england.history().stream()
        .filter(r -> r.local().isPresent())
        .reduce((a, b) -> b)
        .map(r -> r.action().id())
        .orElse("");
  }

  private static Object figure(EnglandValue v) {
    return v.known() ? (Object) v.value().getAsLong() : NOT_PUBLISHED;
  }

  /**
   * A share, "not published" where England's figure is, and null (n/a) where there is no local
   * figure to share or England's is 0.
   */
  private static Object share(Optional<EnglandShare> s) {
    if (s.isEmpty()) {
      return null;
    }
    if (s.get().share().isPresent()) {
      return s.get().share().getAsDouble();
    }
    if (!s.get().localGap().isEmpty()) {
      // The local running total lacks returns England's counts: no share, and a note says which.
      return LOCAL_GAP;
    }
    return s.get().england().known() ? null : NOT_PUBLISHED;
  }
}
