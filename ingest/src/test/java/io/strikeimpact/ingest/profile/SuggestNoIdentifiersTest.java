package io.strikeimpact.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.screen.InventedNhsNumbers;
import io.strikeimpact.ingest.table.UnreadableFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@code profile suggest} never echoes or suggests anything of a patient identifier. Red-team case
 * ll-nhs-numbers (4 December 2026): a PAS extract with an NHS number in its date column got a TO DO
 * to add the cell's "pattern" to date.format, quoting the screen's words for it as if a date. Now
 * the cell is named as holding an identifier, and no pattern is made of it; and on random tables
 * with invented NHS numbers in any cell, in any spelling, none appears anywhere in what suggest
 * writes.
 */
class SuggestNoIdentifiersTest {
  private static final Path RED_TEAM = Path.of("src/test/resources/redteam/dec4/ll-nhs-numbers");

  /** The text with the separators an NHS number may be written with taken out. */
  private static String squeezed(String text) {
    return text.replaceAll("[\\s\\-.\\u00a0\\u202f]", "");
  }

  private static String everything(ProfileSuggester.Suggestion s) {
    return s.properties() + "\n" + String.join("\n", s.unplaced());
  }

  @Test
  void an_nhs_number_in_the_date_column_is_named_by_its_cell_never_as_a_date_pattern()
      throws IOException, UnreadableFileException {
    ProfileSuggester.Suggestion s =
        ProfileSuggester.suggest(
            "pas-extract-march-2023.xlsx",
            Files.readAllBytes(RED_TEAM.resolve("data/returns/RM1/pas-extract-march-2023.xlsx")));
    List<String> dateLines =
        s.unplaced().stream().filter(u -> u.startsWith("date.format")).toList();
    assertEquals(
        List.of(
            "date.format: cell B405 of the date column holds what looks like a patient"
                + " identifier, not a date: it is not shown here and no pattern is made of it; its"
                + " row will be rejected when the file is read: correct the cell in the file"),
        dateLines);
    assertTrue(s.properties().contains("\ndate.format = dd/MM/yyyy\n"), s.properties());
    String out = squeezed(everything(s));
    for (String number : Files.readAllLines(RED_TEAM.resolve("leaked.txt"))) {
      if (!number.isBlank()) {
        assertFalse(out.contains(squeezed(number)), "NHS number " + number + " in:\n" + out);
      }
    }
  }

  private static final String[] HEADERS = {
    "Appt Date", "Activity", "Rescheduled", "Ref", "Comments", "TFC"
  };

  /** An NHS number as people write one. */
  private static String spelled(String n, Random random) {
    String a = n.substring(0, 3);
    String b = n.substring(3, 6);
    String c = n.substring(6);
    return switch (random.nextInt(6)) {
      case 0 -> n;
      case 1 -> a + " " + b + " " + c;
      case 2 -> a + "-" + b + "-" + c;
      case 3 -> a + "\u00a0" + b + "\u00a0" + c;
      case 4 -> "NHS no " + a + " " + b + " " + c + " rebooked";
      default -> " " + n + " ";
    };
  }

  private static List<List<String>> randomTable(Random random, List<String> numbers) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(HEADERS));
    int n = 3 + random.nextInt(40);
    for (int r = 0; r < n; r++) {
      String number = InventedNhsNumbers.next(random);
      numbers.add(number);
      List<String> row = new ArrayList<>();
      row.add(String.format("%02d/03/2023", 13 + random.nextInt(3)));
      row.add(random.nextBoolean() ? "OP" : "IP");
      row.add(Integer.toString(random.nextInt(50)));
      row.add(spelled(number, random));
      row.add(random.nextInt(3) == 0 ? spelled(number, random) : "rebooked");
      row.add(Integer.toString(100 + random.nextInt(400)));
      // Now and then an identifier where a date, a type, a count or a code should be.
      if (random.nextInt(4) == 0) {
        String stray = InventedNhsNumbers.next(random);
        numbers.add(stray);
        int column = random.nextInt(HEADERS.length);
        row.set(column, spelled(stray, random));
      }
      rows.add(row);
    }
    return rows;
  }

  private static byte[] csv(List<List<String>> rows) {
    StringBuilder s = new StringBuilder();
    for (List<String> row : rows) {
      List<String> fields = new ArrayList<>();
      for (String f : row) {
        fields.add("\"" + f.replace("\"", "\"\"") + "\"");
      }
      s.append(String.join(",", fields)).append("\r\n");
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] xlsx(List<List<String>> rows, Random random) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Extract");
      for (int r = 0; r < rows.size(); r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          String v = rows.get(r).get(c);
          // Some identifiers as numbers, as a PAS export writes a plain ten-digit one.
          if (v.matches("\\d{10}") && random.nextBoolean()) {
            row.createCell(c).setCellValue(Double.parseDouble(v));
          } else {
            row.createCell(c).setCellValue(v);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void on_random_tables_no_invented_nhs_number_appears_in_anything_suggest_writes()
      throws IOException {
    Random random = new Random(20231028);
    for (int i = 0; i < 120; i++) {
      List<String> numbers = new ArrayList<>();
      List<List<String>> rows = randomTable(random, numbers);
      boolean asXlsx = i % 2 == 0;
      byte[] bytes = asXlsx ? xlsx(rows, random) : csv(rows);
      String name = "extract-" + i + (asXlsx ? ".xlsx" : ".csv");
      ProfileSuggester.Suggestion s;
      try {
        s = ProfileSuggester.suggest(name, bytes);
      } catch (UnreadableFileException e) {
        String message = squeezed(e.getMessage() + " " + e.fix());
        for (String n : numbers) {
          assertFalse(message.contains(n), name + ": NHS number " + n + " in " + message);
        }
        continue;
      }
      String out = squeezed(everything(s));
      for (String n : numbers) {
        assertFalse(out.contains(n), name + ": NHS number " + n + " in:\n" + everything(s));
      }
    }
  }
}
