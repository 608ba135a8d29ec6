package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples altered as folders nobody on the team wrote differ from them, and every output read
 * back: a refused return is never "no returns received", a site that did not take part is never a
 * figure missing, and a figure resting on some of the returns says it is partial.
 */
class ReturnStandingsInEveryOutputCliTest {
  private static final String AS_OF = "2023-04-03";

  @TempDir Path data;
  @TempDir Path out;

  /**
   * N&N's nursing return arrives but is refused: January and February had a return, unread. The
   * history and the England tables said "ended; no returns received" of both.
   */
  @Test
  void
      an_action_whose_only_return_was_refused_is_returns_received_none_read_in_history_and_england()
          throws IOException {
    AlteredSamples.copyInto(data);
    AlteredSamples.refuse(data, "returns/RM1/nnuh-nursing-strikes-2023.csv");
    String unread = "returns received, but none could be read (see Data quality)";

    CliRun summary = CliRun.of("summary", "--data", data.toString(), "--as-of", AS_OF, "--wide");
    assertEquals(0, summary.exitCode(), summary.err());
    String text = summary.squeezed();
    assertTrue(
        text.contains("18 and 19 January 2023 n/a 27,826 published n/a " + unread), summary.out());
    assertTrue(
        text.contains("6 and 7 February 2023 n/a 42,897 published n/a " + unread), summary.out());
    assertFalse(text.contains("no returns received"), summary.out());

    CliRun pack =
        CliRun.of(
            "board-pack", "--data", data.toString(), "--as-of", AS_OF, "--out", out.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    String pdf = AlteredSamples.pdfText(out.resolve("board-pack.pdf"));
    assertTrue(pdf.contains("Nurses 24 " + unread), pdf);
    assertFalse(pdf.contains("no returns received"), pdf);
    Path book = out.resolve("board-pack.xlsx");
    assertEquals(unread, AlteredSamples.cell(book, "History", "rcn-2023-01", 4));
    assertEquals(unread, AlteredSamples.cell(book, "History", "rcn-2023-02", 7));
    assertEquals(unread, AlteredSamples.cell(book, "England", "rcn-2023-01", 6));
    // The Notes sheet explains the words; no action's cell says them.
    assertTrue(
        AlteredSamples.texts(book).stream()
            .filter(t -> !t.startsWith("Notes!"))
            .noneMatch(t -> t.contains("no returns received")),
        String.join("\n", AlteredSamples.texts(book)));
  }

  /**
   * The same folder, March: the refused file is named for the nursing strikes, so it casts no doubt
   * on N&N's junior doctors' figures. N&N's March status said "later revision could not be read
   * (returns/RM1/nnuh-nursing-strikes-2023.csv)" and the all-sites total "may be out of date".
   */
  @Test
  void a_refused_return_named_for_nurses_casts_no_doubt_on_a_junior_doctors_strike()
      throws IOException {
    AlteredSamples.copyInto(data);
    AlteredSamples.refuse(data, "returns/RM1/nnuh-nursing-strikes-2023.csv");
    CliRun summary = CliRun.of("summary", "--data", data.toString(), "--as-of", AS_OF, "--wide");
    assertEquals(0, summary.exitCode(), summary.err());
    String text = summary.squeezed();
    assertTrue(text.contains("N&N 2,976 475 n/a 3,451 73% 1,150.3 47.9\n"), summary.out());
    assertTrue(text.contains("All sites 4,120 606 n/a 4,726 100% 1,575.3 65.6\n"), summary.out());
    assertFalse(text.contains("later revision could not be read"), summary.out());
    assertFalse(text.contains("may be out of date"), summary.out());
    // Nor does March's cover count it among March's returns that could not be read.
    CliRun pack =
        CliRun.of(
            "board-pack", "--data", data.toString(), "--as-of", AS_OF, "--out", out.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    String pdf = AlteredSamples.pdfText(out.resolve("board-pack.pdf"));
    assertFalse(pdf.contains("could not be read; its figures are not in this total"), pdf);
  }

  /**
   * April with N&N's return alone: QEH's arrived and was refused, JPUH did not take part. The
   * history gave April's 4,200 and its rates with no word that they are one site's of two, and the
   * running total by site called both others "not applicable — no figures for this action".
   */
  @Test
  void a_history_row_from_some_of_the_returns_is_partial_and_each_site_without_figures_says_why()
      throws IOException {
    AlteredSamples.copyInto(data);
    Files.writeString(data.resolve("returns/RM1/nnuh-junior-doctors-april-2023.csv"), APRIL_NNUH);
    AlteredSamples.refuse(data, "returns/RCX/qeh-junior-doctors-april-2023.csv");
    Path register = data.resolve("reference/participation.csv");
    Files.writeString(
        register,
        Files.readString(register)
            .replace(
                "bma-jd-2023-04,RGP,took part,announced",
                "bma-jd-2023-04,RGP,did not take part,not balloted"));
    String partial = "partial: QEH's return could not be read (see Data quality)";

    CliRun pack =
        CliRun.of(
            "board-pack",
            "--data",
            data.toString(),
            "--as-of",
            "2023-04-20",
            "--out",
            out.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    String pdf = AlteredSamples.pdfText(out.resolve("board-pack.pdf"));
    assertTrue(pdf.contains("96 1 [1] 4,200 10,432 1,050"), pdf);
    assertTrue(pdf.contains("[1] " + partial + "."), pdf);
    assertTrue(
        pdf.contains(
            "n/a: no figure — sent a return that could not be read: no columns Specialty,"
                + " Treatment function code, Outpatients and Inpatients in row 1, which has the"
                + " columns Foo, Bar (returns/RCX/qeh-junior-doctors-april-2023.csv)."),
        pdf);
    assertTrue(pdf.contains("n/a: not applicable — did not take part."), pdf);
    assertFalse(pdf.contains("no figures for this action"), pdf);

    Path book = out.resolve("board-pack.xlsx");
    assertEquals("Figures cover", AlteredSamples.cell(book, "History", "Action id", 15));
    assertEquals(partial, AlteredSamples.cell(book, "History", "bma-jd-2023-04", 15));
    assertEquals(
        "every site that took part", AlteredSamples.cell(book, "History", "bma-jd-2023-03", 15));
  }

  /**
   * JPUH's March workbook arrives cut short: March's 4,383 is N&N's and QEH's. Beside England its
   * 2.5% share read "returns received" in every output, as if all three had counted.
   */
  @Test
  void a_share_of_england_from_some_of_the_returns_is_partial_in_every_output() throws IOException {
    AlteredSamples.copyInto(data);
    AlteredSamples.truncate(data, "returns/RGP/jpuh-junior-doctors-march-2023.xlsx", 3000);
    String partial = "partial: JPUH's return could not be read (see Data quality)";

    CliRun summary = CliRun.of("summary", "--data", data.toString(), "--as-of", AS_OF, "--wide");
    assertEquals(0, summary.exitCode(), summary.err());
    assertTrue(
        summary.squeezed().contains("13 to 15 March 2023 4,383 175,122 published 2.5% " + partial),
        summary.out());

    CliRun pack =
        CliRun.of(
            "board-pack", "--data", data.toString(), "--as-of", AS_OF, "--out", out.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    String pdf = AlteredSamples.pdfText(out.resolve("board-pack.pdf"));
    assertTrue(pdf.contains("4,383 175,122 2.5% [1] 5,889"), pdf);
    assertTrue(pdf.contains("[1] " + partial + "."), pdf);
    assertTrue(pdf.contains("2.5% (4,383 of 175,122, " + partial + ")"), pdf);
    Path book = out.resolve("board-pack.xlsx");
    assertEquals("Here: the figures cover", AlteredSamples.cell(book, "England", "Action id", 16));
    assertEquals(partial, AlteredSamples.cell(book, "England", "bma-jd-2023-03", 16));
    assertEquals("returns received", AlteredSamples.cell(book, "England", "rcn-2023-01", 16));
  }

  /**
   * A draft quoting March's 4,383 with JPUH's return refused: check-text said it "matches: all
   * sites' total" with no word that the total lacks JPUH.
   */
  @Test
  void check_text_says_an_all_sites_total_from_some_of_the_returns_is_partial() throws IOException {
    AlteredSamples.copyInto(data);
    AlteredSamples.truncate(data, "returns/RGP/jpuh-junior-doctors-march-2023.xlsx", 3000);
    Path draft = out.resolve("draft.txt");
    Files.writeString(
        draft,
        "In all, 4,383 appointments were rescheduled in the junior doctors' strike of March 2023.\n");
    CliRun check =
        CliRun.of("check-text", draft.toString(), "--data", data.toString(), "--as-of", AS_OF);
    assertEquals(0, check.exitCode(), check.err());
    assertTrue(
        check
            .out()
            .contains(
                "4,383 — matches: all sites' total for the junior doctors' strike of 13 to 15 March"
                    + " 2023 (partial: JPUH's return could not be read (see Data quality)) (the sum"
                    + " of the returns:"),
        check.out());
  }

  /**
   * N&N's March return by day has no rows for 15 March. Its rate divided by the 2 days with
   * figures, as it should, but the comparison's 3.1 times had no word that it rests on 2 of 3 days.
   */
  @Test
  void a_ratio_from_a_return_that_lacks_a_day_is_partial_and_says_which_day() throws IOException {
    AlteredSamples.copyInto(data);
    Files.delete(data.resolve("returns/RM1/nnuh-junior-doctors-march-2023.xlsx"));
    Files.writeString(
        data.resolve("returns/RM1/nnuh-junior-doctors-march-2023.csv"),
        """
        Date,Activity,Rescheduled,Planned,Staff taking part,Staff source
        13/03/2023,OP,1010,9120,410,illustrative
        13/03/2023,IP,160,1040,410,illustrative
        14/03/2023,OP,985,9050,402,illustrative
        14/03/2023,IP,158,1010,402,illustrative
        """);
    String partial =
        "partial: N&N's figures for the junior doctors' strike lack 15 March 2023, a day its return"
            + " by day has no row for; its rates are worked over the 2 days with figures (13 and 14"
            + " March 2023, 48 hours), not all 3 (see Data quality)";

    CliRun compare = CliRun.of("compare", "--data", data.toString(), "--as-of", AS_OF, "--wide");
    assertEquals(0, compare.exitCode(), compare.err());
    assertTrue(
        compare
            .squeezed()
            .contains("N&N 2,313 1,156.5 48.2 1,506 376.5 31.4 3.1 times 1.5 times " + partial),
        compare.out());

    CliRun pack =
        CliRun.of(
            "board-pack", "--data", data.toString(), "--as-of", AS_OF, "--out", out.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    String pdf = AlteredSamples.pdfText(out.resolve("board-pack.pdf"));
    assertTrue(pdf.contains("N&N [1] 2,313 1,157 48.2 1,506 377 31.4 3.1 times"), pdf);
    assertTrue(pdf.contains("[1] " + partial + "."), pdf);
    assertTrue(
        AlteredSamples.cell(out.resolve("board-pack.xlsx"), "Comparison", "N&N", 20)
            .startsWith("Took part in both and sent returns for both, " + partial + "."));
  }

  /**
   * N&N's April return arrives and is refused; QEH and JPUH sent none. The estimate for April said
   * "ended; no returns received" in forecast, "No returns were received for" in the executive
   * summary and "No figures received" in the press briefing.
   */
  @Test
  void an_estimate_for_an_action_whose_returns_were_refused_never_says_none_were_received()
      throws IOException {
    AlteredSamples.copyInto(data);
    AlteredSamples.refuse(data, "returns/RM1/nnuh-junior-doctors-april-2023.csv");
    String[] april = {"--data", data.toString(), "--as-of", "2023-04-20", "--action"};

    CliRun forecast = CliRun.of(concat("forecast", april, "bma-jd-2023-04", "--wide"));
    assertEquals(0, forecast.exitCode(), forecast.err());
    assertTrue(
        forecast
            .out()
            .startsWith(
                "Estimate for the junior doctors' strike of 11 to 14 April 2023 (96 hours; ended;"
                    + " returns received, but none could be read (see Data quality))"),
        forecast.out());

    CliRun pack = CliRun.of(concat("board-pack", april, "bma-jd-2023-04", "--out", out.toString()));
    assertEquals(0, pack.exitCode(), pack.err());
    String pdf = AlteredSamples.pdfText(out.resolve("board-pack.pdf"));
    assertTrue(
        pdf.contains(
            "No return could be read for the junior doctors' strike of 11 to 14 April 2023 (96"
                + " hours, which has ended); it may have seen about 6,300"),
        pdf);
    assertTrue(
        pdf.contains("An action that ended without returns that could be read: an estimate"), pdf);
    assertFalse(pdf.contains("No returns were received"), pdf);
    assertFalse(pdf.contains("with no returns received"), pdf);

    CliRun press = CliRun.of(concat("press-briefing", april, "bma-jd-2023-04", "--format", "text"));
    assertEquals(0, press.exitCode(), press.err());
    assertTrue(
        press
            .out()
            .contains(
                "No figures could be read: the junior doctors' strike of 11 to 14 April 2023, which"
                    + " has ended, may have seen about 6,300"),
        press.out());
    assertFalse(press.out().contains("No figures received"), press.out());
  }

  /**
   * April asked for, with N&N's return refused and none from QEH and JPUH: no site has figures. The
   * cover's headline, the executive summary, the chart descriptions, the press headline and lead
   * and the command's last line all gave a total of 0 ("0 appointments and procedures were
   * rescheduled at 0 of the 3 hospitals").
   */
  @Test
  void an_action_no_site_has_figures_for_is_no_figures_never_0() throws IOException {
    AlteredSamples.copyInto(data);
    AlteredSamples.refuse(data, "returns/RM1/nnuh-junior-doctors-april-2023.csv");
    String[] april = {"--data", data.toString(), "--as-of", "2023-04-20", "--action"};
    String why =
        "returns received from N&N, but none could be read; no return from QEH and JPUH (see Data"
            + " quality)";

    CliRun pack = CliRun.of(concat("board-pack", april, "bma-jd-2023-04", "--out", out.toString()));
    assertEquals(0, pack.exitCode(), pack.err());
    assertTrue(
        pack.out()
            .contains(
                "No figures for the junior doctors' strike of 11 to 14 April 2023 (" + why + ")"),
        pack.out());
    assertFalse(pack.out().contains("0 rescheduled in all"), pack.out());
    String pdf = AlteredSamples.pdfText(out.resolve("board-pack.pdf"));
    assertTrue(
        pdf.contains(
            "No figures for the appointments and procedures rescheduled because of the junior"
                + " doctors' strike of 11 to 14 April 2023: "
                + why),
        pdf);
    assertTrue(
        pdf.contains(
            "There are no figures for the junior doctors' strike of 11 to 14 April 2023 ("
                + why
                + ")."),
        pdf);
    assertTrue(pdf.contains("All sites together have no figures."), pdf);
    assertTrue(pdf.contains("No shares, as no site has figures."), pdf);
    assertFalse(pdf.contains("rescheduled 0"), pdf);
    assertFalse(pdf.contains("Shares of the 0"), pdf);

    CliRun press = CliRun.of(concat("press-briefing", april, "bma-jd-2023-04", "--format", "text"));
    assertEquals(0, press.exitCode(), press.err());
    assertTrue(
        press
            .out()
            .contains(
                "No figures yet for the appointments and procedures rescheduled because of the"
                    + " junior doctors' strike of 11 to 14 April 2023."),
        press.out());
    assertFalse(press.out().contains("at 0 of the 3"), press.out());
    assertFalse(press.out().contains("By hospital: ."), press.out());
  }

  /**
   * QEH and JPUH did not take part in the nursing strikes, so the estimate for the next one has no
   * rate of theirs: it said they "have no figures for" the nursing strikes, as if returns were
   * missing.
   */
  @Test
  void an_estimate_leaving_out_sites_that_did_not_take_part_says_so() throws IOException {
    AlteredSamples.copyInto(data);
    Files.writeString(data.resolve("returns/RM1/nnuh-junior-doctors-april-2023.csv"), APRIL_NNUH);
    String leftOut =
        "It leaves out QEH and JPUH, which did not take part in the nursing strikes of 18 and 19"
            + " January and 6 and 7 February 2023, so the estimate is partial.";

    CliRun forecast =
        CliRun.of("forecast", "--data", data.toString(), "--as-of", "2023-04-20", "--wide");
    assertEquals(0, forecast.exitCode(), forecast.err());
    assertTrue(forecast.out().contains(leftOut), forecast.out());
    assertFalse(forecast.out().contains("which have no figures for"), forecast.out());

    // QEH did not take part in March: the April estimate leaves it out for that reason.
    Path register = data.resolve("reference/participation.csv");
    Files.writeString(
        register,
        Files.readString(register)
            .replace("bma-jd-2023-03,RCX,took part,", "bma-jd-2023-03,RCX,did not take part,"));
    Files.delete(data.resolve("returns/RCX/qeh-junior-doctors-march-2023.csv"));
    Files.delete(data.resolve("returns/RM1/nnuh-junior-doctors-april-2023.csv"));
    CliRun press =
        CliRun.of(
            "press-briefing", "--data", data.toString(), "--as-of", AS_OF, "--format", "text");
    assertEquals(0, press.exitCode(), press.err());
    assertTrue(
        press
            .out()
            .contains(
                "It leaves out Queen Elizabeth Hospital, King's Lynn, which did not take part in a"
                    + " comparable past strike."),
        press.out());
    assertFalse(press.out().contains("which has no figures for"), press.out());
  }

  /**
   * The register has no row for JPUH in March and JPUH sent no return: its participation is not
   * known, and every output says so in those words.
   */
  @Test
  void a_site_whose_participation_is_not_recorded_is_participation_not_known() throws IOException {
    AlteredSamples.copyInto(data);
    Path register = data.resolve("reference/participation.csv");
    Files.writeString(
        register, Files.readString(register).replace("bma-jd-2023-03,RGP,took part,\n", ""));
    Files.delete(data.resolve("returns/RGP/jpuh-junior-doctors-march-2023.xlsx"));

    CliRun summary = CliRun.of("summary", "--data", data.toString(), "--as-of", AS_OF, "--wide");
    assertEquals(0, summary.exitCode(), summary.err());
    String text = summary.squeezed();
    assertTrue(
        text.contains(
            "JPUH n/a n/a n/a n/a n/a n/a n/a participation not known; no return received"),
        summary.out());
    assertTrue(
        text.contains(
            "All sites 3,858 525 n/a 4,383 100% 1,461.0 60.9 partial: JPUH sent no return"
                + " (participation not known)"),
        summary.out());
    assertTrue(
        text.contains(
            "Left out of the like-for-like comparison: JPUH (no return for the junior doctors'"
                + " strike, and participation not known)."),
        summary.out());
    assertFalse(text.contains("not known whether"), summary.out());

    CliRun pack =
        CliRun.of(
            "board-pack", "--data", data.toString(), "--as-of", AS_OF, "--out", out.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    String pdf = AlteredSamples.pdfText(out.resolve("board-pack.pdf"));
    assertTrue(pdf.contains("n/a: no return — participation not known; no return received."), pdf);
    assertFalse(pdf.contains("not known whether"), pdf);
    assertEquals(
        "participation not known; no return received",
        AlteredSamples.cell(out.resolve("board-pack.xlsx"), "Summary", "JPUH", 2));
  }

  private static String[] concat(String command, String[] options, String... more) {
    String[] all = new String[1 + options.length + more.length];
    all[0] = command;
    System.arraycopy(options, 0, all, 1, options.length);
    System.arraycopy(more, 0, all, 1 + options.length, more.length);
    return all;
  }

  private static final String APRIL_NNUH =
      """
      Date,Activity,Rescheduled,Planned,Staff taking part,Staff source
      11/04/2023,OP,900,9000,400,illustrative
      11/04/2023,IP,150,1000,400,illustrative
      12/04/2023,OP,910,9000,390,illustrative
      12/04/2023,IP,140,1000,390,illustrative
      13/04/2023,OP,920,9000,380,illustrative
      13/04/2023,IP,130,1000,380,illustrative
      14/04/2023,OP,930,9000,370,illustrative
      14/04/2023,IP,120,1000,370,illustrative
      """;
}
