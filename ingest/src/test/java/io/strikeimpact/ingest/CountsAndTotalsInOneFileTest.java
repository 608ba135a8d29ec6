package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.StatedTotal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A workbook with the counts on one sheet and the totals the trust states on another (a Summary
 * beside the detail, as trusts send their returns to the ICB): a profile for each role reads it,
 * the counts once and the stated totals once, never its counts twice.
 */
class CountsAndTotalsInOneFileTest {
  static final Path SAMPLES = Path.of("../samples/data");
  static final String RETURN = "returns/RCX/qeh-march-2023.xlsx";

  static final String DETAIL =
      """
      name = QEH detail
      site = RCX
      files = returns/RCX/*.xlsx
      sheet = Detail
      column.specialty = Specialty
      columns.by-type = Outpatients=outpatient, Inpatients=inpatient
      action = bma-jd-2023-03
      """;

  static final String SUMMARY =
      """
      name = QEH summary sheet
      role = stated-totals
      site = RCX
      files = returns/RCX/*.xlsx
      sheet = Summary
      column.label = Description
      column.count = Total
      action = bma-jd-2023-03
      """;

  /** Detail: two specialties, 132 + 9 and 96 + 6 = 243. Summary: states {@code stated}. */
  static byte[] workbook(long stated) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet detail = book.createSheet("Detail");
      row(detail, 0, "Specialty", "Outpatients", "Inpatients");
      row(detail, 1, "General Surgery", 132, 9);
      row(detail, 2, "Urology", 96, 6);
      Sheet summary = book.createSheet("Summary");
      row(summary, 0, "Description", "Total");
      row(summary, 1, "Appointments rescheduled, QEH", stated);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  static void row(Sheet sheet, int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Number n) {
        row.createCell(i).setCellValue(n.doubleValue());
      } else {
        row.createCell(i).setCellValue(values[i].toString());
      }
    }
  }

  static Dataset read(long stated, String... profiles) throws IOException {
    InMemorySourceFolder folder = new InMemorySourceFolder();
    for (String name :
        List.of("reference/sites.csv", "reference/calendar.csv", "reference/participation.csv")) {
      folder.put(name, Files.readAllBytes(SAMPLES.resolve(name)));
    }
    for (int i = 0; i < profiles.length; i++) {
      folder.put("profiles/p" + i + ".properties", profiles[i].getBytes(StandardCharsets.UTF_8));
    }
    return DataFolderReader.read(folder.put(RETURN, workbook(stated)));
  }

  @Test
  void one_file_gives_its_counts_once_and_the_total_it_states() throws IOException {
    Dataset data = read(243, DETAIL, SUMMARY);
    assertEquals(243, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertTrue(data.counts().stream().allMatch(c -> c.provenance().sheet().equals("Detail")));
    StatedTotal total = data.statedTotals().getFirst();
    assertEquals(1, data.statedTotals().size());
    assertEquals(243, total.stated());
    assertEquals("Summary", total.provenance().sheet());
    assertEquals("B2", total.provenance().cell());
    assertEquals(RETURN, total.provenance().file());
    assertTrue(data.problems().isEmpty(), data.problems().toString());
    List<SourceFile> readings =
        data.sources().stream().filter(s -> s.name().equals(RETURN)).toList();
    assertEquals(
        List.of("activity return QEH detail 2 2", "stated totals QEH summary sheet 1 1"),
        readings.stream()
            .map(s -> s.role() + " " + s.profile() + " " + s.rowsRead() + " " + s.rowsUsed())
            .sorted()
            .toList());
  }

  @Test
  void the_order_of_the_profiles_does_not_matter() throws IOException {
    Dataset data = read(250, SUMMARY, DETAIL);
    assertEquals(243, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(250, data.statedTotals().getFirst().stated());
  }

  @Test
  void two_profiles_of_one_role_still_read_the_counts_once_with_a_warning() throws IOException {
    Dataset data = read(243, DETAIL, DETAIL.replace("QEH detail", "QEH detail again"));
    assertEquals(243, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    DataProblem warning =
        data.problems().stream()
            .filter(p -> p.severity() == Severity.WARNING)
            .findFirst()
            .orElseThrow();
    assertEquals("profiles/p0.properties, profiles/p1.properties", warning.found());
    assertTrue(warning.fix().endsWith("read with profiles/p0.properties only"), warning.fix());
  }
}
