package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No patient identifier leaves ingest, on any route. The fixture (src/test/resources/privacy, made
 * by its make.py) holds invented NHS numbers, names, dates of birth and postcodes in every layout:
 * a line-level extract read as one, the same kind of extract under a table profile that forgot
 * {@code layout = line-level}, an xlsx extract read by the profile {@code profile suggest} writes
 * for it, a wide return, a table by day and type and a stated-totals summary. Every command runs
 * over it, in every format, lenient and strict, verbose; every byte written and printed is searched
 * for every identifier in every spacing.
 */
class PatientPrivacyTest {
  private static final Path FIXTURE = Path.of("src/test/resources/privacy");

  @TempDir Path temp;
  private Path data;
  private final List<Identifier> identifiers = new ArrayList<>();
  private final StringBuilder everything = new StringBuilder();

  private record Identifier(String kind, String value) {}

  @BeforeEach
  void copyFixtureAndWriteTheSuggestedProfile() throws IOException {
    System.setProperty("strike.impact.verbose", "1");
    data = temp.resolve("data");
    Path from = FIXTURE.resolve("data");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path to = data.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
    }
    for (String line : Files.readAllLines(FIXTURE.resolve("identifiers.txt"))) {
      if (!line.startsWith("#") && line.contains("\t")) {
        identifiers.add(new Identifier(line.split("\t")[0], line.split("\t")[1]));
      }
    }
    // The profile as 'profile suggest' writes it, filled in only where it says TO DO.
    CliRun suggested =
        run(
            "profile",
            "suggest",
            data.resolve("returns/RGP/pas-extract-march-2023.xlsx").toString());
    assertEquals(0, suggested.exitCode(), suggested.err());
    assertTrue(suggested.out().contains("layout = line-level"), suggested.out());
    String profile =
        suggested
            .out()
            .replace("filter.values = CHANGE-ME", "filter.values = 4")
            .replace("files = returns/*/*.xlsx", "files = returns/RGP/*.xlsx");
    Files.writeString(data.resolve("profiles/jpuh-suggested.properties"), profile);
  }

  @AfterEach
  void quiet() {
    System.clearProperty("strike.impact.verbose");
  }

  @Test
  void the_search_finds_every_kind_of_identifier_in_the_returns_themselves() throws IOException {
    String extract = Files.readString(data.resolve("returns/RM1/pas-extract-march-2023.csv"));
    List<String> kinds =
        identifiers.stream()
            .filter(i -> leaks(extract, i))
            .map(Identifier::kind)
            .distinct()
            .toList();
    assertEquals(List.of("nhs", "name", "dob", "postcode"), kinds);
    assertTrue(identifiers.stream().filter(i -> i.kind().equals("nhs")).count() >= 60);
  }

  @Test
  void no_command_in_any_format_writes_or_prints_an_identifier() throws IOException {
    String d = "--data=" + data;
    List<List<String>> commands = new ArrayList<>();
    for (String action : List.of("bma-jd-2023-03", "bma-jd-2023-04")) {
      String a = "--action=" + action;
      for (String format : List.of("table", "csv", "json")) {
        for (String command : List.of("validate", "summary", "compare", "forecast")) {
          commands.add(List.of(command, d, a, "--as-of=2023-04-20", "--format=" + format));
          commands.add(
              List.of(command, d, a, "--as-of=2023-04-20", "--format=" + format, "--strict"));
        }
      }
      int n = commands.size();
      commands.add(
          List.of("board-pack", d, a, "--as-of=2023-04-20", "--out=" + temp.resolve("bp" + n)));
      commands.add(
          List.of(
              "board-pack",
              d,
              a,
              "--as-of=2023-04-20",
              "--strict",
              "--out=" + temp.resolve("bps" + n)));
      commands.add(List.of("excel", d, a, "--as-of=2023-04-20", "--out=" + temp.resolve("x" + n)));
      commands.add(
          List.of("press-briefing", d, a, "--as-of=2023-04-20", "--out=" + temp.resolve("pb" + n)));
    }
    Path draft = temp.resolve("draft.txt");
    Files.writeString(
        draft,
        "The Norfolk and Norwich rescheduled 250 appointments during the strike of 13 to 15"
            + " March 2023.\n");
    commands.add(List.of("check-text", d, "--as-of=2023-04-20", draft.toString()));
    try (Stream<Path> returns = Files.walk(data.resolve("returns"))) {
      for (Path r : returns.filter(Files::isRegularFile).toList()) {
        commands.add(List.of("profile", "suggest", r.toString()));
      }
    }

    int ran = 0;
    for (List<String> command : commands) {
      CliRun r = run(command.toArray(String[]::new));
      assertTrue(r.exitCode() <= 2, command + " exited " + r.exitCode() + ":\n" + r.err());
      everything.append(r.out()).append('\n').append(r.err()).append('\n');
      ran++;
    }
    int files = 0;
    try (Stream<Path> written = Files.walk(temp)) {
      for (Path f : written.filter(Files::isRegularFile).toList()) {
        if (!f.startsWith(data) && !f.equals(draft)) {
          everything.append(textOf(f)).append('\n');
          files++;
        }
      }
    }
    assertTrue(ran > 50, "commands run: " + ran);
    assertTrue(files >= 12, "files written: " + files);

    String all = everything.toString();
    // The screen did its work where it should be seen: withheld values are named, rows are kept.
    assertTrue(all.contains("a value that looks like an NHS number, not shown"));
    assertTrue(all.contains("holds NHS numbers (known by its header)"));
    assertTrue(all.contains("known by its header"));
    List<String> leaked =
        identifiers.stream().filter(i -> leaks(all, i)).map(Identifier::value).toList();
    assertEquals(List.of(), leaked, "identifiers found in the outputs");
  }

  /** Whether the text holds the identifier in any form a person or a program might write it. */
  private static boolean leaks(String text, Identifier id) {
    return switch (id.kind()) {
      case "nhs" -> digitsOnly(text).contains(id.value());
      case "name" -> text.contains(id.value());
      case "postcode" ->
          text.toUpperCase(Locale.ROOT).replace(" ", "").contains(id.value().replace(" ", ""));
      case "dob" -> {
        LocalDate dob = LocalDate.parse(id.value());
        yield Stream.of("yyyy-MM-dd", "dd/MM/yyyy", "d MMMM yyyy", "d MMM yyyy", "dd-MMM-yy")
            .map(p -> dob.format(DateTimeFormatter.ofPattern(p, Locale.UK)))
            .anyMatch(text::contains);
      }
      default -> throw new IllegalArgumentException(id.kind());
    };
  }

  /** The text with spaces, hyphens and dots taken out, so "999 123 4567" reads as 9991234567. */
  private static String digitsOnly(String text) {
    return text.replaceAll("[ \\-.\u00a0]", "");
  }

  /** A file's text: a PDF's extracted text and metadata, a workbook's every part, else bytes. */
  static String textOf(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      if (name.endsWith(".pdf")) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
          StringBuilder s = new StringBuilder(new PDFTextStripper().getText(doc));
          s.append(doc.getDocumentInformation().getTitle())
              .append(doc.getDocumentInformation().getSubject())
              .append(doc.getDocumentInformation().getKeywords());
          return s.toString();
        }
      }
      if (name.endsWith(".xlsx")) {
        StringBuilder s = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
          for (ZipEntry e : java.util.Collections.list(zip.entries())) {
            s.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8))
                .append('\n');
          }
        }
        return s.toString();
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }
}
