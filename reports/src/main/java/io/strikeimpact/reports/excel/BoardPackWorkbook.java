package io.strikeimpact.reports.excel;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ReportSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The board pack as an Excel workbook: sheets Summary, Comparison, Data, Data quality and Sources,
 * each one table from A1 with one header row, written from one computed {@link Analysis}. The
 * workbook computes no figures of its own and holds no formulas; text from the input is always
 * written as text.
 *
 * <p>The same analysis gives the same bytes: the document is dated the as-of day, not today, and
 * zip entries carry the zip epoch rather than the time of writing.
 *
 * <p>Stateless and safe to share between threads.
 */
public final class BoardPackWorkbook {
  /** The sheets in order. A new sheet is one class and one line here. */
  static final List<PackSheet> SHEETS =
      List.of(
          new SummarySheet(),
          new ComparisonSheet(),
          new DataSheet(),
          new DataQualitySheet(),
          new SourcesSheet());

  private static final Object ZIP_TIME_LOCK = new Object();

  /** Writes the workbook to {@code out}, which is left open. */
  public void write(Analysis analysis, OutputStream out) throws IOException {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(out, "out");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      for (PackSheet s : SHEETS) {
        XSSFSheet sheet = workbook.createSheet(s.name());
        s.write(analysis, sheet, styles);
        sheet.setActiveCell(new CellAddress(0, 0));
      }
      workbook.setActiveSheet(0);
      workbook.setFirstVisibleTab(0);
      properties(workbook.getProperties(), analysis);
      // Zip entries carry the time of writing unless POI is told to stamp them with the epoch, as
      // the SOURCE_DATE_EPOCH convention asks. POI keeps that switch in one static flag and puts
      // back the old value afterwards, so two packs written at once could turn it off under each
      // other: the lock keeps our own writes from overlapping.
      synchronized (ZIP_TIME_LOCK) {
        Reproducibility.runWithSourceDateEpoch(() -> workbook.write(out));
      }
    }
  }

  /**
   * Title, author, subject and company, dated the as-of day at midnight UTC rather than now, so
   * the same analysis gives the same file.
   */
  private static void properties(POIXMLProperties properties, Analysis analysis) {
    ReportSettings settings = analysis.settings();
    Date asOf = Date.from(settings.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setTitle(settings.title());
    core.setCreator(settings.organisation());
    core.setSubjectProperty(analysis.focus().title() + ", " + settings.area());
    core.getUnderlyingProperties().setLanguageProperty("en-GB");
    core.setCreated(Optional.of(asOf));
    core.setModified(Optional.of(asOf));
    properties.getExtendedProperties().setCompany(settings.organisation());
  }
}
