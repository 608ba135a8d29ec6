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
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The board pack as an Excel workbook analysts can audit: Cover, Contents, Notes, Summary,
 * Comparison, History, England, Projection, Data, Data quality and Sources, each table an Excel
 * table from A1 with one header row, written from one computed {@link Analysis}.
 *
 * <p>The figures on Summary, Comparison, History and Projection are formulas over the Data sheet's
 * table (its counts, and the planned activity some returns give), each cached with the model's
 * value, so the workbook shows the model's figures as written and recalculates when a count on the
 * Data sheet is changed. Text from the input is always written as text, never as a formula. Native
 * charts are drawn from the cells.
 *
 * <p>How it is written: every sheet but Data is an ordinary {@link XSSFWorkbook} sheet (charts and
 * formulas need that), built first, with the Data sheet's table declared over the rows to come. The
 * Data sheet alone is a streamed sheet of an {@link SXSSFWorkbook} around the workbook, which
 * writes its rows to a temporary file a window at a time, so a line-level extract of a million rows
 * is written within a small heap. When there are more counts than a sheet has rows they are added
 * up (see {@link DataRows}).
 *
 * <p>The same analysis gives the same bytes: the document is dated the as-of day, not today, and
 * zip entries carry the zip epoch rather than the time of writing.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class BoardPackWorkbook {
  /** The sheets in order. A new sheet is one class and one line here. */
  static final List<PackSheet> SHEETS =
      List.of(
          new CoverSheet(),
          new ContentsSheet(),
          new NotesSheet(),
          new SummarySheet(),
          new ComparisonSheet(),
          new HistorySheet(),
          new EnglandSheet(),
          new ProjectionSheet(),
          new DataSheet(),
          new DataQualitySheet(),
          new SourcesSheet());

  /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
  private static final int STREAM_WINDOW = 200;

  static final Object ZIP_TIME_LOCK = new Object();

  private final int maxDataRows;

  /** A writer for Excel's full sheet of 1,048,575 data rows. */
  public BoardPackWorkbook() {
    this(DataRows.EXCEL_MAX_DATA_ROWS);
  }

  /** For tests: a smaller row limit shows how a large extract is added up. */
  BoardPackWorkbook(int maxDataRows) {
    if (maxDataRows < 1 || maxDataRows > DataRows.EXCEL_MAX_DATA_ROWS) {
      throw new IllegalArgumentException(
          "A sheet holds 1 to " + DataRows.EXCEL_MAX_DATA_ROWS + " data rows, not " + maxDataRows);
    }
    this.maxDataRows = maxDataRows;
  }

  /** Writes the workbook to {@code out}, which is left open. */
  public void write(Analysis analysis, OutputStream out) throws IOException {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(out, "out");
    WorkbookWarmUp.stop();
    XSSFWorkbook workbook = newWorkbook();
    try {
      Pack pack =
          new Pack(
              analysis,
              new Styles(workbook, analysis.settings().branding()),
              // Planned activity has rows of its own below the counts.
              DataRows.of(
                  analysis.dataset().counts(),
                  Math.max(1, maxDataRows - analysis.dataset().planned().size())));
      // Only the Data sheet streams. SXSSF wrapped around a finished workbook would make every
      // sheet a streamed one, each with a temporary file, a column-width tracker that lays out text
      // to measure the default font, and a character-by-character copy of its XML on saving, for
      // sheets that have no rows to stream; created first, the wrapper has no sheet but Data. The
      // other sheets are copied into the file as they are, which gives the same bytes.
      SXSSFWorkbook streaming = new StreamingWorkbook(workbook, STREAM_WINDOW);
      try {
        int data =
            SHEETS.indexOf(
                SHEETS.stream().filter(s -> s instanceof DataSheet).findFirst().orElseThrow());
        XSSFSheet[] sheets = new XSSFSheet[SHEETS.size()];
        SXSSFSheet streamed = null;
        for (int i = 0; i < SHEETS.size(); i++) {
          if (i == data) {
            streamed = streaming.createSheet(SHEETS.get(i).name());
            sheets[i] = workbook.getSheetAt(i);
          } else {
            sheets[i] = workbook.createSheet(SHEETS.get(i).name());
          }
        }
        // Data comes first so its table exists before other sheets' formulas name its columns.
        SHEETS.get(data).write(pack, sheets[data]);
        for (int i = 0; i < SHEETS.size(); i++) {
          if (i != data) {
            SHEETS.get(i).write(pack, sheets[i]);
            // Widths from what the cells hold, on every sheet; the Data sheet fits itself as it
            // streams.
            ColumnWidths.fit(sheets[i]);
          }
          sheets[i].setActiveCell(new CellAddress(0, 0));
          sheets[i].setSelected(i == 0);
        }
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
        properties(workbook.getProperties(), analysis);

        DataSheet.stream(pack, streamed, sheets[data]);
        // Zip entries carry the time of writing unless POI is told to stamp them with the epoch, as
        // the SOURCE_DATE_EPOCH convention asks. POI keeps that switch in one static flag and puts
        // back the old value afterwards, so two packs written at once could turn it off under each
        // other: the lock keeps our own writes from overlapping.
        synchronized (ZIP_TIME_LOCK) {
          Reproducibility.runWithSourceDateEpoch(() -> streaming.write(out));
        }
      } finally {
        streaming.dispose();
      }
    } finally {
      discard(workbook);
    }
  }

  /**
   * Lets go of a workbook made by {@link #newWorkbook()} without saving it again. Closing one saves
   * it: POI keeps a new workbook's package for a stream of its own, and {@code close()} writes the
   * whole package to it (every part serialised and zipped once more: 6% of the workbook writer's
   * samples in a profile of the samples) only for that stream to be dropped. The file was written
   * by then, or failed.
   */
  static void discard(XSSFWorkbook workbook) {
    workbook.getPackage().revert();
  }

  /**
   * An empty workbook as the pack writes it: shared strings looked up by their text, and formulas
   * stored as written, without POI parsing each one to check it. Checking cost about a tenth of the
   * workbook's time (the parser, run cold, for every formula cell) and changes nothing in the file:
   * POI parses the formula only to throw if it is malformed, and stores the text it was given.
   * Every formula the pack writes is built by this package's code, and FormulasParseTest parses
   * each one in a written pack, so a malformed formula still fails a build rather than reaching a
   * user.
   */
  static XSSFWorkbook newWorkbook() {
    XSSFWorkbook workbook = new XSSFWorkbook(PlainSharedStrings.FACTORY);
    workbook.setCellFormulaValidation(false);
    return workbook;
  }

  /**
   * Title, author, subject, keywords and company, dated the as-of day at midnight UTC rather than
   * now, so the same analysis gives the same file.
   */
  static void properties(POIXMLProperties properties, Analysis analysis) {
    ReportSettings settings = analysis.settings();
    Date asOf = Date.from(settings.asOf().atStartOfDay(ZoneOffset.UTC).toInstant());
    POIXMLProperties.CoreProperties core = properties.getCoreProperties();
    core.setTitle(settings.title());
    core.setCreator(settings.organisation());
    core.setSubjectProperty(analysis.focus().title() + ", " + settings.area());
    core.setKeywords("industrial action; strikes; activity rescheduled; " + settings.area());
    core.setDescription(
        "Activity rescheduled because of industrial action, from hospitals' returns: live formulas over the Data sheet.");
    core.getUnderlyingProperties().setLanguageProperty("en-GB");
    core.setCreated(Optional.of(asOf));
    core.setModified(Optional.of(asOf));
    properties.getExtendedProperties().setCompany(settings.organisation());
  }
}
