package io.strikeimpact.ingest.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the deliberately hostile workbooks of the tests in code, so no binary needs committing and
 * each one says how it was made: a password, a zip bomb, an external entity, a broken zip.
 */
public final class HostileFiles {
  private HostileFiles() {}

  /** A good N&N-style return: Date, Activity, Rescheduled; 13/03/2023 OP 5 (dates as text). */
  public static byte[] goodXlsx() {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill(wb);
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same return as an Excel 97-2003 workbook. */
  public static byte[] goodXls() {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      fill(wb);
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fill(Workbook wb) {
    Sheet sheet = wb.createSheet("Data");
    Row header = sheet.createRow(0);
    header.createCell(0).setCellValue("Date");
    header.createCell(1).setCellValue("Activity");
    header.createCell(2).setCellValue("Rescheduled");
    Row row = sheet.createRow(1);
    row.createCell(0).setCellValue("13/03/2023");
    row.createCell(1).setCellValue("OP");
    row.createCell(2).setCellValue(5);
  }

  /** The good xlsx encrypted with a password, as Excel's "Encrypt with Password" does (agile). */
  public static byte[] passwordXlsx() {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (var out = enc.getDataStream(fs)) {
        out.write(goodXlsx());
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The good xls with a password to open (RC4, Excel 97-2003). */
  public static byte[] passwordXls() {
    Biff8EncryptionKey.setCurrentUserPassword("secret");
    try {
      return goodXls();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  /**
   * The good xlsx with 20 MB of comment padding in its sheet: it deflates about a thousand times,
   * far beyond any real sheet, as a zip bomb does.
   */
  public static byte[] zipBombXlsx() {
    String padding = "<!--" + " ".repeat(20_000_000) + "-->";
    return rewrite(
        goodXlsx(),
        "xl/worksheets/sheet1.xml",
        xml -> xml.replace("<sheetData>", padding + "<sheetData>"));
  }

  /** The good xlsx whose sheet declares an external entity reading {@code target} into cell B2. */
  public static byte[] externalEntityXlsx(String target) {
    return rewrite(
        goodXlsx(),
        "xl/worksheets/sheet1.xml",
        xml -> {
          String withDoctype =
              xml.replaceFirst(
                  "\\?>", "?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + target + "\">]>");
          return withDoctype.replaceFirst(
              "<c r=\"B2\"[^>]*>.*?</c>",
              "<c r=\"B2\" t=\"inlineStr\"><is><t>&secret;</t></is></c>");
        });
  }

  /** The first half of the good xlsx, as a broken download leaves it. */
  public static byte[] truncatedXlsx() {
    byte[] whole = goodXlsx();
    return Arrays.copyOf(whole, whole.length / 2);
  }

  private static byte[] rewrite(byte[] zip, String entry, UnaryOperator<String> change) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals(entry)) {
          content =
              change
                  .apply(new String(content, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(content);
        out.closeEntry();
      }
      out.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Workbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
