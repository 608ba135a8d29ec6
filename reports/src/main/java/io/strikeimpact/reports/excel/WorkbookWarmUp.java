package io.strikeimpact.reports.excel;

import io.strikeimpact.model.analysis.Branding;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageNamespaces;
import org.apache.poi.openxml4j.opc.StreamHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.SheetUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Document;

/**
 * Does once, on a background thread while the returns are read, the first-time work of writing a
 * workbook, so the board pack's workbook, the longer of its two renderings, starts warm.
 *
 * <p>What a short workbook spends most of its time on is cold: XMLBeans loading the schema types of
 * each part (workbook, styles, sheet, table, drawing, chart), POI's and the JDK's classes
 * initialising (the JDK's text shaper alone takes about 30 ms, the first time POI measures its
 * default font), the formula parser and the XML writers, all interpreted before the compiler
 * catches up. Written twice in one process, the samples' workbook took 430 ms the first time and
 * 170 ms the second. The second core is nearly idle while the main thread reads and analyses.
 *
 * <p>It writes a throwaway workbook of one tiny table, a formula over it and two charts through the
 * pack's own code, to nowhere: it touches no file and no setting the pack's writing reads, so the
 * pack's bytes are the same whether it ran, ran partly or not at all. When the pack's workbook
 * begins it stops after the step under way, so it never takes a core from the writers for long; any
 * failure is ignored, since it has no result.
 */
public final class WorkbookWarmUp {
  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static volatile boolean stopped;

  private WorkbookWarmUp() {}

  /** Starts the warm-up on a daemon thread, once a process; a later call does nothing. */
  public static void start() {
    if (STARTED.compareAndSet(false, true)) {
      Thread thread = new Thread(() -> run(() -> stopped), "workbook warm-up");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** The pack's workbook has begun: the warm-up stops after the step it is in. */
  static void stop() {
    stopped = true;
  }

  private static void run(BooleanSupplier stop) {
    try {
      warm(stop);
    } catch (Throwable ignored) {
      // Nothing depends on the warm-up: the pack does the same work itself if this did not.
    }
  }

  /**
   * Writes the throwaway workbook step by step, until {@code stop} says the pack has begun, and
   * returns how many of the steps it took.
   */
  static int warm(BooleanSupplier stop) throws IOException {
    XSSFWorkbook workbook = BoardPackWorkbook.newWorkbook();
    try {
      Styles styles = new Styles(workbook, Branding.NHS);
      // Small steps, so that the warm-up gives the core back soon after the pack begins.
      List<Runnable> steps =
          List.of(
              // BigDecimal's class initialiser, which on JDK 25 computes tables of powers of ten
              // in the interpreter (tens of milliseconds): the main thread needs it soon, to read
              // the returns' counts, as does the workbook's zip code. Started here it is done, or
              // under way, when either needs it, and it runs on the idle core.
              () -> BigDecimal.ONE.scale(),
              // The DOM and XSLT serialiser POI writes the package's content types, its own
              // relationships and its core properties through, at the very end of saving: cold,
              // its first use loads the serialiser's table of encodings, asking the JDK for every
              // charset it names (a seventh of the pack's workbook thread in a profile of the
              // samples). Early, because the warm-up stops when the pack's workbook begins, and the
              // pack needs this last.
              WorkbookWarmUp::xmlSerialiser,
              // The text shaper and the default font, as SXSSF's width tracker uses them.
              () -> SheetUtil.getDefaultCharWidthAsFloat(workbook),
              () -> dataTable(workbook, styles),
              () -> summaryTable(workbook, styles),
              () -> bar(workbook.getSheetAt(1)),
              () -> line(workbook.getSheetAt(1)),
              () -> ColumnWidths.fit(workbook.getSheetAt(0)),
              () -> ColumnWidths.fit(workbook.getSheetAt(1)),
              () -> {
                try {
                  // Saved as the pack saves its template, relationships as text.
                  PlainRelationships.use(workbook);
                  workbook.write(OutputStream.nullOutputStream());
                } catch (IOException | InvalidFormatException e) {
                  throw new IllegalStateException(e);
                }
              });
      int taken = 0;
      for (Runnable step : steps) {
        if (stop.getAsBoolean()) {
          break;
        }
        step.run();
        taken++;
      }
      return taken;
    } finally {
      BoardPackWorkbook.discard(workbook);
    }
  }

  /** A one-element document saved through POI's serialiser to nowhere, as POI saves its parts. */
  private static void xmlSerialiser() {
    Document document = DocumentHelper.createDocument();
    document.appendChild(document.createElementNS(PackageNamespaces.CONTENT_TYPES, "Types"));
    if (!StreamHelper.saveXmlInStream(document, OutputStream.nullOutputStream())) {
      throw new IllegalStateException("POI's XML serialiser failed");
    }
  }

  private static final List<Column> COLUMNS =
      List.of(Column.of(DataFormulas.SITE, 10), Column.figures(DataFormulas.COUNT, 10));

  /** The Data sheet's table of two rows, text and counts. */
  private static void dataTable(XSSFWorkbook workbook, Styles styles) {
    Table data =
        new Table(workbook.createSheet(DataSheet.NAME), styles, COLUMNS, DataFormulas.TABLE);
    data.row().text("RM1").count(1);
    data.row().text("RGP").count(1);
    data.finish();
  }

  /** A table with a SUMIFS over the Data sheet's columns, as the Summary sheet has. */
  private static void summaryTable(XSSFWorkbook workbook, Styles styles) {
    Table summary = new Table(workbook.createSheet("Summary"), styles, COLUMNS, "Summary_table");
    summary
        .row()
        .text("RM1")
        .countFormula(DataFormulas.sumifs(DataFormulas.site(DataFormulas.literal("RM1"))), 1L);
    summary.row().text("RGP").count(1);
    summary.finish();
  }

  private static final CellRangeAddress CATEGORIES = new CellRangeAddress(1, 2, 0, 0);
  private static final String[] NAMES = {"RM1", "RGP"};

  private static List<Charts.Series> series() {
    return List.of(
        new Charts.Series(
            DataFormulas.COUNT,
            new CellReference(0, 1),
            new CellRangeAddress(1, 2, 1, 1),
            new Double[] {1.0, 1.0}));
  }

  private static void bar(XSSFSheet sheet) {
    Charts.bar(
        sheet, new Charts.Place(4, 0, 8, 4), "bar", "bar", true, CATEGORIES, NAMES, series());
  }

  private static void line(XSSFSheet sheet) {
    Charts.line(sheet, new Charts.Place(14, 0, 8, 4), "line", "line", CATEGORIES, NAMES, series());
  }
}
