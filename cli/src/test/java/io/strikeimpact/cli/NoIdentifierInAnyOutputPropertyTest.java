package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property: wherever an NHS number is put in a line-level extract (its file name, its sheet's
 * name, any mapped or unmapped cell, a type word the profile lists, its filter column or the
 * profile's filter values), bare or in free text, in any of the spellings people type
 * ("9434765919", "943 476 5919", "943-476-5919"), no output of validate (table, csv, json), summary
 * (csv, json), board-pack (the PDF's text, every part of the workbook, rejected-rows.csv) or
 * profile suggest holds its digits, with spaces and dashes ignored. A patient's name typed into the
 * type column is never shown either. Each trial is one random data folder, run in-process; the seed
 * is in every failure's message.
 */
class NoIdentifierInAnyOutputPropertyTest {
  private static final int TRIALS = 10;
  private static final long SEED = 20261204L;
  private static final Path SAMPLES = Path.of("../samples/data");
  private static final String NAME = "Smith J";

  @TempDir Path temp;

  /** Where a trial puts an NHS number. */
  enum Place {
    FILE_NAME,
    SHEET_NAME,
    DATE_CELL,
    TYPE_CELL,
    SPECIALTY_CELL,
    FILTER_CELL,
    UNMAPPED_CELL,
    PROFILE_TYPE_WORD,
    PROFILE_FILTER_VALUE
  }

  @BeforeEach
  void verbose() {
    System.setProperty("strike.impact.verbose", "1");
  }

  @AfterEach
  void quiet() {
    System.clearProperty("strike.impact.verbose");
  }

  @Test
  void no_output_holds_an_nhs_number_put_anywhere_in_a_line_level_extract() throws IOException {
    Random random = new Random(SEED);
    Set<Place> covered = EnumSet.noneOf(Place.class);
    for (int trial = 0; trial < TRIALS; trial++) {
      String nhs = nhsNumber(random);
      // Two or three places a trial, and over the trials every place.
      EnumSet<Place> places = EnumSet.of(Place.values()[trial % Place.values().length]);
      for (int k = 0; k < 2; k++) {
        places.add(Place.values()[random.nextInt(Place.values().length)]);
      }
      covered.addAll(places);
      String where = "trial " + trial + " (seed " + SEED + "), " + nhs + " in " + places;
      Path data = temp.resolve("t" + trial + "/data");
      Path extract = writeDataFolder(data, nhs, places, random);

      String all = outputsOf(data, extract, temp.resolve("t" + trial + "/out"), where);

      assertFalse(digitsOnly(all).contains(nhs), where + ":\n" + excerpt(all, nhs));
      assertFalse(
          all.contains(NAME), where + ": a name typed in a cell is shown:\n" + lines(all, NAME));
      // Not vacuous: the extract was read, its rejected rows kept and the withheld text described.
      assertTrue(all.contains("returns/RGP/"), where);
      assertTrue(all.contains("withheld: a line-level extract may hold patient details"), where);
    }
    assertEquals(EnumSet.allOf(Place.class), covered);
  }

  /** Every output of the commands, as text: what they printed and every file they wrote. */
  private static String outputsOf(Path data, Path extract, Path out, String where)
      throws IOException {
    String d = "--data=" + data;
    String asOf = "--as-of=2023-04-03";
    List<List<String>> commands = new ArrayList<>();
    for (String format : List.of("table", "csv", "json")) {
      commands.add(List.of("validate", d, asOf, "--format=" + format));
    }
    for (String format : List.of("csv", "json")) {
      commands.add(List.of("summary", d, asOf, "--format=" + format));
    }
    commands.add(List.of("board-pack", d, asOf, "--out=" + out));
    commands.add(List.of("profile", "suggest", extract.toString()));
    StringBuilder all = new StringBuilder();
    for (List<String> command : commands) {
      CliRun r = CliRun.of(command.toArray(String[]::new));
      assertEquals(0, r.exitCode(), where + ": " + command + "\n" + r.err());
      all.append(r.out()).append('\n').append(r.err()).append('\n');
    }
    List<String> written = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        written.add(f.getFileName().toString());
        all.append(PatientPrivacyTest.textOf(f)).append('\n');
      }
    }
    assertTrue(
        written.containsAll(List.of("board-pack.pdf", "board-pack.xlsx", "rejected-rows.csv")),
        where + ": " + written);
    return all.toString();
  }

  /** A data folder of the samples' reference files, a line-level profile and one extract. */
  private static Path writeDataFolder(Path data, String nhs, Set<Place> places, Random random)
      throws IOException {
    for (String name :
        List.of("reference/sites.csv", "reference/calendar.csv", "reference/participation.csv")) {
      Files.createDirectories(data.resolve(name).getParent());
      Files.copy(SAMPLES.resolve(name), data.resolve(name));
    }
    Files.createDirectories(data.resolve("profiles"));
    Files.writeString(
        data.resolve("profiles/jpuh-extract.properties"),
        String.join(
            "\n",
            "name = JPUH PAS extract",
            "site = RGP",
            "files = returns/RGP/*.xlsx",
            "layout = line-level",
            "column.date = Appt Date",
            "column.type = Clinic type",
            "column.specialty = Specialty",
            "action = by-date",
            "type.outpatient = New, F/U"
                + (places.contains(Place.PROFILE_TYPE_WORD)
                    ? ", " + spelt(nhs, random).replace(",", " ")
                    : ""),
            "type.inpatient = Elective, DC",
            "date.format = dd/MM/yyyy",
            "filter.column = Outcome",
            "filter.values = 4"
                + (places.contains(Place.PROFILE_FILTER_VALUE) ? ", " + spelt(nhs, random) : ""),
            ""));
    String file =
        places.contains(Place.FILE_NAME)
            ? "jpuh-pas-extract " + spelt(nhs, random) + " query.xlsx"
            : "jpuh-pas-extract-march-2023.xlsx";
    Path extract = data.resolve("returns/RGP/" + file);
    Files.createDirectories(extract.getParent());
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(extract)) {
      Sheet sheet =
          workbook.createSheet(
              places.contains(Place.SHEET_NAME) ? "Extract " + spelt(nhs, random) : "Extract");
      String[] header = {"Appt Date", "Clinic type", "Specialty", "Outcome", "Comments"};
      List<String[]> rows = new ArrayList<>();
      rows.add(header);
      String[] types = {"New", "F/U", "Elective", "DC"};
      String[] specialties = {"Trauma & Orthopaedics", "Ophthalmology", "Dermatology"};
      for (int i = 0; i < 40; i++) {
        rows.add(
            new String[] {
              (13 + i % 3) + "/03/2023",
              types[random.nextInt(types.length)],
              specialties[random.nextInt(specialties.length)],
              i % 7 == 0 ? "2" : "4",
              i % 5 == 0 ? "rebooked" : ""
            });
      }
      // A name and a hospital number typed into the type column: free text, never shown.
      rows.get(5)[1] = NAME + " - F/U ring pt";
      rows.get(9)[1] = "K1234567 DC";
      put(rows, places, Place.DATE_CELL, 0, nhs, random);
      put(rows, places, Place.TYPE_CELL, 1, nhs, random);
      put(rows, places, Place.SPECIALTY_CELL, 2, nhs, random);
      put(rows, places, Place.FILTER_CELL, 3, nhs, random);
      put(rows, places, Place.UNMAPPED_CELL, 4, nhs, random);
      if (places.contains(Place.PROFILE_TYPE_WORD)) {
        rows.get(1 + random.nextInt(40))[1] = spelt(nhs, random);
      }
      if (places.contains(Place.PROFILE_FILTER_VALUE)) {
        rows.get(1 + random.nextInt(40))[3] = spelt(nhs, random);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).length; c++) {
          if (!rows.get(r)[c].isEmpty()) {
            row.createCell(c).setCellValue(rows.get(r)[c]);
          }
        }
      }
      workbook.write(out);
    }
    return extract;
  }

  /** The number in one or two cells of a column: bare, or in free text around it. */
  private static void put(
      List<String[]> rows, Set<Place> places, Place place, int column, String nhs, Random random) {
    if (!places.contains(place)) {
      return;
    }
    int times = 1 + random.nextInt(2);
    for (int i = 0; i < times; i++) {
      String value = spelt(nhs, random);
      value =
          switch (random.nextInt(3)) {
            case 0 -> value;
            case 1 -> "NHS " + value;
            default -> NAME + " " + value + " rang";
          };
      rows.get(1 + random.nextInt(40))[column] = value;
    }
  }

  /** The number as people type it: "9434765919", "943 476 5919" or "943-476-5919". */
  private static String spelt(String nhs, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> nhs;
      case 1 -> nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
      default -> nhs.substring(0, 3) + "-" + nhs.substring(3, 6) + "-" + nhs.substring(6);
    };
  }

  /** A random NHS number: nine digits and the Modulus 11 check digit (never 10). */
  static String nhsNumber(Random random) {
    while (true) {
      StringBuilder s = new StringBuilder();
      s.append(1 + random.nextInt(9));
      for (int i = 1; i < 9; i++) {
        s.append(random.nextInt(10));
      }
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (s.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - sum % 11;
      check = check == 11 ? 0 : check;
      if (check != 10) {
        return s.append(check).toString();
      }
    }
  }

  private static String digitsOnly(String text) {
    return text.replaceAll("[ \\-\u00a0]", "");
  }

  /** The lines of the outputs that hold the text, for the failure's message. */
  private static String lines(String all, String text) {
    StringBuilder s = new StringBuilder();
    for (String line : all.split("\n")) {
      if (line.contains(text)) {
        s.append(line, 0, Math.min(line.length(), 400)).append('\n');
      }
    }
    return s.toString();
  }

  /** The lines of the outputs that hold the number, for the failure's message. */
  private static String excerpt(String all, String nhs) {
    StringBuilder s = new StringBuilder();
    for (String line : all.split("\n")) {
      if (digitsOnly(line).contains(nhs)) {
        s.append(line, 0, Math.min(line.length(), 400)).append('\n');
      }
    }
    return s.toString();
  }
}
