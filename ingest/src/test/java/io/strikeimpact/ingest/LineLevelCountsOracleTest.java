package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.source.DirectorySourceFolder;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counts of a line-level extract, each with its first and last row, are those an independent
 * oracle finds in the same rows: seeded random extracts (quoted notes with commas and line breaks,
 * CRLF or LF, a byte order mark or none, blank lines, dates with a time before and after 07:00,
 * days outside the action, unknown sites and activity words, a postcode in a mapped column, and up
 * to 2,400 distinct counts, more than the aggregation's table of recent keys holds) through the
 * whole data folder reader. Guards the aggregation's shortcuts (the table of recent keys by
 * identity, the provenance's digit grouping by hand) against the plain map and {@link
 * NumberFormat}.
 */
class LineLevelCountsOracleTest {
  private static final String[] DATES = {
    "13/03/2023", "14/03/2023", "15/03/2023", "13/03/2023 10:30", "14/03/2023 06:00", "17/03/2023"
  };

  /** The day of action each of {@link #DATES} is in: 07:00 to 07:00; null outside the action. */
  private static final LocalDate[] DAYS = {
    LocalDate.of(2023, 3, 13),
    LocalDate.of(2023, 3, 14),
    LocalDate.of(2023, 3, 15),
    LocalDate.of(2023, 3, 13),
    LocalDate.of(2023, 3, 13),
    null
  };

  private record Expected(long count, int first, int last) {}

  @Test
  void counts_and_their_rows_are_the_oracles(@TempDir Path dir) throws IOException {
    for (int seed = 0; seed < 24; seed++) {
      Random random = new Random(seed);
      int rows = 500 + random.nextInt(3000);
      int specialties = seed % 3 == 0 ? 4 : 1 + random.nextInt(400);
      String eol = random.nextBoolean() ? "\r\n" : "\n";
      StringBuilder csv = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
      csv.append("Appointment ID,NHS Number,Site,Treatment function code,Appointment date,")
          .append("Activity,Attendance code,Notes")
          .append(eol);
      Map<String, Expected> expected = new TreeMap<>();
      int rejected = 0;
      int record = 1;
      for (int i = 0; i < rows; i++) {
        if (random.nextInt(50) == 0) {
          csv.append(eol);
          record++;
        }
        record++;
        int site = random.nextInt(40);
        String siteText = site == 0 ? "XX9" : site == 1 ? "NR4 7UY" : "RM1";
        String code = Integer.toString(100 + random.nextInt(specialties));
        int d = random.nextInt(DATES.length);
        int t = random.nextInt(30);
        String type = t == 0 ? "ZZ" : t % 2 == 0 ? "OP" : "IP";
        String attendance = random.nextInt(4) == 0 ? "2" : "4";
        String notes =
            switch (random.nextInt(4)) {
              case 0 -> "\"seen, then moved\"";
              case 1 -> "\"two" + eol + "lines, \"\"quoted\"\"\"";
              default -> "";
            };
        csv.append("APT")
            .append(i)
            .append(",4000000004,")
            .append(siteText)
            .append(',')
            .append(code)
            .append(',')
            .append(DATES[d])
            .append(',')
            .append(type)
            .append(',')
            .append(attendance)
            .append(',')
            .append(notes)
            .append(eol);
        // The reader's order: the screen, the filter, the day, then site and activity word.
        if (site == 1) {
          rejected++;
        } else if (!attendance.equals("4") || DAYS[d] == null) {
          continue;
        } else if (site == 0 || t == 0) {
          rejected++;
        } else {
          String key =
              "RM1 bma-jd-2023-03 "
                  + DAYS[d]
                  + " "
                  + (type.equals("OP") ? "OUTPATIENT" : "INPATIENT")
                  + " "
                  + code;
          int at = record;
          expected.merge(
              key,
              new Expected(1, at, at),
              (a, b) -> new Expected(a.count() + 1, a.first(), b.last()));
        }
      }
      Path folder =
          LineLevelOnePassTest.folder(
              dir.resolve("seed" + seed), csv.toString().getBytes(StandardCharsets.UTF_8));
      Dataset data = DataFolderReader.read(new DirectorySourceFolder(folder));

      NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
      Map<String, String> want = new TreeMap<>();
      expected.forEach(
          (k, e) ->
              want.put(
                  k,
                  e.count()
                      + " at "
                      + (e.first() == e.last()
                          ? "row " + n.format(e.first())
                          : "rows " + n.format(e.first()) + " to " + n.format(e.last()))));
      Map<String, String> got = new TreeMap<>();
      for (DisruptionCount c : data.counts()) {
        got.put(
            c.odsCode()
                + " "
                + c.actionId()
                + " "
                + c.date().orElseThrow()
                + " "
                + c.type()
                + " "
                + c.specialty().orElseThrow(),
            c.count() + " at " + c.provenance().cell());
      }
      assertEquals(want, got, "seed " + seed);
      SourceFile extract =
          data.sources().stream()
              .filter(s -> s.name().startsWith("returns/"))
              .findFirst()
              .orElseThrow();
      assertEquals(rows, extract.rowsRead(), "seed " + seed);
      assertEquals(rejected, extract.rowsRejected(), "seed " + seed);
      assertEquals(rejected, data.rejectedRows().size(), "seed " + seed);
    }
  }
}
