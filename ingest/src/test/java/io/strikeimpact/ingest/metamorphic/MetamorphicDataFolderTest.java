package io.strikeimpact.ingest.metamorphic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.model.analysis.SiteBreakdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Metamorphic tests over generated data folders: changes to how the same returns are sent (split
 * across files, rows shuffled, laid out long or wide, a site that did not take part added, a zero
 * row added) give the same figures and the same sentences; a group of one action gives that
 * action's rates. Each seed is one generated folder; a failure names its seed.
 */
class MetamorphicDataFolderTest {
  static final LocalDate AS_OF = LocalDate.of(2023, 4, 3);
  static final String EXTRA_SITE = "RXY";

  static LongStream seeds() {
    return LongStream.range(1, 26);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void the_same_returns_split_across_files_give_the_same_figures(long seed) throws IOException {
    Returns r = Returns.generate(new Random(seed));
    assertSame(seed, r.folder(Layout.LONG, 1, false), r.folder(Layout.LONG, 3, false));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void the_same_returns_with_rows_shuffled_give_the_same_figures(long seed) throws IOException {
    Returns r = Returns.generate(new Random(seed));
    Returns shuffled = r.shuffled(new Random(seed * 31));
    assertSame(seed, r.folder(Layout.LONG, 1, false), shuffled.folder(Layout.LONG, 2, false));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void the_same_returns_laid_out_long_or_wide_give_the_same_figures(long seed) throws IOException {
    Returns r = Returns.generate(new Random(seed));
    assertSame(seed, r.folder(Layout.LONG, 1, false), r.folder(Layout.WIDE, 1, false));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_site_that_did_not_take_part_changes_no_figure_or_sentence(long seed) throws IOException {
    Returns r = Returns.generate(new Random(seed));
    Analysis without = analyse(r.folder(Layout.LONG, 1, false));
    Analysis with = analyse(r.folder(Layout.LONG, 1, true));
    assertTrue(
        with.sites().stream().anyMatch(s -> s.odsCode().equals(EXTRA_SITE)),
        "the extra site is in the register");
    assertEquals(Figures.of(without), Figures.of(with), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_zero_row_added_changes_no_figure_or_sentence(long seed) throws IOException {
    Returns r = Returns.generate(new Random(seed));
    Returns zero = r.withZeroRow(new Random(seed * 17));
    assertSame(seed, r.folder(Layout.LONG, 1, false), zero.folder(Layout.LONG, 1, false));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_group_of_one_action_gives_that_actions_rates(long seed) throws IOException {
    Returns r = Returns.generate(new Random(seed));
    InMemorySourceFolder folder =
        r.folder(Layout.LONG, 1, false)
            .put(
                "reference/action-groups.csv",
                "group_id,description,action_ids\n"
                    + "march-only,\"BMA junior doctors' strike, March 2023\",bma-jd-2023-03\n");
    Dataset d = DataFolderReader.read(folder);
    Analysis action = ImpactAnalysis.analyse(d, asking("bma-jd-2023-03"));
    Analysis group = ImpactAnalysis.analyse(d, asking("march-only"));
    assertEquals(
        Figures.sites(action.sites(), action.allSites()),
        Figures.sites(group.sites(), group.allSites()),
        "seed " + seed);
    // The rates are the action's own: its total over its 3 days and 72 hours.
    SiteBreakdown all = group.allSites();
    assertEquals(r.total("bma-jd-2023-03") / 3.0, all.perDay().orElseThrow().value(), 1e-9);
    assertEquals(r.total("bma-jd-2023-03") / 72.0, all.perHour().orElseThrow().value(), 1e-9);
  }

  private static void assertSame(long seed, InMemorySourceFolder a, InMemorySourceFolder b)
      throws IOException {
    Analysis first = analyse(a);
    Analysis second = analyse(b);
    assertTrue(first.dataset().problems().isEmpty(), () -> first.dataset().problems().toString());
    assertTrue(second.dataset().problems().isEmpty(), () -> second.dataset().problems().toString());
    assertEquals(Figures.of(first), Figures.of(second), "seed " + seed);
  }

  static Analysis analyse(InMemorySourceFolder folder) throws IOException {
    return ImpactAnalysis.analyse(DataFolderReader.read(folder), asking(null));
  }

  static AnalysisRequest asking(String focus) {
    return new AnalysisRequest(
        ReportSettings.norfolkAndWaveney(AS_OF), Optional.ofNullable(focus), List.of());
  }

  /** The layouts a hospital may send the same counts in. */
  enum Layout {
    /** One row per day and type. */
    LONG,
    /** One row per day, one count column per type. */
    WIDE
  }

  /** One generated day's counts at a site. */
  record Day(String site, String date, long outpatient, long inpatient) {}

  /** The generated returns: a day's outpatient and inpatient counts, site by site. */
  record Returns(List<Day> days, List<Day> zeroRows) {
    static final List<String> MARCH = List.of("13/03/2023", "14/03/2023", "15/03/2023");
    static final List<String> NURSING =
        List.of("18/01/2023", "19/01/2023", "06/02/2023", "07/02/2023");

    static Returns generate(Random random) {
      List<Day> days = new ArrayList<>();
      for (String site : List.of("RM1", "RCX", "RGP")) {
        for (String date : MARCH) {
          days.add(new Day(site, date, random.nextInt(1500), random.nextInt(300)));
        }
      }
      for (String date : NURSING) {
        days.add(new Day("RM1", date, random.nextInt(400), random.nextInt(100)));
      }
      return new Returns(days, List.of());
    }

    Returns shuffled(Random random) {
      List<Day> copy = new ArrayList<>(days);
      Collections.shuffle(copy, random);
      return new Returns(copy, zeroRows);
    }

    /** The same returns and one more row, of nothing rescheduled, on a day of one site's action. */
    Returns withZeroRow(Random random) {
      Day d = days.get(random.nextInt(days.size()));
      return new Returns(days, List.of(new Day(d.site(), d.date(), 0, 0)));
    }

    long total(String action) {
      return days.stream()
          .filter(d -> action.equals("bma-jd-2023-03") == MARCH.contains(d.date()))
          .mapToLong(d -> d.outpatient() + d.inpatient())
          .sum();
    }

    /**
     * The data folder: the samples' reference files, a profile per site in the layout, each site's
     * rows in {@code files} files, and with {@code extraSite} a fourth site that took part in
     * nothing.
     */
    InMemorySourceFolder folder(Layout layout, int files, boolean extraSite) throws IOException {
      InMemorySourceFolder folder = new InMemorySourceFolder();
      Path reference = Path.of("../samples/data/reference");
      String sites = Files.readString(reference.resolve("sites.csv"));
      String participation = Files.readString(reference.resolve("participation.csv"));
      String calendar = Files.readString(reference.resolve("calendar.csv"));
      if (extraSite) {
        sites += EXTRA_SITE + ",Extra Hospital,EXH,Extra Hospitals NHS Trust\n";
        for (String id :
            calendar.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().toList()) {
          participation += id + "," + EXTRA_SITE + ",did not take part,not in the area\n";
        }
      }
      folder.put("reference/sites.csv", sites);
      folder.put("reference/participation.csv", participation);
      folder.put("reference/calendar.csv", calendar);
      for (String site : List.of("RM1", "RCX", "RGP")) {
        folder.put("profiles/" + site + ".properties", profile(site, layout));
        List<String> rows = new ArrayList<>();
        for (Day d : days) {
          if (d.site().equals(site)) {
            rows.addAll(rows(d, layout));
          }
        }
        for (Day d : zeroRows) {
          if (d.site().equals(site)) {
            rows.addAll(rows(d, layout));
          }
        }
        // Split the rows into files at even cuts; every file keeps the header.
        int per = Math.max(1, (rows.size() + files - 1) / files);
        for (int f = 0; f * per < rows.size(); f++) {
          List<String> part = rows.subList(f * per, Math.min(rows.size(), (f + 1) * per));
          folder.put(
              "returns/" + site + "/part-" + (f + 1) + ".csv",
              header(layout) + "\n" + String.join("\n", part) + "\n");
        }
      }
      return folder;
    }

    private static String header(Layout layout) {
      return layout == Layout.LONG ? "Date,Activity,Rescheduled" : "Date,Outpatients,Inpatients";
    }

    private static List<String> rows(Day d, Layout layout) {
      return layout == Layout.LONG
          ? List.of(d.date() + ",OP," + d.outpatient(), d.date() + ",IP," + d.inpatient())
          : List.of(d.date() + "," + d.outpatient() + "," + d.inpatient());
    }

    private static String profile(String site, Layout layout) {
      String common = "site = " + site + "\nfiles = returns/" + site + "/*\ncolumn.date = Date\n";
      return layout == Layout.LONG
          ? common
              + "column.type = Activity\ncolumn.count = Rescheduled\naction = by-date\n"
              + "type.outpatient = OP\ntype.inpatient = IP\n"
          : common
              + "columns.by-type = Outpatients=outpatient, Inpatients=inpatient\n"
              + "action = by-date\n";
    }
  }

  /**
   * What a reader of any output sees: each site's figures and status, the comparison, the ranking
   * and the executive summary's sentences; not where each count came from, which a layout changes.
   * A site that took part in nothing is left out, as it adds no figure.
   */
  record Figures(List<String> sites, List<String> comparison, List<String> sentences) {
    static Figures of(Analysis a) {
      return new Figures(
          sites(a.sites(), a.allSites()),
          a.comparison()
              .map(
                  c ->
                      c.rows().stream()
                          .map(
                              r ->
                                  r.label()
                                      + " "
                                      + r.ratio(io.strikeimpact.model.analysis.Basis.PER_DAY)
                                      + " "
                                      + r.ratio(io.strikeimpact.model.analysis.Basis.PER_HOUR)
                                      + " "
                                      + r.notApplicableReason())
                          .toList())
              .orElse(List.of()),
          a.executiveSummary());
    }

    static List<String> sites(List<SiteBreakdown> sites, SiteBreakdown all) {
      List<String> out = new ArrayList<>();
      for (SiteBreakdown b : sites) {
        if (!b.odsCode().equals(EXTRA_SITE)) {
          out.add(line(b));
        }
      }
      out.add(line(all));
      return out;
    }

    private static String line(SiteBreakdown b) {
      return b.label()
          + " total="
          + (b.reported() ? b.total() : "-")
          + " op="
          + b.figure(ActivityType.OUTPATIENT)
          + " ip="
          + b.figure(ActivityType.INPATIENT)
          + " day="
          + b.perDay().map(r -> r.value())
          + " hour="
          + b.perHour().map(r -> r.value())
          + " status="
          + (b.reported() ? "" : b.statusText());
    }
  }
}
