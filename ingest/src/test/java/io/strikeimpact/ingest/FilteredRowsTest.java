package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.SourceFile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rows a line-level filter leaves out are reported by value, never silently dropped. */
class FilteredRowsTest {
  private static final String PROFILE =
      """
      site = RM1
      files = returns/RM1/*
      layout = line-level
      column.date = Appointment date
      column.type = Setting
      action = by-date
      type.outpatient = OP
      filter.column = Outcome
      filter.values = 4
      """;

  private static String extract(Map<String, Integer> rowsByOutcome) {
    StringBuilder csv = new StringBuilder("Appointment date,Setting,Outcome\n");
    rowsByOutcome.forEach(
        (outcome, n) -> {
          for (int i = 0; i < n; i++) {
            csv.append("13/03/2023,OP,").append(outcome).append('\n');
          }
        });
    return csv.toString();
  }

  private static SourceFile source(Dataset data) {
    return data.sources().stream()
        .filter(s -> s.name().equals("returns/RM1/extract.csv"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void the_rows_left_out_are_counted_by_outcome() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", PROFILE)
                .put(
                    "returns/RM1/extract.csv",
                    extract(
                        new java.util.LinkedHashMap<>(
                            Map.of("4", 343, "2", 20, "3", 12, "5", 8)))));
    assertEquals(List.of(), messages(data));
    assertEquals(343, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        "383 rows read, 343 counted, 40 not counted (Outcome 2: 20, 3: 12, 5: 8)",
        source(data).rowsSummary());
    assertEquals(40, source(data).notCounted().total());
  }

  @Test
  void a_left_out_value_that_looks_like_an_nhs_number_is_never_printed() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", PROFILE)
                .put(
                    "returns/RM1/extract.csv",
                    extract(
                        new java.util.LinkedHashMap<>(Map.of("4", 5, "943 476 5919", 1, "", 2)))));
    // the patient-identifier screen sees the NHS number first and keeps the row aside; the
    // filter's tally never holds it, and no byte of it is printed
    assertEquals(
        "8 rows read, 5 counted, 2 not counted (Outcome blank: 2), 1 rejected",
        source(data).rowsSummary());
    assertEquals(
        false,
        data.sources().toString().contains("5919") || data.problems().toString().contains("5919"));
  }
}
