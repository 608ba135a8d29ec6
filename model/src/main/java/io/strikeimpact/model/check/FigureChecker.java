package io.strikeimpact.model.check;

import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.check.DateFinder.DateMention;
import io.strikeimpact.model.check.Fact.Kind;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
  /**
   * A rate's basis after its figure: "202 inpatient procedures were rescheduled a day", up to four
   * words between.
   */
  private static final Pattern RATE_BASIS =
      Pattern.compile(
          "^\\s+(?:[\\w-]+\\s+){0,4}?(?:" + BasisWords.DAY + "|" + BasisWords.HOUR + ")");

  /** The words of each basis a draft writes, as alternatives of a named group. */
  private static final class BasisWords {
    /** "a day", "per day", "each day", "every day of the strike", "daily", "day for day". */
    static final String DAY = "(?<day>\\b(?:(?:a|per|each|every) day|daily|day for day)\\b)";

    /** "an hour", "per hour", "each hour", "hourly", "hour for hour". */
    static final String HOUR = "(?<hour>\\b(?:(?:an|per|each|every) hour|hourly|hour for hour)\\b)";

    /** "in all", "in total", "altogether": the whole action's figure, not a rate. */
    static final String TOTAL = "(?<total>\\b(?:in all|in total|altogether)\\b)";

    private BasisWords() {}
  }

  /** A count's basis after it: "4,726 appointments in total", "3,451 in all". */
  private static final Pattern TOTAL_BASIS =
      Pattern.compile("^\\s+(?:[\\w-]+\\s+){0,4}?" + BasisWords.TOTAL);

  /**
   * The basis of the pack's rate per 1,000 planned after its figure: "114.5 appointments per 1,000
   * planned", "115 in every 1,000 planned appointments".
   */
  private static final Pattern PLANNED_BASIS =
      Pattern.compile(
          "^\\s+(?:[\\w-]+\\s+){0,4}(?:per|in every|for every|every|in)\\s+"
              + "(?:1,000|1000|a thousand|one thousand|thousand)\\s+planned\\b");

  /** The 1,000 of "per 1,000 planned": the rate's basis, not a figure of its own. */
  private static final Pattern PER_THOUSAND =
      Pattern.compile(
          "\\b(?:per|every|in)\\s+(1,000|1000)(?=\\s+planned\\b)", Pattern.CASE_INSENSITIVE);

  /**
   * What joins the ends of a range: "4,700 to 4,800", "4,700-4,800"; "between" before the first
   * makes "and" one too. "From 1,506 to 3,451" is a change, not a range.
   */
  private static final Pattern RANGE_JOIN =
      Pattern.compile("\\s*(?:-|\u2013|\u2014|to)\\s*", Pattern.CASE_INSENSITIVE);

  private static final Pattern RANGE_AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern BETWEEN =
      Pattern.compile("\\bbetween\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FROM = Pattern.compile("\\bfrom\\s+$", Pattern.CASE_INSENSITIVE);

  /**
   * Words around a percentage that make it a share of a total: "73 per cent of the total", "the
   * N&amp;N accounted for 73%", "made up 87 per cent".
   */
  private static final Pattern SHARE_WORDS =
      Pattern.compile(
          "\\b(?:share|proportion|accounted|accounts?|made up|make up|makes up)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "Of" straight after a percentage makes it a share: "73 per cent of the total". */
  private static final Pattern SHARE_OF = Pattern.compile("^\\s*of\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Words around a percentage that make it a change from one action to another: "a rise of 129%",
   * "129% more per hour", "down 20 per cent".
   */
  private static final Pattern CHANGE_WORDS =
      Pattern.compile(
          "\\b(?:rises?|rose|risen|rising|increase[sd]?|increasing|up|more|higher|greater|growth"
              + "|grew|jump(?:ed|s)?|falls?|fell|fallen|falling|drop(?:ped|s)?|decrease[sd]?"
              + "|decreasing|fewer|less|lower|down|reduction|change)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A rate's basis said before its figure, as a clause of its own: "Per hour of industrial action,
   * around 66 were lost", "Each day, 1,575".
   */
  private static final Pattern RATE_BASIS_BEFORE =
      Pattern.compile(
          "(?:^|[,;:]\\s*|\\b(?:in|for|on|over)\\s+)(?:"
              + BasisWords.DAY
              + "|"
              + BasisWords.HOUR
              + ")(?: of (?:industrial |strike )?action)?,\\s*(?:[\\w-]+\\s+){0,2}$");

  /**
   * A basis said at the start of a sentence for its figures: "Each day of the March strike, the
   * N&amp;N rescheduled 1,150", "Hour for hour, ...", "In all, 4,726 ...". A figure's own words
   * win.
   */
  private static final Pattern BASIS_INTRO =
      Pattern.compile(
          "^\\W*(?:(?:on|in|for|over|during)\\s+)?(?:"
              + BasisWords.DAY
              + "|"
              + BasisWords.HOUR
              + "|"
              + BasisWords.TOTAL
              + ")(?:\\s+(?:of|during|in)\\s+[^,;:]*)?,");

  /**
   * A basis in the figure's own clause before it, since the figure before: "the N&amp;N's daily
   * average was 1,150", "on each day the N&amp;N rescheduled 1,150".
   */
  private static final Pattern BASIS_IN_CLAUSE =
      Pattern.compile(
          "(?:\\b(?:(?:per|each|every) day|daily|day for day)\\b(?<day>)"
              + "|\\b(?:(?:per|each|every) hour|hourly|hour for hour)\\b(?<hour>)"
              + "|"
              + BasisWords.TOTAL
              + ")");

  /** A multiple's basis, anywhere after it in its sentence: "twice as many at the N&N a day as". */
  private static final Pattern RATIO_BASIS =
      Pattern.compile(
          BasisWords.DAY
              + "|"
              + BasisWords.HOUR
              // "2.3 times as many in all", not "as in all the nursing strikes".
              + "|(?<total>\\b(?:in all(?! the\\b)|in total|altogether)\\b)");

  /**
   * Words that say a figure counts activity: a comparison that names nothing else ("more than 5,000
   * appointments were rescheduled") is still of the data, where "about 4,700 were moved" may be of
   * anything.
   */
  private static final Pattern ACTIVITY =
      Pattern.compile(
          "\\b(?:appointments?|operations?|procedures?|treatments?|day cases?|outpatients?"
              + "|inpatients?|patients?|activity)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The words right after a count that say it counts activity of a type: "15 inpatient treatments",
   * "882 outpatient appointments"; not "15 inpatient beds".
   */
  private static final Pattern COUNTED =
      Pattern.compile(
          "^\\s+(?:[\\w&'-]+\\s+){0,3}?(?:appointments?|operations?|procedures?|treatments?"
              + "|day cases?|outpatients|inpatients|clinics?|attendances?)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The words of a share just before the whole it is of: "73% of the", "a fifth of all". */
  private static final Pattern WHOLE =
      Pattern.compile(
          "(?:%|\\bper ?cent|\\bhalf|\\bthirds?|\\bquarters?|\\bfifths?|\\bshare)\\s+of\\s+"
              + "(?:the|all(?:\\s+the)?)\\s+$",
          Pattern.CASE_INSENSITIVE);

  /** "6.59am", "07:00", "7 pm": times of day, which are not figures the data could vouch for. */
  private static final Pattern TIME_OF_DAY =
      Pattern.compile(
          "(?<![\\d.,])\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])"
              + "|(?<![\\d.,:])\\d{1,2}:\\d{2}(?![\\d:])",
          Pattern.CASE_INSENSITIVE);

  /**
   * A paragraph's number at the start of its line, before a capital: "2.1 Industrial action", "3.
   * The Trust", "4.2.1 Elective activity". Not a figure the data could vouch for.
   */
  private static final Pattern PARAGRAPH_NUMBER =
      Pattern.compile("^\\s*(\\d{1,2}(?:\\.\\d{1,2}){1,3}\\.?|\\d{1,2}\\.)(?=\\s+[A-Z])");

  /** The words after a figure that qualify it as those before it do: "4,700 or so", "1,500+". */
  private static final Pattern POST_QUALIFIER =
      Pattern.compile(
          "^(?:(?<about>\\s+or so|\\s+or thereabouts|-odd|\\s+odd(?=\\s+(?:appointments?|patients?"
              + "|operations?|procedures?)))"
              + "|(?<least>\\+|\\s+plus\\b|\\s+or more\\b|\\s+and (?:more|over|above)\\b)"
              + "|(?<most>\\s+or (?:fewer|less)\\b))",
          Pattern.CASE_INSENSITIVE);

  /** A length of action in a sentence: "the 72-hour strike", "over three days". */
  private static final Pattern DURATION =
      Pattern.compile(
          "\\b(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](hours?|days?)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d,]\\d)"
              // "4.7k", "3.5 thousand": thousands, written short.
              + "(?:(?<k>k)(?![a-z])|\\s+(?<thousand>thousand)(?![a-z]))?"
              + "|\\b(?<word>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=[- ](?:days?|hours?|times)\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern QUALIFIER =
      Pattern.compile(
          "(?<![\\w.])(more than|well over|just over|just above|slightly more than|a little over"
              + "|in excess of|upwards of|north of|over|above|at least|no fewer than|no less than"
              + "|a minimum of|almost|nearly|just under|just below|just short of|not quite"
              + "|the best part of|getting on for|about|around|approximately|approx\\.?|roughly"
              + "|circa|c\\.|ca\\.|an estimated|estimated|some|close to|fewer than|less than"
              + "|under|below|up to|no more than|a maximum of|at most)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private final Analysis analysis;
  private final List<Fact> facts;
  private final List<List<String>> siteCueGroups;
  private final DateChecker dates;
  private final ContextReader contexts;
  private final NonParticipants nonParticipants;

  /** The actions the returns have figures for: one without any has no figure to check. */
  private final Set<String> withReturns = new LinkedHashSet<>();

  private FigureChecker(Analysis analysis) {
    this.analysis = analysis;
    this.facts = Facts.of(analysis);
    this.dates = new DateChecker(analysis.dataset().calendar());
    this.nonParticipants = new NonParticipants(analysis);
    analysis.dataset().counts().forEach(c -> withReturns.add(c.actionId()));
    // All sites' facts give an empty group, which no word names: it finds no site.
    this.siteCueGroups = facts.stream().map(Fact::site).distinct().toList();
    this.contexts =
        new ContextReader(
            analysis.dataset().calendar(),
            dates,
            siteCueGroups,
            areaCues(analysis),
            analysis.settings().asOf());
  }

  /** Words that say a figure is of all sites together, not of one of them. */
  private static List<String> areaCues(Analysis analysis) {
    String area = analysis.settings().area().toLowerCase(Locale.UK);
    List<String> cues =
        new ArrayList<>(
            List.of(
                "all sites",
                "all three",
                "three hospitals",
                "three trusts",
                "across the",
                "across all",
                "county",
                "region",
                area));
    // Each word of the area's name alone ("in Norfolk", "across Waveney"): a place here, so a
    // figure
    // after "Across England ..., in Norfolk 4,726" is the sites' and not England's.
    for (String word : area.split("[^a-z]+")) {
      if (word.length() > 3) {
        cues.add(word);
      }
    }
    return cues;
  }

  /** Every figure in {@code text}, in the order they appear, with its verdict. */
  public static List<FigureCheck> check(Analysis analysis, String text) {
    return new FigureChecker(analysis).checkAll(text);
  }

  /**
   * A checker of one analysis for many texts: its facts are worked out once. For tests that check
   * hundreds of short drafts against the same data.
   */
  static FigureChecker of(Analysis analysis) {
    return new FigureChecker(analysis);
  }

  /** Every figure in {@code text}, as {@link #check} gives them. */
  List<FigureCheck> checkAll(String text) {
    List<FigureCheck> checks = new ArrayList<>();
    // What the sentence before was about: it holds for a sentence only when that sentence plainly
    // goes on from it ("It", "Of these", "During the same strike") and names no action of its own.
    // A sentence that starts afresh is read as if it stood alone, so a paragraph on the nursing
    // strikes does not turn the next paragraph's March figures into wrong nursing ones.
    Set<String> before = Set.of();
    List<String> lines = DraftText.lines(text);
    for (DraftText.Paragraph p : DraftText.paragraphs(lines)) {
      Matcher end = SENTENCE_END.matcher(p.text());
      int from = 0;
      while (from <= p.text().length()) {
        boolean more = end.find();
        int to = more ? end.start() : p.text().length();
        String sentence = p.text().substring(from, to);
        Set<String> actions = contexts.aboutOf(sentence);
        if (actions.isEmpty() && !before.isEmpty() && ContextReader.continues(sentence)) {
          actions = ownDuration(sentence, before) ? Set.of() : before;
          if (measuresAgainst(sentence, actions)) {
            actions = focusApartFrom(actions);
          }
        }
        boolean standalone = !ContextReader.continues(sentence);
        // A sentence broken over lines is read whole; each figure keeps the line it is on.
        for (Found f : checkSentence(sentence, p.lineAt(from), actions, standalone)) {
          FigureCheck c = f.check();
          int at = sentence.indexOf(c.figure(), f.start());
          String written =
              at < 0 ? c.figure() : p.written(lines, from + at, from + at + c.figure().length());
          checks.add(
              new FigureCheck(
                  written, p.lineAt(from + Math.max(at, f.start())), c.verdict(), c.detail()));
        }
        before = actions;
        if (!more) {
          break;
        }
        from = end.end();
      }
    }
    return checks;
  }

  /** The sentences of a line: a full stop, question or exclamation mark before a capital. */
  static List<String> sentences(String line) {
    return List.of(SENTENCE_END.split(line));
  }

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"'])");

  /**
   * Whether a sentence gives a length of action of its own ("over the 72-hour strike") that the
   * actions carried to it did not last: its own words win, and it is read as standing alone.
   */
  private boolean ownDuration(String sentence, Set<String> carried) {
    Matcher m = DURATION.matcher(sentence);
    while (m.find()) {
      Kind kind = m.group(2).toLowerCase(Locale.UK).startsWith("hour") ? Kind.HOURS : Kind.DAYS;
      double n =
          m.group(1).chars().allMatch(Character::isDigit)
              ? Double.parseDouble(m.group(1))
              : WordFigures.numeral(m.group(1));
      boolean lasted =
          facts.stream()
              .anyMatch(f -> f.kind() == kind && f.value() == n && f.about().within(carried));
      if (!lasted) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence that names no action of its own measures its figures against the actions
   * carried to it: "Nurses postponed 1,506. The N&amp;N rescheduled 1,150 a day, three times the
   * nursing strikes' rate." The second is not about the nursing strikes.
   */
  private boolean measuresAgainst(String sentence, Set<String> carried) {
    return !carried.isEmpty() && contexts.measuredAgainst(sentence).containsAll(carried);
  }

  /** The focus's actions other than {@code baseline}; none (any action) when that leaves none. */
  private Set<String> focusApartFrom(Set<String> baseline) {
    Set<String> focus = new LinkedHashSet<>(analysis.focus().actionIds());
    focus.removeAll(baseline);
    return Set.copyOf(focus);
  }

  private record Found(int start, FigureCheck check) {}

  /**
   * A figure of a sentence.
   *
   * @param kind the kind its own words make it (a share in words is a percentage), null when the
   *     words after it say
   * @param inWords written in words ("nearly half", "two thousand")
   * @param rounded never exact, so "about" unless its words qualify it: in words, or in thousands
   *     written short ("4.7k", "3.5 thousand")
   * @param high the top of a range ("between 4,700 and 4,800"), whose bottom is {@code value}; NaN
   *     for a figure that is no range
   */
  private record Number(
      int start,
      int end,
      double value,
      boolean decimals,
      Kind kind,
      boolean inWords,
      boolean rounded,
      double high) {
    Number(int start, int end, double value, boolean decimals) {
      this(start, end, value, decimals, null, false, false, Double.NaN);
    }

    boolean range() {
      return !Double.isNaN(high);
    }
  }

  /**
   * What a figure claims, as its words qualify it: exactly x, "more than x", "about x", or between
   * x and high.
   *
   * @param qualifier "more than", "about" and the like, "between" for a range, null for exact
   * @param high the top of a range, x otherwise
   * @param words the figure as written with its qualifier, quoted in the tolerance
   * @param kind what it counts, for writing the tolerance's ends
   * @param implied "about" is read, not written: a figure in words or thousands written short
   */
  private record Claim(
      double x,
      double high,
      boolean decimals,
      String qualifier,
      String words,
      Kind kind,
      boolean implied) {
    /** How far the data's v is from what is claimed: 0 inside a range. */
    double distance(double v) {
      return v < x ? x - v : v > high ? v - high : 0;
    }

    boolean heldBy(double v) {
      return qualifier.equals("between") ? x <= v && v <= high : holds(qualifier, v, x);
    }

    /**
     * The tolerance the check used, for its verdict: ""nearly 5,000" allows up to 10% below it, not
     * it (4,500 to 5,000)"; a figure in words says it was read as about.
     */
    String tolerance() {
      if (qualifier.equals("between")) {
        return "\"" + words + "\" allows either end or between";
      }
      String said = Qualifier.of(qualifier).describe(words, x, kind);
      return implied
          ? said.replaceFirst("\" allows ", "\" is rounded, read as \"about\", which allows ")
          : said;
    }
  }

  /** Whether a percentage's words make it a change or a share; null when they say neither. */
  private enum Sense {
    CHANGE,
    SHARE
  }

  /** A figure's verdict and the fact it was judged against, empty when none. */
  private record Judged(FigureCheck check, Optional<Fact> fact) {
    static Judged of(FigureCheck check, Fact fact) {
      return new Judged(check, Optional.ofNullable(fact));
    }
  }

  /** A count in a sentence: what its words said it was of, and the fact it was judged against. */
  private record Counted(Context context, Optional<Fact> fact) {}

  /**
   * The checks of one sentence's figures.
   *
   * @param standalone the sentence does not go on from the one before ("It", "Of these"), so a
   *     figure whose words name no site is all sites', not one the sentence before may have named
   */
  private List<Found> checkSentence(
      String sentence, int line, Set<String> actions, boolean standalone) {
    List<Found> found = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length()];
    for (DateMention date : DateFinder.find(sentence)) {
      dates.check(date, line).ifPresent(c -> found.add(new Found(date.start(), c)));
      for (int k = date.start(); k < date.end(); k++) {
        taken[k] = true;
      }
    }
    // "2.1 Industrial action update", "3. The Trust ...": a board paper's paragraph number.
    Matcher numbered = PARAGRAPH_NUMBER.matcher(sentence);
    if (numbered.find()) {
      for (int k = numbered.start(1); k < numbered.end(1); k++) {
        taken[k] = true;
      }
    }
    Matcher time = TIME_OF_DAY.matcher(sentence);
    while (time.find()) {
      for (int k = time.start(); k < time.end(); k++) {
        taken[k] = true;
      }
    }
    Matcher thousand = PER_THOUSAND.matcher(sentence);
    while (thousand.find()) {
      for (int k = thousand.start(1); k < thousand.end(1); k++) {
        taken[k] = true;
      }
    }
    List<WordFigures.WordFigure> inWords = WordFigures.find(sentence);
    // "1 in 5 appointments" is one share, not the figures 1 and 5.
    boolean[] share = new boolean[sentence.length()];
    for (WordFigures.WordFigure w : inWords) {
      if (!taken[w.start()] && sentence.substring(w.start(), w.end()).matches(".*\\d.*")) {
        for (int k = w.start(); k < w.end(); k++) {
          share[k] = true;
        }
      }
    }
    String lower = sentence.toLowerCase(Locale.UK);
    List<Number> numbers = new ArrayList<>();
    // Every character of the sentence some reading took: a figure, a year, a date, a time. Digits
    // none took are reported as not read ({@link #unread}).
    boolean[] read = new boolean[sentence.length()];
    for (int k = 0; k < read.length; k++) {
      read[k] = taken[k] || share[k];
    }
    for (WordFigures.WordFigure w : inWords) {
      for (int k = w.start(); k < w.end(); k++) {
        read[k] = true;
      }
    }
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) {
      for (int k = m.start(); k < m.end(); k++) {
        read[k] = true;
      }
      if (taken[m.start()] || share[m.start()]) {
        continue;
      }
      int from = m.start();
      int to = m.end();
      if (m.group("word") != null
          && inWords.stream()
              .anyMatch(
                  w -> w.start() <= from && to <= w.end() && w.end() - w.start() > to - from)) {
        continue; // "seventy-two hours": the two is part of a longer count in words
      }
      double value;
      boolean decimals = m.group(2) != null;
      if (m.group("word") != null) {
        value = WordFigures.numeral(m.group("word"));
      } else {
        String digits = m.group(1).replace(",", "");
        value = Double.parseDouble(digits + (decimals ? m.group(2) : ""));
        if (m.group("k") != null || m.group("thousand") != null) {
          // "4.7k" is 4,700 rounded, never exact: judged as about, like a figure in words.
          numbers.add(
              new Number(
                  m.start(),
                  m.end(),
                  Math.round(value * 1_000),
                  false,
                  null,
                  false,
                  true,
                  Double.NaN));
          continue;
        }
        if (!m.group(1).contains(",") && !decimals && value >= 1990 && value <= 2100) {
          continue; // a year
        }
      }
      numbers.add(new Number(m.start(), m.end(), value, decimals));
    }
    for (WordFigures.WordFigure w : inWords) {
      if (!taken[w.start()]
          && numbers.stream().noneMatch(n -> n.start() < w.end() && w.start() < n.end())) {
        numbers.add(
            new Number(
                w.start(), w.end(), w.value(), false, w.kind(), true, w.rounded(), Double.NaN));
      }
    }
    List<Found> unread = unread(sentence, line, read);
    found.addAll(unread);
    // "1,,000" is not read, and neither is its "1" as a figure of its own.
    numbers.removeIf(
        n ->
            unread.stream()
                .anyMatch(
                    u ->
                        u.start() <= n.start()
                            && n.start() < u.start() + u.check().figure().length()));
    // "4.726 appointments": a full stop where English writes a comma. Not read as 4.7.
    numbers.removeIf(
        n -> {
          Optional<Found> european = decimalPointForThousands(sentence, line, n);
          european.ifPresent(found::add);
          return european.isPresent();
        });
    numbers.sort(Comparator.comparingInt(Number::start));
    numbers = ranges(sentence, numbers);
    List<Integer> starts = numbers.stream().map(Number::start).toList();
    // The counts before a rate, which "606 inpatient procedures, about 200 a day" is a rate of.
    List<Counted> counted = new ArrayList<>();
    for (Number n : numbers) {
      String after = sentence.substring(n.end());
      Kind kind = n.kind() != null ? n.kind() : kindOf(after);
      String unit = n.kind() != null ? "" : unitText(after, kind);
      Matcher q = QUALIFIER.matcher(sentence.substring(0, n.start()));
      String qualifier = q.find() ? q.group(1).toLowerCase(Locale.UK) : null;
      if (qualifier != null && spansTime(qualifier, kind, sentence.substring(0, q.start()))) {
        qualifier = null;
      }
      int start = qualifier == null ? n.start() : q.start();
      // "4,700 or so", "4,700-odd", "4,700+", "4,700 or more": a qualifier after the figure.
      String post = "";
      Matcher pq = POST_QUALIFIER.matcher(after);
      if (qualifier == null && unit.isEmpty() && !n.range() && pq.find()) {
        post = pq.group();
        qualifier =
            pq.group("about") != null ? "about" : pq.group("least") != null ? "at least" : "up to";
      }
      boolean implied = qualifier == null && n.rounded();
      if (implied) {
        qualifier = "about"; // "half", "two thousand": words round, so they are judged as about
      }
      if (n.range()) {
        qualifier = "between";
        start = n.start();
      }
      String figure = sentence.substring(start, n.end()) + unit + post;
      Context context = contexts.at(sentence, n.start(), n.end() + unit.length(), actions, starts);
      if (kind == Kind.RATE && ofOneType(counted)) {
        Counted last = counted.getLast();
        context = context.following(last.context(), last.fact());
      }
      if (kind == Kind.COUNT
          && context.site().filter(g -> !g.isEmpty() && !g.equals(Fact.ENGLAND)).isPresent()
          && WHOLE.matcher(sentence.substring(0, start)).find()) {
        // "The N&N accounted for 73% of the 4,726": the count a share is of is the whole's.
        context = context.at(List.of());
      }
      int sinceLast =
          numbers.stream().mapToInt(Number::end).filter(e -> e <= n.start()).max().orElse(0);
      Optional<Basis> said = basisBefore(sentence, sinceLast, start);
      Optional<Basis> total =
          basis(TOTAL_BASIS, after).or(() -> said.filter(b -> b == Basis.PER_ACTION));
      if (kind == Kind.COUNT && said.isPresent() && said.get() != Basis.PER_ACTION) {
        kind = Kind.RATE;
      }
      Sense sense = kind == Kind.PERCENT ? senseOf(sentence, start, n.end() + unit.length()) : null;
      if (kind == Kind.PERCENT && sense != Sense.CHANGE) {
        context = contexts.shareOf(sentence, context);
      }
      Optional<Basis> basis =
          switch (kind) {
            case RATE -> basisOf(after).or(() -> said);
            // "4,726 in total": a count said to be the whole action's, not a rate.
            case COUNT -> total;
            // "More than double the nursing strikes' rate a day", "twice as many ... a day as",
            // "129% more appointments per hour": a multiple's or a change's basis may come
            // anywhere after it.
            case RATIO -> basis(RATIO_BASIS, after).or(() -> said);
            // "Rescheduling a day was up by a third": a change's basis may come before it too.
            case PERCENT ->
                sense == Sense.CHANGE
                    ? basis(RATIO_BASIS, after)
                        .or(() -> basis(RATIO_BASIS, clauseBefore(sentence, n.start())))
                    : Optional.empty();
            default -> Optional.empty();
          };
      // "Twice as many appointments as in the nursing strikes", "up 25% on the nursing strikes": a
      // multiple or a change whose words give no basis, and speak of no rate, compares the whole
      // actions' totals; it is judged against those, and the verdict says so.
      boolean totalsImplied =
          basis.isEmpty()
              && (kind == Kind.RATIO || kind == Kind.PERCENT && sense == Sense.CHANGE)
              && !SPEAKS_OF_A_RATE.matcher(sentence).find();
      if (totalsImplied) {
        basis = Optional.of(Basis.PER_ACTION);
      }
      Claim claim =
          new Claim(
              n.value(),
              n.range() ? n.high() : n.value(),
              n.decimals(),
              qualifier,
              figure.strip(),
              kind,
              implied && !n.range());
      // Its activity words follow it ("15 inpatient treatments") or come before it since the
      // figure before it ("the N&N's inpatient procedures came to 2,976").
      boolean ofActivity =
          kind == Kind.COUNT
              && (COUNTED.matcher(after).find()
                  || ACTIVITY
                      .matcher(clauseBefore(sentence.substring(sinceLast), n.start() - sinceLast))
                      .find());
      Judged judged =
          judge(
              figure.strip(),
              line,
              kind,
              basis,
              sense,
              claim,
              lower,
              context,
              ofActivity,
              standalone);
      FigureCheck check = judged.check();
      if (totalsImplied && check.verdict() != Verdict.NOT_FOUND) {
        check =
            new FigureCheck(
                check.figure(),
                check.line(),
                check.verdict(),
                check.detail()
                    + "; its words give no basis, so it is read as of the whole actions' totals"
                    + " (write \"a day\" or \"an hour\" for the rates')");
      }
      found.add(new Found(start, check));
      if (kind == Kind.COUNT) {
        counted.add(new Counted(context, judged.fact()));
      } else if (kind == Kind.RATE) {
        counted.clear();
      }
    }
    return found.stream().sorted(Comparator.comparingInt(Found::start)).toList();
  }

  /** Words that make a comparison one of rates, though they do not say which: "the rate". */
  private static final Pattern SPEAKS_OF_A_RATE =
      Pattern.compile(
          "\\b(?:rates?|daily|hourly|a day|an hour|per day|per hour|each day|each hour|every day"
              + "|every hour|day for day|hour for hour|like for like)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Digits with the separators between them: "4,72", "1,,000", "12.5.3". */
  private static final Pattern DIGITS = Pattern.compile("(?<![\\d.,])\\d(?:\\d|[.,]+(?=\\d))*");

  /**
   * The runs of digits no reading took, each reported, never skipped: "4,72" is no figure as
   * written, and a draft's typo must not pass for a figure that was checked.
   */
  private static List<Found> unread(String sentence, int line, boolean[] read) {
    List<Found> out = new ArrayList<>();
    Matcher d = DIGITS.matcher(sentence);
    while (d.find()) {
      boolean whole = true;
      for (int k = d.start(); k < d.end(); k++) {
        whole &= read[k];
      }
      if (!whole) {
        out.add(
            new Found(
                d.start(),
                new FigureCheck(
                    d.group(),
                    line,
                    Verdict.NOT_READ,
                    "\""
                        + d.group()
                        + "\" is no figure as written; a comma comes before each group of three"
                        + " digits (4,726) and a full stop only before decimals (47.9)")));
      }
    }
    return out;
  }

  /** "4.726 appointments": three decimals on a count of activity. */
  private static final Pattern THOUSANDS_AFTER_POINT = Pattern.compile("^\\d{1,3}\\.\\d{3}$");

  private static Optional<Found> decimalPointForThousands(String sentence, int line, Number n) {
    String text = sentence.substring(n.start(), n.end());
    if (n.inWords()
        || !THOUSANDS_AFTER_POINT.matcher(text).matches()
        || !COUNTED.matcher(sentence.substring(n.end())).find()) {
      return Optional.empty();
    }
    return Optional.of(
        new Found(
            n.start(),
            new FigureCheck(
                text,
                line,
                Verdict.NOT_READ,
                "\""
                    + text
                    + "\" reads as "
                    + text.replace(".", " point ")
                    + " with a decimal point, which no count of activity has; in English a"
                    + " thousands separator is a comma: "
                    + HouseStyle.count(Long.parseLong(text.replace(".", ""))))));
  }

  /**
   * The figures with each range made one: "between 4,700 and 4,800", "4,700 to 4,800" and
   * "4,700-4,800" claim that the data's figure lies in them, not that it is either end. Only two
   * figures in digits, the first lower, and not after "from" ("up from 1,506 to 3,451" is a
   * change).
   */
  private static List<Number> ranges(String sentence, List<Number> numbers) {
    List<Number> out = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      Number a = numbers.get(i);
      if (i + 1 < numbers.size()) {
        Number b = numbers.get(i + 1);
        String gap = sentence.substring(a.end(), Math.max(a.end(), b.start()));
        String before = sentence.substring(0, a.start());
        Matcher between = BETWEEN.matcher(before);
        boolean betweenAnd = between.find() && RANGE_AND.matcher(gap).matches();
        boolean joined =
            betweenAnd || RANGE_JOIN.matcher(gap).matches() && !FROM.matcher(before).find();
        if (joined
            && !a.inWords()
            && !b.inWords()
            && a.kind() == null
            && b.kind() == null
            && b.start() >= a.end()
            && a.value() < b.value()) {
          out.add(
              new Number(
                  betweenAnd ? between.start() : a.start(),
                  b.end(),
                  a.value(),
                  a.decimals() || b.decimals(),
                  null,
                  false,
                  a.rounded() || b.rounded(),
                  b.value()));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  /**
   * Whether a percentage's own words make it a change ("a rise of 129%", "129% more") or a share
   * ("37 per cent of the total", "accounted for 73%"), reading the few words either side of it in
   * its clause; its qualifier ("more than 50%") is not read. Share words win: "made up 87%".
   */
  private static Sense senseOf(String sentence, int start, int end) {
    String before = sentence.substring(0, start).replaceAll("(?s).*[,;:()]", "");
    String[] words = before.strip().split("\\s+");
    String near =
        String.join(
            " ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
    String after = sentence.substring(end).replaceAll("(?s)[,;:()].*", "");
    String[] next = after.strip().split("\\s+");
    String following =
        " " + String.join(" ", java.util.Arrays.copyOfRange(next, 0, Math.min(3, next.length)));
    // "Of" makes a share only after the figure ("73% of the total"): before it, "the rate an hour
    // of action rose by half" is a change.
    if (SHARE_WORDS.matcher(near).find()
        || SHARE_WORDS.matcher(following).find()
        || SHARE_OF.matcher(following).find()) {
      return Sense.SHARE;
    }
    if (CHANGE_WORDS.matcher(near).find() || CHANGE_WORDS.matcher(following).find()) {
      return Sense.CHANGE;
    }
    return null;
  }

  /**
   * Whether the counts before a rate are all of one type, so the rate is of what they count; after
   * "2,976 outpatient appointments and 475 inpatient procedures", "1,150 a day" is of both.
   */
  private static boolean ofOneType(List<Counted> counted) {
    return !counted.isEmpty()
        && counted.stream().map(c -> c.context().type()).distinct().count() == 1;
  }

  /** The word before "over" that makes "over N days" more than N days: "ran for over 72 hours". */
  private static final Pattern LONGER_THAN =
      Pattern.compile(
          "\\b(?:for|of|lasted|lasting|lasts|last|ran|run|runs|running|took|taking|just|well"
              + "|slightly|a little)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether "over" before days or hours says how long something went on ("postponed 1,506
   * appointments over four days"), not that the figure is more than it; after "for", "lasted" and
   * the like ("ran for over 72 hours") it is still "more than".
   */
  private static boolean spansTime(String qualifier, Kind kind, String before) {
    return qualifier.equals("over")
        && (kind == Kind.DAYS || kind == Kind.HOURS)
        && !LONGER_THAN.matcher(before).find();
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
    if (RATE_BASIS.matcher(a).find() || PLANNED_BASIS.matcher(a).find()) {
      return Kind.RATE;
    }
    return Kind.COUNT;
  }

  /** The text of a figure's clause before it: from the last comma, semicolon or colon. */
  private static String clauseBefore(String sentence, int start) {
    return sentence.substring(0, start).replaceAll("(?s).*[,;:()]", "");
  }

  /**
   * The basis the words before a figure give it: a clause just before it ("Per hour of industrial
   * action, around 66"), its own clause since the figure before ("the daily average was 1,150"), or
   * the start of its sentence ("Each day of the March strike, the N&amp;N rescheduled 1,150").
   */
  private static Optional<Basis> basisBefore(String sentence, int sinceLast, int start) {
    String before = sentence.substring(0, start);
    Optional<Basis> b = basis(RATE_BASIS_BEFORE, before);
    if (b.isPresent()) {
      return b;
    }
    String clause = clauseBefore(sentence.substring(sinceLast), start - sinceLast);
    Optional<Basis> own = lastBasis(BASIS_IN_CLAUSE, clause);
    return own.isPresent() ? own : basis(BASIS_INTRO, before);
  }

  /** What a rate is said to be of: "1,150 a day", "66 an hour"; empty when the words do not say. */
  private static Optional<Basis> basisOf(String after) {
    if (PLANNED_BASIS.matcher(after.toLowerCase(Locale.UK)).find()) {
      return Optional.of(Basis.PER_THOUSAND_PLANNED);
    }
    return basis(RATE_BASIS, after);
  }

  /**
   * The basis the first match of a pattern says, by its named groups: "day", "hour", or "total"
   * (the whole action).
   */
  private static Optional<Basis> basis(Pattern words, String text) {
    Matcher m = words.matcher(text.toLowerCase(Locale.UK));
    return m.find() ? Optional.of(basisOf(m)) : Optional.empty();
  }

  /** The basis the last match of a pattern says: of words before a figure, the nearest. */
  private static Optional<Basis> lastBasis(Pattern words, String text) {
    Matcher m = words.matcher(text.toLowerCase(Locale.UK));
    Optional<Basis> found = Optional.empty();
    while (m.find()) {
      found = Optional.of(basisOf(m));
    }
    return found;
  }

  private static Basis basisOf(Matcher m) {
    var groups = m.namedGroups();
    if (groups.containsKey("hour") && m.group("hour") != null) {
      return Basis.PER_HOUR;
    }
    if (groups.containsKey("day") && m.group("day") != null) {
      return Basis.PER_DAY;
    }
    return Basis.PER_ACTION;
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

  private Judged judge(
      String figure,
      int line,
      Kind kind,
      Optional<Basis> basis,
      Sense sense,
      Claim claim,
      String sentence,
      Context context,
      boolean counted,
      boolean standalone) {
    double x = claim.x();
    List<Fact> admitted =
        facts.stream()
            .filter(f -> f.kind() == kind)
            .filter(context::admits)
            .filter(f -> f.required().isEmpty() || mentions(sentence, f.required()))
            // "A rise of 129%" is a change and "37 per cent of the total" a share: each is judged
            // against its own kind of percentage only.
            .filter(f -> sense == null || f.change() == (sense == Sense.CHANGE))
            .toList();
    admitted = latestRunningTotals(admitted);
    // A rate said to be a day's is judged against rates a day only: "1,575 an hour" is not right
    // because 1,575 is the rate a day; "a rise of 129% per hour" is not the change in totals.
    List<Fact> candidates =
        admitted.stream()
            .filter(
                f ->
                    basis.isEmpty()
                        || f.about().basis().isEmpty()
                        || f.about().basis().equals(basis))
            .toList();
    String qualifier = claim.qualifier();
    if (qualifier == null) {
      Optional<Fact> exact =
          best(
              candidates.stream().filter(f -> equal(f, x, claim.decimals())).toList(),
              sentence,
              x,
              context);
      if (exact.isPresent()) {
        return Judged.of(
            new FigureCheck(figure, line, Verdict.MATCHES, exact.get().explain()), exact.get());
      }
      if (kind == Kind.COUNT) {
        for (Reconciliation r : analysis.reconciliationWarnings()) {
          if (r.checkable() && r.stated().stated() == x) {
            return Judged.of(
                new FigureCheck(
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
                        + r.scopeDescription()),
                null);
          }
        }
      }
      Optional<Judged> scope = otherScope(figure, line, kind, claim, sentence, context, candidates);
      if (scope.isPresent()) {
        return scope.get();
      }
      Optional<Judged> action =
          otherAction(figure, line, kind, basis, claim, sentence, context, candidates);
      if (action.isPresent()) {
        return action.get();
      }
      Optional<Fact> rounded = roundedFrom(candidates, sentence, x, kind);
      if (rounded.isPresent()) {
        return Judged.of(
            new FigureCheck(
                figure,
                line,
                Verdict.MATCHES,
                "the data says "
                    + rounded.get().shown()
                    + ", "
                    + figure
                    + " to the nearest thousand: "
                    + rounded.get().explain()),
            rounded.get());
      }
      Optional<Fact> otherBasis =
          best(
              admitted.stream()
                  .filter(f -> !candidates.contains(f))
                  .filter(f -> equal(f, x, claim.decimals()))
                  .toList(),
              sentence,
              x,
              context);
      if (otherBasis.isPresent()) {
        return Judged.of(wrongBasis(figure, line, basis.orElseThrow(), otherBasis.get()), null);
      }
      // "3,451 a day" where 3,451 is the total, "1,150 in total" where 1,150 is the rate a day: the
      // figure is right but its basis is not.
      Optional<Fact> otherKind = basis.flatMap(b -> ofOtherKind(kind, b, claim, sentence, context));
      if (otherKind.isPresent()) {
        return Judged.of(
            wrongKind(
                figure, line, basis.get(), otherKind.get(), partner(otherKind.get(), basis.get())),
            null);
      }
      return nearMiss(candidates, sentence, x, kind, context)
          .or(() -> counted ? ofSiteAndType(candidates, context, claim) : Optional.empty())
          .or(() -> comparisonOf(candidates, kind, sense, sentence, context, claim))
          .map(
              f -> {
                FigureCheck d = differs(figure, line, f);
                return Judged.of(
                    new FigureCheck(
                        figure, line, d.verdict(), alternatives(f, context).orElse(d.detail())),
                    f);
              })
          .orElseGet(() -> notFound(figure, line, x, context));
    }
    // "About 1,575", "more than 5,000", "between 4,700 and 4,800": of the facts the words admit,
    // the one closest in value is the one meant, true or not; the cue words only keep out facts
    // the sentence does not speak of.
    List<Fact> spoken = candidates.stream().filter(f -> score(f, sentence) >= 1).toList();
    // A sentence that names no site and goes on from none speaks of all sites: "about 4,000
    // appointments were rescheduled in March" is not the N&N's 3,451 because 3,451 is closer.
    Optional<Fact> spokenOf = spoken.stream().min(closest(claim, sentence, context, standalone));
    if (spoken.isEmpty() && ACTIVITY.matcher(sentence).find()) {
      // "More than 5,000 appointments were rescheduled" names no site, action or total, but it
      // speaks of activity: it is of all sites in the focus action, and a false comparison differs
      // from the closest such fact, never "not found". A running total is meant only by words
      // that say so ("so far", "in all"), never by default. A figure far from that fact ("about 30
      // patients protested") is not a claim about it.
      spokenOf =
          candidates.stream()
              .filter(f -> !f.about().actions().isEmpty())
              .min(closest(claim, sentence, context, true))
              .filter(f -> f.value() >= claim.x() / 2 && f.value() <= claim.high() * 2);
    }
    if (spokenOf.isEmpty()) {
      return notFound(figure, line, x, context);
    }
    Fact f = spokenOf.get();
    return Judged.of(
        claim.heldBy(f.value())
            ? new FigureCheck(
                figure,
                line,
                Verdict.MATCHES,
                "the data says " + f.shown() + ", " + f.explain() + "; " + claim.tolerance())
            : new FigureCheck(
                figure,
                line,
                Verdict.DIFFERS,
                alternatives(f, context)
                    .map(a -> a + "; " + claim.tolerance())
                    .orElse(
                        "the data says "
                            + f.shown()
                            + " ("
                            + f.explain()
                            + "); "
                            + claim.tolerance()
                            + heldByUnnamedSite(spoken, claim, context, f))),
        f);
  }

  /**
   * Of the running totals a sentence can mean, each site's latest only: "so far" is up to the last
   * action with returns, not up to any earlier one whose running total the figure happens to equal.
   * Other facts are kept as they are, in order.
   */
  private static List<Fact> latestRunningTotals(List<Fact> admitted) {
    java.util.Map<List<String>, Fact> latest = new java.util.HashMap<>();
    for (Fact f : admitted) {
      if (f.about().running()) {
        latest.put(f.site(), f); // facts are in the order of the history, oldest first
      }
    }
    return admitted.stream()
        .filter(f -> !f.about().running() || latest.get(f.site()) == f)
        .toList();
  }

  /**
   * A count right in value but of the other scope: a running total written as one action's figure
   * ("the junior doctors' strike saw 6,232") or one action's figure written as the running total
   * ("so far, 4,726"). It differs, and says which figure the words meant.
   */
  private Optional<Judged> otherScope(
      String figure,
      int line,
      Kind kind,
      Claim claim,
      String sentence,
      Context context,
      List<Fact> candidates) {
    // A share of two digits often equals another by chance ("80% in March" is not the N&N's
    // 79.5% of the running total): only words of a running total are told of one action's share.
    if (kind != Kind.COUNT && !(kind == Kind.PERCENT && context.running())) {
      return Optional.empty();
    }
    Context flipped = context.running(!context.running());
    List<Fact> other =
        latestRunningTotals(
            facts.stream()
                .filter(f -> f.kind() == kind && !f.change())
                .filter(flipped::admits)
                .filter(f -> f.required().isEmpty() || mentions(sentence, f.required()))
                .toList());
    Optional<Fact> same =
        best(
            other.stream().filter(f -> equal(f, claim.x(), claim.decimals())).toList(),
            sentence,
            claim.x(),
            context);
    if (same.isEmpty()) {
      return Optional.empty();
    }
    Fact f = same.get();
    Optional<Fact> meant =
        candidates.stream()
            .filter(p -> p.site().equals(f.site()) && p.about().type().equals(f.about().type()))
            .min(closest(claim, sentence, context, true));
    boolean share = kind == Kind.PERCENT;
    String not =
        context.running()
            ? share
                ? ", not a share of the running total of every action so far"
                : ", not a running total of every action so far"
            : share ? ", not a share in one action" : ", not the figure of one action";
    String says =
        meant
            .map(
                p ->
                    (context.running()
                            ? share
                                ? "; the share of the running total is "
                                : "; the running total is "
                            : share ? "; the share in the action is " : "; the action's figure is ")
                        + p.shown()
                        + " ("
                        + p.explain()
                        + ")")
            .orElse(context.running() ? "; say which action it is of" : "; say \"so far\"");
    return Optional.of(
        Judged.of(
            new FigureCheck(
                figure, line, Verdict.DIFFERS, f.shown() + " is " + f.explain() + not + says),
            meant.orElse(null)));
  }

  /**
   * "; it holds for N&amp;N's outpatient appointments ..., 2,976, a site the sentence does not
   * name": where an all-sites figure a sentence meant is not what its words claim but one site's
   * is, the verdict says so rather than guess that site was meant.
   */
  private static String heldByUnnamedSite(
      List<Fact> spoken, Claim claim, Context context, Fact meant) {
    if (context.site().isPresent() || !meant.site().isEmpty()) {
      return "";
    }
    return spoken.stream()
        .filter(f -> !f.site().isEmpty() && !f.national() && claim.heldBy(f.value()))
        .filter(f -> f.about().type().equals(meant.about().type()))
        .min(Comparator.comparingDouble(f -> claim.distance(f.value())))
        .map(
            f ->
                "; it holds for "
                    + f.what()
                    + ", "
                    + f.shown()
                    + ", a site the sentence does not name")
        .orElse("");
  }

  /**
   * The order in which facts are what a qualified figure speaks of. A figure the words give no type
   * ("3,000 appointments in total") is a total; then the fact covering most of the actions the
   * words speak of ("the nursing strikes' 377 a day" is both strikes' 376.5, not February's 377.0);
   * then, where the words name no site and go on from no sentence that may have ({@code
   * allSitesUnlessNamed}), all sites'; one of no action the focus's; then the closest in value,
   * then the one the sentence speaks of most.
   */
  private Comparator<Fact> closest(
      Claim claim, String sentence, Context context, boolean allSitesUnlessNamed) {
    Set<String> focus = analysis.focus().actionIds();
    // Covering the actions named comes before all sites: "the nursing strikes" are both strikes'
    // N&N total, the only site that took part, not all sites' total of February alone.
    return Comparator.comparingInt(
            (Fact f) -> context.type().isEmpty() && f.about().type().isPresent() ? 1 : 0)
        .thenComparingLong(f -> -covered(f, context))
        .thenComparingInt(
            f -> allSitesUnlessNamed && context.site().isEmpty() && !f.site().isEmpty() ? 1 : 0)
        .thenComparingInt(f -> context.actions().isEmpty() && !f.about().within(focus) ? 1 : 0)
        .thenComparingDouble(f -> claim.distance(f.value()))
        .thenComparingInt(f -> -score(f, sentence));
  }

  /**
   * How many of the actions the words speak of a fact covers; a fact of no action in particular (a
   * running total) covers them all.
   */
  private static long covered(Fact f, Context context) {
    return f.about().actions().isEmpty()
        ? context.actions().size()
        : f.about().actions().stream().filter(context.actions()::contains).count();
  }

  /**
   * The fact a round figure of tens of thousands is, rounded to the nearest thousand: national
   * figures are written so ("175,000 across England" for 175,122). Only counts of 10,000 or more
   * that end in 000, and only facts the sentence speaks of; a local figure is written exactly.
   */
  private static Optional<Fact> roundedFrom(
      List<Fact> candidates, String sentence, double x, Kind kind) {
    if (kind != Kind.COUNT || x < 10_000 || x % 1_000 != 0) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(f -> score(f, sentence) >= 1)
        .filter(f -> Math.round(f.value() / 1_000) * 1_000 == x)
        .max(Comparator.comparingInt(f -> score(f, sentence)));
  }

  /**
   * The fact a figure that matches none was meant to be: the closest one the sentence speaks of, if
   * it is close. "3,452" at the N&N in March is N&N's 3,451 written wrong, a difference rather than
   * a figure the data knows nothing of.
   */
  private Optional<Fact> nearMiss(
      List<Fact> candidates, String sentence, double x, Kind kind, Context context) {
    double tolerance = kind == Kind.COUNT ? 0.25 : 0.5;
    // Words that name no action speak of the focus: a near figure of another action ("1,150 at
    // the N&N" near the nursing strikes' 1,506) is not the one they got wrong.
    Set<String> focus = analysis.focus().actionIds();
    boolean ofFocus = context.actions().isEmpty() && !context.estimate();
    return candidates.stream()
        .filter(f -> score(f, sentence) >= 1)
        .filter(f -> !ofFocus || f.about().within(focus) || f.national())
        .filter(
            f ->
                Math.abs(f.value() - x) <= tolerance * Math.max(1, Math.abs(f.value()))
                    || kind == Kind.COUNT && oneSlip(f.value(), x))
        .min(
            Comparator.comparingDouble((Fact f) -> Math.abs(f.value() - x))
                .thenComparingInt(f -> -score(f, sentence)));
  }

  /**
   * The fact a count is of when its words name both the site and the type and the data has that
   * site's figure for that type: "the Queen Elizabeth ... 15 inpatient treatments" is QEH's
   * inpatient figure (50) written wrong, however far from it, not a figure the data knows nothing
   * of. Of the actions the words speak of, the focus's first when they name none; then the one
   * closest in value.
   */
  private Optional<Fact> ofSiteAndType(List<Fact> candidates, Context context, Claim claim) {
    if (context.site().isEmpty() || context.type().isEmpty() || context.estimate()) {
      return Optional.empty();
    }
    Set<String> focus = analysis.focus().actionIds();
    return candidates.stream()
        .filter(f -> f.site().equals(context.site().get()))
        .filter(f -> f.about().type().equals(context.type()) && !f.about().actions().isEmpty())
        .min(
            Comparator.comparingInt(
                    (Fact f) -> context.actions().isEmpty() && !f.about().within(focus) ? 1 : 0)
                .thenComparingLong(f -> -covered(f, context))
                .thenComparingDouble(f -> claim.distance(f.value())));
  }

  /**
   * The comparison a multiple or a change is of when it is none of them: "up 25% on the nursing
   * strikes" at the N&amp;N is its change in the total, 129%, written wrong, not a figure the data
   * knows nothing of. Only where the words measure against an action and name the site or speak of
   * all sites.
   */
  private Optional<Fact> comparisonOf(
      List<Fact> candidates,
      Kind kind,
      Sense sense,
      String sentence,
      Context context,
      Claim claim) {
    if (kind != Kind.RATIO && !(kind == Kind.PERCENT && sense == Sense.CHANGE)
        || contexts.measuredAgainst(sentence).isEmpty() && !MEASURES.matcher(sentence).find()) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(f -> !f.about().sides().isEmpty())
        .filter(f -> score(f, sentence) >= 1)
        .min(closest(claim, sentence, context, true));
  }

  /** "On the nursing strikes", "than in the nursing strikes": what a change is measured from. */
  private static final Pattern MEASURES =
      Pattern.compile(
          "\\b(?:on|than|as|from|over)\\s+(?:in\\s+|during\\s+|at\\s+)?(?:the|last|january|february"
              + "|december|march|april)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether a count of three digits or more is a fact's digits with one slip of the keyboard: a
   * digit added, dropped, changed or two swapped ("1,882" for 882, "3,541" for 3,451). A slip can
   * make a figure far from the one meant, and such a figure differs rather than being one the data
   * does not know.
   */
  static boolean oneSlip(double fact, double x) {
    if (x != Math.rint(x) || x < 100 || fact < 100) {
      return false;
    }
    String a = Long.toString(Math.round(fact));
    String b = Long.toString((long) x);
    if (a.equals(b)) {
      return false;
    }
    if (a.length() == b.length()) {
      List<Integer> diff = new ArrayList<>();
      for (int i = 0; i < a.length(); i++) {
        if (a.charAt(i) != b.charAt(i)) {
          diff.add(i);
        }
      }
      return diff.size() == 1
          || diff.size() == 2
              && diff.get(1) == diff.get(0) + 1
              && a.charAt(diff.get(0)) == b.charAt(diff.get(1))
              && a.charAt(diff.get(1)) == b.charAt(diff.get(0));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (longer.length() != shorter.length() + 1) {
      return false;
    }
    for (int i = 0; i < longer.length(); i++) {
      if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A figure no fact is: not applicable when it is a 0 for a site that did not take part in what
   * the words speak of, otherwise not found.
   */
  private Judged notFound(String figure, int line, double x, Context context) {
    Optional<String> why = x == 0 ? nonParticipants.whyNotApplicable(context) : Optional.empty();
    return Judged.of(
        why.map(w -> new FigureCheck(figure, line, Verdict.NOT_APPLICABLE, w))
            .orElseGet(() -> new FigureCheck(figure, line, Verdict.NOT_FOUND, noReturns(context))),
        null);
  }

  /**
   * "no returns for the consultants' strikes of ...; the returns are of ...", where the words name
   * only actions without returns: the reason nothing could be checked, not a figure found wanting.
   */
  private String noReturns(Context context) {
    Optional<String> none =
        context.actions().stream().filter(id -> id.startsWith(RelativeDates.NONE)).findFirst();
    if (none.isPresent()) {
      return none.get().substring(RelativeDates.NONE.length());
    }
    if (context.estimate()
        || context.actions().isEmpty()
        || context.actions().stream().anyMatch(withReturns::contains)) {
      return "";
    }
    return "the data has no returns for "
        + describe(context.actions())
        + "; it has returns for "
        + describe(withReturns);
  }

  /** The actions of {@code ids} in words, oldest first: "the nursing strikes of ...". */
  private String describe(Set<String> ids) {
    List<io.strikeimpact.model.IndustrialAction> actions =
        analysis.dataset().calendar().actions().stream()
            .filter(a -> ids.contains(a.id()))
            .sorted(Comparator.comparing(io.strikeimpact.model.IndustrialAction::firstDay))
            .toList();
    if (actions.isEmpty()) {
      return "no action";
    }
    // One staff group's actions read as one group; actions of different groups each as itself,
    // so the consultants' strikes are not called "the junior doctors' and consultants' strikes".
    boolean oneGroup =
        actions.stream().map(io.strikeimpact.model.IndustrialAction::staffGroups).distinct().count()
            == 1;
    return oneGroup
        ? new ActionGroup("", actions).describe()
        : HouseStyle.joinWithAnd(actions.stream().map(a -> ActionGroup.of(a).describe()).toList());
  }

  /**
   * "; the words could mean N&amp;N's total for the nursing strike of 18 and 19 January 2023, 752,
   * or ... : give the dates to check one", where the words name several actions and the figure is
   * none of their figures: listed, never guessed at.
   */
  private Optional<String> alternatives(Fact f, Context context) {
    // Only where the figure was judged against one action of several: a figure of all of them
    // ("the nursing strikes' 1,506") or a running total is what the words meant.
    if (context.actions().size() < 2
        || f.about().actions().size() != 1
        || f.about().running()
        || f.kind() != Kind.COUNT && f.kind() != Kind.RATE) {
      return Optional.empty();
    }
    List<Fact> alts =
        facts.stream()
            .filter(p -> p.kind() == f.kind() && p.site().equals(f.site()))
            .filter(p -> p.about().type().equals(f.about().type()))
            .filter(p -> p.about().basis().equals(f.about().basis()))
            .filter(p -> p.required().equals(f.required()))
            .filter(p -> !p.about().running() && !p.about().estimate())
            .filter(p -> p.about().sides().isEmpty() && !p.about().actions().isEmpty())
            .filter(p -> context.actions().containsAll(p.about().actions()))
            .filter(p -> p.about().actions().size() == 1)
            .toList();
    List<String> seen = new ArrayList<>();
    List<String> each = new ArrayList<>();
    for (Fact p : alts) {
      String key = p.about().actions().toString();
      if (!seen.contains(key)) {
        seen.add(key);
        each.add(p.what() + ", " + p.shown());
      }
    }
    return each.size() < 2
        ? Optional.empty()
        : Optional.of(
            "the words name no one action, and none of those they could mean has it: "
                + String.join("; ", each)
                + ". Give the dates to check one");
  }

  /**
   * A figure right in value but of another action than the one the words name: "the junior doctors'
   * strike in April saw 4,726", where 4,726 is March's. It differs, naming the action it is of and,
   * where the data has one, the named action's own figure.
   */
  private Optional<Judged> otherAction(
      String figure,
      int line,
      Kind kind,
      Optional<Basis> basis,
      Claim claim,
      String sentence,
      Context context,
      List<Fact> candidates) {
    if (context.actions().isEmpty()
        || context.estimate()
        || kind != Kind.COUNT && kind != Kind.RATE) {
      return Optional.empty();
    }
    Context anyAction = context.anyAction();
    Optional<Fact> other =
        best(
            facts.stream()
                .filter(f -> f.kind() == kind)
                .filter(anyAction::admits)
                .filter(f -> !f.about().within(context.actions()))
                .filter(f -> f.required().isEmpty() || mentions(sentence, f.required()))
                .filter(
                    f ->
                        basis.isEmpty()
                            || f.about().basis().isEmpty()
                            || f.about().basis().equals(basis))
                .filter(f -> equal(f, claim.x(), claim.decimals()))
                .toList(),
            sentence,
            claim.x(),
            context);
    if (other.isEmpty()) {
      return Optional.empty();
    }
    Fact f = other.get();
    String when = noReturns(context);
    if (context.actions().stream().anyMatch(id -> id.startsWith(RelativeDates.NONE))) {
      // "Last week's strike saw 4,726" where no action was held last week.
      return Optional.of(
          Judged.of(
              new FigureCheck(
                  figure,
                  line,
                  Verdict.DIFFERS,
                  f.shown() + " is " + f.explain() + ", but " + when),
              null));
    }
    Optional<Fact> meant =
        candidates.stream()
            .filter(p -> p.site().equals(f.site()) && p.about().type().equals(f.about().type()))
            .filter(p -> p.about().basis().equals(f.about().basis()))
            .min(closest(claim, sentence, context, true));
    String named = describe(context.actions());
    String says =
        meant
            .map(p -> "; the figure for " + named + " is " + p.shown() + " (" + p.explain() + ")")
            .orElse(
                context.actions().stream().anyMatch(withReturns::contains)
                    ? ""
                    : ", for which the data has no returns");
    return Optional.of(
        Judged.of(
            new FigureCheck(
                figure,
                line,
                Verdict.DIFFERS,
                f.shown() + " is " + f.explain() + ", not a figure of " + named + says),
            meant.orElse(null)));
  }

  /**
   * A rate right in value but said to be of the other basis: a day's rate written as an hour's, or
   * the change in totals written as the change an hour ("129% more per hour").
   */
  private static FigureCheck wrongBasis(String figure, int line, Basis said, Fact f) {
    String noun =
        switch (f.kind()) {
          case RATIO -> "ratio";
          case PERCENT -> "change";
          default -> "rate";
        };
    String right =
        f.about().basis().map(b -> b == Basis.PER_ACTION ? "in total" : b.phrase()).orElse("");
    return new FigureCheck(
        figure,
        line,
        Verdict.DIFFERS,
        f.shown()
            + " is "
            + f.explain()
            + ", not a "
            + noun
            + " "
            + said.phrase()
            + "; say "
            + right
            + " or give the "
            + noun
            + " "
            + said.phrase());
  }

  /**
   * The fact of the other kind a figure equals when its words give it the wrong basis: a total for
   * a figure said to be a rate a day or an hour, a rate for one said to be the total.
   */
  private Optional<Fact> ofOtherKind(
      Kind kind, Basis said, Claim claim, String sentence, Context context) {
    Kind other;
    if (kind == Kind.RATE && (said == Basis.PER_DAY || said == Basis.PER_HOUR)) {
      other = Kind.COUNT;
    } else if (kind == Kind.COUNT && said == Basis.PER_ACTION) {
      other = Kind.RATE;
    } else {
      return Optional.empty();
    }
    return best(
        facts.stream()
            .filter(f -> f.kind() == other)
            .filter(context::admits)
            .filter(f -> f.required().isEmpty() || mentions(sentence, f.required()))
            .filter(
                f ->
                    f.about().basis().isEmpty()
                        || f.about().basis().get() != Basis.PER_THOUSAND_PLANNED)
            .filter(f -> equal(f, claim.x(), claim.decimals()))
            .toList(),
        sentence,
        claim.x(),
        context);
  }

  /**
   * The figure of the basis a draft said: the rate a day of the same site, type and action, or its
   * total.
   */
  private Optional<Fact> partner(Fact f, Basis said) {
    return facts.stream()
        .filter(p -> p.site().equals(f.site()))
        .filter(p -> p.about().actions().equals(f.about().actions()))
        .filter(p -> p.about().type().equals(f.about().type()))
        .filter(p -> p.about().estimate() == f.about().estimate())
        .filter(
            p ->
                said == Basis.PER_ACTION
                    ? p.kind() == Kind.COUNT
                    : p.kind() == Kind.RATE && p.about().basis().equals(Optional.of(said)))
        .filter(p -> p.required().equals(f.required()))
        .findFirst();
  }

  /**
   * "3,451 is N&amp;N's total for ..., not a rate a day of action; say in total or give the rate a
   * day of action, 1,150.3".
   */
  private static FigureCheck wrongKind(
      String figure, int line, Basis said, Fact f, Optional<Fact> partner) {
    boolean total = said == Basis.PER_ACTION;
    String right = total ? f.about().basis().map(Basis::phrase).orElse("its basis") : "in total";
    String saidAs = total ? "the total" : "a rate " + said.phrase();
    String give = total ? "the total" : "the rate " + said.phrase();
    return new FigureCheck(
        figure,
        line,
        Verdict.DIFFERS,
        f.shown()
            + " is "
            + f.explain()
            + ", not "
            + saidAs
            + "; say "
            + right
            + " or give "
            + give
            + partner.map(p -> ", " + p.shown()).orElse(""));
  }

  private static FigureCheck differs(String figure, int line, Fact f) {
    return new FigureCheck(
        figure, line, Verdict.DIFFERS, "the data says " + f.shown() + " (" + f.explain() + ")");
  }

  /**
   * Whether "more than x", "about x" and the like are true of the data's v. "More than" is strict:
   * "more than 500" is not true of 500. "About" allows 10%, as rounding to one or two significant
   * figures does (about 1,150 for 1,150.3; around 5,000 for 4,726).
   */
  static boolean holds(String qualifier, double v, double x) {
    return Qualifier.of(qualifier).holds(v, x);
  }

  private static boolean equal(Fact f, double x, boolean decimals) {
    return switch (f.kind()) {
      case COUNT, DAYS -> Math.round(f.value()) == x;
      case RATE, RATIO, HOURS -> Math.abs(f.value() - x) < (decimals ? 0.05 : 0.5) + 1e-9;
      case PERCENT -> Math.abs(f.value() - x) < (decimals ? 0.05 : 0.5) + 1e-9;
    };
  }

  /**
   * The fact the sentence speaks of most; among equals the one covering most of the actions it
   * speaks of ("the nursing strikes" are both, not February's alone), then the closest in value,
   * then the first.
   */
  private Optional<Fact> best(List<Fact> candidates, String sentence, double x, Context context) {
    return candidates.stream()
        .sorted(
            Comparator.comparingInt((Fact f) -> -score(f, sentence))
                .thenComparingLong(f -> -covered(f, context))
                .thenComparingDouble(f -> Math.abs(f.value() - x)))
        .findFirst();
  }

  /**
   * How strongly a sentence speaks of a fact: one for each cue group it mentions. Which site a
   * figure is of is not scored here but read from its clause ({@link Context#admits}): a sentence
   * often names two sites, each for its own figure.
   */
  private static int score(Fact f, String sentence) {
    int s = 0;
    for (List<String> group : f.cues()) {
      if (mentions(sentence, group)) {
        s++;
      }
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
}
