package io.strikeimpact.reports.excel;

import io.strikeimpact.model.NationalFigure;
import io.strikeimpact.model.NationalRevision;
import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.ActionTotal;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.CumulativeStep;
import io.strikeimpact.model.analysis.EnglandContext;
import io.strikeimpact.model.analysis.EnglandHistoryRow;
import io.strikeimpact.model.analysis.EnglandShare;
import io.strikeimpact.model.analysis.EnglandValue;
import io.strikeimpact.model.analysis.NationalAction;
import io.strikeimpact.model.analysis.PartialTotal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * NHS England's published figures for England beside the figures here, one row an action: England's
 * inpatient, outpatient and acute totals and its total since the first action, how each is known
 * (published, from its parts, derived by subtraction, not published) and where it comes from (the
 * release date, the source and the row and cells of the national file); then the acute total here
 * and the share of England's. Below the table, the focus action's shares, the caveat, England's
 * totals that do not add up and the revisions between releases.
 *
 * <p>The acute total here is a SUMIFS over the Data sheet by the action id in column A, and the
 * running total adds it to the last row above with returns, as on the History sheet. England's
 * figures are typed in (they are not on the Data sheet). Each share is a formula, here over
 * England: {@code IF(ISNUMBER(E2),IF(E2>0,G2/E2,"n/a"),"not published")}, so where England's cell
 * holds no number (a blank, or "not published") the share reads "not published" as text, never 0.
 */
final class EnglandSheet implements PackSheet {
  static final String NAME = "England";
  static final String TABLE = "England_table";
  static final String NOT_PUBLISHED = NationalAction.Kind.NOT_PUBLISHED.label();

  static final int ACTION_ID = 0;
  static final int ENGLAND_INPATIENT = 2;
  static final int ENGLAND_OUTPATIENT = 3;
  static final int ENGLAND = 4;
  static final int HOW_KNOWN = 5;
  static final int HERE = 6;
  static final int SHARE = 7;
  static final int ENGLAND_CUMULATIVE = 8;
  static final int HERE_CUMULATIVE = 9;
  static final int CUMULATIVE_SHARE = 10;
  static final int RELEASE_DATE = 11;
  static final int SOURCE = 12;
  static final int ROW = 13;
  static final int ENGLAND_FROM = 14;
  static final int CUMULATIVE_FROM = 15;
  static final int HERE_COVERS = 16;

  static final List<Column> COLUMNS =
      List.of(
          Column.of("Action id", 16),
          Column.wrapped("Action", 30),
          Column.figures("England: inpatient", 13),
          Column.figures("England: outpatient", 13),
          Column.figures("England: acute total", 14),
          Column.wrapped("England's acute total is", 22),
          Column.figures(Notes.UNDERSTATE.on("Here: acute total (all sites)"), 16),
          Column.figures("Here as a share of England", 14),
          Column.figures("England: since the first action", 16),
          Column.figures("Here: since the first action", 16),
          Column.figures("Here as a share of England since the first action", 18),
          Column.figures("Release date", 13),
          Column.wrapped("Source", 28),
          Column.wrapped("Row of the national file", 30),
          Column.wrapped("England's acute total from", 44),
          Column.wrapped("England's total since the first action from", 44),
          Column.wrapped("Here: the figures cover", 44));

  static final String BELOW_HEADING = "Beside England";

