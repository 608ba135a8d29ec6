package io.strikeimpact.reports.excel;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * Native Excel charts drawn from cells (never pictures), as the Analysis Function asks: bar and
 * line charts, an active title, a legend below, the accessible palette and alternative text.
 *
 * <p>Each series refers to its cells and carries the model's figures as its cache, so a program
 * that redraws from the cells and one that shows the cache show the same chart. A figure that does
 * not exist ("n/a") is left out of the cache, never drawn as zero.
 */
final class Charts {
  /** The Analysis Function's accessible palette, in order: dark blue, turquoise, dark pink. */
  private static final byte[][] PALETTE = {
    {0x12, 0x43, 0x6D},
    {0x28, (byte) 0xA1, (byte) 0x97},
    {(byte) 0x80, 0x16, 0x50},
    {(byte) 0xF4, 0x46, 0x25}
  };

  /**
   * One series: its name from a heading cell, its values from a range of cells, or from several
   * ranges in order (a union, such as the reported rows of a table that also lists actions without
   * returns: a text cell in a value range would be drawn as zero).
   */
  record Series(
      String title, CellReference titleCell, List<CellRangeAddress> areas, Double[] cached) {
    Series {
      areas = List.copyOf(areas);
      if (areas.isEmpty()) {
        throw new IllegalArgumentException("A series needs cells");
      }
    }

    Series(String title, CellReference titleCell, CellRangeAddress values, Double[] cached) {
      this(title, titleCell, List.of(values), cached);
    }
  }

  /**
   * "History!$I$2:$I$4", or "(History!$I$2,History!$I$4)" for several areas, as Excel writes a
   * union.
   */
  static String reference(XSSFSheet sheet, List<CellRangeAddress> areas) {
    List<String> parts =
        areas.stream().map(a -> a.formatAsString(sheet.getSheetName(), true)).toList();
    return parts.size() == 1 ? parts.getFirst() : "(" + String.join(",", parts) + ")";
  }

  /** Where a chart sits, in cells: from (row, column) for so many rows and columns. */
  record Place(int row, int column, int rows, int columns) {}

  /** Axis labels: counts with a comma, and no gap after them as the cells' figures have. */
  private static final String AXIS_FORMAT = "#,##0";

  private Charts() {}

  static XSSFChart bar(
      XSSFSheet sheet,
      Place place,
      String title,
      String altText,
      boolean stacked,
      CellRangeAddress categoryRange,
      String[] categories,
      List<Series> series) {
    XSSFChart chart = chart(sheet, place, title, altText);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    y.setNumberFormat(AXIS_FORMAT);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setBarGrouping(stacked ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
    data.setVaryColors(false);
    addSeries(sheet, data, List.of(categoryRange), categories, series, false);
    chart.plot(data);
    if (stacked) {
      overlapFully(chart);
    }
    return chart;
  }

  static XSSFChart line(
      XSSFSheet sheet,
      Place place,
      String title,
      String altText,
      CellRangeAddress categoryRange,
      String[] categories,
      List<Series> series) {
    return line(sheet, place, title, altText, List.of(categoryRange), categories, series);
  }

  static XSSFChart line(
      XSSFSheet sheet,
      Place place,
      String title,
      String altText,
      List<CellRangeAddress> categoryRange,
      String[] categories,
      List<Series> series) {
    XSSFChart chart = chart(sheet, place, title, altText);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setNumberFormat(AXIS_FORMAT);
    XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
    data.setVaryColors(false);
    addSeries(sheet, data, categoryRange, categories, series, true);
    chart.plot(data);
    return chart;
  }

  /**
   * Stacked bars must overlap fully, or the parts of a bar are drawn side by side. POI's own setter
   * needs a schema type that poi-ooxml-lite leaves out, so the element is written directly, where
   * the schema puts it: after the series and gap width, before the axis ids.
   */
  private static void overlapFully(XSSFChart chart) {
    org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart bar =
        chart.getCTChart().getPlotArea().getBarChartArray(0);
    try (org.apache.xmlbeans.XmlCursor cursor = bar.getAxIdArray(0).newCursor()) {
      cursor.beginElement(new javax.xml.namespace.QName(CHART_NAMESPACE, "overlap"));
      cursor.insertAttributeWithValue("val", "100");
    }
  }

  private static final String CHART_NAMESPACE =
      "http://schemas.openxmlformats.org/drawingml/2006/chart";

  private static XSSFChart chart(XSSFSheet sheet, Place place, String title, String altText) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor =
        drawing.createAnchor(
            0,
            0,
            0,
            0,
            place.column(),
            place.row(),
            place.column() + place.columns(),
            place.row() + place.rows());
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    chart.displayBlanksAs(org.apache.poi.xddf.usermodel.chart.DisplayBlanks.GAP);
    CTNonVisualDrawingProps props =
        chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
    props.setTitle(title);
    props.setDescr(altText);
    return chart;
  }

  private static void addSeries(
      XSSFSheet sheet,
      XDDFChartData data,
      List<CellRangeAddress> categoryRange,
      String[] categories,
      List<Series> series,
      boolean lines) {
    XDDFDataSource<String> cats =
        XDDFDataSourcesFactory.fromArray(categories, reference(sheet, categoryRange));
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      XDDFNumericalDataSource<Double> values =
          XDDFDataSourcesFactory.fromArray(s.cached(), reference(sheet, s.areas()));
      XDDFChartData.Series added = data.addSeries(cats, values);
      added.setTitle(s.title(), s.titleCell());
      XDDFSolidFillProperties fill =
          new XDDFSolidFillProperties(XDDFColor.from(PALETTE[i % PALETTE.length]));
      XDDFShapeProperties shape = new XDDFShapeProperties();
      if (lines) {
        XDDFLineProperties line = new XDDFLineProperties(fill);
        line.setWidth(2.25);
        shape.setLineProperties(line);
        XDDFLineChartData.Series ls = (XDDFLineChartData.Series) added;
        ls.setMarkerStyle(MarkerStyle.CIRCLE);
        ls.setSmooth(false);
      } else {
        shape.setFillProperties(fill);
        shape.setLineProperties(
            new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.WHITE))));
      }
      added.setShapeProperties(shape);
    }
  }
}
