package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.hostile.HostileFiles;
import io.strikeimpact.ingest.table.PoiLimits;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what they claim, or are built to harm: each is one clear problem, no stack
 * trace, and none of its figures are used. The workbooks are built by {@link HostileFiles}.
 */
class HostileInputTest {
  static final String CSV = "Date,Activity,Rescheduled\n13/03/2023,OP,5\n";

  private static List<Long> counts(Dataset data) {
    return data.counts().stream().map(DisruptionCount::count).toList();
  }

  @Test
  void a_password_protected_xlsx_is_refused_with_what_to_do() throws IOException {
    Dataset data =
        DataFolderReader.read(folder().put("returns/RM1/locked.xlsx", HostileFiles.passwordXlsx()));
    assertEquals(
        List.of(
            "ERROR returns/RM1/locked.xlsx: found \"a workbook protected with a password\"; expected a workbook that opens without a password. Fix: save an unprotected copy (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password, save) and send that"),
        messages(data));
  }

  @Test
  void a_password_protected_xls_is_refused_with_what_to_do() throws IOException {
    Dataset data =
        DataFolderReader.read(folder().put("returns/RM1/locked.xls", HostileFiles.passwordXls()));
    assertEquals(
        List.of(
            "ERROR returns/RM1/locked.xls: found \"a workbook protected with a password\"; expected a workbook that opens without a password. Fix: save an unprotected copy (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password, save) and send that"),
        messages(data));
  }

  @Test
  void a_zip_bomb_is_refused_before_it_fills_the_memory() throws IOException {
    PoiLimits.apply();
    assertEquals(0.01, ZipSecureFile.getMinInflateRatio());
    assertEquals(512L * 1024 * 1024, ZipSecureFile.getMaxEntrySize());
    Dataset data =
        DataFolderReader.read(folder().put("returns/RM1/bomb.xlsx", HostileFiles.zipBombXlsx()));
    assertEquals(
        List.of(
            "ERROR returns/RM1/bomb.xlsx: found \"a workbook that inflates to more than 100 times its size, as a zip bomb does\"; expected an .xlsx or .xls workbook as Excel saves it. Fix: the file was not read: do not open it, and ask the hospital where it came from and for a fresh copy saved from Excel"),
        messages(data));
    assertEquals(List.of(), data.counts());
  }

