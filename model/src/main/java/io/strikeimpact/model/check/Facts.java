package io.strikeimpact.model.check;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.NationalFigure;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.StaffTakingPart;
import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.ActionTotal;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Comparison;
import io.strikeimpact.model.analysis.ComparisonRow;
import io.strikeimpact.model.analysis.ComparisonSide;
import io.strikeimpact.model.analysis.EnglandContext;
import io.strikeimpact.model.analysis.EnglandHistoryRow;
import io.strikeimpact.model.analysis.EnglandShare;
import io.strikeimpact.model.analysis.EnglandValue;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.NationalAction;
import io.strikeimpact.model.analysis.Rate;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.check.Fact.About;
import io.strikeimpact.model.check.Fact.Kind;
import io.strikeimpact.model.text.HouseStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Every figure an {@link Analysis} can vouch for, read from it and never worked out again. */
final class Facts {
  private static final Set<String> COMMON_WORDS =
      Set.of(
          "hospital",
          "hospitals",
          "university",
          "and",
          "the",
          "of",
          "nhs",
          "foundation",
          "trust",
          "trusts",
          "ics",
          "icb");

  private final Analysis analysis;
  private final List<Fact> facts = new ArrayList<>();

  private Facts(Analysis analysis) {
    this.analysis = analysis;
  }

  static List<Fact> of(Analysis analysis) {
    Facts f = new Facts(analysis);
    f.focus();
    f.comparison();
    f.history();
    f.calendar();
    f.otherActions();
    f.england();
    f.staff();
    return f.facts.stream().distinct().toList();
  }

  /**
   * The site, type and rate figures of every other action with returns. A draft about March is
   * checked against March even when April's returns are in the folder and April is the focus.
   */
  private void otherActions() {
    Set<String> withReturns = new LinkedHashSet<>();
    analysis.dataset().counts().forEach(c -> withReturns.add(c.actionId()));
    for (IndustrialAction a : analysis.dataset().calendar().actions()) {
      if (!withReturns.contains(a.id()) || analysis.focus().actionIds().equals(Set.of(a.id()))) {
        continue;
      }
      Analysis other =
          ImpactAnalysis.analyse(
              analysis.dataset(),
              new AnalysisRequest(analysis.settings(), Optional.of(a.id()), List.of()));
      Facts f = new Facts(other);
      f.focus();
      facts.addAll(f.facts);
    }
  }

  private void focus() {
    ActionGroup focus = analysis.focus();
    List<String> action = actionCues(focus);
    add(
        Kind.DAYS,
        focus.days().size(),
        "the days of " + focus.describe(),
        "the strike calendar",
        List.of(action),
        List.of(),
        About.outcome(focus.actionIds()));
    for (SiteBreakdown site : analysis.sites()) {
      if (!site.reported()) {
        continue;
      }
      List<String> siteCues = siteCues(site.odsCode());
      String source = "the returns: " + files(site.odsCode(), focus.actionIds());
      String who = site.label() + "'s ";
      add(
          Kind.COUNT,
          site.total(),
          who + "total for " + focus.describe(),
          source,
          List.of(siteCues, action, totalCues()),
          siteCues,
          About.outcome(focus.actionIds()));
      typeFacts(site, who, focus, source, siteCues, action);
      rates(site.perDay().orElse(null), who, focus, source, siteCues, action);
      rates(site.perHour().orElse(null), who, focus, source, siteCues, action);
      typeRates(site, who, focus, source, siteCues, action);
      planned(site.perThousandPlanned().orElse(null), who, focus, source, siteCues, action);
      add(
          Kind.PERCENT,
          site.share() * 100,
          who + "share of all sites' total",
          source,
          List.of(siteCues, action, List.of("share", "per cent", "%")),
          siteCues,
          About.outcome(focus.actionIds()));
    }
    SiteBreakdown all = analysis.allSites();
    if (all.reported()) {
      String source = "the sum of the returns: " + files(null, focus.actionIds());
      // A total from some of the returns is said to be partial in the verdict that quotes it.
      String partial =
          analysis.partialTotal().partial()
              ? " (" + analysis.partialTotal().statusText() + ")"
              : "";
      add(
          Kind.COUNT,
          all.total(),
          "all sites' total for " + focus.describe() + partial,
          source,
          List.of(action, totalCues(), areaCues()),
          List.of(),
          About.outcome(focus.actionIds()));
      typeFacts(all, "all sites' ", focus, source, List.of(), action);
      rates(all.perDay().orElse(null), "all sites' ", focus, source, List.of(), action);
      rates(all.perHour().orElse(null), "all sites' ", focus, source, List.of(), action);
      typeRates(all, "all sites' ", focus, source, List.of(), action);
      planned(
          all.perThousandPlanned().orElse(null), "all sites' ", focus, source, List.of(), action);
    }
  }

