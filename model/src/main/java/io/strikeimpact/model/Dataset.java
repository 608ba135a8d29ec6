package io.strikeimpact.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from one data folder: the reference data, the counts and stated totals from the
 * returns, and every problem met on the way. What ingest hands to analysis.
 *
 * @param planned planned activity, where returns give it, for rates per 1,000 planned
 * @param revisions revised returns that replaced earlier ones, for the monthly view
 * @param england NHS England's published figures for England, when the data folder has them
 * @param staff staff taking part, by site and day of action, where returns give it
 */
public record Dataset(
    List<Site> sites,
    StrikeCalendar calendar,
    ParticipationTable participation,
    List<DisruptionCount> counts,
    List<StatedTotal> statedTotals,
    List<DataProblem> problems,
    List<RejectedRow> rejectedRows,
    List<SourceFile> sources,
    List<PlannedActivity> planned,
    List<ReturnRevision> revisions,
    NationalFigures england,
    List<StaffTakingPart> staff) {

  /** A dataset whose returns give no staff taking part. */
  public Dataset(
      List<Site> sites,
      StrikeCalendar calendar,
      ParticipationTable participation,
      List<DisruptionCount> counts,
      List<StatedTotal> statedTotals,
      List<DataProblem> problems,
      List<RejectedRow> rejectedRows,
      List<SourceFile> sources,
      List<PlannedActivity> planned,
      List<ReturnRevision> revisions,
      NationalFigures england) {
    this(
        sites,
        calendar,
        participation,
        counts,
        statedTotals,
        problems,
        rejectedRows,
        sources,
        planned,
        revisions,
        england,
        List.of());
  }

  /** A dataset with no national figures for England. */
  public Dataset(
      List<Site> sites,
      StrikeCalendar calendar,
      ParticipationTable participation,
      List<DisruptionCount> counts,
      List<StatedTotal> statedTotals,
      List<DataProblem> problems,
      List<RejectedRow> rejectedRows,
      List<SourceFile> sources,
      List<PlannedActivity> planned,
      List<ReturnRevision> revisions) {
    this(
        sites,
        calendar,
        participation,
        counts,
        statedTotals,
        problems,
        rejectedRows,
        sources,
        planned,
        revisions,
        NationalFigures.NONE);
  }

  /** A dataset with planned activity and no revised returns. */
  public Dataset(
      List<Site> sites,
      StrikeCalendar calendar,
      ParticipationTable participation,
      List<DisruptionCount> counts,
      List<StatedTotal> statedTotals,
      List<DataProblem> problems,
      List<RejectedRow> rejectedRows,
      List<SourceFile> sources,
      List<PlannedActivity> planned) {
    this(
        sites,
        calendar,
        participation,
        counts,
        statedTotals,
        problems,
        rejectedRows,
        sources,
        planned,
        List.of());
  }

  /** A dataset whose returns give no planned activity. */
  public Dataset(
      List<Site> sites,
      StrikeCalendar calendar,
      ParticipationTable participation,
      List<DisruptionCount> counts,
      List<StatedTotal> statedTotals,
      List<DataProblem> problems,
      List<RejectedRow> rejectedRows,
      List<SourceFile> sources) {
    this(
        sites,
        calendar,
        participation,
        counts,
        statedTotals,
        problems,
        rejectedRows,
        sources,
        List.of());
  }

  public Dataset {
    planned = List.copyOf(planned);
    revisions = List.copyOf(revisions);
    sites = List.copyOf(sites);
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(participation, "participation");
    counts = List.copyOf(counts);
    statedTotals = List.copyOf(statedTotals);
    problems = List.copyOf(problems);
    rejectedRows = List.copyOf(rejectedRows);
    sources = List.copyOf(sources);
    Objects.requireNonNull(england, "england");
    staff = List.copyOf(staff);
  }

  /** The same dataset with this planned activity in place of its own. */
  public Dataset withPlanned(List<PlannedActivity> plannedActivity) {
    return new Dataset(
        sites,
        calendar,
        participation,
        counts,
        statedTotals,
        problems,
        rejectedRows,
        sources,
        plannedActivity,
        revisions,
        england,
        staff);
  }

  /** The same dataset with these national figures for England in place of its own. */
  public Dataset withEngland(NationalFigures national) {
    return new Dataset(
        sites,
        calendar,
        participation,
        counts,
        statedTotals,
        problems,
        rejectedRows,
        sources,
        planned,
        revisions,
        national,
        staff);
  }

  /** The same dataset with these counts in place of its own (a test's "what if these were all"). */
  public Dataset withCounts(List<DisruptionCount> replacement) {
    return new Dataset(
        sites,
        calendar,
        participation,
        replacement,
        statedTotals,
        problems,
        rejectedRows,
        sources,
        planned,
        revisions,
        england,
        staff);
  }

  /** The same dataset with these problems in place of its own (more found after reading). */
  public Dataset withProblems(List<DataProblem> replacement) {
    return new Dataset(
        sites,
        calendar,
        participation,
        counts,
        statedTotals,
        replacement,
        rejectedRows,
        sources,
        planned,
        revisions,
        england,
        staff);
  }

  /** The same dataset with these figures of staff taking part in place of its own. */
  public Dataset withStaff(List<StaffTakingPart> staffTakingPart) {
    return new Dataset(
        sites,
        calendar,
        participation,
        counts,
        statedTotals,
        problems,
        rejectedRows,
        sources,
        planned,
        revisions,
        england,
        staffTakingPart);
  }

  public Optional<Site> site(String odsCode) {
    return sites.stream().filter(s -> s.odsCode().equals(odsCode)).findFirst();
  }

  /** The site's abbreviation for tables, or the bare code when the site is not registered. */
  public String siteLabel(String odsCode) {
    return site(odsCode).map(Site::abbreviation).orElse(odsCode);
  }
}
