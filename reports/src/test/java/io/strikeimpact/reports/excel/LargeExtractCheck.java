package io.strikeimpact.reports.excel;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Writes the board pack for a generated line-level extract of N counts and checks the file by
 * streaming its XML (reading it back with XSSFWorkbook would need gigabytes). Run in its own JVM
 * with a small heap, by {@link LargeExtractTest} or by hand:
 *
 * <pre>java -Xmx256m -cp ... io.strikeimpact.reports.excel.LargeExtractCheck 1000000 /tmp/pack.xlsx
 * </pre>
 *
 * Prints "rows=..., table=..., heapMb=..." and exits 0 when the Data sheet holds every row.
 */
public final class LargeExtractCheck {
  private LargeExtractCheck() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Analysis analysis = ImpactAnalysis.analyse(extract(n), StoryData.request());
    try (OutputStream o = Files.newOutputStream(out)) {
      new BoardPackWorkbook().write(analysis, o);
    }
    long used = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
    int rows;
    String table;
    try (ZipFile zip = new ZipFile(out.toFile())) {
      // POI numbers the sheets' parts in order; a sheet added before Data moves it along.
      int data = 1;
      while (!(BoardPackWorkbook.SHEETS.get(data - 1) instanceof DataSheet)) {
        data++;
      }
      rows = countRows(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + data + ".xml")));
      table = dataTableRef(zip);
    }
    System.out.println(
        "rows="
            + rows
            + " table="
            + table
            + " heapMb="
            + used
            + " maxHeapMb="
            + (Runtime.getRuntime().maxMemory() >> 20)
            + " total="
            + analysis.allSites().total());
    int lines = analysis.dataset().counts().size();
    boolean ok =
        rows == Math.min(lines, DataRows.EXCEL_MAX_DATA_ROWS) + 1 && table.equals("A1:L" + rows);
    System.exit(ok ? 0 : 1);
  }

  /**
   * N counts for the junior doctors' strike of March 2023, one an appointment-day-specialty line.
   */
  static Dataset extract(int n) {
    Dataset story = StoryData.dataset();
    String[] sites = {"RM1", "RCX", "RGP"};
    String[] specialties = {"100", "101", "110", "120", "130", "300", "320", "502"};
    LocalDate[] days = {
      LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 14), LocalDate.of(2023, 3, 15)
    };
    String sha = "ab".repeat(32);
    List<DisruptionCount> counts = new ArrayList<>(n + 4);
    for (int i = 0; i < n; i++) {
      counts.add(
          new DisruptionCount(
              sites[i % 3],
              StoryData.JD_MARCH,
              i % 7 == 0 ? ActivityType.INPATIENT : ActivityType.OUTPATIENT,
              Optional.of(days[(i / 3) % 3]),
              Optional.of(specialties[i % specialties.length]),
              1,
              new Provenance("extract.csv", sha, "", "A" + (i + 2))));
    }
    // The nursing strikes, as in the story, so there is a comparison and a history.
    story.counts().stream()
        .filter(c -> !c.actionId().equals(StoryData.JD_MARCH))
        .forEach(counts::add);
    return new Dataset(
        story.sites(),
        story.calendar(),
        story.participation(),
        counts,
        List.of(),
        List.of(),
        List.of(),
        List.of(
            new SourceFile("extract.csv", sha, 58L * n, "line-level extract", "extract", n, n, 0)));
  }

  private static int countRows(InputStream sheet) throws Exception {
    XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(sheet);
    int rows = 0;
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
        rows++;
      }
    }
    return rows;
  }

  private static String dataTableRef(ZipFile zip) throws Exception {
    Pattern ref = Pattern.compile("<table [^>]*ref=\"([^\"]+)\"[^>]*name=\"Data_table\"");
    for (var e : java.util.Collections.list(zip.entries())) {
      if (e.getName().startsWith("xl/tables/")) {
        Matcher m =
            ref.matcher(
                new String(
                    zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return "none";
  }
}