  /**
   * The rate per 1,000 planned the pack prints, where the returns give planned activity, and the
   * same as a percentage of planned activity ("11% of planned activity"): only words that say
   * "planned" mean either.
   */
  private void planned(
      Rate rate,
      String who,
      ActionGroup group,
      String source,
      List<String> siteCues,
      List<String> action) {
    if (rate == null) {
      return;
    }
    List<String> planned = List.of("planned");
    About about = About.outcome(group.actionIds());
    facts.add(
        new Fact(
            Kind.RATE,
            rate.value(),
            HouseStyle.rate(rate.value()),
            who
                + "rate "
                + rate.basis().phrase()
                + " in "
                + group.describe()
                + ", "
                + rate.workings(),
            source,
            List.of(siteCues, action, planned),
            siteCues,
            about.per(rate.basis()),
            planned));
    double share = rate.value() / 10;
    facts.add(
        new Fact(
            Kind.PERCENT,
            share,
            HouseStyle.percent(share / 100),
            who
                + "rescheduled as a share of planned activity in "
                + group.describe()
                + ", "
                + rate.workings(),
            source,
            List.of(siteCues, action, planned),
            siteCues,
            about,
            planned));
  }

  private void typeFacts(
      SiteBreakdown site,
      String who,
      ActionGroup focus,
      String source,
      List<String> siteCues,
      List<String> action) {
    for (ActivityType type : ActivityType.values()) {
      var figure = site.figure(type);
      if (figure.isPresent() && type != ActivityType.TOTAL_ONLY) {
        add(
            Kind.COUNT,
            figure.getAsLong(),
            who + type.description() + " in " + focus.describe(),
            source,
            List.of(siteCues, action, typeCues(type)),
            siteCues,
            About.outcome(focus.actionIds()).typed(type));
        // "Outpatient appointments made up 87 per cent of the total", as the pack's chart title
        // puts it: the type's share of the same total, meant only by words naming the type.
        if (site.total() > 0) {
          double share = 100.0 * figure.getAsLong() / site.total();
          facts.add(
              new Fact(
                  Kind.PERCENT,
                  share,
                  HouseStyle.percent(share / 100),
                  who
                      + type.description()
                      + " as a share of the total for "
                      + focus.describe()
                      + ", "
                      + HouseStyle.count(figure.getAsLong())
                      + " of "
                      + HouseStyle.count(site.total()),
                  source,
                  List.of(siteCues, action, typeCues(type), List.of("share", "per cent", "%")),
                  siteCues,
                  About.outcome(focus.actionIds()).typed(type),
                  typeCues(type)));
        }
      }
    }
  }

  private void rates(
      Rate rate,
      String who,
      ActionGroup group,
      String source,
      List<String> siteCues,
      List<String> action) {
    if (rate == null) {
      return;
    }
    List<String> basis = basisCues(rate.basis());
    add(
        Kind.RATE,
        rate.value(),
        who + "rate " + rate.basis().phrase() + " in " + group.describe() + ", " + rate.workings(),
        source,
        List.of(siteCues, action, basis),
        siteCues,
        About.outcome(group.actionIds()).per(rate.basis()));
  }

