package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.returns.PatientIdentifiers.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * NHS numbers by their Modulus 11 check digit, and identifier columns by header. Numbers are
 * invented.
 */
class PatientIdentifiersTest {
  @Test
  void an_nhs_number_passes_the_modulus_11_check() {
    assertTrue(PatientIdentifiers.isNhsNumber("9434765919"));
    assertTrue(PatientIdentifiers.isNhsNumber("943 476 5919"));
    assertTrue(PatientIdentifiers.isNhsNumber("943-476-5919"));
    assertTrue(PatientIdentifiers.isNhsNumber("4010232137"));
    assertTrue(
        PatientIdentifiers.isNhsNumber("4010232137.0"), "as a spreadsheet number may be written");
    assertTrue(PatientIdentifiers.isNhsNumber("4.010232137E9"));
  }

  @Test
  void a_wrong_check_digit_or_shape_is_not_an_nhs_number() {
    assertFalse(PatientIdentifiers.isNhsNumber("9434765918"), "check digit should be 9");
    assertFalse(
        PatientIdentifiers.isNhsNumber("4505050059"), "remainder 1 gives check 10: never valid");
    assertFalse(PatientIdentifiers.isNhsNumber("943476591"));
    assertFalse(PatientIdentifiers.isNhsNumber("94347659190"));
    assertFalse(PatientIdentifiers.isNhsNumber("94 3476 5919"));
    assertFalse(PatientIdentifiers.isNhsNumber("2023-03-13"));
    assertFalse(PatientIdentifiers.isNhsNumber("APT0000001"));
  }

  @Test
  void identifier_columns_are_known_by_header() {
    assertEquals(Optional.of(Kind.NHS_NUMBER), PatientIdentifiers.byHeader("NHS No."));
    assertEquals(Optional.of(Kind.NHS_NUMBER), PatientIdentifiers.byHeader("nhs_number"));
    assertEquals(Optional.of(Kind.HOSPITAL_NUMBER), PatientIdentifiers.byHeader("Hospital Number"));
    assertEquals(Optional.of(Kind.HOSPITAL_NUMBER), PatientIdentifiers.byHeader("MRN"));
    assertEquals(Optional.of(Kind.NAME), PatientIdentifiers.byHeader("Patient Surname"));
    assertEquals(Optional.of(Kind.DATE_OF_BIRTH), PatientIdentifiers.byHeader("D.O.B."));
    assertEquals(Optional.of(Kind.POSTCODE), PatientIdentifiers.byHeader("Post Code"));
    assertEquals(Optional.empty(), PatientIdentifiers.byHeader("Appointment date"));
    assertEquals(Optional.empty(), PatientIdentifiers.byHeader("Treatment function code"));
    assertEquals(Optional.empty(), PatientIdentifiers.byHeader("Specialty name"));
  }

  @Test
  void nhs_numbers_and_postcodes_are_known_by_content_and_redacted() {
    assertEquals(Optional.of(Kind.NHS_NUMBER), PatientIdentifiers.byContent("943 476 5919"));
    assertEquals(Optional.of(Kind.POSTCODE), PatientIdentifiers.byContent("NR4 7UY"));
    assertEquals(Optional.empty(), PatientIdentifiers.byContent("110"));
    assertEquals("[patient identifier removed]", PatientIdentifiers.redact("9434765919"));
    assertEquals("13/03/2023", PatientIdentifiers.redact("13/03/2023"));
  }
}
