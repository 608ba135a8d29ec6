package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProfileCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code strike-impact profile ARGS} as Main wires it, error handler included. */
  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 1];
    all[0] = "profile";
    System.arraycopy(args, 0, all, 1, args.length);
    return cli.execute(all);
  }

  @Test
  void should_describe_profiles_in_its_own_help_not_the_main_commands() {
    assertEquals(0, run("--help"), err.toString());
    assertTrue(out.toString().contains("profiles/NAME.properties"), out.toString());
    assertFalse(out.toString().contains("writes the board pack"), out.toString());
  }

  @Test
  void should_print_a_suggested_profile_for_a_sample_return() {
    int code = run("suggest", "../samples/data/returns/RM1/nnuh-nursing-strikes-2023.csv");
    assertEquals(0, code, err.toString());
    assertTrue(
        out.toString()
            .contains(
                "column.date = Date\ncolumn.type = Activity\ncolumn.staff = Staff taking part\n"
                    + "column.staff-note = Staff source\ncolumn.count = Rescheduled\n"
                    + "action = by-date\n"),
        out.toString());
    assertTrue(
        out.toString().contains("type.total-only = All activity\ndate.format = dd/MM/yyyy\n"),
        out.toString());
  }

  @Test
  void should_write_the_profile_to_the_out_file(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("qeh.properties");
    int code =
        run(
            "suggest",
            "../samples/data/returns/RCX/qeh-junior-doctors-march-2023.csv",
            "--out",
            target.toString());
    assertEquals(0, code, err.toString());
    assertTrue(
        Files.readString(target)
            .contains("columns.by-type = Outpatients=outpatient, Inpatients=inpatient"));
    assertEquals("Wrote " + target + "; 2 lines marked TO DO to fill in.", err.toString().strip());
    assertEquals(1, Files.list(dir).count());
  }

  @Test
  void should_say_what_a_file_is_when_it_cannot_be_read(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("export.xlsx"), "Date,Activity\n");
    int code = run("suggest", file.toString(), "--out", dir.resolve("x.properties").toString());
    assertEquals(3, code);
    assertEquals(
        "strike-impact: "
            + file
            + ": found a text file named export.xlsx, not an Excel workbook; expected an .xlsx or .xls workbook. Fix: if it is a csv file, rename it to export.csv (and check files in its profile matches .csv); otherwise open it in Excel and save it as .xlsx",
        err.toString().strip());
    assertEquals(1, Files.list(dir).count());
  }
}