  /**
   * Each type's rate a day and an hour of action, over the days and hours of the site's own rate: a
   * draft writes "606 inpatient procedures were moved, about 200 a day". No report shows these
   * rates, so each says it was derived from the figures it divides.
   */
  private void typeRates(
      SiteBreakdown site,
      String who,
      ActionGroup focus,
      String source,
      List<String> siteCues,
      List<String> action) {
    for (ActivityType type : List.of(ActivityType.OUTPATIENT, ActivityType.INPATIENT)) {
      OptionalLong figure = site.figure(type);
      if (figure.isEmpty()) {
        continue;
      }
      for (Optional<Rate> total : List.of(site.perDay(), site.perHour())) {
        total.ifPresent(
            t -> {
              Rate rate = Rate.of(figure.getAsLong(), t.denominator(), t.basis());
              add(
                  Kind.RATE,
                  rate.value(),
                  who
                      + type.description()
                      + " "
                      + rate.basis().phrase()
                      + " in "
                      + focus.describe()
                      + ", "
                      + rate.workings(),
                  "derived from " + source,
                  List.of(siteCues, action, basisCues(rate.basis()), typeCues(type)),
                  siteCues,
                  About.outcome(focus.actionIds()).typed(type).per(rate.basis()));
            });
      }
    }
  }

  private static List<String> basisCues(Basis basis) {
    return basis == Basis.PER_HOUR ? List.of("hour") : List.of("day");
  }

  private void comparison() {
    if (analysis.comparison().isEmpty()) {
      return;
    }
    Comparison c = analysis.comparison().get();
    List<String> baseline = actionCues(c.baseline());
    List<String> focus = actionCues(c.focus());
    List<ComparisonRow> rows = new ArrayList<>(c.rows());
    // With one comparable site the like-for-like row is that site's row again, not all sites'.
    c.likeForLike().filter(l -> c.comparableRows().size() > 1).ifPresent(rows::add);
    About both = About.between(c.focus().actionIds(), c.baseline().actionIds());
    baselineOfAllSites(c, baseline);
    for (ComparisonRow row : rows) {
      List<String> siteCues =
          row.odsCode() == null || row.odsCode().isEmpty() ? List.of() : siteCues(row.odsCode());
      String who = row.label() + "'s ";
      if (row.baseline().isPresent()) {
        ComparisonSide b = row.baseline().get();
        String source =
            "the returns: " + files(siteCues.isEmpty() ? null : row.odsCode(), b.actionIds());
        add(
            Kind.COUNT,
            b.total(),
            who + "total for " + c.baseline().describe(),
            source,
            List.of(siteCues, baseline, totalCues()),
            siteCues,
            About.outcome(c.baseline().actionIds()));
        add(
            Kind.DAYS,
            b.days().size(),
            "the days of " + c.baseline().describe(),
            "the strike calendar",
            List.of(baseline),
            List.of(),
            About.outcome(c.baseline().actionIds()));
        add(
            Kind.HOURS,
            b.hours(),
            "the hours of " + c.baseline().describe(),
            "the strike calendar",
            List.of(baseline),
            List.of(),
            About.outcome(c.baseline().actionIds()));
        rates(b.perDay(), who, c.baseline(), source, siteCues, baseline);
        rates(b.perHour(), who, c.baseline(), source, siteCues, baseline);
      }
      // The whole action's totals too: "3,451, up from 1,506, a rise of 129%" compares totals, and
      // "a rise of 53% per hour of action" the rates an hour.
      for (Basis basis : List.of(Basis.PER_DAY, Basis.PER_HOUR, Basis.PER_ACTION)) {
        row.ratio(basis)
            .ifPresent(
                r -> {
                  boolean totals = basis == Basis.PER_ACTION;
                  List<List<String>> cues = List.of(siteCues, baseline, focus, comparedCues(basis));
                  String workings =
                      totals
                          ? HouseStyle.count(r.focus().count())
                              + " against "
                              + HouseStyle.count(r.baseline().count())
                          : r.focus().workings() + " against " + r.baseline().workings();
                  String of = totals ? "in the total" : basis.phrase();
                  add(
                      Kind.RATIO,
                      r.value(),
                      who + "ratio " + of + ", " + c.focus().noun() + " to " + c.baseline().noun(),
                      workings,
                      cues,
                      siteCues,
                      both.per(basis));
                  add(
                      Kind.PERCENT,
                      r.change() * 100,
                      who + "change " + of + ", " + c.baseline().noun() + " to " + c.focus().noun(),
                      workings,
                      cues,
                      siteCues,
                      both.per(basis));
                });
      }
    }
  }

