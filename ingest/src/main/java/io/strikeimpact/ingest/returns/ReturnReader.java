package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.table.ContentCheck;
import io.strikeimpact.ingest.table.FileNote;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.ingest.table.TableReader;
import io.strikeimpact.ingest.table.UnreadableFileException;
import io.strikeimpact.ingest.table.stream.CsvStreamReader;
import io.strikeimpact.ingest.table.stream.XlsxStreamReader;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.ParticipationTable;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.StrikeCalendar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one return (xlsx, xls or csv) with its profile into counts or stated totals. Never throws
 * for bad input: an unreadable file is one ERROR, a bad row is a rejected row with all its
 * problems.
 */
public final class ReturnReader {
  private final StrikeCalendar calendar;
  private final List<Site> sites;
  private final ParticipationTable participation;

  public ReturnReader(StrikeCalendar calendar, List<Site> sites, ParticipationTable participation) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.sites = List.copyOf(sites);
    this.participation = Objects.requireNonNull(participation, "participation");
  }

  /**
   * @param file the file's name in the data folder, used in every provenance
   * @param bytes the file's content
   * @param sha256 the SHA-256 of the content, lower-case hex
   */
  public ReturnRead read(String file, byte[] bytes, String sha256, Profile profile) {
    ReturnContext context = new ReturnContext(file, sha256, profile, calendar, sites);
    RowInterpreter interpreter =
        profile.role() == Profile.Role.STATED_TOTALS
            ? new StatedTotalRows(context)
            : new ActivityRows(context, participation);
    Optional<TableReader> reader = TableReader.forName(file);
    if (bytes.length == 0 || reader.isEmpty()) {
      DataProblem problem =
          bytes.length == 0
              ? new DataProblem(
                  Severity.ERROR,
                  context.whole(""),
                  "0 bytes",
                  "a return with a table of figures",
                  "send the return again; the file is empty")
              : new DataProblem(
                  Severity.ERROR,
                  context.whole(""),
                  file.substring(file.lastIndexOf('/') + 1),
                  "an .xlsx, .xls or .csv file",
                  "save the return as .xlsx or .csv, or change files in "
                      + profile.source()
                      + " so it does not match this file");
      return interpreter.result("", List.of(problem));
    }
    Walker walker = new Walker(new HeaderFinder(profile), interpreter);
    List<DataProblem> fileProblems = new ArrayList<>();
    try {
      ContentCheck.Checked checked = ContentCheck.check(file, bytes);
      for (FileNote note : checked.notes()) {
        fileProblems.add(
            new DataProblem(
                Severity.WARNING, context.whole(""), note.found(), note.expected(), note.fix()));
      }
      checked.reader().read(new ByteArrayInputStream(bytes), profile.sheet(), walker::accept);
    } catch (UnreadableFileException e) {
      // Nothing of a file that failed part way is kept: its rows read so far are dropped too.
      DataProblem problem =
          new DataProblem(Severity.ERROR, context.whole(""), e.found(), e.expected(), e.fix());
      return new ReturnRead("", List.of(), List.of(), List.of(problem), List.of(), 0, 0);
    }
    if (walker.columns == null) {
      fileProblems.add(walker.finder.notFound(context.whole(walker.sheet)));
    }
    return interpreter.result(walker.sheet, fileProblems);
  }

  /**
   * Reads a line-level extract ({@code layout = line-level}) from a file on disk, streaming it: an
   * xlsx file by its zip directory and the sheet's XML as it inflates, a csv file line by line.
   *
   * @param file the file's name in the data folder, used in every provenance
   * @param path where its bytes are
   * @param sha256 the SHA-256 of the content, lower-case hex
   */
  public ReturnRead readLineLevel(String file, Path path, String sha256, Profile profile) {
    ReturnContext context = new ReturnContext(file, sha256, profile, calendar, sites);
    LineLevelRows rows = new LineLevelRows(context, participation);
    String lower = file.toLowerCase(Locale.ROOT);
    try {
      if (Files.size(path) == 0) {
        return rows.result(
            List.of(
                new DataProblem(
                    Severity.ERROR,
                    context.whole(""),
                    "0 bytes",
                    "a line-level extract",
                    "send the extract again; the file is empty")));
      }
      if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
        new XlsxStreamReader().read(path, profile.sheet(), rows::row);
      } else if (lower.endsWith(".csv")) {
        try (InputStream in = Files.newInputStream(path)) {
          new CsvStreamReader().read(in, rows::row);
        }
      } else {
        return rows.result(
            List.of(
                new DataProblem(
                    Severity.ERROR,
                    context.whole(""),
                    file.substring(file.lastIndexOf('/') + 1),
                    "an .xlsx or .csv file for a line-level extract",
                    "save the extract as .xlsx or .csv, or change files in "
                        + profile.source()
                        + " so it does not match this file")));
      }
    } catch (UnreadableFileException e) {
      return rows.result(
          List.of(
              new DataProblem(
                  Severity.ERROR, context.whole(""), e.found(), e.expected(), e.fix())));
    } catch (IOException e) {
      return rows.result(
          List.of(
              new DataProblem(
                  Severity.ERROR,
                  context.whole(""),
                  String.valueOf(e.getMessage()),
                  "a file that can be opened",
                  "check the file's permissions and that it is not open in another program")));
    }
    return rows.result(List.of());
  }

  /** Hands rows to the header finder until the header is found, then to the interpreter. */
  private static final class Walker {
    final HeaderFinder finder;
    final RowInterpreter interpreter;
    HeaderColumns columns;
    String sheet = "";

    Walker(HeaderFinder finder, RowInterpreter interpreter) {
      this.finder = finder;
      this.interpreter = interpreter;
    }

    void accept(RawRow row) {
      sheet = row.sheet();
      if (columns == null) {
        columns = finder.offer(row).orElse(null);
      } else if (!row.isBlank()) {
        interpreter.row(row, columns);
      }
    }
  }
}
