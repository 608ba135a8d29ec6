package io.strikeimpact.ingest.table.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.ingest.table.UnreadableFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming xlsx reader, on sheet XML written by hand and on a workbook POI writes. */
class XlsxStreamReaderTest {
  @TempDir Path dir;

  static final String WORKBOOK =
      """
      <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
      <sheets><sheet name="Notes" sheetId="1" r:id="rId2"/><sheet name="Extract" sheetId="2" r:id="rId1"/></sheets></workbook>""";
  static final String RELS =
      """
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/>
      <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/notes.xml"/>
      <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
      </Relationships>""";
  static final String STRINGS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="4">
      <si><t>Site</t></si><si><t xml:space="preserve"> OP </t></si>
      <si><r><rPr><b/></rPr><t>Ear, nose</t></r><r><t xml:space="preserve"> &amp; throat</t></r><rPh><t>ignored</t></rPh></si>
      <si><t/></si></sst>""";
  static final String SHEET =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- written by hand -->
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr/><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Date</t></is></c><c r="C1" t="inlineStr"><is><r><t>Co</t></r><r><t>unt</t></r></is></c></row>
      <row r="3" spans="1:5"><c r="A3" t="s"><v>1</v></c><c r="B3" s="1"><v>44998</v></c><c r="C3" s="2"/><c r="D3"><f>SUM(1,2)</f><v>3</v></c><c r="E3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>
      <row><c t="s"><v>2</v></c><c><v>-1.5E2</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c r="G4" t="s"><v>3</v></c></row>
      <row r="5"/>
      <row r="6"><c r="AA6"><v>7</v></c></row>
      </sheetData><mergeCells count="0"/></worksheet>""";

  /** An xlsx with the sheet before the shared strings, as Excel orders its parts. */
  Path workbook(String sheet, String strings) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("xl/workbook.xml", WORKBOOK);
    parts.put("xl/_rels/workbook.xml.rels", RELS);
    parts.put("xl/worksheets/notes.xml", "<worksheet><sheetData/></worksheet>");
    parts.put("xl/worksheets/data.xml", sheet);
    parts.put("xl/strings.xml", strings);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    Path file = Files.createTempFile(dir, "book", ".xlsx");
    Files.write(file, bytes.toByteArray());
    return file;
  }

  static List<String> rows(Path file, String sheet) throws UnreadableFileException {
    List<String> rows = new ArrayList<>();
    new XlsxStreamReader()
        .read(
            file,
            new SheetChoice(sheet),
            row -> {
              List<String> cells = new ArrayList<>();
              for (int c = 0; c < row.width(); c++) {
                if (!row.isBlank(c)) {
                  cells.add(
                      (char) ('A' + c % 26)
                          + (c >= 26 ? "A" : "")
                          + "="
                          + row.text(c)
                          + (row.isNumber(c) ? "#" + row.number(c) : ""));
                }
              }
              rows.add(row.number() + " " + String.join(" | ", cells));
            });
    return rows;
  }

  @Test
  void reads_shared_and_inline_strings_numbers_dates_blanks_and_cached_formula_values()
      throws IOException, UnreadableFileException {
    assertEquals(
        List.of(
            "1 A=Site | B=Date | C=Count",
            "3 A=OP | B=44998#44998.0 | D=3#3.0 | E=ab",
            "4 A=Ear, nose & throat | B=-150#-150.0 | C=TRUE | D=#N/A",
            "6 AA=7#7.0"),
        rows(workbook(SHEET, STRINGS), "Extract"));
    assertEquals(
        LocalDate.of(2023, 3, 13),
        LocalDate.of(1899, 12, 30).plusDays(44998),
        "the serial in B3 is 13 March 2023");
  }

  @Test
  void picks_a_sheet_by_position_and_names_the_sheets_when_one_is_missing()
      throws IOException, UnreadableFileException {
    Path file = workbook(SHEET, STRINGS);
    assertEquals(4, rows(file, "2").size());
    assertEquals(List.of(), rows(file, "Notes"));
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> rows(file, "March"));
    assertEquals("sheets 'Notes', 'Extract'", e.found());
  }

  @Test
  void a_doctype_or_a_bad_shared_string_index_makes_the_file_unreadable() throws IOException {
    Path doctype =
        workbook(
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><worksheet><sheetData/></worksheet>",
            STRINGS);
    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> rows(doctype, "Extract"));
    assertEquals(
        "a file that is not a readable Excel workbook (XML with a DOCTYPE declaration, which a spreadsheet never needs)",
        e.found());
    Path index =
        workbook(
            "<worksheet><sheetData><row r=\"2\"><c t=\"s\"><v>9</v></c></row></sheetData></worksheet>",
            STRINGS);
    e = assertThrows(UnreadableFileException.class, () -> rows(index, "Extract"));
    assertTrue(
        e.found().contains("a shared string index, 9, beyond the 4 strings of the table, in row 2"),
        e.found());
  }

  @Test
  void reads_a_workbook_as_poi_writes_it() throws IOException, UnreadableFileException {
    Path file = dir.resolve("poi.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet("Extract");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("Treatment function code");
      header.createCell(1).setCellValue("Activity");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue(110);
      row.createCell(2).setCellValue("IP & DC");
      row.createCell(3).setCellFormula("A2*2");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (var out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    assertEquals(
        List.of(
            "1 A=Treatment function code | B=Activity", "2 A=110#110.0 | C=IP & DC | D=220#220.0"),
        rows(file, "1"));
  }
}