  /**
   * All sites' total for the baseline group where no like-for-like row gives it: with one site in
   * both (the N&amp;N alone took part in the nursing strikes), "1,506 across the four days of RCN
   * action" is all sites' total too, the sum of each of its actions' totals.
   */
  private void baselineOfAllSites(Comparison c, List<String> baseline) {
    if (c.likeForLike().isPresent() && c.comparableRows().size() > 1) {
      return;
    }
    long sum = 0;
    Set<String> covered = new LinkedHashSet<>();
    for (ActionTotal t : analysis.history()) {
      if (c.baseline().actionIds().containsAll(t.action().actionIds())) {
        sum += t.acute();
        covered.addAll(t.action().actionIds());
      }
    }
    if (!covered.equals(c.baseline().actionIds()) || covered.size() < 2) {
      return;
    }
    add(
        Kind.COUNT,
        sum,
        "all sites' total for " + c.baseline().describe(),
        "the sum of the returns: " + files(null, covered),
        List.of(baseline, totalCues(), areaCues()),
        List.of(),
        About.outcome(covered));
  }

  /** The words that say what a comparison compares: rates a day or an hour, or the totals. */
  private static List<String> comparedCues(Basis basis) {
    return switch (basis) {
      case PER_HOUR -> List.of("hour");
      case PER_DAY -> List.of("day");
      default -> totalCues();
    };
  }

  /** Words that say a count is a running total; the reader decides which sentences say so. */
  private static final List<String> RUNNING_CUES =
      List.of("cumulative", "so far", "to date", "since", "running total");

  /**
   * The actions of the history up to and including {@code t}, whose returns its running total sums.
   */
  private Set<String> upTo(ActionTotal t) {
    Set<String> ids = new LinkedHashSet<>();
    for (ActionTotal each : analysis.history()) {
      ids.addAll(each.action().actionIds());
      if (each == t) {
        break;
      }
    }
    return ids;
  }

  private void history() {
    for (ActionTotal t : analysis.history()) {
      List<String> action = actionCues(t.action());
      String source = "the sum of the returns: " + files(null, t.action().actionIds());
      add(
          Kind.COUNT,
          t.acute(),
          "all sites' total for "
              + t.action().describe()
              + t.partialNote().map(n -> " (" + n + ")").orElse(""),
          source,
          List.of(action, totalCues(), areaCues()),
          List.of(),
          About.outcome(t.action().actionIds()));
      add(
          Kind.COUNT,
          t.cumulative(),
          "the running total up to " + t.action().describe(),
          "the sum of the returns: " + files(null, upTo(t)),
          List.of(action, RUNNING_CUES),
          List.of(),
          About.runningTotal(t.action().actionIds()));
      // Each site's own running total too: "the N&N has rescheduled 4,957 so far".
      t.cumulativeBySite()
          .forEach(
              (ods, n) -> {
                List<String> siteCues = siteCues(ods);
                add(
                    Kind.COUNT,
                    n,
                    analysis.dataset().siteLabel(ods)
                        + "'s running total up to "
                        + t.action().describe(),
                    "the returns: " + files(ods, upTo(t)),
                    List.of(siteCues, action, RUNNING_CUES),
                    siteCues,
                    About.runningTotal(t.action().actionIds()));
                // "The N&N accounts for 80% of all appointments rescheduled so far".
                if (t.cumulative() > 0) {
                  add(
                      Kind.PERCENT,
                      100.0 * n / t.cumulative(),
                      analysis.dataset().siteLabel(ods)
                          + "'s share of the running total up to "
                          + t.action().describe()
                          + ", "
                          + HouseStyle.count(n)
                          + " of "
                          + HouseStyle.count(t.cumulative()),
                      "the sum of the returns: " + files(null, upTo(t)),
                      List.of(siteCues, action, RUNNING_CUES, List.of("share", "per cent", "%")),
                      siteCues,
                      About.runningTotal(t.action().actionIds()));
                }
              });
    }
    analysis
        .projection()
        .ifPresent(
            p -> {
              List<String> action = actionCues(ActionGroup.of(p.action()));
              add(
                  Kind.COUNT,
                  p.allSites().total().central(),
                  "the estimate for " + ActionGroup.of(p.action()).describe(),
                  p.method(),
                  List.of(action, List.of("expect", "estimate", "could", "may", "likely")),
                  List.of(),
                  new About(Set.of(p.action().id()), Optional.empty(), true));
            });
  }

