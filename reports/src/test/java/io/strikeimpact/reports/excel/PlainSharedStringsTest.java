package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainSharedStrings} tells strings apart as POI's own table does: the same strings, shared
 * the same way, in the same order, whether plain, with spaces at their ends, or with runs.
 */
class PlainSharedStringsTest {
  @Test
  void the_table_shares_strings_as_poi_does() throws IOException {
    List<String> texts =
        List.of(
            "RGN",
            "RGN",
            " RGN",
            "RGN ",
            " RGN",
            "",
            "a & b < c",
            "a & b < c",
            "two\nlines",
            "\0preserve\0x",
            "preserve\0x",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      SharedStringsTable poi = new SharedStringsTable();
      SharedStringsTable plain = new PlainSharedStrings();
      List<Integer> poiIndexes = new ArrayList<>();
      List<Integer> plainIndexes = new ArrayList<>();
      for (int round = 0; round < 2; round++) {
        for (String text : texts) {
          poiIndexes.add(poi.addSharedStringItem(new XSSFRichTextString(text)));
          plainIndexes.add(plain.addSharedStringItem(new XSSFRichTextString(text)));
          XSSFRichTextString rich = new XSSFRichTextString(text + "!");
          rich.applyFont(0, 1, bold);
          poiIndexes.add(poi.addSharedStringItem(rich));
          XSSFRichTextString rich2 = new XSSFRichTextString(text + "!");
          rich2.applyFont(0, 1, bold);
          plainIndexes.add(plain.addSharedStringItem(rich2));
        }
      }
      assertEquals(poiIndexes, plainIndexes);
      assertEquals(poi.getCount(), plain.getCount());
      assertEquals(poi.getUniqueCount(), plain.getUniqueCount());
      assertEquals(xml(poi), xml(plain));
    }
  }

  private static String xml(SharedStringsTable table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table.writeTo(out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
