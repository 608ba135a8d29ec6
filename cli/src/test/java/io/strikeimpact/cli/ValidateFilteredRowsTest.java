package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate says what a line-level filter left out, so a smaller count is explained. */
class ValidateFilteredRowsTest {
  @TempDir Path temp;

  @Test
  void validate_prints_the_rows_a_filter_left_out_by_value() throws IOException {
    Path samples = Path.of("../samples/data");
    for (String name :
        List.of("reference/sites.csv", "reference/calendar.csv", "reference/participation.csv")) {
      Files.createDirectories(temp.resolve(name).getParent());
      Files.copy(samples.resolve(name), temp.resolve(name));
    }
    Files.createDirectories(temp.resolve("profiles"));
    Files.writeString(
        temp.resolve("profiles/extract.properties"),
        """
        site = RM1
        files = returns/RM1/*
        layout = line-level
        column.date = Appointment date
        type = outpatient
        action = by-date
        filter.column = Outcome
        filter.values = 4
        """);
    StringBuilder csv = new StringBuilder("Appointment date,Outcome\n");
    csv.append("13/03/2023,4\n".repeat(343));
    csv.append("13/03/2023,2\n".repeat(20));
    csv.append("13/03/2023,3\n".repeat(12));
    csv.append("13/03/2023,5\n".repeat(8));
    Files.createDirectories(temp.resolve("returns/RM1"));
    Files.writeString(temp.resolve("returns/RM1/extract.csv"), csv);

    CliRun r = CliRun.of("validate", "--data", temp.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .contains(
                "returns/RM1/extract.csv: 383 rows read, 343 counted, 40 not counted (Outcome 2: 20, 3: 12, 5: 8)\n"),
        r.out());
  }
}