  /**
   * NHS England's figures for each action the national file gives: the acute total, inpatient and
   * outpatient where published, the cumulative total, the peak of staff absent, and the sites'
   * share of England's total. A figure derived by subtraction says so; one not published is no fact
   * at all, so a draft's figure for it is "not found", never compared with 0.
   */
  private void england() {
    EnglandContext e = analysis.england();
    if (e.isEmpty()) {
      return;
    }
    List<String> england = Fact.ENGLAND;
    for (EnglandHistoryRow row : e.history()) {
      ActionGroup group = ActionGroup.of(row.action());
      List<String> action = actionCues(group);
      About about = About.outcome(Set.of(row.action().id()));
      String of = " for " + group.describe();
      EnglandValue acute = row.england();
      if (acute.known()) {
        add(
            Kind.COUNT,
            acute.value().getAsLong(),
            "England's acute total" + of + kindNote(acute),
            "NHS England's published figures: " + acute.source(),
            List.of(action, england, totalCues()),
            england,
            about);
      }
      e.figures()
          .action(row.action().id())
          .flatMap(NationalAction::figure)
          .ifPresent(f -> nationalParts(f, of, action, about));
      EnglandValue cumulative = row.englandCumulative();
      if (cumulative.known()) {
        add(
            Kind.COUNT,
            cumulative.value().getAsLong(),
            "England's running total up to " + group.describe() + kindNote(cumulative),
            "NHS England's published figures: " + cumulative.source(),
            List.of(action, england, RUNNING_CUES),
            england,
            About.runningTotal(Set.of(row.action().id())));
      }
      row.share().ifPresent(s -> share(s, "share of England's total" + of, action, about));
    }
    for (EnglandShare s : e.focus()) {
      if (s.measure() != EnglandShare.Measure.CUMULATIVE) {
        share(
            s,
            "share of England's " + s.measure().label() + " for " + analysis.focus().describe(),
            actionCues(analysis.focus()),
            About.outcome(analysis.focus().actionIds()));
      }
    }
  }

  /** England's figure of one activity type, from its column of the national file. */
  private void nationalPart(
      NationalFigure f,
      String of,
      List<String> action,
      About about,
      ActivityType type,
      String word,
      java.util.OptionalLong figure) {
    NationalFigure.Column column =
        type == ActivityType.INPATIENT
            ? NationalFigure.Column.INPATIENT
            : NationalFigure.Column.OUTPATIENT;
    figure.ifPresent(
        n ->
            add(
                Kind.COUNT,
                n,
                "England's " + word + " figure" + of,
                "NHS England's published figures: " + f.at(column).describe(),
                List.of(action, Fact.ENGLAND, typeCues(type)),
                Fact.ENGLAND,
                about.typed(type)));
  }

  private void nationalParts(NationalFigure f, String of, List<String> action, About about) {
    List<String> england = Fact.ENGLAND;
    String source = "NHS England's published figures: ";
    nationalPart(f, of, action, about, ActivityType.INPATIENT, "inpatient", f.inpatient());
    nationalPart(f, of, action, about, ActivityType.OUTPATIENT, "outpatient", f.outpatient());
    f.peakStaffAbsent()
        .ifPresent(
            n ->
                add(
                    Kind.COUNT,
                    n,
                    "the peak number of staff absent in England" + of,
                    source + f.at(NationalFigure.Column.PEAK_STAFF_ABSENT).describe(),
                    List.of(action, england, List.of("staff", "absent", "off work", "on strike")),
                    england,
                    about));
  }

