package io.strikeimpact.ingest.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which text of a line-level extract's cell may be shown, and how the rest is described. */
class FreeTextTest {
  @Test
  void numbers_and_dates_as_written_are_shown() {
    for (String shown :
        List.of(
            "",
            "3",
            "-2",
            "1,010.5",
            "45001.4236111111099987",
            "13/03/2023",
            "2023-03-13",
            "20230313",
            "13/03/2023 09:30",
            "Mon 13 Mar 2023",
            "13 March 2023",
            "13-Mar-23")) {
      assertTrue(FreeText.isShowable(shown), shown);
    }
  }

  @Test
  void names_hospital_numbers_identifiers_and_other_words_are_not() {
    for (String withheld :
        List.of(
            "Smith J - F/U ring pt",
            "Smith J",
            "K1234567 DC",
            "1234567",
            "NHS 943 476 5919",
            "943 476 5919",
            "943-476-5919",
            "07700 900000",
            "NR4 7UY",
            "Outpt",
            "TBC",
            "w/c 13/03/2023")) {
      assertFalse(FreeText.isShowable(withheld), withheld);
    }
  }

  @Test
  void withheld_text_is_described_by_its_length_only() {
    assertEquals(
        "text that is not a type word (7 characters, withheld: a line-level extract may hold"
            + " patient details)",
        FreeText.withheld("Smith J", "a type word"));
    assertEquals("[text withheld, 1 character]", FreeText.withheldCell("x"));
    assertEquals("5", FreeText.shown("5", "a type word"));
  }

  @Test
  void ods_codes_are_told_from_hospital_numbers() {
    assertTrue(FreeText.isOdsCode("RGN"));
    assertTrue(FreeText.isOdsCode("R0A01"));
    assertFalse(FreeText.isOdsCode("K1234567"));
    assertFalse(FreeText.isOdsCode("Smith"));
  }
}
