package io.strikeimpact.ingest.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.analysis.UnreadableReturn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red-team case dst-actions (4 December 2026), its first run: N&amp;N's csv for two actions across
 * clock changes had no Planned column, which the sample profile requires (column.planned), and the
 * site's status said only "could not be read: columns Date, Activity, Rescheduled", the columns it
 * did have. The error and the status now begin with what is missing, and the fix names the profile
 * key to change.
 */
class MissingColumnTest {
  private static final String FILE = "returns/RM1/nnuh-dst.csv";

  /**
   * The red team's csv as it was before they added a Planned column: Date, Activity, Rescheduled.
   */
  private static Dataset withoutPlanned() throws IOException {
    InMemorySourceFolder folder = RedTeamCase.folder("dst-actions");
    String csv =
        Files.readString(
            RedTeamCase.CASES.resolve("dst-actions/data/" + FILE), StandardCharsets.UTF_8);
    folder.put(FILE, csv.replace(",Planned\n", "\n").replaceAll(",\n", "\n"));
    return DataFolderReader.read(folder);
  }

  @Test
  void a_missing_column_is_named_first_with_the_profile_key_that_wants_it() throws IOException {
    Dataset data = withoutPlanned();
    List<DataProblem> errors =
        data.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR && p.where().file().equals(FILE))
            .toList();
    assertEquals(
        List.of(
            FILE
                + ", row 1: found \"no column Planned/Planned activity in row 1, which has the"
                + " columns Date, Activity, Rescheduled\"; expected a header row with the columns"
                + " \"Date\", \"Activity\", \"Rescheduled\" or \"Number rescheduled\", \"Planned\""
                + " or \"Planned activity\"; missing \"Planned\" or \"Planned activity\". Fix:"
                + " rename the column in the return, or add its header to column.planned in"
                + " profiles/nnuh.properties (synonyms separated by |), or, if the return gives no"
                + " such figures, remove column.planned from the profile"),
        errors.stream().map(DataProblem::message).toList());
    assertEquals(
        List.of(
            "sent a return that could not be read: no column Planned/Planned activity in row 1,"
                + " which has the columns Date, Activity, Rescheduled ("
                + FILE
                + ")"),
        UnreadableReturn.in(data).stream()
            .filter(u -> u.file().equals(FILE))
            .map(UnreadableReturn::describe)
            .toList());
  }
}
