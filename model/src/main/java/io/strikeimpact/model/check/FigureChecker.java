package io.strikeimpact.model.check;

import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.check.Fact.Kind;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every figure in a draft (a press release, a news story, a briefing) that the data can
 * answer: totals, site and type figures, rates, ratios, percentages, hours and days of action and
 * the dates of actions. Each figure is "matches", "differs: the data says N (source)" or "not found
 * in the data".
 *
 * <p>A figure is tied to the data by the words of its sentence: the site, the kind of activity, who
 * struck and the month. A figure equal to a stated total that disagrees with the returns (the ICB
 * summary's 4,736 against the returns' 4,726) differs, and the verdict names both. Pure: the same
 * analysis and text give the same checks.
 */
public final class FigureChecker {
  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String JOIN = "\\s*(and|to|-|\u2013)\\s*";
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "\\b" + MONTHS + "\\.?\\s+" + DAY + "(?:" + JOIN + DAY + ")?(?:,?\\s+(\\d{4}))?\\b");
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "\\b" + DAY + "(?:" + JOIN + DAY + ")?\\s+" + MONTHS + "\\b(?:,?\\s+(\\d{4}))?");
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d,]\\d)"
              + "|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=[- ](?:days?|hours?)\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern QUALIFIER =
      Pattern.compile(
          "(more than|over|at least|almost|nearly|about|around|some|fewer than|less than|under|up to)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  private final Analysis analysis;
  private final List<Fact> facts;
  private final List<List<String>> siteCueGroups;

  private FigureChecker(Analysis analysis) {
    this.analysis = analysis;
    this.facts = Facts.of(analysis);
    this.siteCueGroups =
        facts.stream().map(Fact::site).filter(s -> !s.isEmpty()).distinct().toList();
  }

  /** Every figure in {@code text}, in the order they appear, with its verdict. */
  public static List<FigureCheck> check(Analysis analysis, String text) {
    return new FigureChecker(analysis).checkAll(text);
  }

  private List<FigureCheck> checkAll(String text) {
    List<FigureCheck> checks = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      for (String sentence : lines[i].split("(?<=[.!?])\\s+(?=[A-Z\"'])")) {
        checks.addAll(checkSentence(sentence, i + 1));
      }
    }
    return checks;
  }

  private record Found(int start, FigureCheck check) {}

  private List<FigureCheck> checkSentence(String sentence, int line) {
    List<Found> found = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length()];
    for (Pattern p : List.of(MONTH_FIRST, DAY_FIRST)) {
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        if (taken[m.start()]) {
          continue;
        }
        parseDates(m, p == MONTH_FIRST)
            .ifPresent(
                dates -> {
                  found.add(new Found(m.start(), checkDates(m.group().strip(), line, dates)));
                  for (int k = m.start(); k < m.end(); k++) {
                    taken[k] = true;
                  }
                });
      }
    }
    String lower = sentence.toLowerCase(Locale.UK);
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) {
      if (taken[m.start()]) {
        continue;
      }
      double value;
      boolean decimals = m.group(2) != null;
      if (m.group(3) != null) {
        value = WORDS.get(m.group(3).toLowerCase(Locale.UK));
      } else {
        String digits = m.group(1).replace(",", "");
        value = Double.parseDouble(digits + (decimals ? m.group(2) : ""));
        if (!m.group(1).contains(",") && !decimals && value >= 1990 && value <= 2100) {
          continue; // a year
        }
      }
      String after = sentence.substring(m.end());
      Kind kind = kindOf(after);
      String unit = unitText(after, kind);
      Matcher q = QUALIFIER.matcher(sentence.substring(0, m.start()));
      String qualifier = q.find() ? q.group(1).toLowerCase(Locale.UK) : null;
      int start = qualifier == null ? m.start() : q.start();
      String figure = sentence.substring(start, m.end()) + unit;
      found.add(
          new Found(start, judge(figure.strip(), line, kind, value, decimals, qualifier, lower)));
    }
    return found.stream().sorted(Comparator.comparingInt(Found::start)).map(Found::check).toList();
  }

  private static Kind kindOf(String after) {
    String a = after.toLowerCase(Locale.UK);
    if (a.matches("^\\s*(%|per ?cent).*")) {
      return Kind.PERCENT;
    }
    if (a.matches("^[- ]hours?\\b.*")) {
      return Kind.HOURS;
    }
    if (a.matches("^[- ]days?\\b.*")) {
      return Kind.DAYS;
    }
    if (a.matches("^\\s*times\\b.*")) {
      return Kind.RATIO;
    }
    if (a.matches("^\\s+(?:\\w+\\s+)?(a|per|an|each) (day|hour)\\b.*")) {
      return Kind.RATE;
    }
    return Kind.COUNT;
  }

  private static String unitText(String after, Kind kind) {
    Matcher m =
        switch (kind) {
          case PERCENT ->
              Pattern.compile("^\\s*(%|per ?cent)", Pattern.CASE_INSENSITIVE).matcher(after);
          case HOURS -> Pattern.compile("^[- ]hours?", Pattern.CASE_INSENSITIVE).matcher(after);
          case DAYS -> Pattern.compile("^[- ]days?", Pattern.CASE_INSENSITIVE).matcher(after);
          case RATIO -> Pattern.compile("^\\s*times", Pattern.CASE_INSENSITIVE).matcher(after);
          default -> null;
        };
    return m != null && m.find() ? m.group() : "";
  }

  private FigureCheck judge(
      String figure,
      int line,
      Kind kind,
      double x,
      boolean decimals,
      String qualifier,
      String sentence) {
    List<Fact> candidates = facts.stream().filter(f -> f.kind() == kind).toList();
    if (qualifier == null) {
      Optional<Fact> exact =
          best(candidates.stream().filter(f -> equal(f, x, decimals)).toList(), sentence, x);
      if (exact.isPresent()) {
        return new FigureCheck(figure, line, Verdict.MATCHES, exact.get().explain());
      }
      if (kind == Kind.COUNT) {
        for (Reconciliation r : analysis.reconciliationWarnings()) {
          if (r.checkable() && r.stated().stated() == x) {
            return new FigureCheck(
                figure,
                line,
                Verdict.DIFFERS,
                "the data says "
                    + HouseStyle.count(r.summed())
                    + " (the sum of the returns: "
                    + String.join(", ", r.partSources())
                    + "); "
                    + r.stated().provenance().describe()
                    + " states "
                    + HouseStyle.count(r.stated().stated())
                    + " for "
                    + r.scopeDescription());
          }
        }
      }
      Optional<Fact> near =
          best(
              candidates.stream()
                  .filter(
                      f ->
                          score(f, sentence) >= 2
                              && Math.abs(f.value() - x) <= 0.25 * Math.max(1, f.value()))
                  .toList(),
              sentence,
              x);
      return near.map(
              f ->
                  new FigureCheck(
                      figure,
                      line,
                      Verdict.DIFFERS,
                      "the data says " + f.shown() + " (" + f.explain() + ")"))
          .orElseGet(() -> new FigureCheck(figure, line, Verdict.NOT_FOUND, ""));
    }
    Optional<Fact> context =
        best(candidates.stream().filter(f -> score(f, sentence) >= 1).toList(), sentence, x);
    if (context.isEmpty()) {
      return new FigureCheck(figure, line, Verdict.NOT_FOUND, "");
    }
    Fact f = context.get();
    double v = f.value();
    boolean holds =
        switch (qualifier) {
          case "more than", "over" -> v > x;
          case "at least" -> v >= x;
          case "almost", "nearly" -> v < x && v >= 0.9 * x;
          case "fewer than", "less than", "under" -> v < x;
          case "up to" -> v <= x;
          default -> Math.abs(v - x) <= 0.1 * x; // about, around, some
        };
    return holds
        ? new FigureCheck(
            figure, line, Verdict.MATCHES, "the data says " + f.shown() + ", " + f.explain())
        : new FigureCheck(
            figure, line, Verdict.DIFFERS, "the data says " + f.shown() + " (" + f.explain() + ")");
  }

  private static boolean equal(Fact f, double x, boolean decimals) {
    return switch (f.kind()) {
      case COUNT, DAYS -> Math.round(f.value()) == x;
      case RATE, RATIO, HOURS -> Math.abs(f.value() - x) < (decimals ? 0.05 : 0.5) + 1e-9;
      case PERCENT -> Math.abs(f.value() - x) < (decimals ? 0.05 : 0.5) + 1e-9;
    };
  }

  /** The fact the sentence speaks of most; among equals the closest in value, then the first. */
  private Optional<Fact> best(List<Fact> candidates, String sentence, double x) {
    return candidates.stream()
        .sorted(
            Comparator.comparingInt((Fact f) -> -score(f, sentence))
                .thenComparingDouble(f -> Math.abs(f.value() - x)))
        .findFirst();
  }

  /**
   * How strongly a sentence speaks of a fact: one for each cue group it mentions, less when it
   * names another site (a figure "at the N&N" is not all sites' nor QEH's).
   */
  private int score(Fact f, String sentence) {
    int s = 0;
    for (List<String> group : f.cues()) {
      if (mentions(sentence, group)) {
        s++;
      }
    }
    boolean namesOtherSite =
        siteCueGroups.stream().anyMatch(g -> !g.equals(f.site()) && mentions(sentence, g));
    if (namesOtherSite && !(f.site().isEmpty() ? false : mentions(sentence, f.site()))) {
      s -= f.site().isEmpty() ? 1 : 3;
    }
    return s;
  }

  private static boolean mentions(String sentence, List<String> cues) {
    for (String cue : cues) {
      if (Pattern.compile("(?<![a-z])" + Pattern.quote(cue)).matcher(sentence).find()) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ dates

  private record Dates(List<Integer> days, boolean range, Month month, Integer year) {}

  private static Optional<Dates> parseDates(Matcher m, boolean monthFirst) {
    String monthText = monthFirst ? m.group(1) : m.group(5);
    String d1 = monthFirst ? m.group(2) : m.group(1);
    String join = monthFirst ? m.group(3) : m.group(2);
    String d2 = monthFirst ? m.group(4) : m.group(3);
    String year = monthFirst ? m.group(5) : m.group(6);
    Month month = month(monthText);
    List<Integer> days = new ArrayList<>();
    days.add(Integer.parseInt(d1));
    if (d2 != null) {
      days.add(Integer.parseInt(d2));
    }
    if (days.stream().anyMatch(d -> d < 1 || d > 31)) {
      return Optional.empty();
    }
    boolean range = join != null && !join.equals("and");
    return Optional.of(new Dates(days, range, month, year == null ? null : Integer.parseInt(year)));
  }

  private static Month month(String text) {
    String t = text.toLowerCase(Locale.UK).substring(0, 3);
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.UK).startsWith(t)) {
        return m;
      }
    }
    throw new IllegalStateException("Not a month: " + text);
  }

  private FigureCheck checkDates(String figure, int line, Dates dates) {
    IndustrialAction sameMonth = null;
    for (IndustrialAction a : analysis.dataset().calendar().actions()) {
      LocalDate from = a.start().toLocalDate();
      LocalDate to = a.end().toLocalDate();
      boolean all = true;
      for (int d : dates.days()) {
        all &= covered(a, from, to, dates, d);
      }
      if (all) {
        return new FigureCheck(figure, line, Verdict.MATCHES, "the dates of " + describe(a));
      }
      boolean monthMatches =
          (dates.year() == null || from.getYear() == dates.year())
              && from.getMonth() == dates.month();
      if (monthMatches && sameMonth == null) {
        sameMonth = a;
      }
    }
    if (sameMonth != null) {
      return new FigureCheck(
          figure,
          line,
          Verdict.DIFFERS,
          "the data says " + describe(sameMonth) + " (the strike calendar)");
    }
    return new FigureCheck(figure, line, Verdict.NOT_FOUND, "");
  }

  private static boolean covered(
      IndustrialAction a, LocalDate from, LocalDate to, Dates dates, int day) {
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (dates.year() != null && dates.year() != year) {
        continue;
      }
      if (day > dates.month().length(LocalDate.of(year, 1, 1).isLeapYear())) {
        continue;
      }
      LocalDate d = LocalDate.of(year, dates.month(), day);
      if (!d.isBefore(from) && !d.isAfter(to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the junior doctors' strike of 11 to 14 April 2023 (06:59 on 11 April 2023 to 06:59 on 15 April
   * 2023)".
   */
  private static String describe(IndustrialAction a) {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    return ActionGroup.of(a).describe()
        + " ("
        + time.format(a.start())
        + " on "
        + HouseStyle.date(a.start().toLocalDate())
        + " to "
        + time.format(a.end())
        + " on "
        + HouseStyle.date(a.end().toLocalDate())
        + ")";
  }
}
