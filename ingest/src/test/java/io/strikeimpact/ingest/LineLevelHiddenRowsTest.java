package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A line-level extract saved with rows hidden (an AutoFilter left on the outcome column hides the
 * rest): every row is still read, as before, and one warning names the hidden rows, as for a table.
 */
class LineLevelHiddenRowsTest {
  private static final String PROFILE =
      """
      site = RM1
      files = returns/RM1/*
      layout = line-level
      column.date = Appointment date
      column.type = Setting
      action = by-date
      type.outpatient = OP
      filter.column = Outcome
      filter.values = 4
      """;

  private static byte[] extract() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Extract");
      String[][] rows = {
        {"Appointment date", "Setting", "Outcome"},
        {"13/03/2023", "OP", "4"},
        {"13/03/2023", "OP", "2"},
        {"14/03/2023", "OP", "4"},
        {"14/03/2023", "OP", "3"},
        {"15/03/2023", "OP", "4"},
      };
      for (int r = 0; r < rows.length; r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
        // Rows 3 and 5, the outcomes not 4, as an AutoFilter on Outcome = 4 leaves them.
        row.setZeroHeight(r == 2 || r == 4);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void hidden_rows_of_an_extract_are_read_as_before_and_named_in_one_warning() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", PROFILE)
                .put("returns/RM1/extract.xlsx", extract()));
    assertEquals(3, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        List.of(
            "WARNING returns/RM1/extract.xlsx, sheet 'Extract', row 3: found \"2 hidden rows, rows 3"
                + " and 5\"; expected rows a person sees: a hidden row (hidden with Hide, or"
                + " filtered out by an AutoFilter) does not show on screen or in print, but is read"
                + " and counted here, as Excel's SUM counts it. Fix: check the hidden rows: if"
                + " their figures belong to the return, nothing to fix (unhide them to be rid of"
                + " this warning); if they hold old, draft or duplicate figures, delete the rows"
                + " and send the return again"),
        data.problems().stream()
            .filter(p -> p.where().file().equals("returns/RM1/extract.xlsx"))
            .map(p -> p.severity() + " " + p.message())
            .toList());
  }
}
