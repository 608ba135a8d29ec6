package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.profile.ProfileSuggester;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red team 3, ll-patient-name-in-type: a patient's name ("Smith J") and hospital number
 * ("K1234567") typed into a PAS extract's type column. Text of a line-level extract that is not a
 * value the profile recognises (a type word it maps, a site, an action id, a filter value it
 * names), a number or a date is described by its length, never quoted, in problems, rejected rows,
 * the rows a filter left out and a suggested profile; the rows are still kept aside and counted.
 */
class LineLevelFreeTextTest {
  private static final String PROFILE =
      """
      site = RGP
      files = returns/RGP/*
      layout = line-level
      column.date = Appt Date
      column.type = Clinic type
      action = by-date
      type.outpatient = New, F/U
      type.inpatient = Elective, DC
      date.format = dd/MM/yyyy
      filter.column = Outcome
      filter.values = 4
      """;

  private static final List<String> TYPED =
      List.of("Smith J", "K1234567", "Jones", "Brown", "9434765919", "943 476 5919");

  private static String extract() {
    StringBuilder csv = new StringBuilder("Appt Date,Clinic type,Outcome\n");
    csv.append("13/03/2023,New,4\n".repeat(30));
    csv.append("13/03/2023,Smith J - F/U ring pt,4\n"); // row 32
    csv.append("13/03/2023,K1234567 DC,4\n"); // row 33
    csv.append("13/03/2023,NHS 943 476 5919,4\n"); // row 34
    csv.append("Mrs Jones rang,DC,4\n"); // row 35: free text in the date column
    csv.append("14/03/2023,DC,4\n".repeat(10));
    csv.append("14/03/2023,DC,2\n".repeat(3));
    csv.append("14/03/2023,DC,DNA\n".repeat(12)); // a text code that recurs: named
    csv.append("14/03/2023,DC,Brown to ring back\n"); // text typed once: counted, not named
    return csv.toString();
  }

  private static Dataset read() throws IOException {
    return DataFolderReader.read(
        folder()
            .put("profiles/test.properties", PROFILE)
            .put("returns/RGP/extract.csv", extract()));
  }

  @Test
  void free_text_in_mapped_cells_is_described_with_its_cell_and_never_quoted() throws IOException {
    Dataset data = read();
    List<String> messages =
        data.problems().stream()
            .filter(p -> p.where().file().equals("returns/RGP/extract.csv"))
            .map(DataProblem::message)
            .toList();
    assertEquals(4, messages.size(), String.join("\n", messages));
    assertEquals(
        "returns/RGP/extract.csv, cell B32: found \"text that is not a type word (21 characters,"
            + " withheld: a line-level extract may hold patient details)\"; expected one of the"
            + " activity words profiles/test.properties accepts: outpatient: \"New\", \"F/U\","
            + " \"outpatient\"; inpatient: \"Elective\", \"DC\", \"inpatient\"; total-only:"
            + " \"total only\". Fix: add the word to type.outpatient,"
            + " type.inpatient or type.total-only in profiles/test.properties",
        messages.get(0));
    assertTrue(messages.get(1).startsWith("returns/RGP/extract.csv, cell B33: found \"text that"));
    assertTrue(messages.get(2).startsWith("returns/RGP/extract.csv, cell B34: found \"text that"));
    assertTrue(
        messages
            .get(3)
            .startsWith(
                "returns/RGP/extract.csv, cell A35: found \"text that is not a date (14"
                    + " characters"),
        messages.get(3));
    assertNoneTyped(String.join("\n", messages));
  }

  @Test
  void the_rows_are_kept_aside_and_counted_with_their_free_text_withheld() throws IOException {
    Dataset data = read();
    SourceFile source =
        data.sources().stream()
            .filter(s -> s.name().equals("returns/RGP/extract.csv"))
            .findFirst()
            .orElseThrow();
    assertEquals(4, source.rowsRejected());
    assertEquals(40, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    List<RejectedRow> rows = data.rejectedRows();
    assertEquals(4, rows.size());
    assertEquals(
        List.of("13/03/2023", "[text withheld, 21 characters]", "4"), rows.get(0).values());
    assertEquals(List.of("[text withheld, 14 characters]", "DC", "4"), rows.get(3).values());
    assertNoneTyped(rows.toString());
  }

  @Test
  void the_rows_a_filter_left_out_name_codes_that_recur_and_only_count_rare_text()
      throws IOException {
    SourceFile source =
        read().sources().stream()
            .filter(s -> s.name().equals("returns/RGP/extract.csv"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "60 rows read, 40 counted, 16 not counted (Outcome 2: 3, DNA: 12, 1 value of text on"
            + " fewer than 10 rows each (withheld: a line-level extract may hold patient"
            + " details): 1), 4 rejected",
        source.rowsSummary());
  }

  @Test
  void a_suggested_profile_names_the_cells_not_their_text() throws Exception {
    String suggestion =
        ProfileSuggester.suggest("extract.csv", extract().getBytes(StandardCharsets.UTF_8))
            .properties();
    assertTrue(suggestion.contains("layout = line-level"), suggestion);
    // B34 holds an NHS number: never a type word to suggest, so not listed (validate rejects it)
    assertTrue(suggestion.contains("cells B32, B33)"), suggestion);
    assertNoneTyped(suggestion);
  }

  private static void assertNoneTyped(String text) {
    for (String typed : TYPED) {
      assertFalse(text.contains(typed), typed + " in:\n" + text);
    }
    assertFalse(text.replaceAll("[ \\-]", "").contains("9434765919"), text);
  }
}
