package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.ingest.table.UnreadableFileException;
import io.strikeimpact.ingest.table.WorkbookTableReader;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.StatedTotal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Red-team cases jpuh-hidden-row and jpuh-hidden (4 December 2026): a row hidden in the workbook
 * was counted without a word. It is still counted, as Excel's SUM (and so the return's own Total
 * row) counts it, and one warning names the sheet and its hidden rows; xlsx and xls say the same.
 * Fixtures: {@code fixtures/hidden-rows/} (openpyxl, then LibreOffice; see its make.py).
 */
class HiddenRowsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/hidden-rows");
  private static final String RETURN = "returns/RGP/jpuh-junior-doctors-march-2023";

  private static Dataset read(String fixture) throws IOException {
    String extension = fixture.substring(fixture.lastIndexOf('.'));
    InMemorySourceFolder data = SampleReference.folder();
    data.put(
        "profiles/jpuh.properties",
        Files.readString(Path.of("../samples/data/profiles/jpuh.properties"))
            .replace("files = returns/RGP/*.xlsx", "files = returns/RGP/*" + extension));
    data.put(RETURN + extension, Files.readAllBytes(FIXTURES.resolve(fixture)));
    return DataFolderReader.read(data);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "openpyxl-hidden-rows.xlsx",
        "libreoffice-hidden-rows.xlsx",
        "libreoffice-hidden-rows.xls"
      })
  void hidden_rows_are_counted_as_excels_sum_counts_them_and_named_in_one_warning(String fixture)
      throws IOException {
    Dataset data = read(fixture);
    String file = RETURN + fixture.substring(fixture.lastIndexOf('.'));
    assertEquals(
        343L,
        data.counts().stream()
            .filter(c -> c.odsCode().equals("RGP"))
            .mapToLong(DisruptionCount::count)
            .sum());
    List<String> warnings =
        data.problems().stream()
            .filter(p -> p.where().file().equals(file))
            .map(p -> p.severity() + " " + p.message())
            .toList();
    assertEquals(
        List.of(
            "WARNING "
                + file
                + ", sheet 'Rescheduled', row 6: found \"2 hidden rows, rows 6 and 13\"; expected"
                + " rows a person sees: a hidden row (hidden with Hide, or filtered out by an"
                + " AutoFilter) does not show on screen or in print, but is read and counted here,"
                + " as Excel's SUM counts it. Fix: check the hidden rows: if their figures belong"
                + " to the return, nothing to fix (unhide them to be rid of this warning); if they"
                + " hold old, draft or duplicate figures, delete the rows and send the return"
                + " again"),
        warnings);
    // The Total row, a SUM over the hidden rows too, agrees with the rows counted.
    List<StatedTotal> totals =
        data.statedTotals().stream().filter(t -> t.provenance().file().equals(file)).toList();
    assertEquals(
        List.of("C17 343"),
        totals.stream().map(t -> t.provenance().cell() + " " + t.stated()).toList());
    assertEquals(
        List.of(),
        data.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .map(DataProblem::message)
            .toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"libreoffice-hidden-rows.xlsx", "libreoffice-hidden-rows.xls"})
  void the_xlsx_and_the_xls_readers_give_the_same_hidden_rows(String fixture)
      throws IOException, UnreadableFileException {
    List<RawRow> rows = new ArrayList<>();
    new WorkbookTableReader()
        .read(
            new ByteArrayInputStream(Files.readAllBytes(FIXTURES.resolve(fixture))),
            new SheetChoice("Rescheduled"),
            rows::add);
    assertEquals(List.of(6, 13), rows.stream().filter(RawRow::hidden).map(RawRow::number).toList());
  }
}
