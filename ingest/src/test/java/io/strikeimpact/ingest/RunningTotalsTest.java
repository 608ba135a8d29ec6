package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.StatedTotal;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.analysis.ReportSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A summary's running totals (cumulative since the first action) are checked step by step, as
 * England's are: each against the one before plus the returns between, the first against the sum
 * since the first action. On the samples N&amp;N's nursing strikes are 752 (January) and 754
 * (February), its March total 3,451, all sites' March 4,726; N&amp;N did not take part in December
 * 2022 and has no return yet for April.
 */
class RunningTotalsTest {
  private static final Path SAMPLES = Path.of("../samples/data");

  private static final String PROFILE =
      """
      name = ICB running totals
      role = stated-totals
      files = returns/ICB/*.csv
      column.action = Action
      column.site = Site
      column.label = Description
      column.running-total = Running total
      """;

  private static final String RUNNING =
      """
      Action,Site,Description,Running total
      rcn-2023-01,RM1,N&N,752
      rcn-2023-02,RM1,N&N,1506
      bma-jd-2023-03,RM1,N&N,4967
      bma-jd-2023-04,RM1,N&N,8000
      bma-jd-2023-03,all,All sites,6232
      rcn-2023-02,RCX,QEH,
      """;

  private static Dataset read() throws IOException {
    InMemorySourceFolder folder = new InMemorySourceFolder();
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        String name = SAMPLES.relativize(p).toString().replace('\\', '/');
        if (!name.endsWith(".md")) {
          folder.put(name, Files.readAllBytes(p));
        }
      }
    }
    return DataFolderReader.read(
        folder
            .put("profiles/icb-running.properties", PROFILE)
            .put("returns/ICB/running-totals.csv", RUNNING));
  }

  private static List<Reconciliation> running(Dataset data) {
    return ImpactAnalysis.analyse(
            data,
            AnalysisRequest.defaults(ReportSettings.norfolkAndWaveney(LocalDate.of(2023, 4, 20))))
        .reconciliations()
        .stream()
        .filter(r -> r.stated().running())
        .toList();
  }

  @Test
  void a_running_total_is_read_with_its_scope_since_the_first_action_and_a_blank_is_no_figure()
      throws IOException {
    Dataset data = read();
    assertEquals(List.of(), data.problems().stream().map(DataProblem::message).toList());
    List<StatedTotal> running = data.statedTotals().stream().filter(StatedTotal::running).toList();
    // Five figures; QEH's blank cell is no figure, not 0.
    assertEquals(5, running.size());
    StatedTotal march = running.get(2);
    assertEquals(
        java.util.Set.of("rcn-2022-12", "rcn-2023-01", "rcn-2023-02", "bma-jd-2023-03"),
        march.scope().actionIds());
    assertEquals("returns/ICB/running-totals.csv, cell D4", march.provenance().describe());
  }

  @Test
  void each_step_is_checked_against_the_one_before_plus_the_returns_between() throws IOException {
    List<String> messages = running(read()).stream().map(Reconciliation::message).toList();
    assertEquals(5, messages.size(), String.join("\n", messages));
    // The first against the sum since the first action (December: N&N did not take part).
    assertTrue(
        messages
            .get(0)
            .startsWith(
                "returns/ICB/running-totals.csv, cell D2 states 752 for the running total since the first action to the nursing strike of 18 and 19 January 2023, N&N; the returns add to 752"),
        messages.get(0));
    assertTrue(messages.get(0).endsWith("They agree."), messages.get(0));
    assertTrue(
        messages
            .get(1)
            .contains(
                "the running total before it, 752 (returns/ICB/running-totals.csv, cell D2), plus the returns since add to 1,506"),
        messages.get(1));
    assertTrue(messages.get(1).endsWith("They agree."), messages.get(1));
    // 1,506 + 3,451 = 4,957: the March step states 10 more, and says so at its own cell.
    assertTrue(
        messages.get(2).startsWith("returns/ICB/running-totals.csv, cell D4 states 4,967"),
        messages.get(2));
    assertTrue(
        messages.get(2).contains("add to 4,957")
            && messages.get(2).contains("a difference of 10: the stated total is 10 more"),
        messages.get(2));
    // April has no return from N&N, which took part: the step is not checked, and says why.
    assertTrue(
        messages
            .get(3)
            .contains(
                "it cannot be checked: no return from N&N for the junior doctors' strike of 11 to 14 April 2023"),
        messages.get(3));
    // All sites: 752 + 754 + 4,726 since the first action.
    assertTrue(
        messages
            .get(4)
            .contains(
                "6,232 for the running total since the first action to the junior doctors' strike of 13 to 15 March 2023, all sites; the returns add to 6,232"),
        messages.get(4));
  }

  @Test
  void only_the_steps_that_do_not_add_up_are_warnings() throws IOException {
    List<Reconciliation> r = running(read());
    assertEquals(
        List.of(true, true, false, false, true), r.stream().map(Reconciliation::agrees).toList());
    assertEquals(
        List.of(true, true, true, false, true), r.stream().map(Reconciliation::checkable).toList());
    assertEquals(10, r.get(2).difference());
  }

  @Test
  void a_running_total_in_an_activity_return_is_refused_with_the_fix() throws IOException {
    InMemorySourceFolder folder = InvalidInputTest.folder();
    Dataset data =
        DataFolderReader.read(
            folder
                .put(
                    "profiles/wrong.properties",
                    PROFILE.replace("role = stated-totals\n", "")
                        + "column.count = Running total\n")
                .put("returns/ICB/running-totals.csv", RUNNING));
    assertTrue(
        data.problems().stream()
            .anyMatch(
                p ->
                    p.message().contains("column.running-total with role = activity")
                        && p.message().contains("add role = stated-totals")),
        data.problems().toString());
  }
}
