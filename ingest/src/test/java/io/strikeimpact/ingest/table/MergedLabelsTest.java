package io.strikeimpact.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Labels merged down a column (fixtures/merged-labels), written by three programs. */
class MergedLabelsTest {
  private static final String PROFILE =
      String.join(
          "\n",
          "files = returns/QMM/*.*",
          "sheet = Summary",
          "header.row = auto",
          "column.site = Site",
          "column.date = Date",
          "column.type = Type",
          "column.count = Rescheduled",
          "action = by-date",
          "type.outpatient = Outpatient",
          "type.inpatient = Inpatient",
          "");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "icb-merged-sites-openpyxl.xlsx",
        "icb-merged-sites-libreoffice.xls",
        "icb-merged-sites-gnumeric.xlsx"
      })
  void a_site_merged_down_its_rows_is_every_rows_site(String file) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/fixtures/merged-labels", file));
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder()
                .put("profiles/icb.properties", PROFILE)
                .put("returns/QMM/" + file, bytes));
    assertTrue(
        data.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR),
        data.problems().toString());
    for (String site : List.of("RM1", "RGP", "RCX")) {
      assertEquals(
          330,
          data.counts().stream()
              .filter(c -> c.odsCode().equals(site))
              .mapToLong(DisruptionCount::count)
              .sum(),
          site);
    }
    assertEquals(990, data.counts().stream().mapToLong(DisruptionCount::count).sum());
  }

  @Test
  void a_range_is_a_region_only_down_one_column() {
    assertEquals(Optional.of(new MergedLabels.Region(0, 2, 7)), MergedLabels.ofRange("A2:A7"));
    assertEquals(
        Optional.of(new MergedLabels.Region(27, 3, 4)), MergedLabels.ofRange("$AB$3:$AB$4"));
    assertTrue(MergedLabels.ofRange("B1:C1").isEmpty(), "a heading across columns");
    assertTrue(MergedLabels.ofRange("A2:A2").isEmpty(), "one cell");
    assertTrue(MergedLabels.ofRange("A2").isEmpty());
  }

  @Test
  void a_number_merged_down_is_never_copied_a_date_is() {
    RawCell count = new RawCell(1, "40", OptionalDouble.of(40), Optional.empty());
    RawCell date =
        new RawCell(
            0,
            "13/03/2023",
            OptionalDouble.of(44998),
            Optional.of(java.time.LocalDate.of(2023, 3, 13)));
    List<RawRow> rows =
        List.of(
            new RawRow("S", 1, List.of(date, count)),
            new RawRow("S", 2, List.of(RawCell.text(2, "Inpatient"))));
    List<RawRow> filled =
        MergedLabels.fill(
            rows, List.of(new MergedLabels.Region(0, 1, 2), new MergedLabels.Region(1, 1, 2)));
    assertEquals(Optional.of(date.date().get()), filled.get(1).cell(0).flatMap(RawCell::date));
    assertTrue(filled.get(1).cell(1).isEmpty(), "the count is the first row's alone");
    assertEquals("Inpatient", filled.get(1).text(2));
  }
}
