package io.strikeimpact.model.check;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.ParticipationTable;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.SiteParticipation;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.model.fixtures.StoryData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data drafts are checked against: the seed story as of 3 April 2023 (April's strike still to
 * come, so it is projected), and the story with April's returns in (illustrative figures: N&N 3,300
 * outpatient and exactly 500 inpatient, QEH 900 and 60, JPUH 280 and 90) as of 20 April 2023, when
 * April is the latest action and so the focus.
 */
final class Drafts {
  private Drafts() {}

  static Analysis story() {
    return ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
  }

  static Analysis withApril() {
    Dataset d = StoryData.dataset();
    List<DisruptionCount> counts = new ArrayList<>(d.counts());
    counts.add(april("RM1", ActivityType.OUTPATIENT, 3300, "nnuh-april.xlsx"));
    counts.add(april("RM1", ActivityType.INPATIENT, 500, "nnuh-april.xlsx"));
    counts.add(april("RCX", ActivityType.OUTPATIENT, 900, "qeh-april.csv"));
    counts.add(april("RCX", ActivityType.INPATIENT, 60, "qeh-april.csv"));
    counts.add(april("RGP", ActivityType.OUTPATIENT, 280, "jpuh-april.xlsx"));
    counts.add(april("RGP", ActivityType.INPATIENT, 90, "jpuh-april.xlsx"));
    List<SiteParticipation> p = new ArrayList<>(d.participation().entries());
    for (String site : List.of("RM1", "RCX", "RGP")) {
      p.add(new SiteParticipation(StoryData.JD_APRIL, site, Participation.TOOK_PART, ""));
    }
    Dataset withApril =
        new Dataset(
            d.sites(),
            d.calendar(),
            new ParticipationTable(p),
            counts,
            d.statedTotals(),
            d.problems(),
            d.rejectedRows(),
            d.sources());
    return ImpactAnalysis.analyse(
        withApril,
        new AnalysisRequest(
            ReportSettings.norfolkAndWaveney(LocalDate.of(2023, 4, 20)),
            Optional.empty(),
            List.of()));
  }

  private static DisruptionCount april(String site, ActivityType type, long n, String file) {
    return new DisruptionCount(
        site,
        StoryData.JD_APRIL,
        type,
        Optional.empty(),
        Optional.empty(),
        n,
        new Provenance(file, "%064x".formatted(file.hashCode() & 0xffffffffL), "", "C2"));
  }
}
