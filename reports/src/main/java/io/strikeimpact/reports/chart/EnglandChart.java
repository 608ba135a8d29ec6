package io.strikeimpact.reports.chart;

import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.EnglandHistoryRow;
import io.strikeimpact.model.analysis.EnglandShare;
import io.strikeimpact.model.text.HouseStyle;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The local acute total as a share of England's, action by action, one bar an action with local
 * returns, each labelled to one decimal place ("2.7%"). An action whose England figure is not
 * published has no bar: its label says "(not published)" and a line under the title says why, so a
 * gap is never read as 0. A share over a figure derived by subtraction is labelled "(derived)".
 * Drawn in the style of {@link ChartFactory}.
 */
public final class EnglandChart {
  /** The category label's mark for an action without England's figure. */
  public static final String NOT_PUBLISHED = "(not published)";

  /** The category label's mark for a share over a figure derived by subtraction. */
  public static final String DERIVED = "(derived)";

  /** Said under the title when an action has no bar. */
  public static final String GAP_NOTE =
      "No bar: England's figure is not published, so there is no share (not 0).";

  static final String SERIES = "Share of England's acute total";
  private static final Fill SHARE = new Fill(ChartFactory.DARK_BLUE, Fill.Pattern.SOLID);

  private EnglandChart() {}

  /** The rows charted: every action of the history with local returns, oldest first. */
  static List<EnglandHistoryRow> rows(Analysis analysis) {
    return analysis.england().history().stream().filter(r -> r.share().isPresent()).toList();
  }

  /** Empty when there is no national file or no action with local returns beside it. */
  public static Optional<JFreeChart> shareByAction(Analysis analysis) {
    List<EnglandHistoryRow> rows = rows(analysis);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double max = 0;
    boolean gaps = false;
    for (EnglandHistoryRow r : rows) {
      EnglandShare share = r.share().orElseThrow();
      if (share.share().isPresent()) {
        double pct = share.share().getAsDouble() * 100;
        max = Math.max(max, pct);
        data.addValue(pct, SERIES, category(r));
      } else {
        // A missing value is drawn as no bar at all: never as 0.
        data.addValue(null, SERIES, category(r));
        gaps = true;
      }
    }
    CategoryPlot plot =
        ChartFactory.barPlot(
            data,
            "Local acute total as a share of England's",
            v -> EnglandShare.percent(v.doubleValue() / 100));
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setRange(0, max > 0 ? max * 1.25 : 1);
    axis.setNumberFormatOverride(
        new DecimalFormat("0.0'%'", DecimalFormatSymbols.getInstance(Locale.UK)));
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(ChartFactory.legendItem(SERIES, SHARE));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartFactory.chart(title(analysis), "", plot);
    if (gaps) {
      TextTitle note = new TextTitle(GAP_NOTE, LiberationSans.font(Font.PLAIN, 8.5f));
      note.setPaint(ChartFactory.TEXT);
      note.setHorizontalAlignment(HorizontalAlignment.LEFT);
      note.setPadding(new RectangleInsets(0, 4, 4, 2));
      chart.addSubtitle(0, note);
    }
    ChartFactory.styleBars(plot, List.of(SHARE));
    // Room for "(not published)" beside an action's name.
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.42f);
    return Optional.of(chart);
  }

  /**
   * An active title of ten words or fewer: "Sites here rescheduled 2.7% of England's total in March
   * 2023"; without the focus share, what the chart shows.
   */
  public static String title(Analysis analysis) {
    Optional<EnglandShare> headline =
        analysis.england().headline().filter(s -> s.share().isPresent());
    if (headline.isEmpty()) {
      return "Local share of England's activity rescheduled, by action";
    }
    var days = analysis.focus().days();
    String when =
        HouseStyle.month(days.getFirst()).equals(HouseStyle.month(days.getLast()))
            ? " in " + HouseStyle.month(days.getFirst())
            : "";
    return "Sites here rescheduled " + headline.get().shareText() + " of England's total" + when;
  }

  /**
   * "Bar chart: ... The local acute total as a share of England's, action by action: Nurses,
   * January 2023, not published, so no bar; Junior doctors, March 2023, 2.7% (4,726 of 175,122)."
   */
  public static String altText(Analysis analysis) {
    List<EnglandHistoryRow> rows = rows(analysis);
    if (rows.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (EnglandHistoryRow r : rows) {
      EnglandShare share = r.share().orElseThrow();
      String label = ActionGroup.of(r.action()).shortLabel();
      if (share.share().isEmpty()) {
        parts.add(label + ", " + share.shareText() + ", so no bar");
      } else {
        parts.add(
            label
                + ", "
                + share.shareText()
                + " ("
                + HouseStyle.count(share.local())
                + " of "
                + share.england().text()
                + r.local().flatMap(t -> t.partialNote()).map(n -> ", " + n).orElse("")
                + ")");
      }
    }
    return "Bar chart: "
        + title(analysis)
        + ". The local acute total as a share of England's, action by action: "
        + String.join("; ", parts)
        + ". "
        + EnglandShare.CAVEAT
        + ".";
  }

  private static String category(EnglandHistoryRow r) {
    String label = ActionGroup.of(r.action()).shortLabel();
    EnglandShare share = r.share().orElseThrow();
    if (share.share().isEmpty()) {
      return label + " " + (share.england().known() ? "(n/a)" : NOT_PUBLISHED);
    }
    return share.england().derived() ? label + " " + DERIVED : label;
  }
}
