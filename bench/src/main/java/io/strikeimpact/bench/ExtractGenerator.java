package io.strikeimpact.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a line-level extract of N rows, as a patient administration system exports it, into a data
 * folder ready for {@code DataFolderReader}: reference files, a line-level profile and the extract
 * as xlsx or csv. The xlsx is written as Excel saves it: every text in a shared-strings table
 * (written after the sheet, as Excel orders the parts), dates as serial numbers with a date style.
 *
 * <p>Seven columns: Appointment ID (text, unique), NHS number (invented, passing the check digit),
 * Site, Treatment function code, Appointment date, Activity (OP or IP), Attendance code. Row i
 * (from 0) falls on 13, 14 or 15 March 2023 by i mod 3, is IP when i mod 5 is 0, has the i mod 8th
 * treatment function of {@link #FUNCTIONS}, and attendance code 2 when i mod 7 is 0, else 4.
 *
 * <pre>java -cp strike-impact-bench.jar io.strikeimpact.bench.ExtractGenerator DIR ROWS xlsx|csv
 * </pre>
 */
public final class ExtractGenerator {
  static final int[] FUNCTIONS = {100, 101, 110, 120, 130, 300, 320, 502};
  static final LocalDate FIRST_DAY = LocalDate.of(2023, 3, 13);
  static final String[] HEADERS = {
    "Appointment ID",
    "NHS Number",
    "Site",
    "Treatment function code",
    "Appointment date",
    "Activity",
    "Attendance code"
  };

  public static void main(String... args) throws IOException {
    Path dir = Path.of(args[0]);
    int rows =
        args.length > 1 ? Integer.parseInt(args[1].replace(",", "").replace("_", "")) : 1_000_000;
    String format = args.length > 2 ? args[2] : "xlsx";
    folder(dir, rows, format);
  }

  /** Writes the whole data folder; returns the extract's path. */
  public static Path folder(Path dir, int rows, String format) throws IOException {
    Files.createDirectories(dir.resolve("reference"));
    Files.createDirectories(dir.resolve("profiles"));
    Files.createDirectories(dir.resolve("returns/RM1"));
    Files.writeString(
        dir.resolve("reference/sites.csv"),
        "ods_code,short_name,abbreviation,official_name\n"
            + "RM1,Norfolk and Norwich University Hospital,N&N,Norfolk and Norwich University Hospitals NHS Foundation Trust\n");
    Files.writeString(
        dir.resolve("reference/calendar.csv"),
        "action_id,union,staff_groups,start,end\nbma-jd-2023-03,BMA,junior doctors,2023-03-13T07:00,2023-03-16T07:00\n");
    Files.writeString(
        dir.resolve("reference/participation.csv"),
        "action_id,ods_code,participation,note\nbma-jd-2023-03,RM1,took part,\n");
    Files.writeString(
        dir.resolve("profiles/extract.properties"),
        """
        # A PAS extract: one row per appointment; code 4 = cancelled or postponed by the provider.
        name = N&N PAS extract
        layout = line-level
        files = returns/RM1/*
        column.site = Site
        column.date = Appointment date
        column.type = Activity
        column.specialty-code = Treatment function code
        action = by-date
        type.outpatient = OP
        type.inpatient = IP
        filter.column = Attendance code
        filter.values = 4
        """);
    Path file = dir.resolve("returns/RM1/extract." + format);
    if (format.equals("csv")) {
      csv(file, rows);
    } else {
      xlsx(file, rows);
    }
    return file;
  }

  static String id(int i) {
    return String.format("APT%08d", i + 1);
  }

  /** An invented NHS number, passing the Modulus 11 check, different for each row. */
  static long nhsNumber(int i) {
    long base = 400_000_000L + (long) i * 7;
    while (true) {
      int sum = 0;
      long b = base;
      for (int w = 2; w <= 10; w++) {
        sum += (int) (b % 10) * w;
        b /= 10;
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10) {
        return base * 10 + check;
      }
      base++;
    }
  }

  static LocalDate date(int i) {
    return FIRST_DAY.plusDays(i % 3);
  }

  static String activity(int i) {
    return i % 5 == 0 ? "IP" : "OP";
  }

  static int function(int i) {
    return FUNCTIONS[i % 8];
  }

  static int attendance(int i) {
    return i % 7 == 0 ? 2 : 4;
  }

  static void csv(Path file, int rows) throws IOException {
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      w.write(String.join(",", HEADERS));
      w.write("\r\n");
      StringBuilder line = new StringBuilder(96);
      for (int i = 0; i < rows; i++) {
        LocalDate d = date(i);
        line.setLength(0);
        line.append(id(i))
            .append(',')
            .append(nhsNumber(i))
            .append(",RM1,")
            .append(function(i))
            .append(',')
            .append(
                String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()))
            .append(',')
            .append(activity(i))
            .append(',')
            .append(attendance(i))
            .append("\r\n");
        w.append(line);
      }
    }
  }

  static void xlsx(Path file, int rows) throws IOException {
    Map<String, Integer> strings = new LinkedHashMap<>();
    try (ZipOutputStream zip =
        new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      text(
          zip,
          "[Content_Types].xml",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
          <Default Extension="xml" ContentType="application/xml"/>\
          <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
          <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
          <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
          <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
          </Types>""");
      text(
          zip,
          "_rels/.rels",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
          </Relationships>""");
      text(
          zip,
          "xl/workbook.xml",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
          xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
          <sheets><sheet name="Extract" sheetId="1" r:id="rId1"/></sheets></workbook>""");
      text(
          zip,
          "xl/_rels/workbook.xml.rels",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
          <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
          <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
          </Relationships>""");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
      w.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + "<dimension ref=\"A1:G"
              + (rows + 1)
              + "\"/><sheetData>");
      w.write("<row r=\"1\">");
      for (int c = 0; c < HEADERS.length; c++) {
        stringCell(w, c, 1, HEADERS[c], strings);
      }
      w.write("</row>");
      long epoch = LocalDate.of(1899, 12, 30).toEpochDay();
      for (int i = 0; i < rows; i++) {
        int r = i + 2;
        w.write("<row r=\"");
        w.write(Integer.toString(r));
        w.write("\">");
        stringCell(w, 0, r, id(i), strings);
        numberCell(w, 1, r, Long.toString(nhsNumber(i)), 0);
        stringCell(w, 2, r, "RM1", strings);
        numberCell(w, 3, r, Integer.toString(function(i)), 0);
        numberCell(w, 4, r, Long.toString(date(i).toEpochDay() - epoch), 1);
        stringCell(w, 5, r, activity(i), strings);
        numberCell(w, 6, r, Integer.toString(attendance(i)), 0);
        w.write("</row>");
      }
      w.write("</sheetData></worksheet>");
      w.flush();
      zip.closeEntry();
      text(
          zip,
          "xl/styles.xml",
          """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
          <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
          <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
          <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
          <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
          <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
          <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
          </styleSheet>""");
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
      w.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
              + (rows * 3L + HEADERS.length)
              + "\" uniqueCount=\""
              + strings.size()
              + "\">");
      for (String s : strings.keySet()) {
        w.write("<si><t>");
        w.write(s.replace("&", "&amp;").replace("<", "&lt;"));
        w.write("</t></si>");
      }
      w.write("</sst>");
      w.flush();
      zip.closeEntry();
    }
  }

  private static void stringCell(Writer w, int c, int r, String s, Map<String, Integer> strings)
      throws IOException {
    Integer index = strings.get(s);
    if (index == null) {
      index = strings.size();
      strings.put(s, index);
    }
    w.write("<c r=\"");
    w.write((char) ('A' + c));
    w.write(Integer.toString(r));
    w.write("\" t=\"s\"><v>");
    w.write(Integer.toString(index));
    w.write("</v></c>");
  }

  private static void numberCell(Writer w, int c, int r, String value, int style)
      throws IOException {
    w.write("<c r=\"");
    w.write((char) ('A' + c));
    w.write(Integer.toString(r));
    w.write(style == 0 ? "\"><v>" : "\" s=\"" + style + "\"><v>");
    w.write(value);
    w.write("</v></c>");
  }

  private static void text(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /**
   * The expected counts of a generated extract, for checks: outpatient and inpatient rows with code
   * 4.
   */
  static long[] expected(int rows) {
    long op = 0;
    long ip = 0;
    for (int i = 0; i < rows; i++) {
      if (attendance(i) == 4) {
        if (activity(i).equals("IP")) {
          ip++;
        } else {
          op++;
        }
      }
    }
    return new long[] {op, ip};
  }
}
