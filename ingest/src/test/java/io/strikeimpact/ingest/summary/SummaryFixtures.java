package io.strikeimpact.ingest.summary;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.analysis.ReportSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The ICB summaries of fixtures/summary-layouts, read as the ICB's (QMM) return. */
final class SummaryFixtures {
  static final Path FOLDER = Path.of("src/test/resources/fixtures/summary-layouts");

  /** A summary by site, one column per type, for the March 2023 junior doctors' strike. */
  static final String BY_SITE =
      """
      files = returns/QMM/*
      column.site = Site
      columns.by-type = Outpatients=outpatient, Inpatients=inpatient
      action = bma-jd-2023-03
      """;

  private SummaryFixtures() {}

  /** The fixture read under {@code profile} as {@code returns/QMM/<file>}. */
  static Dataset read(String file, String profile) throws IOException {
    return DataFolderReader.read(
        SampleReference.folder()
            .put("profiles/icb.properties", profile)
            .put("returns/QMM/" + file, Files.readAllBytes(FOLDER.resolve(file))));
  }

  static List<String> messages(Dataset data) {
    return data.problems().stream().map(p -> p.severity() + " " + p.message()).toList();
  }

  static List<String> reconciliations(Dataset data) {
    return ImpactAnalysis.analyse(
            data,
            AnalysisRequest.defaults(ReportSettings.norfolkAndWaveney(LocalDate.of(2023, 5, 2))))
        .reconciliations()
        .stream()
        .map(Reconciliation::message)
        .toList();
  }
}
