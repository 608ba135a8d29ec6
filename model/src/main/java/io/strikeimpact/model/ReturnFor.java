package io.strikeimpact.model;

import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which actions a return may be for, going by its file's name alone: what a person filing it would
 * go by when its rows cannot say (a layout with no dates, a file refused whole).
 *
 * <p>The rule, in order:
 *
 * <ol>
 *   <li>A name that names months ({@code april-2023}, {@code jan-feb-2023}, {@code september}) is
 *       for the actions with a day in one of those months (of that year, when it gives one), and
 *       for no other: {@code qeh-april-2023.csv} is not March's return whatever its profile says,
 *       and {@code nnuh-july-2025.csv} is for no action of a calendar that ends in 2024. A month
 *       inside a full date ({@code QEH return 3 April 2023}) names no month: a day, month and year
 *       is the date the return was sent, and is read by the next rule.
 *   <li>Else a name with a return date ({@link ReturnOrder#date}) is not for an action when a later
 *       action of the same site (one it did not decline to take part in) had ended before that
 *       date: a return sent on 18 April 2023, after the April strike ended on the 15th, is far more
 *       likely April's than a revision of March's.
 *   <li>Else the name says nothing, and the return may be for any action.
 * </ol>
 *
 * Ingest uses it so that a profile fixed to one action does not take another action's return for a
 * revision of it; analysis, so that a return that could not be read is tied to the actions it may
 * be for and casts no doubt on the figures of any other.
 */
public final class ReturnFor {
  /**
   * A month a word of a file name names: in full ("march") or by the three letters it is shortened
   * to ("mar", and "sept"), as java.time spells the months, not a table of our own.
   */
  private static java.util.Optional<Month> monthWord(String word) {
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      if (word.equals(name) || word.equals(name.substring(0, 3))) {
        return java.util.Optional.of(month);
      }
    }
    return word.equals("sept")
        ? java.util.Optional.of(Month.SEPTEMBER)
        : java.util.Optional.empty();
  }

  /** Words of letters alone, and years: "qeh-junior-doctors-april2023" gives "april", "2023". */
  private static final Pattern WORD = Pattern.compile("[a-z]+|(?<!\\d)20\\d\\d(?!\\d)");

  private ReturnFor() {}

  /**
   * The months a file's name names, each with its year when the name gives one ({@code year} 0 when
   * it does not); empty when it names none.
   */
  record NamedMonth(Month month, int year) {
    boolean includes(LocalDate day) {
      return day.getMonth() == month && (year == 0 || day.getYear() == year);
    }

    String describe() {
      String name = HouseStyle.capitalise(month.name().toLowerCase(Locale.ROOT));
      return year == 0 ? name : name + " " + year;
    }
  }

  static List<NamedMonth> months(String file) {
    String base = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
    // A full date, day, month and year ("3 April 2023"), is the date the return was sent
    // (ReturnOrder#date), not the month it covers: only a bare month ("april", "april-2023") is.
    base = ReturnOrder.WORD_DATE.matcher(base).replaceAll(" ");
    Matcher m = WORD.matcher(base.toLowerCase(Locale.ROOT));
    List<Month> months = new ArrayList<>();
    int year = 0;
    while (m.find()) {
      String word = m.group();
      if (Character.isDigit(word.charAt(0))) {
        year = year == 0 ? Integer.parseInt(word) : year;
      } else {
        monthWord(word).filter(mo -> !months.contains(mo)).ifPresent(months::add);
      }
    }
    List<NamedMonth> named = new ArrayList<>();
    for (Month month : months) {
      named.add(new NamedMonth(month, year));
    }
    return named;
  }

  /**
   * Why a return is not for an action, when its name says so: "its name says April 2023", "it is
   * dated 18 April 2023, after bma-jd-2023-04 (11 to 14 April 2023) ended"; empty when it may be.
   */
  public static Optional<String> notFor(
      String file,
      IndustrialAction action,
      StrikeCalendar calendar,
      ParticipationTable participation,
      String odsCode) {
    List<NamedMonth> named = months(file);
    if (!named.isEmpty()) {
      for (LocalDate day : action.days()) {
        for (NamedMonth n : named) {
          if (n.includes(day)) {
            return Optional.empty();
          }
        }
      }
      return Optional.of(
          "its name says "
              + HouseStyle.joinWithAnd(named.stream().map(NamedMonth::describe).toList()));
    }
    return laterEnded(file, action, calendar, participation, odsCode)
        .map(
            later ->
                "it is dated "
                    + HouseStyle.date(ReturnOrder.date(file).orElseThrow())
                    + ", after "
                    + describe(later)
                    + " ended");
  }

  /**
   * Whether the file's name names staff groups (nurses, "nursing", "RCN"; junior doctors;
   * consultants; ambulance staff) and none of the action's: "nnuh-nursing-strikes-2023.csv" is not
   * a return for a junior doctors' strike. False when the name names no staff group.
   */
  public static boolean namesOtherStaff(String file, IndustrialAction action) {
    String base = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    java.util.Set<StaffGroup> named = new java.util.HashSet<>();
    Matcher m = WORD.matcher(base);
    while (m.find()) {
      switch (m.group()) {
        case "nurse", "nurses", "nursing", "rcn" -> named.add(StaffGroup.NURSES);
        case "junior", "juniors" -> named.add(StaffGroup.JUNIOR_DOCTORS);
        case "consultant", "consultants" -> named.add(StaffGroup.CONSULTANTS);
        case "ambulance" -> named.add(StaffGroup.AMBULANCE_STAFF);
        default -> {}
      }
    }
    return !named.isEmpty() && action.staffGroups().stream().noneMatch(named::contains);
  }

  /** Whether the return may be for the action, by {@link #notFor}. */
  public static boolean mayBeFor(
      String file,
      IndustrialAction action,
      StrikeCalendar calendar,
      ParticipationTable participation,
      String odsCode) {
    return notFor(file, action, calendar, participation, odsCode).isEmpty();
  }

  /**
   * The actions of the calendar the return may be for, by {@link #notFor}: those of the months its
   * name names, or the latest that ended before its return date, or, when its name says neither,
   * every one.
   */
  public static List<IndustrialAction> likely(
      String file, StrikeCalendar calendar, ParticipationTable participation, String odsCode) {
    List<IndustrialAction> may = new ArrayList<>();
    for (IndustrialAction a : calendar.actions()) {
      if (mayBeFor(file, a, calendar, participation, odsCode)
          && participation.of(odsCode, a.id()) != Participation.DID_NOT_TAKE_PART) {
        may.add(a);
      }
    }
    Optional<LocalDate> sent = ReturnOrder.date(file);
    if (months(file).isEmpty() && sent.isPresent()) {
      // Of the actions before the return date, the latest: the one it is most likely to be for.
      IndustrialAction latest = null;
      for (IndustrialAction a : may) {
        if (!a.firstDay().isAfter(sent.get())
            && (latest == null || a.start().isAfter(latest.start()))) {
          latest = a;
        }
      }
      return latest == null ? List.of() : List.of(latest);
    }
    return may;
  }

  /** "bma-jd-2023-04 (11 to 14 April 2023)". */
  public static String describe(IndustrialAction action) {
    return action.id() + " (" + HouseStyle.days(action.days()) + ")";
  }

  /**
   * The latest action after this one, of a site that may have taken part, ended before the date.
   */
  private static Optional<IndustrialAction> laterEnded(
      String file,
      IndustrialAction action,
      StrikeCalendar calendar,
      ParticipationTable participation,
      String odsCode) {
    Optional<LocalDate> sent = ReturnOrder.date(file);
    if (sent.isEmpty()) {
      return Optional.empty();
    }
    IndustrialAction latest = null;
    for (IndustrialAction later : calendar.actions()) {
      boolean after = later.start().isAfter(action.end()) || later.start().equals(action.end());
      if (after
          && later.end().toLocalDate().isBefore(sent.get())
          && participation.of(odsCode, later.id()) != Participation.DID_NOT_TAKE_PART
          && (latest == null || later.start().isAfter(latest.start()))) {
        latest = later;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The months of a name, "April 2023", for messages; empty when it names none. */
  public static Optional<String> monthsNamed(String file) {
    List<NamedMonth> named = months(file);
    return named.isEmpty()
        ? Optional.empty()
        : Optional.of(HouseStyle.joinWithAnd(named.stream().map(NamedMonth::describe).toList()));
  }
}
