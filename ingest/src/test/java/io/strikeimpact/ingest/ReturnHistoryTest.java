package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.SourceFile;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A return sent twice counts once; a revised return replaces the one it revises. */
class ReturnHistoryTest {
  static final String MARCH =
      "Date,Activity,Rescheduled\n13/03/2023,OP,100\n13/03/2023,IP,20\nTotal,,120\n";
  static final String MARCH_REVISED =
      "Date,Activity,Rescheduled\n13/03/2023,OP,110\n13/03/2023,IP,18\nTotal,,128\n";

  private static long total(Dataset data) {
    return data.counts().stream().mapToLong(DisruptionCount::count).sum();
  }

  private static String role(Dataset data, String name) {
    return data.sources().stream()
        .filter(s -> s.name().equals(name))
        .map(SourceFile::role)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void a_file_sent_twice_counts_once_and_both_are_named() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder().put("returns/RM1/march.csv", MARCH).put("returns/RM1/march-copy.csv", MARCH));
    List<String> messages = messages(data);
    assertEquals(1, messages.size());
    assertEquals(
        true,
        messages
            .getFirst()
            .matches(
                "WARNING returns/RM1/march.csv: found \"the same content \\(SHA-256 [0-9a-f]{12}\\.\\.\\.\\) as returns/RM1/march-copy.csv\"; expected each return sent once. Fix: delete one of the two copies; returns/RM1/march.csv was not read, so its figures count once"),
        messages.getFirst());
    assertEquals(120, total(data));
    assertEquals("duplicate, not read", role(data, "returns/RM1/march.csv"));
    assertEquals(1, data.statedTotals().size());
  }

  @Test
  void a_revision_with_a_later_return_date_in_its_name_replaces_the_earlier() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("returns/RM1/nnuh-2023-03-20.csv", MARCH)
                .put("returns/RM1/nnuh-2023-03-27.csv", MARCH_REVISED));
    assertEquals(
        List.of(
            "WARNING returns/RM1/nnuh-2023-03-27.csv: found \"a revised return for RM1 in bma-jd-2023-03: 128 (outpatient 110, inpatient 18) in returns/RM1/nnuh-2023-03-27.csv, replacing 120 (outpatient 100, inpatient 20) in returns/RM1/nnuh-2023-03-20.csv (up 8)\"; expected one return per site and action, or returns that do not repeat a day and activity type. Fix: nothing to fix if returns/RM1/nnuh-2023-03-27.csv is the revision: it is the later by the date in its name, else by its name, and only its figures count; if both are meant to count, remove the repeated days from one of them"),
        messages(data));
    assertEquals(128, total(data));
    assertEquals(List.of(128L), data.statedTotals().stream().map(t -> t.stated()).toList());
    assertEquals("superseded by a revised return", role(data, "returns/RM1/nnuh-2023-03-20.csv"));
  }

  /** Red team: "NNUH return v2" replaced "NNUH return FINAL" for the same site and action. */
  @Test
  void a_return_marked_final_is_the_revision_of_an_unmarked_version_and_the_note_says_why()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("returns/RM1/NNUH return v2.csv", MARCH)
                .put("returns/RM1/NNUH return FINAL.csv", MARCH_REVISED));
    assertEquals(
        List.of(
            "WARNING returns/RM1/NNUH return FINAL.csv: found \"a revised return for RM1 in bma-jd-2023-03: 128 (outpatient 110, inpatient 18) in returns/RM1/NNUH return FINAL.csv, replacing 120 (outpatient 100, inpatient 20) in returns/RM1/NNUH return v2.csv (up 8)\"; expected one return per site and action, or returns that do not repeat a day and activity type. Fix: nothing to fix if returns/RM1/NNUH return FINAL.csv is the revision: it is marked final and NNUH return v2.csv is not, and a name marked final ranks above any other, whatever its version number, and only its figures count; if both are meant to count, remove the repeated days from one of them"),
        messages(data));
    assertEquals(128, total(data));
    assertEquals("superseded by a revised return", role(data, "returns/RM1/NNUH return v2.csv"));
  }

  @Test
  void two_returns_both_marked_final_are_ordered_by_name_and_the_note_says_so() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("returns/RM1/NNUH final.csv", MARCH)
                .put("returns/RM1/NNUH return final.csv", MARCH_REVISED));
    assertEquals(128, total(data));
    assertEquals(
        true,
        messages(data)
            .getFirst()
            .contains(
                "Fix: nothing to fix if returns/RM1/NNUH return final.csv is the revision: the order"
                    + " is ambiguous: both are marked final with no version number to tell them"
                    + " apart, so it was taken as the later by its name alone, an accident of"
                    + " naming (if NNUH final.csv is the one meant to count"),
        messages(data).toString());
  }

  @Test
  void a_revision_dated_in_april_shows_in_the_april_monthly_pack_as_a_revised_figure()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("returns/RM1/nnuh-2023-03-20.csv", MARCH)
                .put("returns/RM1/nnuh-2023-04-20.csv", MARCH_REVISED));
    assertEquals(
        List.of(
            new io.strikeimpact.model.ReturnRevision(
                "RM1",
                "bma-jd-2023-03",
                "returns/RM1/nnuh-2023-03-20.csv",
                "returns/RM1/nnuh-2023-04-20.csv",
                java.util.Optional.of(java.time.LocalDate.of(2023, 4, 20)),
                120,
                128)),
        data.revisions());
    var settings =
        io.strikeimpact.model.analysis.ReportSettings.norfolkAndWaveney(
            java.time.LocalDate.of(2023, 5, 2));
    var april =
        io.strikeimpact.model.analysis.ImpactAnalysis.analyse(
            data,
            io.strikeimpact.model.analysis.AnalysisRequest.defaults(settings)
                .forMonth(java.time.YearMonth.of(2023, 4)));
    var revision = april.monthlyChanges().orElseThrow().revisions().getFirst();
    assertEquals(120, revision.before());
    assertEquals(128, revision.now());
    assertEquals(
        true,
        april.executiveSummary().stream()
            .anyMatch(
                s ->
                    s.contains(
                        "revised figures for N&N in the junior doctors' strike of 13 to 15 March 2023 (120 to 128, returns/RM1/nnuh-2023-04-20.csv)")),
        april.executiveSummary().toString());
  }

  @Test
  void without_dates_the_later_name_is_the_revision() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("returns/RM1/march-revised.csv", MARCH_REVISED)
                .put("returns/RM1/march.csv", MARCH));
    assertEquals(128, total(data));
    assertEquals(1, messages(data).size());
  }

  @Test
  void a_return_split_by_day_is_not_a_revision() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("returns/RM1/day1.csv", "Date,Activity,Rescheduled\n13/03/2023,OP,100\n")
                .put("returns/RM1/day2.csv", "Date,Activity,Rescheduled\n14/03/2023,OP,90\n"));
    assertEquals(List.of(), messages(data));
    assertEquals(190, total(data));
  }

  private static final String QEH_XLS_PROFILE =
      """
      files = returns/RCX/*.xls
      column.site = Site
      columns.by-type = Outpatients=outpatient, Inpatients=inpatient
      action = bma-jd-2023-03
      """;

  /** QEH's March return as LibreOffice wrote it (wide by type) and as a csv by specialty. */
  private static io.strikeimpact.ingest.source.InMemorySourceFolder qehTwice(String xlsName)
      throws IOException {
    java.nio.file.Path samples = java.nio.file.Path.of("../samples/data");
    return folder()
        .put(
            "profiles/qeh.properties",
            java.nio.file.Files.readAllBytes(samples.resolve("profiles/qeh.properties")))
        .put("profiles/qeh-xls.properties", QEH_XLS_PROFILE)
        .put(
            "returns/RCX/qeh-march.csv",
            java.nio.file.Files.readAllBytes(
                samples.resolve("returns/RCX/qeh-junior-doctors-march-2023.csv")))
        .put(
            xlsName,
            java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("src/test/resources/fixtures/double-count/qeh-march.xls")));
  }

  @Test
  void the_same_activity_by_type_and_by_specialty_under_one_name_counts_for_neither()
      throws IOException {
    Dataset data = DataFolderReader.read(qehTwice("returns/RCX/qeh-march.xls"));
    assertEquals(
        List.of(
            "ERROR returns/RCX/qeh-march.xls: found \"two returns for RCX in bma-jd-2023-03 that"
                + " cover the same days and activity types: 932 (outpatient 882, inpatient 50) in"
                + " returns/RCX/qeh-march.csv and 932 (outpatient 882, inpatient 50) in"
                + " returns/RCX/qeh-march.xls; neither is the later by a date or name, so neither"
                + " counts for RCX in bma-jd-2023-03\"; expected one return per site and action, or"
                + " returns that do not repeat a day and activity type. Fix: remove the copy that"
                + " should not count, or, if one is the revision, put its return date in its name"
                + " (qeh-2023-03-27.csv) or add -revised to it; until then RCX has no figures for"
                + " bma-jd-2023-03"),
        messages(data));
    assertEquals(0, total(data));
    assertEquals(List.of(), data.statedTotals());
    assertEquals(
        "not counted: another return covers the same activity",
        role(data, "returns/RCX/qeh-march.xls"));
    assertEquals(
        "not counted: another return covers the same activity",
        role(data, "returns/RCX/qeh-march.csv"));
  }

  @Test
  void a_return_by_type_named_as_the_revision_of_one_by_specialty_replaces_it() throws IOException {
    Dataset data = DataFolderReader.read(qehTwice("returns/RCX/qeh-march-revised.xls"));
    assertEquals(932, total(data));
    assertEquals(1, messages(data).size());
    assertEquals(
        true,
        messages(data)
            .getFirst()
            .startsWith(
                "WARNING returns/RCX/qeh-march-revised.xls: found"
                    + " \"a revised return for RCX in bma-jd-2023-03: 932 (outpatient 882, inpatient 50)"
                    + " in returns/RCX/qeh-march-revised.xls, replacing 932 (outpatient 882, inpatient 50)"
                    + " in returns/RCX/qeh-march.csv (no change)\""),
        messages(data).getFirst());
    assertEquals("superseded by a revised return", role(data, "returns/RCX/qeh-march.csv"));
  }

  @Test
  void returns_split_by_specialty_both_count() throws IOException {
    String profile =
        """
        site = RCX
        files = returns/RCX/*
        column.specialty = Specialty
        columns.by-type = Outpatients=outpatient, Inpatients=inpatient
        action = bma-jd-2023-03
        """;
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/qeh.properties", profile)
                .put("returns/RCX/surgery.csv", "Specialty,Outpatients,Inpatients\nSurgery,10,1\n")
                .put("returns/RCX/ent.csv", "Specialty,Outpatients,Inpatients\nENT,20,2\n"));
    assertEquals(List.of(), messages(data));
    assertEquals(33, total(data));
  }
}
