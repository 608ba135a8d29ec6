package io.strikeimpact.ingest.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
  @Test
  void nhs_numbers_pass_the_modulus_11_check_in_any_spacing() {
    for (String s :
        new String[] {
          "9434765919",
          "943 476 5919",
          "943-476-5919",
          "9434 765 919",
          "94 34 76 59 19",
          "4010232137.0",
          "4.010232137E9",
          " 943 476 5919 "
        }) {
      assertTrue(Identifiers.isNhsNumber(s), s);
    }
    assertFalse(Identifiers.isNhsNumber("9434765918"), "check digit should be 9");
    assertFalse(Identifiers.isNhsNumber("4505050059"), "remainder 1 gives check 10: never valid");
    assertFalse(Identifiers.isNhsNumber("943476591"));
    assertFalse(Identifiers.isNhsNumber("94347659190"));
    assertFalse(Identifiers.isNhsNumber("943  476 5919"), "two spaces together");
    assertFalse(Identifiers.isNhsNumber("2023-03-13"));
    assertFalse(Identifiers.isNhsNumber("APT0000001"));
  }

  @Test
  void every_invented_test_number_is_recognised_and_one_wrong_digit_is_not() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      String n = InventedNhsNumbers.next(random);
      assertTrue(Identifiers.isNhsNumber(n), n);
      assertEquals(Optional.of(IdentifierKind.NHS_NUMBER), Identifiers.byContent(n));
      char last = n.charAt(9);
      String wrong = n.substring(0, 9) + (char) ('0' + (last - '0' + 1) % 10);
      assertFalse(Identifiers.isNhsNumber(wrong), wrong);
    }
  }

  @Test
  void headers_name_every_kind_the_screen_knows() {
    assertEquals(Optional.of(IdentifierKind.NHS_NUMBER), Identifiers.byHeader("NHS No."));
    assertEquals(Optional.of(IdentifierKind.NHS_NUMBER), Identifiers.byHeader("nhs_number"));
    assertEquals(Optional.of(IdentifierKind.HOSPITAL_NUMBER), Identifiers.byHeader("Hospital No"));
    assertEquals(Optional.of(IdentifierKind.HOSPITAL_NUMBER), Identifiers.byHeader("MRN"));
    assertEquals(Optional.of(IdentifierKind.HOSPITAL_NUMBER), Identifiers.byHeader("PAS number"));
    assertEquals(Optional.of(IdentifierKind.NAME), Identifiers.byHeader("Patient Surname"));
    assertEquals(Optional.of(IdentifierKind.NAME), Identifiers.byHeader("Forename"));
    assertEquals(Optional.of(IdentifierKind.NAME), Identifiers.byHeader("Patient name"));
    assertEquals(Optional.of(IdentifierKind.DATE_OF_BIRTH), Identifiers.byHeader("D.O.B."));
    assertEquals(Optional.of(IdentifierKind.POSTCODE), Identifiers.byHeader("Post Code"));
    assertEquals(Optional.of(IdentifierKind.ADDRESS), Identifiers.byHeader("Address line 1"));
    assertEquals(Optional.of(IdentifierKind.PHONE), Identifiers.byHeader("Mobile number"));
    assertEquals(Optional.of(IdentifierKind.EMAIL), Identifiers.byHeader("E-mail"));
    assertTrue(Identifiers.isBareName("Name"));
    assertEquals(Optional.empty(), Identifiers.byHeader("Name"), "only beside patient columns");
    for (String ordinary :
        new String[] {
          "Appointment date", "Treatment function code", "Specialty name", "Site", "Consultant"
        }) {
      assertEquals(Optional.empty(), Identifiers.byHeader(ordinary), ordinary);
    }
  }

  /** Red-team report of 3 December 2026, item 2: headers the screen did not know. */
  @Test
  void headers_the_red_team_found_unrecognised_name_their_kind() {
    assertEquals(Optional.of(IdentifierKind.PHONE), Identifiers.byHeader("Contact number"));
    assertEquals(Optional.of(IdentifierKind.NAME), Identifiers.byHeader("Pt Name"));
    assertEquals(Optional.of(IdentifierKind.NAME), Identifiers.byHeader("Surname, Forename"));
    assertEquals(
        Optional.of(IdentifierKind.DATE_OF_BIRTH),
        Identifiers.byHeader("Date of Birth (dd/mm/yyyy)"));
    String[][] more = {
      {"Phone", "PHONE"},
      {"Mobile", "PHONE"},
      {"Tel", "PHONE"},
      {"Telephone", "PHONE"},
      {"Tel no.", "PHONE"},
      {"Contact no", "PHONE"},
      {"Contact number (mobile)", "PHONE"},
      {"Home phone number", "PHONE"},
      {"Pt's mobile", "PHONE"},
      {"Forename", "NAME"},
      {"First name", "NAME"},
      {"Last name", "NAME"},
      {"Patient name", "NAME"},
      {"Forename Surname", "NAME"},
      {"Surname and forename", "NAME"},
      {"Patient full name", "NAME"},
      {"Pt surname", "NAME"},
      {"Address", "ADDRESS"},
      {"Address line 1", "ADDRESS"},
      {"DOB", "DATE_OF_BIRTH"},
      {"Pt DOB", "DATE_OF_BIRTH"},
      {"D.O.B. (dd/mm/yy)", "DATE_OF_BIRTH"},
      {"Date of birth [DD-MM-YYYY]", "DATE_OF_BIRTH"},
      {"NHS number (10 digits)", "NHS_NUMBER"},
    };
    for (String[] h : more) {
      assertEquals(Optional.of(IdentifierKind.valueOf(h[1])), Identifiers.byHeader(h[0]), h[0]);
    }
    for (String ordinary :
        new String[] {
          "Contact",
          "Outpatients (rescheduled)",
          "Count (all)",
          "Specialty name",
          "Date (dd/mm/yyyy)"
        }) {
      assertEquals(Optional.empty(), Identifiers.byHeader(ordinary), ordinary);
    }
  }

  @Test
  void uk_phone_numbers_show_by_content_and_counts_dates_and_codes_do_not() {
    for (String phone :
        new String[] {
          "07700 900000",
          "07700900000",
          "01603 286286",
          "(01553) 613613",
          "01493-452452",
          "+44 7700 900000",
          "+44 (0)7700 900000",
          "0044 1603 286286",
          "020 7946 0000"
        }) {
      assertEquals(Optional.of(IdentifierKind.PHONE), Identifiers.byContent(phone), phone);
    }
    for (String ordinary :
        new String[] {
          "1234567890",
          "2,000",
          "13/03/2023 06:29",
          "0800-1200",
          "00012345678",
          "07700",
          "0470 000 0000",
          "9434765919",
          "2023-03-13 07:00"
        }) {
      assertTrue(
          Identifiers.byContent(ordinary).map(k -> k != IdentifierKind.PHONE).orElse(true),
          ordinary);
    }
    assertEquals(
        "found \"[phone number not shown]\"; expected a whole number",
        Identifiers.scrub("found \"07700 900000\"; expected a whole number"));
    assertEquals(
        "rows 2 to 1,000,001 on 13/03/2023",
        Identifiers.scrub("rows 2 to 1,000,001 on 13/03/2023"));
  }

  @Test
  void content_shows_postcodes_and_emails_but_not_counts_codes_or_dates() {
    assertEquals(Optional.of(IdentifierKind.POSTCODE), Identifiers.byContent("NR4 7UY"));
    assertEquals(Optional.of(IdentifierKind.POSTCODE), Identifiers.byContent("nr47uy"));
    assertEquals(Optional.of(IdentifierKind.EMAIL), Identifiers.byContent("a.patient@example.com"));
    for (String ordinary : new String[] {"110", "RM1", "RGP", "13/03/2023", "OP", "1,506"}) {
      assertEquals(Optional.empty(), Identifiers.byContent(ordinary), ordinary);
    }
  }

  @Test
  void scrub_replaces_identifiers_inside_any_text_and_leaves_the_rest() {
    assertEquals(
        "found \"[NHS number not shown]\" in row 7",
        Identifiers.scrub("found \"943 476 5919\" in row 7"));
    assertEquals(
        "Colney Lane, Norwich [postcode not shown]",
        Identifiers.scrub("Colney Lane, Norwich NR4 7UY"));
    assertEquals("write to [email address not shown]", Identifiers.scrub("write to a@b.nhs.uk"));
    String hash = "SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    assertEquals(hash, Identifiers.scrub(hash));
    assertEquals("rows 2 to 1,000,001", Identifiers.scrub("rows 2 to 1,000,001"));
    assertEquals("9434765918 fails its check", Identifiers.scrub("9434765918 fails its check"));
  }
}
