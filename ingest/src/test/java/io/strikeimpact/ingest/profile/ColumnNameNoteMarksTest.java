package io.strikeimpact.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A header marked for a note below the table ("Number rescheduled *", "Outpatients [note 1]", as
 * the Analysis Function's spreadsheet guidance writes notes) is the column it names: JPUH's return
 * with "Number rescheduled *" had no figure (red-team case jpuh-header-linebreaks).
 */
class ColumnNameNoteMarksTest {
  private final ColumnName rescheduled = ColumnName.parse("Rescheduled|Number rescheduled");

  @Test
  void trailing_note_marks_of_every_usual_kind_are_not_part_of_the_name() {
    for (String header :
        new String[] {
          "Number rescheduled *",
          "Number rescheduled*",
          "Number rescheduled **",
          "Rescheduled [note 1]",
          "Rescheduled [Note 12]",
          "Rescheduled [1]",
          "Rescheduled (note 2)",
          "Rescheduled\u00b9",
          "Rescheduled \u2020",
          "Rescheduled [note 1] *"
        }) {
      assertTrue(rescheduled.matches(header), header);
    }
  }

  @Test
  void other_words_or_figures_after_the_name_still_make_another_column() {
    for (String header :
        new String[] {
          "Rescheduled 2023",
          "Rescheduled (planned)",
          "Rescheduled [all sites]",
          "*",
          "Rescheduled x"
        }) {
      assertFalse(rescheduled.matches(header), header);
    }
    // A profile may name the mark itself, and a header of marks alone is its own text.
    assertTrue(ColumnName.parse("Number rescheduled *").matches("Number rescheduled *"));
    assertTrue(ColumnName.parse("*").matches("*"));
  }
}