  /**
   * The sites' share of England's figure, as the pack gives it to one decimal place; both where a
   * sentence names England ("2.7% of England's") and where it names the sites ("the three trusts'
   * 2.7%").
   */
  private void share(EnglandShare s, String what, List<String> action, About about) {
    if (s.share().isEmpty()) {
      return;
    }
    String source =
        "the sum of the returns over " + s.england().text() + ", " + s.england().source();
    for (List<String> site : List.of(Fact.ENGLAND, List.<String>of())) {
      facts.add(
          new Fact(
              Kind.PERCENT,
              s.share().getAsDouble() * 100,
              s.shareText(),
              "all sites' " + what,
              source,
              List.of(action, Fact.ENGLAND, List.of("share", "per cent", "%")),
              site,
              about));
    }
  }

  /** Words that say a figure counts staff taking part in an action, not activity. */
  private static final List<String> STAFF_CUES =
      List.of(
          "staff",
          "on strike",
          "striking",
          "took part",
          "taking part",
          "walked out",
          "picket",
          "absent",
          "stayed away");

  /**
   * The staff taking part at each site on each day of action, as the returns give them, and each
   * site's peak and average a day for the focus action. A figure made up for a sample says so.
   */
  private void staff() {
    for (StaffTakingPart s : analysis.dataset().staff()) {
      Optional<IndustrialAction> action = analysis.dataset().calendar().find(s.actionId());
      if (action.isEmpty()) {
        continue;
      }
      List<String> siteCues = siteCues(s.odsCode());
      List<String> cues = new ArrayList<>(actionCues(ActionGroup.of(action.get())));
      cues.add(s.date().getDayOfMonth() + " " + monthName(s.date()));
      facts.add(
          new Fact(
              Kind.COUNT,
              s.staff(),
              HouseStyle.count(s.staff()),
              analysis.dataset().siteLabel(s.odsCode())
                  + "'s staff taking part on "
                  + HouseStyle.date(s.date())
                  + (s.illustrative() ? ", an illustrative figure" : ""),
              s.provenance().describe(),
              List.of(siteCues, cues, STAFF_CUES),
              siteCues,
              About.outcome(Set.of(s.actionId())),
              STAFF_CUES));
    }
    for (SiteBreakdown site : analysis.sites()) {
      site.staff()
          .ifPresent(
              st -> {
                List<String> siteCues = siteCues(site.odsCode());
                facts.add(
                    new Fact(
                        Kind.RATE,
                        st.average(),
                        HouseStyle.rate(st.average()),
                        site.label()
                            + "'s average a day of staff taking part in "
                            + analysis.focus().describe()
                            + (st.illustrative() ? ", from illustrative figures" : ""),
                        "the returns' staff figures",
                        List.of(siteCues, actionCues(analysis.focus()), List.of("average")),
                        siteCues,
                        About.outcome(analysis.focus().actionIds()).per(Basis.PER_DAY),
                        STAFF_CUES));
              });
    }
  }

