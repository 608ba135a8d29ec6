package io.strikeimpact.ingest.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A workbook's ISO 8601 date cells ({@code t="d"}) rewritten as the serial numbers Excel stores,
 * for a differential test: POI's user model refuses the first and reads the second.
 */
final class IsoDateCells {
  private static final Pattern ISO_CELL =
      Pattern.compile("<c([^>]*?) t=\"d\"([^>]*)><v>([^<]+)</v>");

  private IsoDateCells() {}

  /** The workbook with serials for ISO dates; empty when it has none, or cannot be unzipped. */
  static Optional<byte[]> asSerials(byte[] xlsx) {
    boolean changed = false;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] part = in.readAllBytes();
        if (e.getName().startsWith("xl/worksheets/")) {
          String xml = new String(part, StandardCharsets.UTF_8);
          Matcher m = ISO_CELL.matcher(xml);
          StringBuilder rewritten = new StringBuilder();
          while (m.find()) {
            changed = true;
            String v = m.group(3);
            LocalDateTime at =
                v.contains("T") ? LocalDateTime.parse(v) : LocalDate.parse(v).atStartOfDay();
            String serial = Double.toString(DateUtil.getExcelDate(at));
            m.appendReplacement(
                rewritten,
                Matcher.quoteReplacement(
                    "<c" + m.group(1) + m.group(2) + "><v>" + serial + "</v>"));
          }
          m.appendTail(rewritten);
          part = rewritten.toString().getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(part);
        zip.closeEntry();
      }
    } catch (IOException e) {
      return Optional.empty(); // a damaged workbook, as some fixtures are on purpose
    }
    return changed ? Optional.of(out.toByteArray()) : Optional.empty();
  }
}
