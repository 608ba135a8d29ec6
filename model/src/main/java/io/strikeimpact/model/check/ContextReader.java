package io.strikeimpact.model.check;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.check.DateFinder.DateMention;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a sentence speaks of: the actions it names or dates ("in March", "the nursing
 * strikes", "13 to 15 March"), and for each figure the site, type and kind (outcome or estimate)
 * the words nearest to it give.
 *
 * <p>Nearest means within the figure's clause first (commas, semicolons, dashes, "while", "but" and
 * "against" end a clause), because one sentence often gives two sites' figures: "3,451 at the N&N,
 * out of 4,726 across the three hospitals".
 */
final class ContextReader {
  private static final Pattern CLAUSE_END =
      Pattern.compile(
          "[,;:()]|\\s[-\u2013\u2014]\\s|\\b(?:while|whereas|but|although|against|compared with"
              + "|compared to|versus)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH =
      Pattern.compile(
          "\\b(January|February|March|April|May|June|July|August|September|October|November"
              + "|December)\\b(?:\\s+(\\d{4})\\b)?");
  // Lower case only: "May" is a month, "may" a hedge.
  private static final Pattern ESTIMATE =
      Pattern.compile(
          "\\b(?:could|would|may|might|expected|expects?|estimates?|estimated|forecasts?|projected"
              + "|projection|likely|predicted|anticipated|predicts?)\\b");
  private static final Pattern OUTPATIENT =
      Pattern.compile("\\bout-?patients?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern INPATIENT =
      Pattern.compile(
          "\\bin-?patients?\\b|\\bday[- ]cases?\\b|\\belective\\b|\\bprocedures\\b|\\boperations\\b"
              + "|\\btreatments\\b",
          Pattern.CASE_INSENSITIVE);

  /** The NHS's words for both types together: a total, whatever "procedures" says alone. */
  private static final Pattern BOTH_TYPES =
      Pattern.compile(
          "^\\W*(?:[\\w-]+\\s+){0,2}?(?:appointments\\s+and\\s+(?:\\w+\\s+)?"
              + "(?:procedures|operations|treatments)"
              + "|(?:procedures|operations|treatments)\\s+and\\s+(?:\\w+\\s+)?appointments)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NURSES =
      Pattern.compile(
          "\\bnurs(?:e|es|ing)\\b|\\bRCN\\b|Royal College of Nursing", Pattern.CASE_INSENSITIVE);
  private static final Pattern JUNIOR_DOCTORS =
      Pattern.compile("\\bjunior doctors?'?|\\bresident doctors?'?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONSULTANTS =
      Pattern.compile("\\bconsultants?'?", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOCTORS =
      Pattern.compile(
          "\\bdoctors?'?|\\bBMA\\b|British Medical Association", Pattern.CASE_INSENSITIVE);

  /**
   * What a figure is measured against, to the end of its clause: "3.1 times the rate during the
   * nursing strikes", "against 377 a day in the nursing strikes", "compared with January", "up from
   * 1,506 during the nursing strikes". "More than 4,700" compares nothing: "than" counts only
   * before "the", "in", "during" or "at".
   */
  private static final Pattern BASELINE =
      Pattern.compile(
          "\\b(?:times|against|compared (?:with|to)|versus|relative to"
              + "|(?:up|down|rising|falling|rose|fell|risen|fallen|increased|decreased|dropped)"
              + " from"
              + "|than (?=(?:the|in|during|at|on)\\b)"
              // "More than double the number affected during the RCN's walkouts".
              + "|(?:double|twice|treble|triple)(?=\\s+(?:the|that|those|what|as)\\b))"
              // To the clause's end; the comma of "1,506" ends nothing.
              + "(?:[^,;:()]|(?<=\\d),(?=\\d{3}))*",
          Pattern.CASE_INSENSITIVE);

  /**
   * How a sentence plainly goes on from the one before: a pronoun or "of these" that points back
   * ("It", "They", "Of these, 882 were outpatient"), or "the same strike" anywhere in it.
   */
  private static final Pattern CONTINUES =
      Pattern.compile(
          "^\\W*(?:(?:and|but|so|also|meanwhile|overall|in all|in total)\\W+)?"
              + "(?:it|its|they|their|them|this|these|those|that"
              + "|(?:of|among|amongst|in|during|over|across|from|for|at|on)\\s+"
              + "(?:it|this|these|those|that|them|which|each|both|all of them))\\b"
              + "|\\bthe same (?:strikes?|walkouts?|action|period|days?|hours?|dates?)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December";

  /**
   * "Since December 2022", "since 15 December", "since the strikes began", "since the first
   * strike": where a running total starts counting, which names no action for its figures. "Since
   * then" and "since the March strike" name no start of all the strikes.
   */
  private static final Pattern SINCE =
      Pattern.compile(
          "\\bsince\\s+(?:"
              + "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:"
              + MONTHS
              + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?"
              + "(?:,?\\s+\\d{4})?"
              + "|(?:the\\s+)?(?:first|start|beginning|outset)(?:\\s+of)?(?:\\s+(?:the|industrial))*"
              + "(?:\\s+(?:strikes?|walkouts?|action|disputes?))?"
              + "|(?:the\\s+)?(?:industrial\\s+)?(?:action|strikes?|walkouts?|disputes?)\\s+"
              + "(?:began|started|begun)(?:\\s+in\\s+(?:"
              + MONTHS
              + ")(?:\\s+\\d{4})?)?"
              + "|last\\s+(?:year|winter|December)"
              + "|(?:19|20)\\d{2})\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The words that make a count a running total of every action so far, not one action's: "so far",
   * "to date", "in total across all strikes", "cumulative", "since December 2022".
   */
  private static final Pattern RUNNING =
      Pattern.compile(
          "\\b(?:so far|to date|thus far|up to now|until now"
              + "|(?:across|over|in|for|during|from)\\s+(?:all|every)\\s+(?:of\\s+)?(?:the\\s+)?"
              + "(?:strikes|walkouts|actions|days of (?:industrial )?action|industrial action"
              + "|rounds of (?:industrial )?action|periods of (?:industrial )?action)"
              + "|all (?:the )?(?:strikes|walkouts) (?:combined|together)"
              // "Across the three strikes": every action so far, counted.
              + "|(?:across|over|in|during|from)\\s+(?:the|all|all the)\\s+(?:two|three|four|five"
              + "|six|seven|eight|nine|ten|\\d{1,2})\\s+(?:strikes|walkouts|actions"
              + "|rounds of action|periods of (?:industrial )?action)"
              + "|cumulative(?:ly)?|running total)\\b"
              + "|"
              + SINCE.pattern(),
          Pattern.CASE_INSENSITIVE);

  private final StrikeCalendar calendar;
  private final DateChecker dates;
  private final List<List<String>> siteGroups;
  private final List<String> areaCues;

  private final Optional<RelativeDates> relative;

  ContextReader(
      StrikeCalendar calendar,
      DateChecker dates,
      List<List<String>> siteGroups,
      List<String> areaCues) {
    this(calendar, dates, siteGroups, areaCues, null);
  }

  /**
   * A reader that also reads times from the day of the check ("last week's strike"), {@code asOf};
   * with none, such words name no action.
   */
  ContextReader(
      StrikeCalendar calendar,
      DateChecker dates,
      List<List<String>> siteGroups,
      List<String> areaCues,
      java.time.LocalDate asOf) {
    this.relative = Optional.ofNullable(asOf).map(d -> new RelativeDates(calendar, d));
    this.calendar = calendar;
    this.dates = dates;
    this.siteGroups = List.copyOf(siteGroups);
    this.areaCues = List.copyOf(areaCues);
  }

  /**
   * The actions a sentence names or dates, empty when it names none. Dates and months pick actions;
   * staff groups pick theirs too, and where both are written ("the junior doctors' strike in March,
   * against the nursing strikes") a staff group with no action in the months written keeps all of
   * its actions.
   */
  Set<String> actionsOf(String text) {
    // "Since December 2022" is where a running total starts, not December's strike.
    String sentence = blank(SINCE, text);
    Set<IndustrialAction> dated = new LinkedHashSet<>();
    // "Last week's strike", "the latest walkout": from the day of the check. A time with no action
    // in it is said to be one, and names nothing else.
    List<String> none = new ArrayList<>();
    relative.flatMap(r -> r.actions(sentence, none)).ifPresent(dated::addAll);
    if (!none.isEmpty()) {
      return Set.of(none.getFirst());
    }
    List<DateMention> mentions = DateFinder.find(sentence);
    mentions.forEach(m -> dated.addAll(dates.actionsOf(m)));
    Matcher month = MONTH.matcher(sentence);
    while (month.find()) {
      int at = month.start();
      if (mentions.stream().anyMatch(m -> m.start() <= at && at < m.end())) {
        continue;
      }
      Month mo = Month.valueOf(month.group(1).toUpperCase(Locale.ROOT));
      Optional<Integer> year = Optional.ofNullable(month.group(2)).map(Integer::parseInt);
      for (IndustrialAction a : calendar.actions()) {
        if (a.days().stream()
            .anyMatch(d -> d.getMonth() == mo && year.map(y -> y == d.getYear()).orElse(true))) {
          dated.add(a);
        }
      }
    }
    Set<StaffGroup> groups = staffGroups(sentence);
    Set<IndustrialAction> staffed = new LinkedHashSet<>();
    for (IndustrialAction a : calendar.actions()) {
      if (a.staffGroups().stream().anyMatch(groups::contains)) {
        staffed.add(a);
      }
    }
    Set<IndustrialAction> result = new LinkedHashSet<>();
    if (dated.isEmpty()) {
      result.addAll(staffed);
    } else if (groups.isEmpty()) {
      result.addAll(dated);
    } else {
      for (IndustrialAction a : dated) {
        if (staffed.contains(a)) {
          result.add(a);
        }
      }
      if (result.isEmpty()) {
        result.addAll(dated); // "the nurses' strike on 13 March": the date wins
      }
      Set<StaffGroup> datedGroups = new java.util.HashSet<>();
      dated.forEach(a -> datedGroups.addAll(a.staffGroups()));
      for (IndustrialAction a : staffed) {
        if (a.staffGroups().stream().noneMatch(datedGroups::contains)) {
          result.add(a);
        }
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    result.forEach(a -> ids.add(a.id()));
    return ids;
  }

  /**
   * The actions a sentence is about, for its figures and the sentences after it: those it names
   * outside what it measures them against. "At the N&amp;N the strike rescheduled 1,150 a day, 3.1
   * times the rate during the nursing strikes" is about the strike before, not the nursing strikes;
   * its ratio's clause still names them ({@link #at}).
   */
  Set<String> aboutOf(String sentence) {
    return actionsOf(BASELINE.matcher(sentence).replaceAll(""));
  }

  /**
   * Whether a sentence goes on from the one before it, so that what that one was about holds for it
   * too; otherwise a sentence is read as it would be alone.
   */
  static boolean continues(String sentence) {
    return CONTINUES.matcher(sentence).find();
  }

  /** The actions a sentence measures its figures against: "three times the nursing strikes'". */
  Set<String> measuredAgainst(String sentence) {
    Set<String> against = new LinkedHashSet<>();
    Matcher m = BASELINE.matcher(sentence);
    while (m.find()) {
      against.addAll(actionsOf(m.group()));
    }
    return against;
  }

  private static Set<StaffGroup> staffGroups(String sentence) {
    Set<StaffGroup> groups = new java.util.TreeSet<>();
    if (NURSES.matcher(sentence).find()) {
      groups.add(StaffGroup.NURSES);
    }
    boolean junior = JUNIOR_DOCTORS.matcher(sentence).find();
    boolean consultants = CONSULTANTS.matcher(sentence).find();
    if (junior) {
      groups.add(StaffGroup.JUNIOR_DOCTORS);
    }
    if (consultants) {
      groups.add(StaffGroup.CONSULTANTS);
    }
    if (!junior && !consultants && DOCTORS.matcher(sentence).find()) {
      groups.add(StaffGroup.JUNIOR_DOCTORS);
      groups.add(StaffGroup.CONSULTANTS);
    }
    return groups;
  }

  /**
   * The context of the figure at {@code start} to {@code end} of {@code sentence}.
   *
   * @param actions the actions the sentence is about ({@link #aboutOf}), or if it names none those
   *     carried to it
   * @param figureStarts where every figure of the sentence starts, to keep one figure's type words
   *     from another's
   */
  Context at(String sentence, int start, int end, Set<String> actions, List<Integer> figureStarts) {
    int[] clause = clause(sentence, start);
    String clauseText = sentence.substring(clause[0], clause[1]);
    boolean estimate = ESTIMATE.matcher(clauseText).find();
    // "About 1,575 a day in the junior doctors' strike, against 377 in the nursing strikes": the
    // clause names the action of its figure. A clause that names none is of what the sentence is
    // about, or the sentences before were.
    Set<String> named = actionsOf(clauseText);
    Set<String> of = named.isEmpty() ? actions : named;
    // "So far, 6,232 appointments": the sentence's running-total words hold for a figure whose
    // clause names no action of its own ("..., 4,726 of them in March" is March's).
    // "In the March strike, 4,726 were rescheduled, taking the total so far to 6,232": a sentence
    // that names an action keeps its running-total words to their own clause.
    boolean running =
        RUNNING.matcher(clauseText).find()
            || named.isEmpty() && RUNNING.matcher(sentence).find() && actionsOf(sentence).isEmpty();
    return new Context(
        of,
        site(sentence, start, end, clause),
        type(sentence, start, end, clause, figureStarts),
        estimate,
        running);
  }

  /** The text with every match of {@code p} blanked out, letter for letter. */
  private static String blank(Pattern p, String text) {
    Matcher m = p.matcher(text);
    StringBuilder out = new StringBuilder(text);
    while (m.find()) {
      for (int k = m.start(); k < m.end(); k++) {
        out.setCharAt(k, ' ');
      }
    }
    return out.toString();
  }

  /**
   * The context of a share whose words name the whole it is of ("A fifth of the appointments across
   * the three hospitals were at King's Lynn"): the share is the one site's the sentence names, not
   * the whole's share of itself. Unchanged when the sentence names no one site, or speaks of
   * England, whose total the sites' share is of.
   */
  Context shareOf(String sentence, Context context) {
    if (context.site().isEmpty() || !context.site().get().isEmpty()) {
      return context;
    }
    String lower = maskBodies(sentence.toLowerCase(Locale.UK));
    List<Mention> mentions = new ArrayList<>();
    for (String cue : Fact.ENGLAND) {
      addAll(mentions, lower, cue, Fact.ENGLAND);
    }
    if (!mentions.isEmpty()) {
      return context;
    }
    for (List<String> group : siteGroups) {
      for (String cue : group) {
        addAll(mentions, lower, cue, group);
      }
    }
    List<List<String>> named =
        mentions.stream().map(Mention::site).filter(g -> !g.isEmpty()).distinct().toList();
    return named.size() == 1 ? context.at(named.getFirst()) : context;
  }

  private static int[] clause(String sentence, int at) {
    int from = 0;
    int to = sentence.length();
    Matcher m = CLAUSE_END.matcher(sentence);
    while (m.find()) {
      // A comma inside a figure ("4,726") ends nothing.
      if (m.group().equals(",")
          && m.end() < sentence.length()
          && Character.isDigit(sentence.charAt(m.end()))
          && m.start() > 0
          && Character.isDigit(sentence.charAt(m.start() - 1))) {
        continue;
      }
      // No clause end runs over the figure's first character, a digit or a number word: each ends
      // before the figure or starts after it.
      if (m.end() <= at) {
        from = m.end();
      } else {
        to = m.start();
        break;
      }
    }
    return new int[] {from, to};
  }

  private record Mention(int at, int end, List<String> site) {
    /**
     * Whether this mention is part of a longer one of another place: "Norfolk" in "Norfolk and
     * Norwich".
     */
    boolean inside(Mention other) {
      return other != this
          && !other.site.equals(site)
          && other.at <= at
          && end <= other.end
          && other.end - other.at > end - at;
    }
  }

  private Optional<List<String>> site(String sentence, int start, int end, int[] clause) {
    String lower = maskBodies(sentence.toLowerCase(Locale.UK));
    List<Mention> mentions = new ArrayList<>();
    for (List<String> group : siteGroups) {
      for (String cue : group) {
        addAll(mentions, lower, cue, group);
      }
    }
    for (String cue : areaCues) {
      addAll(mentions, lower, cue, List.of());
    }
    // "Across the four days of RCN action" is a time, not the area.
    mentions.removeIf(
        m ->
            m.site().isEmpty()
                && lower.startsWith("across", m.at())
                && ACROSS_A_TIME.matcher(lower.substring(m.end())).find());
    List<Mention> all = List.copyOf(mentions);
    mentions.removeIf(m -> all.stream().anyMatch(m::inside));
    Optional<List<String>> site = nearest(mentions, start, end, clause);
    // "At the N&N, QEH and JPUH": every site, listed, is all sites, not the first of them.
    return site.filter(g -> !g.isEmpty())
        .map(g -> everySiteListed(lower, mentions, g) ? List.<String>of() : g)
        .or(() -> site);
  }

  /** What after "across the" makes it a time: "across the four days", "across all strikes". */
  private static final Pattern ACROSS_A_TIME =
      Pattern.compile(
          "^\\s*(?:[\\w-]+\\s+){0,3}?(?:days?|hours?|weeks?|months?|strikes?|walkouts?|periods?"
              + "|actions?|year)\\b");

  /** What joins the sites of a list: ", ", " and ", " & ", ", and the ". */
  private static final Pattern LIST_JOIN =
      Pattern.compile("^(?:\\s*(?:,|and|&)\\s*)+(?:the\\s+)?$");

  /**
   * Whether the mentions of {@code site} stand in a list of every site the data has, one after
   * another: then the figure is of them all.
   */
  private boolean everySiteListed(String lower, List<Mention> mentions, List<String> site) {
    long sites = siteGroups.stream().filter(g -> !g.isEmpty() && !g.equals(Fact.ENGLAND)).count();
    List<Mention> sorted =
        mentions.stream()
            .filter(m -> !m.site().isEmpty())
            .sorted((a, b) -> Integer.compare(a.at(), b.at()))
            .toList();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size()
          && sorted.get(j + 1).at() >= sorted.get(j).end()
          && LIST_JOIN
              .matcher(lower.substring(sorted.get(j).end(), sorted.get(j + 1).at()))
              .matches()) {
        j++;
      }
      List<Mention> run = sorted.subList(i, j + 1);
      if (run.stream().anyMatch(m -> m.site().equals(site))) {
        return sites > 1 && run.stream().map(Mention::site).distinct().count() == sites;
      }
      i = j + 1;
    }
    return false;
  }

  private static Optional<List<String>> nearest(
      List<Mention> mentions, int start, int end, int[] clause) {
    Optional<Mention> before =
        mentions.stream()
            .filter(m -> m.at() >= clause[0] && m.at() < start)
            .max((a, b) -> Integer.compare(a.at(), b.at()));
    if (before.isPresent()) {
      return Optional.of(before.get().site());
    }
    Optional<Mention> after =
        mentions.stream()
            .filter(m -> m.at() >= end && m.at() < clause[1])
            .min((a, b) -> Integer.compare(a.at(), b.at()));
    if (after.isPresent()) {
      return Optional.of(after.get().site());
    }
    return mentions.stream()
        .filter(m -> m.at() < start)
        .max((a, b) -> Integer.compare(a.at(), b.at()))
        .map(Mention::site);
  }

  /**
   * "NHS England" (the body the returns go to) and "East of England" (a region) name no figure of
   * England's: masked letter for letter, so positions stay where they were.
   */
  static String maskBodies(String lower) {
    return lower
        .replace("nhs england", "nhsxengland")
        .replace("east of england", "eastxofxengland");
  }

  private static void addAll(List<Mention> into, String lower, String cue, List<String> site) {
    if (cue.isBlank()) {
      return;
    }
    Matcher m = Pattern.compile("(?<![a-z])" + Pattern.quote(cue) + "(?![a-z])").matcher(lower);
    while (m.find()) {
      into.add(new Mention(m.start(), m.end(), site));
    }
  }

  private static Optional<ActivityType> type(
      String sentence, int start, int end, int[] clause, List<Integer> figureStarts) {
    int next = clause[1];
    int previous = clause[0];
    for (int f : figureStarts) {
      // Figures do not overlap: one that starts after this one's start starts after its end.
      if (f > start) {
        next = Math.min(next, f);
      } else if (f < start) {
        previous = Math.max(previous, f);
      }
    }
    String following = sentence.substring(end, Math.max(end, next));
    if (BOTH_TYPES.matcher(following).find()) {
      return Optional.empty(); // "4,726 appointments and procedures": the total of both
    }
    Optional<ActivityType> after = firstType(following);
    return after.isPresent() ? after : firstType(sentence.substring(previous, start));
  }

  private static Optional<ActivityType> firstType(String text) {
    Matcher out = OUTPATIENT.matcher(text);
    Matcher in = INPATIENT.matcher(text);
    boolean o = out.find();
    boolean i = in.find();
    if (o && (!i || out.start() < in.start())) {
      return Optional.of(ActivityType.OUTPATIENT);
    }
    return i ? Optional.of(ActivityType.INPATIENT) : Optional.empty();
  }
}
