package io.strikeimpact.model.check;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.NamedGroup;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.ParticipationTable;
import io.strikeimpact.model.PlannedActivity;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.SiteParticipation;
import io.strikeimpact.model.StrikeCalendar;
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
    Dataset withApril = storyWith(d.sites(), d.calendar(), new ParticipationTable(p), counts);
    return ImpactAnalysis.analyse(
        withApril,
        new AnalysisRequest(
            ReportSettings.norfolkAndWaveney(LocalDate.of(2023, 4, 20)),
            Optional.empty(),
            List.of()));
  }

  /**
   * The seed story with the two nursing strikes named as one group, "the nursing strikes", and that
   * group asked for as the focus: its days and its all-sites total are the focus's alone.
   */
  static Analysis nursingFocus() {
    Dataset d = StoryData.dataset();
    StrikeCalendar grouped =
        new StrikeCalendar(
            d.calendar().actions(),
            List.of(
                new NamedGroup(
                    "rcn-winter",
                    "the nursing strikes",
                    List.of(StoryData.RCN_JAN, StoryData.RCN_FEB))));
    Dataset withGroup = storyWith(d.sites(), grouped, d.participation(), d.counts());
    return ImpactAnalysis.analyse(
        withGroup,
        new AnalysisRequest(
            ReportSettings.norfolkAndWaveney(StoryData.AS_OF),
            Optional.of("rcn-winter"),
            List.of()));
  }

  /**
   * The seed story with the QEH in the nursing strikes too (200 on each of the four days,
   * qeh-rcn.csv): two sites took part in both strikes, so the comparison has a like-for-like row.
   */
  static Analysis nursesAtTwoSites() {
    Dataset d = StoryData.dataset();
    List<DisruptionCount> counts = new ArrayList<>(d.counts());
    counts.add(nursingDay(StoryData.RCN_JAN, LocalDate.of(2023, 1, 18)));
    counts.add(nursingDay(StoryData.RCN_JAN, LocalDate.of(2023, 1, 19)));
    counts.add(nursingDay(StoryData.RCN_FEB, LocalDate.of(2023, 2, 6)));
    counts.add(nursingDay(StoryData.RCN_FEB, LocalDate.of(2023, 2, 7)));
    List<SiteParticipation> p = new ArrayList<>();
    for (SiteParticipation e : d.participation().entries()) {
      boolean qehNursing =
          e.odsCode().equals("RCX")
              && (e.actionId().equals(StoryData.RCN_JAN) || e.actionId().equals(StoryData.RCN_FEB));
      p.add(
          qehNursing ? new SiteParticipation(e.actionId(), "RCX", Participation.TOOK_PART, "") : e);
    }
    Dataset both = storyWith(d.sites(), d.calendar(), new ParticipationTable(p), counts);
    return ImpactAnalysis.analyse(both, StoryData.request());
  }

  /**
   * The seed story with a fourth site in March, "Southend University Hospital, Southend-on-Sea"
   * (SUH, 100 outpatient appointments, suh.csv): a site whose name has a two-letter word in it.
   */
  static Analysis withSouthend() {
    Dataset d = StoryData.dataset();
    List<Site> sites = new ArrayList<>(d.sites());
    sites.add(
        new Site(
            "RAJ",
            "Southend University Hospital, Southend-on-Sea",
            "SUH",
            "Mid and South Essex NHS Foundation Trust"));
    List<DisruptionCount> counts = new ArrayList<>(d.counts());
    counts.add(march("RAJ", ActivityType.OUTPATIENT, 100, "suh.csv"));
    List<SiteParticipation> p = new ArrayList<>(d.participation().entries());
    p.add(new SiteParticipation(StoryData.JD_MARCH, "RAJ", Participation.TOOK_PART, ""));
    return ImpactAnalysis.analyse(
        storyWith(sites, d.calendar(), new ParticipationTable(p), counts), StoryData.request());
  }

  /**
   * The seed story with other March returns, 4,000 in all: N&N 2,500 outpatient and 500 inpatient,
   * QEH 700 and 40, JPUH 200 and 60. The QEH's share is exactly 18.5%.
   */
  static Analysis withHalfPercentShare() {
    Dataset d = StoryData.dataset();
    List<DisruptionCount> counts =
        new ArrayList<>(
            d.counts().stream().filter(c -> !c.actionId().equals(StoryData.JD_MARCH)).toList());
    counts.add(march("RM1", ActivityType.OUTPATIENT, 2500, "nnuh.xlsx"));
    counts.add(march("RM1", ActivityType.INPATIENT, 500, "nnuh.xlsx"));
    counts.add(march("RCX", ActivityType.OUTPATIENT, 700, "qeh.csv"));
    counts.add(march("RCX", ActivityType.INPATIENT, 40, "qeh.csv"));
    counts.add(march("RGP", ActivityType.OUTPATIENT, 200, "jpuh.xlsx"));
    counts.add(march("RGP", ActivityType.INPATIENT, 60, "jpuh.xlsx"));
    return ImpactAnalysis.analyse(
        storyWith(d.sites(), d.calendar(), d.participation(), counts), StoryData.request());
  }

  /**
   * The seed story with the N&amp;N's planned activity for March (26,000 outpatient and 4,140
   * inpatient, nnuh.xlsx): its 3,451 rescheduled are 114.5 per 1,000 planned, 11% of planned
   * activity. The other sites give none, so only the N&amp;N has the rate.
   */
  static Analysis withPlanned() {
    Dataset d = StoryData.dataset();
    Provenance p = new Provenance("nnuh.xlsx", "%064x".formatted(1L), "", "D2");
    return ImpactAnalysis.analyse(
        d.withPlanned(
            List.of(
                new PlannedActivity("RM1", StoryData.JD_MARCH, ActivityType.OUTPATIENT, 26_000, p),
                new PlannedActivity("RM1", StoryData.JD_MARCH, ActivityType.INPATIENT, 4_140, p))),
        StoryData.request());
  }

  /**
   * The seed story's dataset with its sites, calendar, participation and counts replaced, and its
   * stated totals, problems, rejected rows and sources kept.
   */
  private static Dataset storyWith(
      List<Site> sites,
      StrikeCalendar calendar,
      ParticipationTable participation,
      List<DisruptionCount> counts) {
    Dataset d = StoryData.dataset();
    return new Dataset(
        sites,
        calendar,
        participation,
        counts,
        d.statedTotals(),
        d.problems(),
        d.rejectedRows(),
        d.sources());
  }

  private static DisruptionCount march(String site, ActivityType type, long n, String file) {
    return new DisruptionCount(
        site,
        StoryData.JD_MARCH,
        type,
        Optional.empty(),
        Optional.empty(),
        n,
        new Provenance(file, "%064x".formatted(file.hashCode() & 0xffffffffL), "", "C2"));
  }

  /**
   * The seed story with the January nursing strike half an appointment a day apart: N&N 381 and 372
   * (376.5 a day), and the QEH in it with one appointment (all sites 754, 377 a day).
   */
  static Analysis withRatesHalfApart() {
    Dataset d = StoryData.dataset();
    List<DisruptionCount> counts = new ArrayList<>();
    for (DisruptionCount c : d.counts()) {
      boolean jan18 = c.date().equals(Optional.of(LocalDate.of(2023, 1, 18)));
      counts.add(
          jan18
              ? new DisruptionCount(
                  c.odsCode(), c.actionId(), c.type(), c.date(), c.specialty(), 381, c.provenance())
              : c);
    }
    counts.add(
        new DisruptionCount(
            "RCX",
            StoryData.RCN_JAN,
            ActivityType.TOTAL_ONLY,
            Optional.of(LocalDate.of(2023, 1, 18)),
            Optional.empty(),
            1,
            new Provenance(
                "qeh-rcn.csv",
                "%064x".formatted("qeh-rcn.csv".hashCode() & 0xffffffffL),
                "",
                "C2")));
    List<SiteParticipation> p = new ArrayList<>();
    for (SiteParticipation e : d.participation().entries()) {
      boolean qehJan = e.odsCode().equals("RCX") && e.actionId().equals(StoryData.RCN_JAN);
      p.add(qehJan ? new SiteParticipation(e.actionId(), "RCX", Participation.TOOK_PART, "") : e);
    }
    return ImpactAnalysis.analyse(
        storyWith(d.sites(), d.calendar(), new ParticipationTable(p), counts), StoryData.request());
  }

  private static DisruptionCount nursingDay(String action, LocalDate day) {
    return new DisruptionCount(
        "RCX",
        action,
        ActivityType.TOTAL_ONLY,
        Optional.of(day),
        Optional.empty(),
        200,
        new Provenance(
            "qeh-rcn.csv", "%064x".formatted("qeh-rcn.csv".hashCode() & 0xffffffffL), "", "C2"));
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
