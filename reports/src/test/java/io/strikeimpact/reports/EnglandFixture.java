package io.strikeimpact.reports;

import io.strikeimpact.ingest.Read;
import io.strikeimpact.ingest.reference.EnglandReader;
import io.strikeimpact.model.ActionPeriod;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.NationalFigures;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The story (the March strike, as at 3 April 2023) with the nursing strike of December 2022 in the
 * calendar (no returns here) and a national file, read through {@link EnglandReader}, that mixes
 * published, blank, revised and derived figures. The per-action figures are NHS England's
 * (DOMAIN.md); the cumulative totals are made up so that every kind of check happens once:
 *
 * <ul>
 *   <li>row 2, December: 4,567 + 25,009 = 29,576 published, with a cumulative of 29,600, which does
 *       not agree (24 more than the 29,576 the one action gives);
 *   <li>rows 3 and 4, January and February: every figure blank, so not published; the sites here
 *       rescheduled 752 and 754, whose shares are "not published", never 0;
 *   <li>row 5, March, release of 20 March: 170,000; row 6, release of 17 April: 17,866 + 157,256 =
 *       175,122 and a cumulative of 275,321. The step from December cannot be checked (January and
 *       February have no figure), and the earlier release is a revision;
 *   <li>row 7, April: inpatient 20,470, outpatient and acute total blank, a cumulative of 471,546,
 *       so the acute total is derived by subtraction: 471,546 - 275,321 = 196,225.
 * </ul>
 */
public final class EnglandFixture {
  public static final String DECEMBER = "rcn-2022-12";

  public static final String CSV =
      """
      action_id,release_date,source,inpatient,outpatient,acute_total,other_settings,peak_staff_absent,peak_staff_absent_date,cumulative_acute_total
      rcn-2022-12,2023-04-17,NHS England press release,4567,25009,29576,,,,29600
      rcn-2023-01,2023-04-17,NHS England press release,,,,,,,
      rcn-2023-02,2023-04-17,NHS England press release,,,,,,,
      bma-jd-2023-03,2023-03-20,NHS England press release,,,170000,,,,
      bma-jd-2023-03,2023-04-17,NHS England press release,17866,157256,175122,,,,275321
      bma-jd-2023-04,2023-05-02,NHS England press release,20470,,,,,,471546
      """;

  private EnglandFixture() {}

  /** The story's calendar with the nursing strike of 15 and 20 December 2022 before it. */
  public static StrikeCalendar calendar() {
    List<IndustrialAction> actions = new ArrayList<>(StoryData.calendar().actions());
    actions.add(
        new IndustrialAction(
            DECEMBER,
            "RCN",
            Set.of(StaffGroup.NURSES),
            List.of(
                period("2022-12-15T08:00", "2022-12-15T20:00"),
                period("2022-12-20T08:00", "2022-12-20T20:00"))));
    return new StrikeCalendar(actions);
  }

  /**
   * NHS England's figures for the first five actions as DOMAIN.md lists them, every one published
   * with its parts, and no cumulative total.
   */
  public static final String PUBLISHED =
      """
      action_id,release_date,source,inpatient,outpatient,acute_total,other_settings,peak_staff_absent,peak_staff_absent_date,cumulative_acute_total
      rcn-2022-12,2023-04-17,NHS England press release,4567,25009,29576,,,,
      rcn-2023-01,2023-04-17,NHS England press release,5149,22677,27826,,,,
      rcn-2023-02,2023-04-17,NHS England press release,7704,35193,42897,,,,
      bma-jd-2023-03,2023-04-17,NHS England press release,17866,157256,175122,,,,
      bma-jd-2023-04,2023-04-17,NHS England press release,20470,175755,196225,,,,
      """;

  /** The national file, read as the data folder's {@code reference/england.csv} would be. */
  public static NationalFigures england() {
    return england(CSV);
  }

  /** A national file given as csv, read through {@link EnglandReader}. */
  public static NationalFigures england(String csv) {
    Read<NationalFigures> read =
        new EnglandReader()
            .read(
                csv.getBytes(StandardCharsets.UTF_8),
                new Provenance(EnglandReader.FILE, "test", "", ""),
                calendar());
    if (!read.problems().isEmpty()) {
      throw new IllegalStateException("The fixture reads with no problem: " + read.problems());
    }
    return read.value();
  }

  public static Dataset dataset() {
    return dataset(CSV);
  }

  /** The story's dataset with the national file {@code csv}. */
  public static Dataset dataset(String csv) {
    Dataset d = StoryData.dataset();
    return new Dataset(
        d.sites(),
        calendar(),
        d.participation(),
        d.counts(),
        d.statedTotals(),
        d.problems(),
        d.rejectedRows(),
        d.sources(),
        d.planned(),
        d.revisions(),
        england(csv));
  }

  /** The story's analysis with the mixed national file. */
  public static Analysis analysis() {
    return ImpactAnalysis.analyse(dataset(), StoryData.request());
  }

  private static ActionPeriod period(String start, String end) {
    return ActionPeriod.london(LocalDateTime.parse(start), LocalDateTime.parse(end));
  }
}
