package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A weekly return (fixtures/weekly, written by openpyxl) labels its rows "w/c 13/03/23": read as
 * that one day, a week's figures made JPUH's rate 343 a day of action where its 3 days give 114.3.
 */
class WeekReturnTest {
  private static final Path RETURN =
      Path.of("src/test/resources/fixtures/weekly/jpuh-weekly-openpyxl.xlsx");

  private static final String PROFILE =
      String.join(
          "\n",
          "site = RGP",
          "files = returns/RGP/*.xlsx",
          "header.row = auto",
          "column.date = Week",
          "column.type = Appointment type",
          "column.count = Number rescheduled",
          "action = by-date",
          "type.outpatient = New, Follow-up",
          "type.inpatient = Elective, Day case",
          "date.format = DATE_FORMAT",
          "totals.label = Total",
          "");

  @Test
  void a_row_of_a_week_covers_the_actions_days_in_it_not_the_day_it_names() throws Exception {
    Dataset data = read("dd/MM/yyyy");
    assertEquals(343, total(data, "bma-jd-2023-03"), data.problems().toString());
    assertEquals(49, total(data, "bma-jd-2023-04"), data.problems().toString());
    assertTrue(
        data.counts().stream()
            .filter(c -> c.odsCode().equals("RGP"))
            .allMatch(c -> c.date().isEmpty()),
        "a week's count has no one day, so it covers its action's days: " + data.counts());
    List<String> notes = weekNotes(data);
    assertEquals(2, notes.size(), notes.toString());
    assertTrue(
        notes.getFirst().contains("read as the week of 13 to 19 March 2023")
            && notes
                .getFirst()
                .contains("the 3 days of bma-jd-2023-03 in it (13 to 15 March 2023)"),
        notes.getFirst());
    assertTrue(
        data.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR),
        data.problems().toString());
  }

  @Test
  void a_profile_reading_the_label_as_a_literal_still_gets_a_week() throws Exception {
    Dataset data = read("'w/c' dd/MM/yy|dd/MM/yyyy");
    assertEquals(343, total(data, "bma-jd-2023-03"), data.problems().toString());
    assertTrue(
        data.counts().stream()
            .filter(c -> c.actionId().equals("bma-jd-2023-03"))
            .allMatch(c -> c.date().isEmpty()),
        data.counts().toString());
  }

  private static List<String> weekNotes(Dataset data) {
    return data.problems().stream()
        .filter(p -> p.severity() == Severity.WARNING)
        .map(DataProblem::toString)
        .filter(s -> s.contains("read as the week of"))
        .toList();
  }

  private static Dataset read(String dateFormat) throws Exception {
    InMemorySourceFolder folder = SampleReference.folder();
    return DataFolderReader.read(
        folder
            .put("profiles/jpuh.properties", PROFILE.replace("DATE_FORMAT", dateFormat))
            .put("returns/RGP/jpuh-weekly.xlsx", Files.readAllBytes(RETURN)));
  }

  private static long total(Dataset data, String action) {
    return data.counts().stream()
        .filter(c -> c.odsCode().equals("RGP") && c.actionId().equals(action))
        .mapToLong(DisruptionCount::count)
        .sum();
  }
}
