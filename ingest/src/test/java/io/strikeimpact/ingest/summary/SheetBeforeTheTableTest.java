package io.strikeimpact.ingest.summary;

import static io.strikeimpact.ingest.summary.SummaryFixtures.BY_SITE;
import static io.strikeimpact.ingest.summary.SummaryFixtures.messages;
import static io.strikeimpact.ingest.summary.SummaryFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A workbook whose first tab is not its table (fixtures/summary-layouts): a Notes, Read me or
 * Contents sheet, or a chart sheet, before the data. Under the default {@code sheet = 1} each was
 * refused for the first sheet's missing header; the sheet with the table is read, and where more
 * than one has it a warning says which was read.
 */
class SheetBeforeTheTableTest {
  @ParameterizedTest
  @CsvSource({
    "icb-notes-first.xlsx, Data",
    "icb-readme-first.xls, By site",
    "icb-contents-first.xlsx, Summary",
    "icb-chart-first.xlsx, March 2023"
  })
  void the_sheet_with_the_table_is_read(String file, String sheet) throws IOException {
    Dataset data = read(file, BY_SITE);
    assertEquals(
        List.of(),
        messages(data).stream().filter(m -> !m.contains("phone number")).toList(),
        "the read me's contact line is screened as a phone number, as before");
    assertEquals(4726, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        List.of(sheet),
        data.counts().stream().map(c -> c.provenance().sheet()).distinct().toList());
  }

  @Test
  void of_two_sheets_with_the_table_the_first_not_a_draft_is_read_and_a_warning_says_so()
      throws IOException {
    Dataset data = read("icb-two-data-sheets.xlsx", BY_SITE);
    assertEquals(4726, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        List.of(
            "WARNING returns/QMM/icb-two-data-sheets.xlsx, sheet 'Final': found \"sheet 1,"
                + " 'Notes', has no table with the profile's header; 2 sheets have: 'Final' (sheet"
                + " 2, 4 rows), 'Draft' (sheet 3, 4 rows)\"; expected the return's table on the"
                + " sheet the profile names (sheet 1); 'Final' was read instead, the first not"
                + " named as guidance or a draft, and only its figures count. Fix: set sheet ="
                + " Final in profiles/icb.properties, or sheet = the name of the sheet that holds"
                + " the return if it is another"),
        messages(data));
  }

  @Test
  void a_sheet_the_profile_names_is_read_as_it_says() throws IOException {
    Dataset data = read("icb-two-data-sheets.xlsx", BY_SITE + "sheet = Draft\n");
    assertEquals(List.of(), messages(data));
    assertEquals(4643, data.counts().stream().mapToLong(DisruptionCount::count).sum());
  }
}
