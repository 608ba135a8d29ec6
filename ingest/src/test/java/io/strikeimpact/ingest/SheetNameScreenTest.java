package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.strikeimpact.ingest.profile.ProfileSuggester;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.Provenance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A sheet named after a patient ("Extract 9434765919") never takes the NHS number out of ingest:
 * every provenance, message and rejected row names the sheet with the number replaced, and a
 * suggested profile does not write it.
 */
class SheetNameScreenTest {
  private static final String NHS_NUMBER = "9434765919";

  private static byte[] workbook() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Extract " + NHS_NUMBER);
      String[][] rows = {
        {"Date", "Activity", "Rescheduled"},
        {"13/03/2023", "OP", "12"},
        {"14/03/2023", "Clinic", "5"}, // an unknown activity word: a rejected row
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void no_provenance_message_or_rejected_row_carries_the_number_in_a_sheet_name()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            InvalidInputTest.folder()
                .put(
                    "profiles/test.properties",
                    InvalidInputTest.PROFILE.replace(
                        "files = returns/RM1/*", "files = returns/RM1/*.xlsx"))
                .put("returns/RM1/extract.xlsx", workbook()));
    List<Provenance> where = new ArrayList<>();
    data.counts().forEach(c -> where.add(c.provenance()));
    data.problems().forEach(p -> where.add(p.where()));
    data.rejectedRows().forEach(r -> where.add(r.row()));
    assertEquals(1, data.counts().size(), data.problems().toString());
    assertEquals(1, data.rejectedRows().size());
    for (Provenance p : where) {
      assertEquals("Extract [NHS number not shown]", p.sheet(), p.toString());
    }
    assertFalse(data.toString().contains(NHS_NUMBER), data.toString());
  }

  @Test
  void a_suggested_profile_does_not_name_the_sheet_by_its_number() throws Exception {
    String suggestion = ProfileSuggester.suggest("extract.xlsx", workbook()).properties();
    assertFalse(suggestion.contains(NHS_NUMBER), suggestion);
    assertFalse(suggestion.contains("\nsheet = "), suggestion);
  }
}
