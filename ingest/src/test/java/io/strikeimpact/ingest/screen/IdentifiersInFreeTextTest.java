package io.strikeimpact.ingest.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The red team's case: a summary return (a row per site, type and day, with counts) has a
 * "Comments" column whose cells hold what someone typed about a patient ("pt 943 476 5919 moved to
 * 20/03", "NHS no 9434765919 - see PAS", "MRN RGN1234567"). Whatever the column, the identifier is
 * replaced where it stands, before any profile reads the cell, and the rest of the text stays.
 */
class IdentifiersInFreeTextTest {
  private static final String NHS = "[NHS number not shown]";
  private static final String HOSPITAL = "[hospital number not shown]";

  @Test
  void the_red_teams_comments_keep_their_words_and_lose_their_identifiers() {
    assertEquals(
        "pt " + NHS + " moved to 20/03", Identifiers.scrubCell("pt 943 476 5919 moved to 20/03"));
    assertEquals(
        "NHS no " + NHS + " - see PAS", Identifiers.scrubCell("NHS no 9434765919 - see PAS"));
    assertEquals("MRN " + HOSPITAL, Identifiers.scrubCell("MRN RGN1234567"));
  }

  @Test
  void an_nhs_number_is_found_however_it_is_typed_into_text() {
    for (String typed :
        new String[] {
          "NHSno9434765919",
          "NHS no.9434765919",
          "x9434765919",
          "9434765919x",
          "943\u00a0476\u00a05919",
          "943\u202f476\u202f5919",
          "943  476  5919",
          "943 - 476 - 5919",
          "943.476.5919",
          "943\t476\t5919",
          "943\u2013476\u20135919",
          "(9434765919)",
          "pt/9434765919/",
          "9,434,765,919"
        }) {
      String scrubbed = Identifiers.scrubCell("seen " + typed + " today");
      assertEquals(-1, digits(scrubbed).indexOf("9434765919"), typed + " -> " + scrubbed);
      assertEquals(scrubbed, Identifiers.scrub(scrubbed), typed);
    }
    assertEquals(
        "pts " + NHS + " and " + NHS,
        Identifiers.scrubCell("pts 9434765919 4505577104".replace(" 4505", " and 4505")));
    assertEquals(NHS + " " + NHS, Identifiers.scrubCell("943 476 5919 450 557 7104"));
    assertEquals(NHS + " " + NHS, Identifiers.scrubCell("9434765919 4505577104"));
  }

  @Test
  void a_value_after_an_identifiers_label_goes_whether_or_not_its_check_digit_is_right() {
    assertEquals(
        "NHS number: " + NHS + " (typo?)", Identifiers.scrubCell("NHS number: 1234567890 (typo?)"));
    assertEquals(
        "Hosp no " + HOSPITAL + ", rebooked", Identifiers.scrubCell("Hosp no K1234567, rebooked"));
    assertEquals("case note no " + HOSPITAL, Identifiers.scrubCell("case note no 00123456"));
    assertEquals("DOB [date of birth not shown] pt", Identifiers.scrubCell("DOB 01/02/1960 pt"));
    assertEquals("D.O.B. [date of birth not shown].", Identifiers.scrubCell("D.O.B. 1/2/1960."));
  }

  @Test
  void counts_dates_codes_and_hashes_in_text_are_left_as_they_are() {
    for (String ordinary :
        new String[] {
          "rows 2 to 1,000,001 on 13/03/2023",
          "13/03/2023 14/03/2023 15/03/2023",
          "SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
          "9434765918 fails its check",
          "1.9434765919",
          "NHS 111 referrals",
          "General Surgery, 100, 132",
          "4,726 against 4,736",
          "nhs-2023-03-13.csv",
          "Colney Lane",
          "07:00 to 07:00"
        }) {
      assertEquals(ordinary, Identifiers.scrub(ordinary), ordinary);
    }
    assertEquals(
        "rebooked 13/03/2023, 20 pts", Identifiers.scrubCell("rebooked 13/03/2023, 20 pts"));
  }

  @Test
  void a_table_screen_replaces_the_identifier_in_any_cell_keeps_the_rest_and_says_where() {
    TableScreen screen = new TableScreen(LocalDate.of(2021, 12, 15));
    RawRow header =
        row(1, "Specialty", "Treatment function code", "Outpatients", "Inpatients", "Comments");
    RawRow data = row(2, "Urology", "101", "96", "6", "NHS no 9434765919 - see PAS");
    RawRow other = row(3, "ENT", "120", "104", "5", "MRN RGN1234567");
    for (RawRow r : List.of(header, data, other)) {
      screen.observe(r);
    }

    RawRow screened = screen.screen(data);
    RawRow screenedOther = screen.screen(other);

    assertEquals(
        List.of("Urology", "101", "96", "6", "NHS no " + NHS + " - see PAS"), screened.values());
    assertEquals(List.of("ENT", "120", "104", "5", "MRN " + HOSPITAL), screenedOther.values());
    // A table of counts with a comment is not a patient table: its rows are read as before.
    assertFalse(screen.isPatientTable(""));
    assertEquals(
        List.of(
            new TableScreen.InText("", 2, 4, List.of(IdentifierKind.NHS_NUMBER)),
            new TableScreen.InText("", 3, 4, List.of(IdentifierKind.HOSPITAL_NUMBER))),
        screen.identifiersInText());
  }

  @Test
  void many_generated_numbers_in_random_comments_never_survive_the_screen() {
    Random random = new Random(20261205L);
    String[] words = {"pt", "moved to", "20/03", "see PAS", "rebooked", "NHS no", "re:", "(", ")"};
    for (int i = 0; i < 5000; i++) {
      String nhs = InventedNhsNumbers.next(random);
      String text =
          words[random.nextInt(words.length)]
              + separatorBefore(random)
              + spelt(nhs, random)
              + separatorAfter(random)
              + words[random.nextInt(words.length)];
      String scrubbed = Identifiers.scrubCell(text);
      assertEquals(-1, digits(scrubbed).indexOf(nhs), text + " -> " + scrubbed);
    }
  }

  /** An NHS number as a person might type it in a comment. */
  static String spelt(String nhs, Random random) {
    String a = nhs.substring(0, 3);
    String b = nhs.substring(3, 6);
    String c = nhs.substring(6);
    String[] seps = {" ", "-", "\u00a0", "  ", " - ", ".", "\u2013", "\u202f"};
    String sep = seps[random.nextInt(seps.length)];
    return switch (random.nextInt(4)) {
      case 0 -> nhs;
      case 1 -> a + sep + b + sep + c;
      case 2 -> a + " " + b + " " + c;
      default ->
          nhs.substring(0, 1)
              + ","
              + nhs.substring(1, 4)
              + ","
              + nhs.substring(4, 7)
              + ","
              + nhs.substring(7);
    };
  }

  private static String separatorBefore(Random random) {
    String[] s = {" ", ": ", " #", "\u00a0", "/", "(", " no.", "="};
    return s[random.nextInt(s.length)];
  }

  private static String separatorAfter(Random random) {
    String[] s = {" ", ". ", ", ", ")", "/", "x ", " -"};
    return s[random.nextInt(s.length)];
  }

  /** The text with every separator a number may be typed with taken out. */
  static String digits(String text) {
    return text.replaceAll("[\\s\u00a0\u202f\u2009\u2013.,\\-]", "");
  }

  private static RawRow row(int number, String... texts) {
    List<RawCell> cells = new java.util.ArrayList<>();
    for (int c = 0; c < texts.length; c++) {
      cells.add(RawCell.text(c, texts[c]));
    }
    return new RawRow("", number, cells);
  }
}
