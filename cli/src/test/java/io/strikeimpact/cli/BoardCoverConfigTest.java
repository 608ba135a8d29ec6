package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board.* keys: the cover sheet on page 1 of the board pack, as a board secretary sets it. */
class BoardCoverConfigTest {
  @TempDir Path temp;

  private Path config(String text) throws IOException {
    return Files.writeString(temp.resolve("c" + text.hashCode() + ".properties"), text);
  }

  private CliRun run(Path config, String... more) {
    String[] args = new String[more.length + 4];
    args[0] = "board-pack";
    args[1] = "--config";
    args[2] = config.toString();
    args[3] = "--as-of=2023-04-03";
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRun.of(args);
  }

  private static String page1(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      PDFTextStripper s = new PDFTextStripper();
      s.setStartPage(1);
      s.setEndPage(1);
      return s.getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void every_configured_field_of_the_cover_sheet_is_printed_on_page_1() throws IOException {
    Path file =
        config(
            """
            board.report-to = Board of Directors, private session
            board.meeting-date = 2023-04-27
            board.agenda-item = 7.2
            board.title = Elective activity and industrial action, March 2023
            board.executive-lead = Director of Operations
            board.author = Head of Performance
            board.purpose = Decision
            board.recommendation = The Board is asked to approve the plan for April.
            board.assurance = limited
            board.strategic-risks = BAF 3: elective recovery
            """);
    Path out = temp.resolve("out");
    CliRun r = run(file, "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    String page1 = page1(out.resolve("board-pack.pdf"));
    for (String expected :
        new String[] {
          "Report to Board of Directors, private session",
          "Meeting date 27 April 2023",
          "Agenda item 7.2",
          "Title Elective activity and industrial action, March 2023",
          "Executive lead Director of Operations",
          "Author Head of Performance",
          "Purpose Decision",
          "Recommendation The Board is asked to approve the plan for April.",
          "Level of assurance Limited",
          "Links to strategic risks BAF 3: elective recovery"
        }) {
      assertTrue(page1.contains(expected), () -> expected + " on page 1:\n" + page1);
    }
  }

  @Test
  void fields_left_out_keep_their_defaults() throws IOException {
    Path out = temp.resolve("defaults");
    CliRun r = run(config("board.agenda-item = 4\n"), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    String page1 = page1(out.resolve("board-pack.pdf"));
    assertTrue(page1.contains("Report to Board of Directors, public session"), page1);
    assertTrue(page1.contains("Meeting date To be confirmed"), page1);
    assertTrue(page1.contains("Agenda item 4"), page1);
    assertTrue(page1.contains("Purpose Information"), page1);
    assertTrue(page1.contains("Recommendation The Board is asked to note the activity"), page1);
    assertTrue(page1.contains("Level of assurance Reasonable"), page1);
  }

  @Test
  void a_purpose_that_is_not_one_of_the_four_is_refused_naming_the_file_and_key()
      throws IOException {
    Path file = config("board.purpose = approval\n");
    CliRun r = run(file, "--out", temp.resolve("no").toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(
        r.err()
            .contains(
                file
                    + ": board.purpose = approval; expected one of information, assurance,"
                    + " discussion, decision. Fix: write one of these"),
        r.err());
    assertTrue(Files.notExists(temp.resolve("no").resolve("board-pack.pdf")));
  }

  @Test
  void a_level_of_assurance_or_a_meeting_date_that_cannot_be_read_is_refused() throws IOException {
    Path assurance = config("board.assurance = high\n");
    CliRun a = run(assurance, "--out", temp.resolve("a").toString());
    assertEquals(2, a.exitCode(), a.err());
    assertTrue(
        a.err()
            .contains(
                assurance
                    + ": board.assurance = high; expected one of substantial, reasonable,"
                    + " limited, none."),
        a.err());
    Path date = config("board.meeting-date = 27/04/2023\n");
    CliRun d = run(date, "--out", temp.resolve("d").toString());
    assertEquals(2, d.exitCode(), d.err());
    assertTrue(
        d.err()
            .contains(
                date
                    + ": board.meeting-date = 27/04/2023; expected a date written YYYY-MM-DD, e.g."
                    + " board.meeting-date = 2023-04-27."),
        d.err());
  }
}
