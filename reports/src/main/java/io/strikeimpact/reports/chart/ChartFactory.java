package io.strikeimpact.reports.chart;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.analysis.ActionTotal;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Comparison;
import io.strikeimpact.model.analysis.ComparisonRow;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.text.HouseStyle;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The board pack's four charts, built from an {@link Analysis} and nothing else, with a text
 * alternative for each generated from the same figures. Shared by every output that draws charts.
 *
 * <p>Charts follow the Government Analysis Function guidance: an active title from {@link
 * Analysis#chartTitles()}, bars rather than pies, the accessible palette, a value label on every
 * bar, a legend, and series told apart by pattern as well as colour. Text is set in Liberation
 * Sans.
 */
public final class ChartFactory {
  /** The Analysis Function's accessible palette, in order. */
  public static final Color DARK_BLUE = new Color(0x12436D);

  public static final Color TURQUOISE = new Color(0x28A197);
  public static final Color DARK_PINK = new Color(0x801650);
  public static final Color ORANGE = new Color(0xF46A25);
  public static final Color TEXT = new Color(0x3D3D3D);

  private static final Color GRID = new Color(0xD9D9D9);

  private static final Fill OUTPATIENT = new Fill(DARK_BLUE, Fill.Pattern.SOLID);
  private static final Fill INPATIENT = new Fill(TURQUOISE, Fill.Pattern.DIAGONAL);
  private static final Fill TOTAL_ONLY = new Fill(DARK_PINK, Fill.Pattern.CROSS);
  private static final Fill FOCUS = new Fill(DARK_BLUE, Fill.Pattern.SOLID);
  private static final Fill BASELINE = new Fill(TURQUOISE, Fill.Pattern.DIAGONAL);
  private static final Fill SHARE = new Fill(DARK_BLUE, Fill.Pattern.SOLID);

  private ChartFactory() {}

  // ---------------------------------------------------------------- (a) by site and type

  /**
   * Activity rescheduled in the focus action by site, one bar per activity type the returns gave
   * (outpatient, inpatient, total only), each labelled with its count. A site without figures is
   * listed with no bars and "(no figures)"; it is never drawn as zero.
   */
  public static JFreeChart bySiteAndType(Analysis analysis) {
    return bySiteAndType(analysis, HouseStyle::count);
  }

  /**
   * The same chart with counts labelled by {@code count}, e.g. a public output's small-number
   * policy ("fewer than 8").
   */
  public static JFreeChart bySiteAndType(
      Analysis analysis, java.util.function.LongFunction<String> count) {
    List<ActivityType> types = typesShown(analysis);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ActivityType type : types) {
      for (SiteBreakdown site : analysis.sites()) {
        var figure = site.figure(type);
        data.addValue(
            figure.isPresent() ? (Number) figure.getAsLong() : null,
            type.heading(),
            siteCategory(site));
      }
    }
    List<Fill> fills = types.stream().map(ChartFactory::fillOf).toList();
    CategoryPlot plot = barPlot(data, "Activity rescheduled", v -> count.apply(v.longValue()));
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(countFormat());
    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < types.size(); i++) {
      legend.add(legendItem(types.get(i).heading(), fills.get(i)));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = chart(analysis.chartTitles().bySiteAndType(), "", plot);
    styleBars(plot, fills);
    return chart;
  }

  /**
   * "Bar chart. N&N rescheduled 2,976 outpatient appointments and 475 inpatient and day case
   * procedures; ..."
   */
  public static String bySiteAndTypeAltText(Analysis analysis) {
    return bySiteAndTypeAltText(analysis, HouseStyle::count);
  }

  /** The text alternative with counts written by {@code count}. */
  public static String bySiteAndTypeAltText(
      Analysis analysis, java.util.function.LongFunction<String> count) {
    List<String> parts = new ArrayList<>();
    for (SiteBreakdown site : analysis.sites()) {
      if (!site.reported()) {
        parts.add(site.label() + " has no figures (" + site.statusText() + ")");
        continue;
      }
      List<String> figures = new ArrayList<>();
      for (ActivityType type : ActivityType.values()) {
        site.figure(type).ifPresent(n -> figures.add(count.apply(n) + " " + type.description()));
      }
      parts.add(
          site.label()
              + " rescheduled "
              + HouseStyle.joinWithAnd(figures)
              + site.caveat().map(c -> " (" + c + ")").orElse(""));
    }
    return "Bar chart: "
        + analysis.chartTitles().bySiteAndType()
        + ". "
        + String.join("; ", parts)
        + ". "
        + (analysis.allSites().reported()
            ? analysis.allSites().label()
                + " together rescheduled "
                + count.apply(analysis.allSites().total())
                + partialNote(analysis)
            : analysis.allSites().label() + " together have no figures")
        + ".";
  }

  /** " (partial: QEH's two returns overlap ...)" after an all-sites total, as the table says it. */
  private static String partialNote(Analysis analysis) {
    String status = analysis.partialTotal().statusText();
    return status.isEmpty() ? "" : " (" + status + ")";
  }

  // ---------------------------------------------------------------- (b) focus against baseline

  /**
   * The focus action against the baseline for the like-for-like sites, a day of action on the left
   * and an hour of action on the right, each bar labelled with its rate. Empty when there is no
   * comparison or no site took part in both.
   */
  public static Optional<JFreeChart> comparison(Analysis analysis) {
    Optional<Comparison> maybe = analysis.comparison();
    if (maybe.isEmpty() || maybe.get().likeForLike().isEmpty()) {
      return Optional.empty();
    }
    Comparison c = maybe.get();
    List<ComparisonRow> rows = chartedRows(c);
    List<Fill> fills = List.of(FOCUS, BASELINE);
    CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(new CategoryAxis());
    combined.setOrientation(PlotOrientation.HORIZONTAL);
    combined.setGap(18);
    for (Basis basis : List.of(Basis.PER_DAY, Basis.PER_HOUR)) {
      DefaultCategoryDataset data = new DefaultCategoryDataset();
      for (ComparisonRow row : rows) {
        data.addValue(
            row.focus().orElseThrow().on(basis).value(), c.focus().shortLabel(), row.label());
        data.addValue(
            row.baseline().orElseThrow().on(basis).value(), c.baseline().shortLabel(), row.label());
      }
      CategoryPlot sub = barPlot(data, basis.heading(), v -> HouseStyle.shownRate(v.doubleValue()));
      combined.add(sub, 1);
    }
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(legendItem(c.focus().shortLabel(), FOCUS));
    legend.add(legendItem(c.baseline().shortLabel(), BASELINE));
    combined.setFixedLegendItems(legend);
    JFreeChart chart =
        chart(
            analysis.chartTitles().comparison(),
            analysis.chartTitles().comparisonSubtitle(),
            combined);
    for (Object sub : combined.getSubplots()) {
      styleBars((CategoryPlot) sub, fills);
      fewTicks((CategoryPlot) sub);
    }
    combined.getDomainAxis().setTickLabelFont(LiberationSans.font(Font.PLAIN, 8.5f));
    combined.getDomainAxis().setTickLabelPaint(TEXT);
    combined.getDomainAxis().setAxisLineVisible(false);
    return Optional.of(chart);
  }

  /** A text alternative for {@link #comparison}, or "" when there is no chart. */
  public static String comparisonAltText(Analysis analysis) {
    Optional<Comparison> maybe = analysis.comparison();
    if (maybe.isEmpty() || maybe.get().likeForLike().isEmpty()) {
      return "";
    }
    Comparison c = maybe.get();
    List<String> parts = new ArrayList<>();
    for (ComparisonRow row : chartedRows(c)) {
      List<String> bases = new ArrayList<>();
      for (Basis basis : List.of(Basis.PER_DAY, Basis.PER_HOUR)) {
        bases.add(
            HouseStyle.shownRate(row.focus().orElseThrow().on(basis).value())
                + " against "
                + HouseStyle.shownRate(row.baseline().orElseThrow().on(basis).value())
                + " "
                + basis.phrase()
                + " ("
                + row.ratio(basis).orElseThrow().times()
                + ")");
      }
      parts.add(row.label() + " rescheduled " + HouseStyle.joinWithAnd(bases));
    }
    StringBuilder s =
        new StringBuilder("Two bar charts: ")
            .append(analysis.chartTitles().comparison())
            .append(". The ")
            .append(c.focus().noun())
            .append(" against the ")
            .append(c.baseline().noun())
            .append(": ")
            .append(String.join("; ", parts))
            .append('.');
    if (!c.excluded().isEmpty()) {
      s.append(" Left out: ");
      s.append(
          String.join("; ", c.excluded().stream().map(e -> e.label() + " " + e.reason()).toList()));
      s.append('.');
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- (c) share by site

  /** Each reporting site's share of the all-sites total, largest first, each bar labelled. */
  public static JFreeChart shareBySite(Analysis analysis) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String series = "Share of all sites' total";
    for (SiteBreakdown site : byShare(analysis)) {
      data.addValue(site.share() * 100, series, site.label());
    }
    CategoryPlot plot =
        barPlot(
            data,
            "Share of activity rescheduled at all sites",
            v -> HouseStyle.percent(v.doubleValue() / 100));
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setRange(0, 112);
    axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20));
    axis.setNumberFormatOverride(
        new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Locale.UK)));
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(legendItem(series, SHARE));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = chart(analysis.chartTitles().shareBySite(), "", plot);
    styleBars(plot, List.of(SHARE));
    return chart;
  }

  /** "Bar chart: N&N rescheduled 73% of all activity. N&N 73%, QEH 20% and JPUH 7% of 4,726." */
  public static String shareBySiteAltText(Analysis analysis) {
    List<String> parts =
        byShare(analysis).stream()
            .map(
                s ->
                    s.label()
                        + " "
                        + HouseStyle.percent(s.share())
                        + s.caveat().map(c -> " (" + c + ")").orElse(""))
            .toList();
    String none =
        analysis.sites().stream()
            .filter(s -> !s.reported())
            .map(s -> s.label() + " has no figures (" + s.statusText() + ")")
            .reduce((a, b) -> a + "; " + b)
            .map(x -> " " + x + ".")
            .orElse("");
    if (!analysis.allSites().reported()) {
      // No site's figures: no shares of a total of 0.
      return "Bar chart: "
          + analysis.chartTitles().shareBySite()
          + ". No shares, as no site has figures."
          + none;
    }
    return "Bar chart: "
        + analysis.chartTitles().shareBySite()
        + ". Shares of the "
        + HouseStyle.count(analysis.allSites().total())
        + " rescheduled at all sites"
        + partialNote(analysis)
        + ": "
        + (parts.isEmpty() ? "none" : HouseStyle.joinWithAnd(parts))
        + "."
        + none;
  }

  // ---------------------------------------------------------------- (d) running total

  /**
   * The running total of activity rescheduled, all sites, after each action with returns, oldest at
   * the top, each bar labelled. Actions without returns have no bar (they are not zero); the
   * history table lists them with their status. Empty when no action has returns.
   */
  public static Optional<JFreeChart> runningTotal(Analysis analysis) {
    List<ActionTotal> history = analysis.history();
    if (history.isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String series = "Running total since the first action";
    for (ActionTotal t : history) {
      data.addValue(t.cumulative(), series, t.action().shortLabel());
    }
    CategoryPlot plot =
        barPlot(
            data,
            "Activity rescheduled, all sites, running total",
            v -> HouseStyle.count(v.longValue()));
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(countFormat());
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(legendItem(series, SHARE));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = chart(analysis.chartTitles().runningTotal(), "", plot);
    styleBars(plot, List.of(SHARE));
    return Optional.of(chart);
  }

  /** A text alternative for {@link #runningTotal}: every bar's figure, in order. */
  public static String runningTotalAltText(Analysis analysis) {
    List<ActionTotal> history = analysis.history();
    if (history.isEmpty()) {
      return "";
    }
    return "Bar chart: "
        + analysis.chartTitles().runningTotal()
        + ". The running total of activity rescheduled at all"
        + " reporting sites after each action with returns: "
        + String.join(
            "; ",
            history.stream()
                .map(t -> t.action().shortLabel() + " " + HouseStyle.count(t.cumulative()))
                .toList())
        + ". Actions without returns are not counted and have no bar.";
  }

  // ---------------------------------------------------------------- shared

  private static List<ActivityType> typesShown(Analysis analysis) {
    List<ActivityType> types = new ArrayList<>();
    for (ActivityType type : ActivityType.values()) {
      if (analysis.sites().stream().anyMatch(s -> s.figure(type).isPresent())) {
        types.add(type);
      }
    }
    return types;
  }

  private static Fill fillOf(ActivityType type) {
    return switch (type) {
      case OUTPATIENT -> OUTPATIENT;
      case INPATIENT -> INPATIENT;
      case TOTAL_ONLY -> TOTAL_ONLY;
    };
  }

  private static String siteCategory(SiteBreakdown site) {
    return site.reported() ? site.label() : site.label() + " (no figures)";
  }

  /** The reporting sites, largest share first; none when no site rescheduled anything. */
  private static List<SiteBreakdown> byShare(Analysis analysis) {
    if (analysis.allSites().total() == 0) {
      return List.of();
    }
    return analysis.sites().stream()
        .filter(SiteBreakdown::reported)
        .sorted(Comparator.comparingDouble(SiteBreakdown::share).reversed())
        .toList();
  }

  /** The comparable sites, and the like-for-like total when it adds more than one site. */
  private static List<ComparisonRow> chartedRows(Comparison c) {
    List<ComparisonRow> rows = new ArrayList<>(c.comparableRows());
    if (rows.size() > 1) {
      c.likeForLike().ifPresent(rows::add);
    }
    return rows;
  }

  static CategoryPlot barPlot(
      CategoryDataset data, String rangeLabel, Function<Number, String> label) {
    CategoryAxis domain = new CategoryAxis();
    NumberAxis range = new NumberAxis(rangeLabel);
    BarRenderer renderer = new BarRenderer();
    renderer.setDefaultItemLabelGenerator(new Labels(label));
    renderer.setDefaultItemLabelsVisible(true);
    CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    return plot;
  }

  /** What a theme would reset: applied after the chart is themed. */
  static void styleBars(CategoryPlot plot, List<Fill> fills) {
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(Fill.painter(fills));
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.08);
    renderer.setMaximumBarWidth(0.3);
    for (int i = 0; i < fills.size(); i++) {
      renderer.setSeriesPaint(i, fills.get(i).colour());
    }
    renderer.setDefaultItemLabelFont(LiberationSans.font(Font.PLAIN, 8f));
    renderer.setDefaultItemLabelPaint(TEXT);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(3);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    // Every bar carries its value, so gridlines add nothing but lines through those labels.
    plot.setRangeGridlinesVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setInsets(new RectangleInsets(4, 4, 4, 12));
    plot.getRangeAxis().setUpperMargin(0.18);
    plot.getRangeAxis().setAxisLineVisible(false);
    plot.getRangeAxis().setTickMarksVisible(false);
    plot.getRangeAxis().setLabelFont(LiberationSans.font(Font.PLAIN, 8.5f));
    plot.getRangeAxis().setTickLabelFont(LiberationSans.font(Font.PLAIN, 7.5f));
    plot.getRangeAxis().setLabelPaint(TEXT);
    plot.getRangeAxis().setTickLabelPaint(TEXT);
    CategoryAxis domain = plot.getDomainAxis();
    if (domain != null) {
      domain.setTickLabelFont(LiberationSans.font(Font.PLAIN, 8.5f));
      domain.setTickLabelPaint(TEXT);
      domain.setAxisLineVisible(false);
      domain.setTickMarksVisible(false);
      domain.setCategoryMargin(0.25);
      domain.setMaximumCategoryLabelWidthRatio(0.3f);
    }
  }

  /**
   * Four or five ticks on the value axis, at 1, 2 or 5 times a power of ten: JFreeChart's own
   * choice ticks every 5 on a narrow chart of hours and the labels crowd.
   */
  private static void fewTicks(CategoryPlot plot) {
    if (!(plot.getRangeAxis() instanceof NumberAxis axis) || plot.getDataset() == null) {
      return;
    }
    double max = 0;
    CategoryDataset data = plot.getDataset();
    for (int r = 0; r < data.getRowCount(); r++) {
      for (int c = 0; c < data.getColumnCount(); c++) {
        Number v = data.getValue(r, c);
        if (v != null) {
          max = Math.max(max, v.doubleValue());
        }
      }
    }
    if (max <= 0) {
      return;
    }
    axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(tickStep(max * 1.18)));
  }

  /** The smallest of 1, 2 or 5 times a power of ten that divides {@code span} into 5 or fewer. */
  static double tickStep(double span) {
    double power = Math.pow(10, Math.floor(Math.log10(span / 5)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (span / (m * power) <= 5) {
        return m * power;
      }
    }
    return 10 * power;
  }

  static JFreeChart chart(String title, String subtitle, CategoryPlot plot) {
    JFreeChart chart = new JFreeChart(title, LiberationSans.font(Font.BOLD, 11f), plot, true);
    theme().apply(chart);
    chart.setAntiAlias(true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(2, 2, 2, 2));
    TextTitle t = chart.getTitle();
    t.setFont(LiberationSans.font(Font.BOLD, 11f));
    t.setPaint(Color.BLACK);
    t.setHorizontalAlignment(HorizontalAlignment.LEFT);
    t.setPadding(new RectangleInsets(2, 4, 2, 2));
    if (!subtitle.isBlank()) {
      TextTitle sub = new TextTitle(subtitle, LiberationSans.font(Font.PLAIN, 9f));
      sub.setPaint(TEXT);
      sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
      sub.setPadding(new RectangleInsets(0, 4, 4, 2));
      chart.addSubtitle(0, sub);
    }
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.TOP);
    legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
    legend.setFrame(BlockBorder.NONE);
    legend.setItemFont(LiberationSans.font(Font.PLAIN, 8.5f));
    legend.setItemPaint(TEXT);
    legend.setBackgroundPaint(Color.WHITE);
    legend.setPadding(new RectangleInsets(2, 4, 4, 2));
    return chart;
  }

  static LegendItem legendItem(String label, Fill fill) {
    return new LegendItem(label, null, null, null, fill.legendShape(), fill.colour());
  }

  private static StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("Strike Impact");
    theme.setExtraLargeFont(LiberationSans.font(Font.BOLD, 11f));
    theme.setLargeFont(LiberationSans.font(Font.PLAIN, 9f));
    theme.setRegularFont(LiberationSans.font(Font.PLAIN, 8.5f));
    theme.setSmallFont(LiberationSans.font(Font.PLAIN, 7.5f));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setShadowVisible(false);
    return theme;
  }

  private static DecimalFormat countFormat() {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
  }

  /** Item labels written the house way, by a function of the value. */
  private record Labels(Function<Number, String> format) implements CategoryItemLabelGenerator {
    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Number value = dataset.getValue(row, column);
      return value == null ? null : format.apply(value);
    }
  }
}
