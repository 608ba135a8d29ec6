package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hospital's tracker keeps a tab per strike (fixtures/tracker, written by openpyxl and converted
 * by LibreOffice): {@code sheet = *} reads every tab with the profile's table, so next month's tab
 * needs no new profile, and no tab's figures are added twice.
 */
class EverySheetTest {
  private static final String PROFILE =
      String.join(
          "\n",
          "site = RGP",
          "files = returns/RGP/*",
          "sheet = *",
          "header.row = auto",
          "column.date = Date",
          "columns.by-type = Outpatients=outpatient, Inpatients=inpatient",
          "action = by-date",
          "totals.label = Total",
          "");

  private static Dataset read(String fixture, String extension, String profile) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/fixtures/tracker/" + fixture));
    return DataFolderReader.read(
        SampleReference.folder()
            .put("profiles/jpuh.properties", profile)
            .put("returns/RGP/jpuh-tracker." + extension, bytes));
  }

  private static Map<String, Long> byAction(Dataset data) {
    return data.counts().stream()
        .filter(c -> c.odsCode().equals("RGP"))
        .collect(
            Collectors.groupingBy(
                c -> c.actionId() + " " + c.type().name().toLowerCase(),
                TreeMap::new,
                Collectors.summingLong(DisruptionCount::count)));
  }

  private static List<String> errors(Dataset data) {
    return InvalidInputTest.messages(data).stream().filter(m -> m.startsWith("ERROR")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jpuh-tracker-openpyxl.xlsx", "jpuh-tracker-libreoffice.xls"})
  void every_tab_with_the_table_counts_once_and_the_others_are_passed_over(String fixture)
      throws Exception {
    String extension = fixture.substring(fixture.lastIndexOf('.') + 1);
    Dataset data = read(fixture, extension, PROFILE);
    assertEquals(List.of(), errors(data));
    assertEquals(
        Map.of(
            "bma-jd-2023-03 inpatient", 81L,
            "bma-jd-2023-03 outpatient", 262L,
            "bma-jd-2023-04 inpatient", 46L,
            "bma-jd-2023-04 outpatient", 206L),
        byAction(data));
    // Each count says which tab and cell it came from.
    assertTrue(
        data.counts().stream()
            .filter(c -> c.actionId().equals("bma-jd-2023-04"))
            .allMatch(c -> c.provenance().sheet().equals("Apr 23")),
        data.counts().toString());
    // One source for the file, with the rows of both tabs; the Total rows are stated totals.
    List<SourceFile> sources =
        data.sources().stream().filter(s -> s.name().startsWith("returns/RGP/")).toList();
    assertEquals(1, sources.size(), sources.toString());
    assertEquals(7, sources.getFirst().rowsRead(), sources.toString());
    assertEquals(7, sources.getFirst().rowsUsed(), sources.toString());
    assertEquals(
        2,
        data.statedTotals().stream()
            .filter(t -> t.provenance().file().startsWith("returns/RGP/"))
            .map(t -> t.provenance().sheet())
            .distinct()
            .count(),
        "each tab's Total row is checked against its own tab: " + data.statedTotals());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jpuh-tracker-openpyxl.xlsx"})
  void a_profile_naming_one_tab_reads_only_it(String fixture) throws Exception {
    Dataset data = read(fixture, "xlsx", PROFILE.replace("sheet = *", "sheet = Mar 23"));
    assertEquals(
        Map.of("bma-jd-2023-03 inpatient", 81L, "bma-jd-2023-03 outpatient", 262L), byAction(data));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jpuh-tracker-openpyxl.xlsx"})
  void no_tab_with_the_table_is_an_error_and_the_file_counts_for_nothing(String fixture)
      throws Exception {
    Dataset data =
        read(fixture, "xlsx", PROFILE.replace("column.date = Date", "column.date = Day of action"));
    assertEquals(Map.of(), byAction(data));
    List<String> errors = errors(data);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(
        errors
            .getFirst()
            .startsWith(
                "ERROR returns/RGP/jpuh-tracker.xlsx: found \"no sheet with the profile's header"
                    + " and rows of figures below it\""),
        errors.getFirst());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jpuh-tracker-two-march-tabs-openpyxl.xlsx"})
  void two_tabs_of_the_same_days_are_never_added_up(String fixture) throws Exception {
    Dataset data = read(fixture, "xlsx", PROFILE);
    assertEquals(Map.of(), byAction(data), "neither tab says it is the later");
    List<String> errors = errors(data);
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(
        "ERROR returns/RGP/jpuh-tracker.xlsx: found \"two returns for RGP in bma-jd-2023-03 that"
            + " cover the same days and activity types: 343 (outpatient 262, inpatient 81) in"
            + " returns/RGP/jpuh-tracker.xlsx, sheet 'Mar 23' and 345 (outpatient 264, inpatient 81)"
            + " in returns/RGP/jpuh-tracker.xlsx, sheet 'Mar 23 revised'; neither is the later by a"
            + " date or name, so neither counts for RGP in bma-jd-2023-03\"; expected one return per"
            + " site and action, or returns that do not repeat a day and activity type. Fix: delete"
            + " or hide the tab that should not count, or name the one to read in the profile"
            + " (sheet = its name instead of sheet = *); until then RGP has no figures for"
            + " bma-jd-2023-03",
        errors.getFirst());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jpuh-tracker-openpyxl.xlsx", "jpuh-tracker-libreoffice.xls"})
  void profile_suggest_reads_every_tab_of_a_tracker_and_its_profile_counts_them(String fixture)
      throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/fixtures/tracker/" + fixture));
    String suggested =
        io.strikeimpact.ingest.profile.ProfileSuggester.suggest(fixture, bytes).properties();
    assertTrue(suggested.contains("\nsheet = *\n"), suggested);
    assertTrue(suggested.contains("sheets 'Mar 23', 'Apr 23' have the same table"), suggested);
    String extension = fixture.substring(fixture.lastIndexOf('.') + 1);
    Dataset data =
        read(
            fixture,
            extension,
            suggested
                .replace("ODS-CODE", "RGP")
                .replace("returns/RGP/*." + extension, "returns/RGP/*"));
    assertEquals(List.of(), errors(data));
    assertEquals(byAction(read(fixture, extension, PROFILE)), byAction(data));
  }

  @org.junit.jupiter.api.Test
  void one_tab_refused_refuses_the_workbook() throws Exception {
    byte[] bytes;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      java.util.Random random = new java.util.Random(7);
      for (String tab : List.of("Mar 23", "Apr 23")) {
        org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet(tab);
        org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("Date");
        header.createCell(1).setCellValue("Outpatients");
        header.createCell(2).setCellValue("Inpatients");
        for (int day = 0; day < 3; day++) {
          org.apache.poi.ss.usermodel.Row row = sheet.createRow(day + 1);
          row.createCell(0)
              .setCellValue(tab.startsWith("Mar") ? 13 + day + "/03/2023" : 11 + day + "/04/2023");
          // April's tab has a patient list pasted over its outpatients: NHS numbers.
          row.createCell(1)
              .setCellValue(
                  tab.startsWith("Mar")
                      ? "90"
                      : io.strikeimpact.ingest.screen.InventedNhsNumbers.next(random));
          row.createCell(2).setCellValue(10);
        }
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder()
                .put("profiles/jpuh.properties", PROFILE + "date.format = dd/MM/yyyy\n")
                .put("returns/RGP/jpuh-tracker.xlsx", bytes));
    assertEquals(Map.of(), byAction(data), "March's tab counts for nothing either");
    List<String> errors = errors(data);
    assertTrue(
        errors.stream()
            .anyMatch(
                e ->
                    e.startsWith(
                        "ERROR returns/RGP/jpuh-tracker.xlsx: found \"sheet 'Apr 23' refused"
                            + " (above)\"")),
        errors.toString());
    String all = String.join("\n", InvalidInputTest.messages(data));
    assertTrue(!all.replaceAll("[^0-9]", "").contains("9434765919"), all);
  }
}