  private static String monthName(java.time.LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.UK);
  }

  /** " (derived by subtraction, not published)" for a figure NHS England did not publish itself. */
  private static String kindNote(EnglandValue v) {
    return v.derived() ? " (" + v.kind().label() + ")" : "";
  }

  private void calendar() {
    for (IndustrialAction a : analysis.dataset().calendar().actions()) {
      ActionGroup g = ActionGroup.of(a);
      List<String> cues = actionCues(g);
      add(
          Kind.HOURS,
          a.hours(),
          "the hours of " + g.describe(),
          "the strike calendar",
          List.of(cues),
          List.of(),
          About.outcome(Set.of(a.id())));
      add(
          Kind.DAYS,
          a.dayCount(),
          "the days of " + g.describe(),
          "the strike calendar",
          List.of(cues),
          List.of(),
          About.outcome(Set.of(a.id())));
    }
  }

  private void add(
      Kind kind,
      double value,
      String what,
      String source,
      List<List<String>> cues,
      List<String> site,
      Fact.About about) {
    String shown =
        switch (kind) {
          case COUNT, DAYS -> HouseStyle.count(Math.round(value));
          case RATE, HOURS -> HouseStyle.rate(value);
          case RATIO -> HouseStyle.ratio(value);
          case PERCENT -> HouseStyle.percent(value / 100);
        };
    // An empty cue group (all sites' site cues) is kept: no sentence names it, so it never scores.
    facts.add(new Fact(kind, value, shown, what, source, cues, site, about));
  }

  /**
   * The source files of the counts for a site (or all sites) and actions, in order of first use.
   */
  private String files(String odsCode, Set<String> actionIds) {
    Set<String> names = new LinkedHashSet<>();
    for (DisruptionCount c : analysis.dataset().counts()) {
      if ((odsCode == null || c.odsCode().equals(odsCode)) && actionIds.contains(c.actionId())) {
        names.add(c.provenance().file());
      }
    }
    return String.join(", ", names);
  }

  private List<String> siteCues(String odsCode) {
    return siteCues(analysis, odsCode);
  }

  /** The words that name a site: its ODS code, abbreviation, short name and the words of it. */
  static List<String> siteCues(Analysis analysis, String odsCode) {
    Set<String> area = new LinkedHashSet<>(words(analysis.settings().area()));
    List<String> cues = new ArrayList<>();
    cues.add(odsCode.toLowerCase(Locale.UK));
    analysis.dataset().site(odsCode).ifPresent(s -> addSiteWords(s, area, cues));
    // "Norfolk & Norwich" is how many write "Norfolk and Norwich", and "N and N" the "N&N": else
    // the area's word inside it ("Norfolk") makes the figure all sites'.
    for (String cue : List.copyOf(cues)) {
      String variant =
          cue.contains(" and ")
              ? cue.replace(" and ", " & ")
              : cue.contains(" & ") ? cue.replace(" & ", " and ") : null;
      if (variant != null && !cues.contains(variant)) {
        cues.add(variant);
      }
    }
    return cues;
  }

  private static void addSiteWords(Site s, Set<String> area, List<String> cues) {
    cues.add(s.abbreviation().toLowerCase(Locale.UK));
    cues.add(s.shortName().toLowerCase(Locale.UK));
    for (String part : s.shortName().split(",")) {
      cues.add(part.strip().toLowerCase(Locale.UK));
    }
    // The name's words before its first generic word: "norfolk and norwich", "queen elizabeth". A
    // draft often writes no more, and the phrase outweighs the area's word ("Norfolk") inside it.
    List<String> leading = new ArrayList<>();
    for (String w : words(s.shortName())) {
      if (COMMON_WORDS.contains(w) && !w.equals("and") && !w.equals("the")) {
        break;
      }
      leading.add(w);
    }
    if (leading.size() > 1) {
      cues.add(String.join(" ", leading));
    }
    for (String w : words(s.shortName())) {
      if (!COMMON_WORDS.contains(w) && !area.contains(w) && w.length() > 2) {
        cues.add(w);
      }
    }
  }

  private List<String> areaCues() {
    List<String> cues = new ArrayList<>(List.of("all sites", "across", "in total", "altogether"));
    cues.add(analysis.settings().area().toLowerCase(Locale.UK));
    return cues;
  }

  private static List<String> totalCues() {
    return List.of("total", "in all", "altogether", "overall");
  }

  private static List<String> typeCues(ActivityType type) {
    return switch (type) {
      case OUTPATIENT -> List.of("outpatient", "out-patient");
      case INPATIENT -> List.of("inpatient", "in-patient", "day case", "procedures", "treatments");
      case TOTAL_ONLY -> List.of("total");
    };
  }

  /** Who struck and when: staff groups, their unions, and the months of the days of action. */
  static List<String> actionCues(ActionGroup group) {
    List<String> cues = new ArrayList<>();
    for (StaffGroup g : group.staffGroups()) {
      cues.add(g.label());
      if (g.equals(StaffGroup.NURSES)) {
        cues.addAll(List.of("nurse", "nursing", "royal college of nursing", "rcn"));
      } else if (g.equals(StaffGroup.JUNIOR_DOCTORS) || g.equals(StaffGroup.CONSULTANTS)) {
        cues.addAll(List.of("doctor", "british medical association", "bma"));
      }
    }
    for (IndustrialAction a : group.actions()) {
      for (var day : a.days()) {
        cues.add(monthName(day));
      }
    }
    return cues.stream().distinct().toList();
  }

  private static List<String> words(String s) {
    return List.of(s.toLowerCase(Locale.UK).split("[^a-z'&]+"));
  }
}