  @Test
  void an_xml_external_entity_is_not_resolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-42");
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "returns/RM1/xxe.xlsx",
                    HostileFiles.externalEntityXlsx(secret.toUri().toString())));
    assertEquals(
        List.of(
            "ERROR returns/RM1/xxe.xlsx: found \"a workbook whose XML declares a document type (DOCTYPE), which Excel never writes and which can make a reader fetch other files (an XML external entity)\"; expected an .xlsx or .xls workbook as Excel saves it. Fix: the file was not read: do not open it, and ask the hospital where it came from and for a fresh copy saved from Excel"),
        messages(data));
    assertFalse(
        data.toString().contains("TOP-SECRET"), "the entity's target was read into the dataset");
    assertEquals(List.of(), data.rejectedRows());
  }

  @Test
  void a_truncated_xlsx_is_a_damaged_zip() throws IOException {
    Dataset data =
        DataFolderReader.read(folder().put("returns/RM1/cut.xlsx", HostileFiles.truncatedXlsx()));
    assertEquals(
        List.of(
            "ERROR returns/RM1/cut.xlsx: found \"a damaged workbook: its zip structure is broken (Truncated ZIP file)\"; expected an .xlsx or .xls workbook as Excel saves it. Fix: ask for the file again, as it was probably cut short in sending; if it opens in Excel, save a new copy and send that"),
        messages(data));
  }

  @Test
  void an_xls_named_xlsx_is_read_as_xls_with_a_warning() throws IOException {
    Dataset data =
        DataFolderReader.read(folder().put("returns/RM1/old.xlsx", HostileFiles.goodXls()));
    assertEquals(
        List.of(
            "WARNING returns/RM1/old.xlsx: found \"an .xls workbook named old.xlsx\"; expected content that matches the name's extension. Fix: rename the file to .xls; it was read as the .xls workbook it is"),
        messages(data));
    assertEquals(List.of(5L), counts(data));
  }

  @Test
  void an_xlsx_named_csv_is_read_as_xlsx_with_a_warning() throws IOException {
    Dataset data =
        DataFolderReader.read(folder().put("returns/RM1/book.csv", HostileFiles.goodXlsx()));
    assertEquals(
        List.of(
            "WARNING returns/RM1/book.csv: found \"an .xlsx workbook named book.csv\"; expected content that matches the name's extension. Fix: rename the file to .xlsx; it was read as the .xlsx workbook it is"),
        messages(data));
    assertEquals(List.of(5L), counts(data));
  }

  @Test
  void a_csv_named_xlsx_is_refused_with_the_name_to_give_it() throws IOException {
    Dataset data = DataFolderReader.read(folder().put("returns/RM1/export.xlsx", CSV));
    assertEquals(
        List.of(
            "ERROR returns/RM1/export.xlsx: found \"a text file named export.xlsx, not an Excel workbook\"; expected an .xlsx or .xls workbook. Fix: if it is a csv file, rename it to export.csv (and check files in its profile matches .csv); otherwise open it in Excel and save it as .xlsx"),
        messages(data));
  }

  @Test
  void a_web_page_named_xls_is_refused() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "returns/RM1/report.xls",
                    "<html><body><table><tr><td>Date</td></tr></table></body></html>"));
    assertEquals(
        List.of(
            "ERROR returns/RM1/report.xls: found \"a web page (HTML), as some systems export for Excel, named report.xls\"; expected an .xlsx, .xls or .csv file. Fix: open the file in Excel and save it as .xlsx (Excel Workbook), then send that"),
        messages(data));
  }

  @Test
  void an_empty_workbook_file_is_one_error() throws IOException {
    Dataset data = DataFolderReader.read(folder().put("returns/RM1/empty.xlsx", new byte[0]));
    assertEquals(
        List.of(
            "ERROR returns/RM1/empty.xlsx: found \"0 bytes\"; expected a return with a table of figures. Fix: send the return again; the file is empty"),
        messages(data));
  }

  @Test
  void an_excel_lock_file_is_skipped_with_a_note() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("returns/RM1/~$nnuh.xlsx", new byte[] {1, 2, 3})
                .put("returns/RM1/a.csv", CSV));
    assertEquals(
        List.of(
            "WARNING returns/RM1/~$nnuh.xlsx: found \"~$nnuh.xlsx\"; expected a return, not an Excel lock file. Fix: nothing to fix: Excel writes this file while someone has the workbook open, and it was skipped; close the workbook before a run so its last saved version is read"),
        messages(data));
    assertTrue(data.sources().stream().noneMatch(s -> s.name().contains("~$")));
  }

  @Test
  void a_windows_1252_csv_is_read_with_a_warning() throws IOException {
    String text = "Date,Activity,Rescheduled,Specialty\n13/03/2023,OP,5,Orthopédie £\n";
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    InvalidInputTest.PROFILE + "column.specialty = Specialty\n")
                .put("returns/RM1/ansi.csv", text.getBytes(Charset.forName("windows-1252"))));
    assertEquals(
        List.of(
            "WARNING returns/RM1/ansi.csv: found \"bytes that are not UTF-8 text, first on line 2 (\"13/03/2023,OP,5,Orthopédie £\" as Windows-1252)\"; expected a csv file saved as UTF-8. Fix: the file was read as Windows-1252, the older Excel csv encoding: check that names with £ or é read right, and next time save as \"CSV UTF-8 (Comma delimited)\""),
        messages(data));
    assertEquals("Orthopédie £", data.counts().getFirst().specialty().orElseThrow());
  }

  @Test
  void a_semicolon_separated_csv_with_a_bom_is_read() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "returns/RM1/semi.csv",
                    "\uFEFFDate;Activity;Rescheduled\r\n13/03/2023;OP;\"1,234\"\r\n14/03/2023;IP;7\r\n"));
    assertEquals(List.of(), messages(data));
    assertEquals(List.of(1234L, 7L), counts(data));
    assertEquals("C2", data.counts().getFirst().provenance().cell());
  }
}