  /** Shares of England to one decimal place. */
  static final String SHARE_FORMAT = "0.0%";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "NHS England's published figures for England, action by action, with where each comes from,"
        + " beside the acute total here and its share of England's, as formulas.";
  }

  @Override
  public void write(Pack pack, XSSFSheet sheet) {
    Analysis analysis = pack.analysis();
    EnglandContext england = analysis.england();
    if (england.isEmpty() || england.history().isEmpty()) {
      Table table = new Table(sheet, pack.styles(), List.of(Column.wrapped("Note", 80)), TABLE);
      table
          .row()
          .text(
              "No national figures: the data folder has no reference/england.csv, or it gives no"
                  + " action of this calendar, so there is nothing to set the figures here beside.");
      table.finish();
      return;
    }
    Table table = new Table(sheet, pack.styles(), COLUMNS, TABLE);
    // A share of England is small: shown to one decimal place (2.7%), as the pack says it.
    XSSFCellStyle oneDecimal = sheet.getWorkbook().createCellStyle();
    oneDecimal.cloneStyleFrom(pack.styles().share);
    oneDecimal.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(SHARE_FORMAT));
    int lastReported = -1;
    for (EnglandHistoryRow r : england.history()) {
      Table.Cells row = table.row();
      Optional<NationalFigure> release =
          england.figures().action(r.action().id()).flatMap(NationalAction::figure);
      row.text(r.action().id()).text(ActionGroup.of(r.action()).title());
      row.count(release.map(NationalFigure::inpatient).orElse(OptionalLong.empty()), NOT_PUBLISHED);
      row.count(
          release.map(NationalFigure::outpatient).orElse(OptionalLong.empty()), NOT_PUBLISHED);
      row.count(r.england().value(), NOT_PUBLISHED);
      row.text(r.england().kind().label());
      Optional<ActionTotal> local = r.local();
      String status = r.status().label();
      if (local.isPresent()) {
        row.countFormula(
            DataFormulas.sumifs(DataFormulas.action("$A" + (row.index() + 1))),
            local.get().acute());
        share(row, row.at(HERE), row.at(ENGLAND), r.share().orElseThrow(), sheet, oneDecimal);
      } else {
        row.absent(status).absent(status);
      }
      row.count(r.englandCumulative().value(), NOT_PUBLISHED);
      if (local.isPresent()) {
        String running =
            lastReported < 0
                ? row.at(HERE)
                : row.at(HERE) + "+" + cell(lastReported, HERE_CUMULATIVE);
        row.countFormula(running, local.get().cumulative());
        share(
            row,
            row.at(HERE_CUMULATIVE),
            row.at(ENGLAND_CUMULATIVE),
            r.cumulativeShare().orElseThrow(),
            sheet,
            oneDecimal);
        lastReported = row.index();
      } else {
        row.absent(status).absent(status);
      }
      row.date(release.map(NationalFigure::releaseDate), NOT_PUBLISHED);
      row.text(release.map(NationalFigure::source).orElse("no row in the national file"));
      row.text(release.map(NationalFigure::describe).orElse("no row in the national file"));
      row.text(from(r.england()));
      row.text(from(r.englandCumulative()));
      // Figures from some of the returns make the share beside them partial: say which are missing.
      row.text(r.statusText());
    }
    table.finish();
    table.linesBelow(BELOW_HEADING, lines(england, analysis.partialTotal()));
  }

  /**
   * The share as a formula over the two cells, cached as the model's share, or as its words where
   * there is none: "not published" where England's cell holds no number, never 0.
   */
  private static void share(
      Table.Cells row,
      String here,
      String england,
      EnglandShare share,
      XSSFSheet sheet,
      XSSFCellStyle oneDecimal) {
    String formula =
        "IF(ISNUMBER("
            + england
            + "),IF("
            + england
            + ">0,"
            + here
            + "/"
            + england
            + ","
            + DataFormulas.literal(Absent.NOT_APPLICABLE)
            + "),"
            + DataFormulas.literal(NOT_PUBLISHED)
            + ")";
    OptionalDouble s = share.share();
    if (!share.localGap().isEmpty()) {
      // No formula: the local running total lacks returns England's counts, so a share misleads.
      row.text(share.shareText());
    } else if (s.isPresent()) {
      row.shareFormula(formula, s.getAsDouble());
      sheet.getRow(row.index()).getCell(row.column() - 1).setCellStyle(oneDecimal);
    } else {
      row.textFormula(formula, share.england().known() ? Absent.NOT_APPLICABLE : NOT_PUBLISHED);
    }
  }

  /** Where one of England's figures comes from, or that no release gives it. */
  private static String from(EnglandValue v) {
    if (!v.known()) {
      return "no release gives it, and it cannot be derived";
    }
    return switch (v.kind()) {
      case DERIVED -> "derived by subtraction, not published: " + v.source();
      case SUMMED -> "added up from published figures, not itself published: " + v.source();
      default -> v.source();
    };
  }

  private static String cell(int row, int column) {
    return new org.apache.poi.ss.util.CellAddress(row, column).formatAsString();
  }

  /** The focus action's shares, the caveat, the checks that fail and the revisions, in words. */
  static List<String> lines(EnglandContext england, PartialTotal partial) {
    List<String> lines = new ArrayList<>();
    for (EnglandShare s : england.focus()) {
      lines.add(
          "Focus, "
              + s.measure().label()
              + ": "
              + s.sentence()
              + (s.england().known() ? " (England's figure: " + from(s.england()) + ")." : "."));
    }
    lines.add(EnglandShare.CAVEAT + ".");
    EnglandContext.partialNote(partial).ifPresent(lines::add);
    lines.add(EnglandContext.BASES + ".");
    lines.add(
        "A figure NHS England did not publish is \"not published\", never 0: each share is a formula"
            + " that shows \"not published\" when England's cell holds no number.");
    for (String w : england.figures().warnings()) {
      lines.add("Check: " + w + ".");
    }
    for (CumulativeStep s : england.figures().steps()) {
      if (s.outcome() == CumulativeStep.Outcome.DERIVES) {
        lines.add("Derived: " + s.message() + ".");
      }
    }
    for (NationalRevision r : england.figures().revisions()) {
      lines.add("Revised: " + r.describe() + ".");
    }
    return lines;
  }
}
