package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.samples.SampleWorkbooks;
import io.strikeimpact.ingest.source.DirectorySourceFolder;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.CountScope;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.PlannedActivity;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.StatedTotal;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.model.analysis.SiteBreakdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the committed sample folder and checks every figure of the story in DOMAIN.md. */
class SampleDataTest {
  static final Path SAMPLES = Path.of("../samples/data");
  static Dataset data;

  @BeforeAll
  static void read() throws IOException {
    data = DataFolderReader.read(new DirectorySourceFolder(SAMPLES));
  }

  static long sum(String site, String action, ActivityType type) {
    return data.counts().stream()
        .filter(c -> c.odsCode().equals(site) && c.actionId().equals(action) && c.type() == type)
        .mapToLong(DisruptionCount::count)
        .sum();
  }

  @Test
  void england_csv_is_read_into_the_dataset_with_its_row_as_provenance() {
    assertEquals(5, data.england().latest().size());
    assertEquals(
        "reference/england.csv, row 5 (release of 2023-04-17)",
        data.england().latest("bma-jd-2023-03").orElseThrow().describe());
  }

  @Test
  void sample_folder_reads_without_problems() {
    assertEquals(List.of(), data.problems().stream().map(p -> p.message()).toList());
    assertEquals(List.of(), data.rejectedRows());
  }

