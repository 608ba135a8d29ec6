package io.strikeimpact.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A workbook whose return is its fifth sheet, after a cover, a read-me, lookups and a hidden sheet
 * of workings (written by openpyxl and re-saved by LibreOffice, fixtures/summary-writers): the
 * suggestion reads the sheet with the return, names it, and says why, where it used to stop at the
 * cover with "found no row of two or more column headings".
 */
class LaterSheetSuggestionTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/summary-writers");

  @Test
  void the_sheet_holding_the_return_is_suggested_and_named() throws Exception {
    for (String file : new String[] {"op_layout.xlsx", "lo_layout.xlsx"}) {
      String p =
          ProfileSuggester.suggest(file, Files.readAllBytes(FIXTURES.resolve(file))).properties();
      assertTrue(p.contains("sheet = Trust's return\n"), file + ":\n" + p);
      assertTrue(
          p.contains("columns.by-type = Outpatients=outpatient, Inpatient & day case=inpatient\n"),
          file + ":\n" + p);
      assertTrue(
          p.contains(
              // Hidden 'Lookups' and 'Calc' are not among the sheets a person sees before it.
              "# the return is on sheet 'Trust's return'; 'Cover', 'Read me' before it hold no"
                  + " table of figures"),
          file + ":\n" + p);
    }
  }

  @Test
  void a_return_on_the_first_sheet_is_suggested_from_it_without_a_note() throws Exception {
    String p =
        ProfileSuggester.suggest(
                "op_general_merged.xlsx",
                Files.readAllBytes(FIXTURES.resolve("op_general_merged.xlsx")))
            .properties();
    assertTrue(p.contains("sheet = Summary\n"), p);
    assertTrue(!p.contains("the return is on sheet"), p);
  }
}
