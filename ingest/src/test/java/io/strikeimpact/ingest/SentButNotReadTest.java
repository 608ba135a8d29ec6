package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.analysis.SiteStatus;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A return a site sent is never "no return received", whatever kept it from being read: its profile
 * was refused for an error, or no profile names it. Either way it counts for nothing and the site's
 * status says why, naming the file.
 */
class SentButNotReadTest {
  private static final String RETURN = "Date,Activity,Rescheduled\n13/03/2023,OP,262\n";

  /** A profile for JPUH's returns that forgets where its counts are: refused. */
  private static final String REFUSED_PROFILE =
      """
      site = RGP
      files = returns/RGP/*.csv
      column.date = Date
      column.type = Activity
      action = by-date
      type.outpatient = OP
      """;

  @Test
  void a_return_named_by_a_refused_profile_is_an_error_on_the_return_and_counts_for_nothing()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder()
                .put("profiles/jpuh.properties", REFUSED_PROFILE)
                .put("returns/RGP/jpuh-march.csv", RETURN));
    assertEquals(List.of(), data.counts());
    assertEquals(
        List.of(
            "ERROR returns/RGP/jpuh-march.csv: found \"its profile, profiles/jpuh.properties, has"
                + " errors\"; expected a profile without errors that names this file in its files."
                + " Fix: correct the errors listed for profiles/jpuh.properties; until then this"
                + " return is not read and counts for nothing"),
        InvalidInputTest.messages(data).stream()
            .filter(m -> m.contains("returns/RGP/jpuh-march.csv"))
            .toList());
    SourceFile source = source(data, "returns/RGP/jpuh-march.csv");
    assertEquals("activity return", source.role());
    assertEquals(0, source.rowsUsed());
    SiteBreakdown jpuh = jpuhInMarch(data);
    assertEquals(SiteStatus.UNREADABLE, jpuh.status());
    assertEquals(
        "sent a return that could not be read: its profile, profiles/jpuh.properties, has errors"
            + " (returns/RGP/jpuh-march.csv)",
        jpuh.statusText());
  }

  @Test
  void a_spreadsheet_no_profile_names_is_a_return_not_read_but_other_files_are_not_returns()
      throws IOException {
    InMemorySourceFolder folder = SampleReference.folder();
    Dataset unnamed = DataFolderReader.read(folder.put("returns/RGP/jpuh-march.csv", RETURN));
    SiteBreakdown jpuh = jpuhInMarch(unnamed);
    assertEquals(SiteStatus.UNREADABLE, jpuh.status());
    assertEquals(
        "sent a return that could not be read: no profile names it (returns/RGP/jpuh-march.csv)",
        jpuh.statusText());

    Dataset letter =
        DataFolderReader.read(
            SampleReference.folder().put("returns/RGP/cover-letter.pdf", "%PDF-1.4\n"));
    assertEquals(SiteStatus.NO_RETURN, jpuhInMarch(letter).status());
  }

  private static SourceFile source(Dataset data, String name) {
    return data.sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static SiteBreakdown jpuhInMarch(Dataset data) {
    var analysis =
        ImpactAnalysis.analyse(
            data,
            new AnalysisRequest(
                new ReportSettings("Test", "Test", "Test", LocalDate.of(2023, 3, 31)),
                Optional.of("bma-jd-2023-03"),
                List.of()));
    return analysis.sites().stream()
        .filter(s -> s.odsCode().equals("RGP"))
        .findFirst()
        .orElseThrow();
  }
}
