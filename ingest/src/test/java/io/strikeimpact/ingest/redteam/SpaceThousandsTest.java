package io.strikeimpact.ingest.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red-team case nnuh-nbsp-numbers (4 December 2026): N&amp;N's count "1 010", its thousands
 * separated by a non-breaking space as the SI and ONS style writes them, was refused with a message
 * that did not say why ("write the count as a number, e.g. 1,234"): the space looks like any other.
 * A non-breaking, narrow non-breaking or thin space before groups of three digits is now read as
 * separating thousands, as it has no other meaning there; any other space between digits is refused
 * naming the kind of space.
 */
class SpaceThousandsTest {
  @Test
  void the_red_teams_non_breaking_space_thousands_are_read() throws IOException {
    Dataset data =
        RedTeamCase.read("nnuh-nbsp-numbers", "returns/RM1/nnuh-junior-doctors-march-2023.xlsx");
    String file = "returns/RM1/nnuh-junior-doctors-march-2023.csv";
    assertEquals(
        3451L,
        data.counts().stream()
            .filter(c -> c.provenance().file().equals(file))
            .filter(c -> c.actionId().equals("bma-jd-2023-03"))
            .mapToLong(DisruptionCount::count)
            .sum());
    assertEquals(
        List.of(),
        data.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .map(DataProblem::message)
            .toList());
  }

  private static Dataset qeh(String outpatients) throws IOException {
    return DataFolderReader.read(
        SampleReference.folder()
            .put(
                "profiles/qeh.properties",
                """
                site = RCX
                files = returns/RCX/*.csv
                column.specialty = Specialty
                columns.by-type = Outpatients=outpatient, Inpatients=inpatient
                action = bma-jd-2023-03
                """)
            .put(
                "returns/RCX/qeh.csv",
                "Specialty,Outpatients,Inpatients\nTrauma and Orthopaedics,\""
                    + outpatients
                    + "\",14\n"));
  }

  private static List<Long> counts(Dataset data) {
    return data.counts().stream().map(DisruptionCount::count).toList();
  }

  @Test
  void thousands_separated_by_each_kind_of_non_breaking_or_thin_space_are_read()
      throws IOException {
    assertEquals(List.of(1168L, 14L), counts(qeh("1\u00a0168")));
    assertEquals(List.of(1168L, 14L), counts(qeh("1\u202f168")));
    assertEquals(List.of(1168L, 14L), counts(qeh("1\u2009168")));
    assertEquals(List.of(12345678L, 14L), counts(qeh("12\u00a0345\u00a0678")));
  }

  private static List<String> errors(Dataset data) {
    return data.problems().stream()
        .filter(p -> p.severity() == Severity.ERROR)
        .map(p -> p.expected() + " | " + p.fix())
        .toList();
  }

  @Test
  void a_space_that_cannot_separate_thousands_is_refused_naming_its_kind() throws IOException {
    Dataset notThrees = qeh("1\u00a016");
    assertEquals(List.of(), counts(notThrees)); // the row is rejected whole
    assertEquals(
        List.of(
            "a whole number of 0 or more; this has a non-breaking space (U+00A0) between its"
                + " digits, which is read as separating thousands only before groups of three"
                + " digits (1\u00a0168), and for an ordinary space never, as it may stand between"
                + " two figures | write the figure without the space: 116 if the space separates"
                + " thousands, or correct the cell if it holds two figures, and send the return"
                + " again; until then it is not read"),
        errors(notThrees));
    Dataset ordinary = qeh("1 168");
    assertEquals(List.of(), counts(ordinary));
    assertEquals(
        List.of(
            "a whole number of 0 or more; this has a space between its digits, which is read as"
                + " separating thousands only before groups of three digits (1\u00a0168), and for"
                + " an ordinary space never, as it may stand between two figures | write the figure"
                + " without the space: 1168 if the space separates thousands, or correct the cell"
                + " if it holds two figures, and send the return again; until then it is not read"),
        errors(ordinary));
  }
}
