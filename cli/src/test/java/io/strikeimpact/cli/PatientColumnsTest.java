package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Red-team report of 3 December 2026, item 2: a profile mapping column.count to "Contact number"
 * made validate print {@code cell D2: found "07700 900000"} on every row. Fixture:
 * src/test/resources/redteam/e2-suggested, made by the red team (see its README).
 */
class PatientColumnsTest {
  private static final Path DATA = Path.of("src/test/resources/redteam/e2-suggested");

  @TempDir Path temp;

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    cli.execute(args);
    return out + "\n" + err;
  }

  @Test
  void a_profile_mapping_the_contact_number_is_refused_and_no_number_is_quoted() {
    String out = run("validate", "--data", DATA.toString(), "--wide", "--as-of", "2023-04-03");
    assertTrue(out.contains("\"Contact number\" is a column of phone numbers"), out);
    assertFalse(out.contains("07700"), out);
    assertFalse(out.contains("Zzsmith"), out);
  }

  @Test
  void phone_numbers_under_a_header_that_hides_them_refuse_the_file_and_are_never_quoted()
      throws IOException {
    Path data = copy(DATA, temp.resolve("data"));
    Path extract = data.resolve("returns/RM1/extract.csv");
    Files.writeString(
        extract,
        Files.readString(extract)
            .replace("Contact number", "Calls")
            .replace("Pt Name", "Who")
            .replace("Date of Birth (dd/mm/yyyy)", "When"));
    Path profile = data.resolve("profiles/suggested.properties");
    Files.writeString(
        profile,
        Files.readString(profile).replace("Contact number", "Calls").replace("ODS-CODE", "RM1"));
    String validate = run("validate", "--data", data.toString(), "--wide", "--as-of", "2023-04-03");
    assertTrue(validate.contains("column D holds phone numbers (known by its content"), validate);
    for (String command : new String[] {"validate", "summary"}) {
      String out = run(command, "--data", data.toString(), "--wide", "--as-of", "2023-04-03");
      assertFalse(out.contains("07700"), command + ": " + out);
      assertFalse(out.contains("Zzsmith"), command + ": " + out);
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t);
        }
      }
    }
    return to;
  }
}
