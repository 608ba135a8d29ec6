package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.profile.ProfileSuggester;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red team 3, ll-nhs-in-filename: a query saved for one patient and reused, its NHS number in the
 * file's name. The name is screened where ingest first reads it, as a sheet's name is: every
 * source, provenance and message names the file with the number replaced, a warning asks for the
 * file to be renamed, and its SHA-256 still says which file it is.
 */
class FileNameScreenTest {
  private static final String PROFILE =
      """
      site = RGP
      files = returns/RGP/*.csv
      layout = line-level
      column.date = Appt Date
      column.type = Clinic type
      action = by-date
      type.outpatient = New, F/U
      date.format = dd/MM/yyyy
      """;

  private static final String EXTRACT =
      "Appt Date,Clinic type\n" + "13/03/2023,New\n".repeat(5) + "13/03/2023,Clinic\n";

  @Test
  void every_source_provenance_and_message_carries_the_screened_name() throws IOException {
    for (String spelt : List.of("9434765919", "943 476 5919", "943-476-5919")) {
      Dataset data =
          DataFolderReader.read(
              folder()
                  .put("profiles/test.properties", PROFILE)
                  .put("returns/RGP/jpuh-pas-extract " + spelt + " query.csv", EXTRACT)
                  // Two names that differ only in the number would read as one.
                  .put("returns/RGP/jpuh-pas-extract 4010232137 query.csv", EXTRACT + "\n"));
      String shown = "returns/RGP/jpuh-pas-extract [NHS number not shown] query.csv";
      String second = "returns/RGP/jpuh-pas-extract [NHS number not shown] query (2).csv";
      List<String> names = data.sources().stream().map(SourceFile::name).toList();
      assertTrue(names.containsAll(List.of(shown, second)), names.toString());

      List<Provenance> where = new ArrayList<>();
      data.counts().forEach(c -> where.add(c.provenance()));
      data.problems().forEach(p -> where.add(p.where()));
      data.rejectedRows().forEach(r -> where.add(r.row()));
      assertEquals(10, data.counts().stream().mapToLong(DisruptionCount::count).sum());
      for (Provenance p : where) {
        if (p.file().startsWith("returns/RGP/")) {
          assertTrue(p.file().equals(shown) || p.file().equals(second), p.toString());
        }
      }
      List<DataProblem> rename =
          data.problems().stream()
              .filter(p -> p.found().startsWith("a file name holding"))
              .toList();
      assertEquals(2, rename.size(), data.problems().toString());
      assertEquals(Severity.WARNING, rename.getFirst().severity());
      assertEquals(
          java.util.Set.of(shown, second),
          java.util.Set.copyOf(rename.stream().map(p -> p.where().file()).toList()));
      assertEquals(64, rename.getFirst().where().sha256().length());
      assertTrue(rename.getFirst().fix().startsWith("rename the file"), rename.toString());
      assertFalse(digits(data.toString()).contains("9434765919"), spelt);
      assertFalse(digits(data.toString()).contains("4010232137"), spelt);
    }
  }

  @Test
  void a_suggested_profile_does_not_write_the_number_in_the_file_name() throws Exception {
    String suggestion =
        ProfileSuggester.suggest(
                "jpuh-pas-extract 943 476 5919 query.csv", EXTRACT.getBytes(StandardCharsets.UTF_8))
            .properties();
    assertFalse(digits(suggestion).contains("9434765919"), suggestion);
    assertTrue(suggestion.contains("rename the file"), suggestion);
  }

  private static String digits(String text) {
    return text.replaceAll("[ \\-]", "");
  }
}