  @Test
  void reads_nnuh_daily_return_into_outpatient_and_inpatient_counts() {
    assertEquals(2976, sum("RM1", "bma-jd-2023-03", ActivityType.OUTPATIENT));
    assertEquals(475, sum("RM1", "bma-jd-2023-03", ActivityType.INPATIENT));
    assertEquals(0, sum("RM1", "bma-jd-2023-03", ActivityType.TOTAL_ONLY));
    Set<LocalDate> days =
        data.counts().stream()
            .filter(c -> c.odsCode().equals("RM1") && c.actionId().equals("bma-jd-2023-03"))
            .map(c -> c.date().orElseThrow())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        Set.of(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 14), LocalDate.of(2023, 3, 15)),
        days);
  }

  @Test
  void reads_qeh_specialty_return_wide_by_type() {
    assertEquals(882, sum("RCX", "bma-jd-2023-03", ActivityType.OUTPATIENT));
    assertEquals(50, sum("RCX", "bma-jd-2023-03", ActivityType.INPATIENT));
    List<String> specialties =
        data.counts().stream()
            .filter(c -> c.odsCode().equals("RCX") && c.type() == ActivityType.OUTPATIENT)
            .map(c -> c.specialty().orElseThrow())
            .toList();
    assertEquals(
        List.of(
            "100 General Surgery",
            "101 Urology",
            "110 Trauma and Orthopaedics",
            "120 ENT",
            "130 Ophthalmology",
            "300 General Internal Medicine",
            "320 Cardiology",
            "502 Gynaecology"),
        specialties);
  }

  @Test
  void reads_jpuh_return_below_its_title_block() {
    assertEquals(262, sum("RGP", "bma-jd-2023-03", ActivityType.OUTPATIENT));
    assertEquals(81, sum("RGP", "bma-jd-2023-03", ActivityType.INPATIENT));
  }

  @Test
  void all_three_sites_add_to_4726_not_the_4736_stated() {
    long all =
        data.counts().stream()
            .filter(c -> c.actionId().equals("bma-jd-2023-03"))
            .mapToLong(DisruptionCount::count)
            .sum();
    assertEquals(4726, all);
    StatedTotal headline =
        data.statedTotals().stream()
            .filter(t -> t.scope().equals(CountScope.action("bma-jd-2023-03")))
            .findFirst()
            .orElseThrow();
    assertEquals(4736, headline.stated());
    assertEquals("Appointments rescheduled, all sites (as published)", headline.label());
    assertEquals(
        new Provenance(
            "returns/QMM/icb-summary-junior-doctors-march-2023.csv",
            sha("returns/QMM/icb-summary-junior-doctors-march-2023.csv"),
            "",
            "D2"),
        headline.provenance());
  }

  @Test
  void icb_site_totals_reconcile_with_the_returns() {
    for (var site : List.of("RM1", "RCX", "RGP")) {
      StatedTotal stated =
          data.statedTotals().stream()
              .filter(t -> t.scope().equals(CountScope.action("bma-jd-2023-03").site(site)))
              .findFirst()
              .orElseThrow();
      long counted =
          data.counts().stream()
              .filter(stated.scope()::includes)
              .mapToLong(DisruptionCount::count)
              .sum();
      assertEquals(stated.stated(), counted, site);
    }
  }

  @Test
  void totals_rows_become_stated_totals_scoped_to_their_file() {
    String qeh = "returns/RCX/qeh-junior-doctors-march-2023.csv";
    CountScope qehScope = CountScope.action("bma-jd-2023-03").site("RCX").file(qeh);
    List<StatedTotal> qehTotals =
        data.statedTotals().stream().filter(t -> t.provenance().file().equals(qeh)).toList();
    assertEquals(2, qehTotals.size());
    assertEquals(
        new StatedTotal(
            "Totals row, Outpatient",
            qehScope.type(ActivityType.OUTPATIENT),
            882,
            qehTotals.get(0).provenance().at("C10")),
        qehTotals.get(0));
    assertEquals(
        new StatedTotal(
            "Totals row, Inpatient",
            qehScope.type(ActivityType.INPATIENT),
            50,
            qehTotals.get(1).provenance().at("D10")),
        qehTotals.get(1));

    String jpuh = SampleWorkbooks.JPUH;
    StatedTotal jpuhTotal =
        data.statedTotals().stream()
            .filter(t -> t.provenance().file().equals(jpuh))
            .findFirst()
            .orElseThrow();
    assertEquals(343, jpuhTotal.stated());
    assertEquals(CountScope.action("bma-jd-2023-03").site("RGP").file(jpuh), jpuhTotal.scope());
    assertEquals(new Provenance(jpuh, sha(jpuh), "Rescheduled", "C17"), jpuhTotal.provenance());
    assertEquals(
        343,
        data.counts().stream()
            .filter(jpuhTotal.scope()::includes)
            .mapToLong(DisruptionCount::count)
            .sum());
  }

  @Test
  void reads_nursing_strikes_as_total_only_by_date_into_two_actions() {
    List<DisruptionCount> nursing =
        data.counts().stream().filter(c -> c.actionId().startsWith("rcn-")).toList();
    assertEquals(1506, nursing.stream().mapToLong(DisruptionCount::count).sum());
    assertTrue(
        nursing.stream()
            .allMatch(c -> c.type() == ActivityType.TOTAL_ONLY && c.odsCode().equals("RM1")));
    assertEquals(
        List.of(
            LocalDate.of(2023, 1, 18),
            LocalDate.of(2023, 1, 19),
            LocalDate.of(2023, 2, 6),
            LocalDate.of(2023, 2, 7)),
        nursing.stream().map(c -> c.date().orElseThrow()).toList());
    assertEquals(752, sum("RM1", "rcn-2023-01", ActivityType.TOTAL_ONLY));
    assertEquals(754, sum("RM1", "rcn-2023-02", ActivityType.TOTAL_ONLY));
  }

  @Test
  void provenance_names_file_sheet_and_cell_of_a_figure() {
    DisruptionCount first =
        data.counts().stream()
            .filter(c -> c.provenance().file().equals(SampleWorkbooks.NNUH))
            .findFirst()
            .orElseThrow();
    assertEquals(1010, first.count());
    assertEquals(ActivityType.OUTPATIENT, first.type());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 13)), first.date());
    assertEquals(
        new Provenance(SampleWorkbooks.NNUH, sha(SampleWorkbooks.NNUH), "March 2023", "C2"),
        first.provenance());
    assertEquals(
        "returns/RM1/nnuh-junior-doctors-march-2023.xlsx, sheet 'March 2023', cell C2",
        first.provenance().describe());

    DisruptionCount jpuhFirst =
        data.counts().stream()
            .filter(c -> c.provenance().file().equals(SampleWorkbooks.JPUH))
            .findFirst()
            .orElseThrow();
    assertEquals("C5", jpuhFirst.provenance().cell());
    assertEquals(40, jpuhFirst.count());
  }

  static long planned(String site, String action, ActivityType type) {
    return data.planned().stream()
        .filter(p -> p.odsCode().equals(site) && p.actionId().equals(action) && p.type() == type)
        .mapToLong(PlannedActivity::planned)
        .sum();
  }

  @Test
  void nnuh_returns_give_the_activity_planned_beside_each_count() {
    // illustrative figures, beside the counts in column D of each N&N return
    assertEquals(27_100, planned("RM1", "bma-jd-2023-03", ActivityType.OUTPATIENT));
    assertEquals(3_045, planned("RM1", "bma-jd-2023-03", ActivityType.INPATIENT));
    assertEquals(20_030, planned("RM1", "rcn-2023-01", ActivityType.TOTAL_ONLY));
    assertEquals(20_130, planned("RM1", "rcn-2023-02", ActivityType.TOTAL_ONLY));
    assertEquals(10, data.planned().size());
    assertTrue(data.planned().stream().allMatch(p -> p.odsCode().equals("RM1")));
    PlannedActivity first =
        data.planned().stream()
            .filter(p -> p.provenance().file().equals(SampleWorkbooks.NNUH))
            .findFirst()
            .orElseThrow();
    assertEquals(
        new Provenance(SampleWorkbooks.NNUH, sha(SampleWorkbooks.NNUH), "March 2023", "D2"),
        first.provenance());
    assertEquals(9_120, first.planned());
  }

  @Test
  void the_analysis_gives_a_rate_per_1000_planned_for_nnuh_only() {
    var settings = new ReportSettings("Test", "Test", "Test", LocalDate.of(2023, 3, 31));
    var analysis =
        ImpactAnalysis.analyse(
            data,
            new AnalysisRequest(settings, Optional.of("bma-jd-2023-03"), List.of("nursing-2023")));
    SiteBreakdown nnuh =
        analysis.sites().stream().filter(s -> s.odsCode().equals("RM1")).findFirst().orElseThrow();
    SiteBreakdown qeh =
        analysis.sites().stream().filter(s -> s.odsCode().equals("RCX")).findFirst().orElseThrow();
    // 3,451 rescheduled of 30,145 planned
    assertEquals(3451, nnuh.perThousandPlanned().orElseThrow().count());
    assertEquals(30.145, nnuh.perThousandPlanned().orElseThrow().denominator(), 1e-9);
    assertEquals(Optional.empty(), qeh.perThousandPlanned());
  }

  @Test
  void sha256_of_the_nursing_csv_with_its_planned_and_staff_columns() {
    // sha256sum samples/data/returns/RM1/nnuh-nursing-strikes-2023.csv
    assertEquals(
        "ed1fe6abf41d28b6f5560e11eac6ec00242dd92985e72bf3a60a8f61b3772e81",
        source("returns/RM1/nnuh-nursing-strikes-2023.csv").sha256());
  }

  @Test
  void nnuh_returns_give_the_staff_taking_part_each_day_public_in_january_only() {
    List<List<Object>> staff =
        data.staff().stream()
            .map(
                s ->
                    List.<Object>of(
                        s.odsCode(),
                        s.actionId(),
                        s.date().toString(),
                        s.staff(),
                        s.provenance().cell(),
                        s.illustrative()))
            .toList();
    assertEquals(
        List.of(
            List.of("RM1", "bma-jd-2023-03", "2023-03-13", 410L, "E2", true),
            List.of("RM1", "bma-jd-2023-03", "2023-03-14", 402L, "E4", true),
            List.of("RM1", "bma-jd-2023-03", "2023-03-15", 395L, "E6", true),
            // Eastern Daily Press: 302 nurses on strike on 18 January and 272 on 19 January 2023
            List.of("RM1", "rcn-2023-01", "2023-01-18", 302L, "E2", false),
            List.of("RM1", "rcn-2023-01", "2023-01-19", 272L, "E3", false),
            List.of("RM1", "rcn-2023-02", "2023-02-06", 310L, "E4", true),
            List.of("RM1", "rcn-2023-02", "2023-02-07", 290L, "E5", true)),
        staff);
    assertEquals(
        List.of("public: Eastern Daily Press"),
        data.staff().stream()
            .filter(s -> !s.illustrative())
            .map(s -> s.note())
            .distinct()
            .toList());
    assertEquals(
        new Provenance(SampleWorkbooks.NNUH, sha(SampleWorkbooks.NNUH), "March 2023", "E2"),
        data.staff().getFirst().provenance());
  }

  @Test
  void sha256_of_a_csv_is_its_fingerprint() {
    SourceFile qeh = source("returns/RCX/qeh-junior-doctors-march-2023.csv");
    // sha256sum samples/data/returns/RCX/qeh-junior-doctors-march-2023.csv
    assertEquals("f9d9dd30c03e8dfa794440ce88bf9bba0553daa7f0323054bcde86935bb4be32", qeh.sha256());
    assertEquals(263, qeh.bytes());
    DisruptionCount first =
        data.counts().stream().filter(c -> c.odsCode().equals("RCX")).findFirst().orElseThrow();
    assertEquals(qeh.sha256(), first.provenance().sha256());
  }

  @Test
  void lists_every_input_with_its_role_and_rows() {
    List<String> roles =
        data.sources().stream()
            .map(
                s ->
                    s.name()
                        + " = "
                        + s.role()
                        + " ("
                        + s.profile()
                        + ") "
                        + s.rowsRead()
                        + "/"
                        + s.rowsUsed()
                        + "/"
                        + s.rowsRejected())
            .toList();
    assertEquals(
        List.of(
            "profiles/icb-summary.properties = profile (ICB summary) 0/0/0",
            "profiles/jpuh.properties = profile (JPUH appointments return) 0/0/0",
            "profiles/nnuh.properties = profile (N&N daily return) 0/0/0",
            "profiles/qeh.properties = profile (QEH specialty return) 0/0/0",
            "reference/action-groups.csv = action groups () 3/3/0",
            "reference/calendar.csv = strike calendar () 21/21/0",
            "reference/england.csv = national figures, England () 5/5/0",
            "reference/participation.csv = site participation () 15/15/0",
            "reference/sites.csv = site register () 4/4/0",
            "returns/QMM/icb-summary-junior-doctors-march-2023.csv = stated totals (ICB summary) 4/4/0",
            "returns/RCX/qeh-junior-doctors-march-2023.csv = activity return (QEH specialty return) 8/8/0",
            "returns/RGP/jpuh-junior-doctors-march-2023.xlsx = activity return (JPUH appointments return) 12/12/0",
            "returns/RM1/nnuh-junior-doctors-march-2023.xlsx = activity return (N&N daily return) 6/6/0",
            "returns/RM1/nnuh-nursing-strikes-2023.csv = activity return (N&N daily return) 4/4/0"),
        roles);
    assertTrue(data.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR));
  }

  static SourceFile source(String name) {
    return data.sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  static String sha(String name) {
    try {
      return Sha256.of(Files.readAllBytes(SAMPLES.resolve(name)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void named_groups_resolve_to_their_actions() {
    assertEquals(
        java.util.List.of("rcn-2023-01", "rcn-2023-02"),
        data.calendar().resolve("nursing-2023").stream().map(a -> a.id()).toList());
    assertEquals(3, data.calendar().resolve("consultants-2023").size());
  }
}
