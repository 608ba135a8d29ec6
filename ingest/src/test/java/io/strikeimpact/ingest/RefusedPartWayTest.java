package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A line-level extract that fails part way through counts for nothing: not the rows before the
 * failure (the N&N case, 131 outpatient shown where the whole file held 206), and not a part of any
 * size. Faults are injected at random places into the line-level extract of 300 rows (257 counted
 * when whole), and the whole data folder is read each time: either all 257 count or none, with one
 * error naming the file.
 */
class RefusedPartWayTest {
  static final Path FOLDER = LineLevelExtractTest.FOLDER;
  static final String XLSX = LineLevelExtractTest.XLSX;
  static final Path CSV = Path.of("src/test/resources/line-level-csv/extract.csv");
  static final int SEEDS = Integer.getInteger("ingest.injections", 25);

  static Dataset read(String name, byte[] extract) throws IOException {
    InMemorySourceFolder folder = new InMemorySourceFolder();
    for (String ref :
        List.of(
            "reference/sites.csv",
            "reference/calendar.csv",
            "reference/participation.csv",
            "profiles/extract.properties")) {
      folder.put(ref, Files.readAllBytes(FOLDER.resolve(ref)));
    }
    return DataFolderReader.read(folder.put(name, extract));
  }

  static long total(Dataset data) {
    return data.counts().stream().mapToLong(DisruptionCount::count).sum();
  }

  /** The file was refused whole: nothing counted, nothing kept, one error that names it. */
  static void assertRefusedWhole(Dataset data, String name, String what) {
    assertEquals(0, total(data), what + ": a part of a refused file was counted");
    assertTrue(data.rejectedRows().isEmpty(), what + ": rows of a refused file were kept");
    List<DataProblem> errors =
        data.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    assertEquals(1, errors.size(), what + ": " + errors);
    assertTrue(errors.getFirst().where().describe().startsWith(name), errors.getFirst().toString());
    assertTrue(
        data.sources().stream()
            .filter(s -> s.name().equals(name))
            .allMatch(s -> s.rowsUsed() == 0 && s.rowsRejected() == 0),
        what + ": " + data.sources());
  }

  /** The workbook with its sheet part changed, every other part as it was. */
  static byte[] withSheet(byte[] xlsx, UnaryOperator<byte[]> change) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] part = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(e.getName().equals("xl/worksheets/sheet1.xml") ? change.apply(part) : part);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void the_whole_extract_counts_257() throws IOException {
    byte[] xlsx = Files.readAllBytes(FOLDER.resolve(XLSX));
    assertEquals(257, total(read(XLSX, xlsx)));
    assertEquals(257, total(read(XLSX, withSheet(xlsx, UnaryOperator.identity()))));
    assertEquals(257, total(read("returns/RM1/extract.csv", Files.readAllBytes(CSV))));
  }

  @Test
  void a_sheet_cut_short_anywhere_counts_nothing() throws IOException {
    byte[] xlsx = Files.readAllBytes(FOLDER.resolve(XLSX));
    Random random = new Random(2023);
    for (int i = 0; i < SEEDS; i++) {
      byte[] cutSheet =
          withSheet(
              xlsx,
              sheet -> {
                int start = indexOf(sheet, "<sheetData>");
                int end = indexOf(sheet, "</sheetData>");
                return Arrays.copyOf(sheet, start + 1 + random.nextInt(end - start));
              });
      assertRefusedWhole(read(XLSX, cutSheet), XLSX, "sheet cut, try " + i);
    }
  }

  @Test
  void a_workbook_cut_short_anywhere_counts_nothing() throws IOException {
    byte[] xlsx = Files.readAllBytes(FOLDER.resolve(XLSX));
    Random random = new Random(1904);
    for (int i = 0; i < SEEDS; i++) {
      int cut = 1 + random.nextInt(xlsx.length - 1);
      assertRefusedWhole(read(XLSX, Arrays.copyOf(xlsx, cut)), XLSX, "file cut at " + cut);
    }
  }

  @Test
  void a_bad_shared_string_index_at_a_random_row_counts_nothing() throws IOException {
    byte[] xlsx = Files.readAllBytes(FOLDER.resolve(XLSX));
    Random random = new Random(131);
    for (int i = 0; i < SEEDS; i++) {
      int row = 2 + random.nextInt(299);
      byte[] bad =
          withSheet(
              xlsx,
              sheet -> {
                String text = new String(sheet, StandardCharsets.UTF_8);
                Matcher m =
                    Pattern.compile("(<c r=\"A" + row + "\" t=\"s\"><v>)\\d+(</v>)").matcher(text);
                assertTrue(m.find(), "row " + row);
                return m.replaceFirst("$199999$2").getBytes(StandardCharsets.UTF_8);
              });
      assertRefusedWhole(read(XLSX, bad), XLSX, "bad index in row " + row);
    }
  }

  @Test
  void a_stray_quote_at_a_random_row_of_a_csv_counts_nothing() throws IOException {
    List<String> lines = Files.readAllLines(CSV);
    Random random = new Random(209);
    String name = "returns/RM1/extract.csv";
    for (int i = 0; i < SEEDS; i++) {
      int row = 1 + random.nextInt(lines.size() - 1);
      String[] copy = lines.toArray(String[]::new);
      copy[row] = copy[row].replaceFirst(",RM1,", ",\"RM1\"x,");
      byte[] bytes = (String.join("\n", copy) + "\n").getBytes(StandardCharsets.UTF_8);
      assertRefusedWhole(read(name, bytes), name, "stray quote in line " + (row + 1));
    }
  }

  @Test
  void an_unclosed_quote_on_the_last_line_counts_nothing() throws IOException {
    String name = "returns/RM1/extract.csv";
    String text = Files.readString(CSV) + "APT99999999,,RM1,100,\"13/03/2023,OP,4\n";
    assertRefusedWhole(read(name, text.getBytes(StandardCharsets.UTF_8)), name, "unclosed quote");
  }

  static int indexOf(byte[] haystack, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.UTF_8);
    outer:
    for (int i = 0; i + n.length <= haystack.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (haystack[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError(needle + " not found");
  }
}
