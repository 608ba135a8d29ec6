package io.strikeimpact.ingest;

import io.strikeimpact.ingest.returns.ReturnRead;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.PlannedActivity;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.ReturnRevision;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.StaffTakingPart;
import io.strikeimpact.model.StatedTotal;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Returns over time: a revised return replaces the one it revises, never adds to it.
 *
 * <p>Two returns <em>cover the same activity</em> for a site and action when both give a count of
 * one activity type on one day and specialty, where a count with no day covers every day and one
 * with no specialty covers every specialty: a return by type and one by specialty of the same days
 * overlap, while a return split into one file per day, per type or per specialty does not, and all
 * its parts count.
 *
 * <p>Of two that overlap, the later <em>revises</em> the earlier. "Later" is by the return date in
 * the file's name ({@code 2023-03-20} or {@code 20230320}), else by its mark (final above unmarked
 * above draft, finals by version), else by the file's name without its extension, in order ({@code
 * nnuh-march} before {@code nnuh-march-revised}): {@link io.strikeimpact.model.ReturnOrder}. The
 * earlier return's counts and totals rows for that site and action are dropped, and a warning names
 * both files and the change in figures.
 *
 * <p>When neither is later ({@code qeh-march.xls} and {@code qeh-march.csv}), no rule says which
 * stands, and adding them would count the activity twice. Neither counts for that site and action:
 * an ERROR names both files and how to make one the revision. Keeping one (the first by name, say)
 * was rejected because the pack would then show a figure that looks vouched for while the choice
 * between the two rests on an accident of naming; a site shown with no return, beside an error that
 * says why, is what a board analyst can see and resolve.
 */
final class ReturnHistory {
  /**
   * One activity return as read, in order of name.
   *
   * @param fixedAction the action its profile fixes ({@code action = bma-jd-2023-03}), if it does:
   *     only then can a name say the profile filed the return under the wrong action
   * @param profile the profile's name, for messages
   */
  record FileRead(String name, ReturnRead read, Optional<String> fixedAction, String profile) {
    FileRead(String name, ReturnRead read) {
      this(name, read, Optional.empty(), "");
    }
  }

  /**
   * The counts, stated totals and planned activity that stand, the counts among them with no
   * planned figure beside them, the warnings, the files wholly replaced, and each revision.
   */
  record Result(
      List<DisruptionCount> counts,
      List<StatedTotal> totals,
      List<DataProblem> problems,
      Set<String> superseded,
      Set<String> conflicting,
      List<ReturnRevision> revisions,
      List<PlannedActivity> planned,
      List<DisruptionCount> unplanned,
      List<StaffTakingPart> staff,
      Set<String> misfiled) {}

  private record Key(String site, String action) {}

  /** What one count covers; an empty day or specialty covers them all. */
  private record Cell(ActivityType type, Optional<LocalDate> date, Optional<String> specialty) {
    boolean covers(Cell other) {
      return type == other.type
          && (date.isEmpty() || other.date.isEmpty() || date.equals(other.date))
          && (specialty.isEmpty()
              || other.specialty.isEmpty()
              || specialty.equals(other.specialty));
    }
  }

  private ReturnHistory() {}

  private static final Comparator<FileRead> BY_ORDER =
      new Comparator<>() {
        @Override
        public int compare(FileRead a, FileRead b) {
          return order(a).compareTo(order(b));
        }
      };

  static Result resolve(List<FileRead> files) {
    return resolve(files, MisfiledReturns.NONE);
  }

  /**
   * @param misfiled tells a return that its profile files under one action but whose name says it
   *     is another's: such a return never revises the fixed action's figures ({@link
   *     MisfiledReturns})
   */
  static Result resolve(List<FileRead> files, MisfiledReturns misfiled) {
    // A stable sort with a named comparator, not a stream: a read of one extract has no other
    // returns, and would link two lambdas for nothing in a cold run.
    List<FileRead> ordered = new ArrayList<>(files);
    ordered.sort(BY_ORDER);
    // for each site and action, the files that stand so far
    Map<Key, List<FileRead>> standing = new LinkedHashMap<>();
    Map<String, Set<Key>> dropped = new LinkedHashMap<>();
    List<DataProblem> problems = new ArrayList<>();
    List<ReturnRevision> revisions = new ArrayList<>();
    Set<String> conflicts = new HashSet<>();
    Set<String> misfiledFiles = new LinkedHashSet<>();
    for (FileRead file : ordered) {
      Optional<String> another = anotherMonth(file, misfiled);
      List<LocalDate> rowDates = rowDates(file);
      if (another.isPresent() && misfiled.rowsDatedIn(rowDates, file.fixedAction().orElseThrow())) {
        // The rows' dates, all on the fixed action's days, say which action it is: not its name.
        Key key = keys(file).iterator().next();
        problems.add(
            misfiled.rowsDecide(
                file.name(), sha256(file), key.site(), key.action(), another.get(), rowDates));
        another = Optional.empty();
      }
      if (another.isPresent()) {
        misfiledFiles.add(file.name());
        dropped.computeIfAbsent(file.name(), n -> new HashSet<>()).addAll(keys(file));
        Key key = keys(file).iterator().next();
        problems.add(
            misfiled.refused(
                file.name(),
                sha256(file),
                key.site(),
                key.action(),
                file.profile(),
                another.get()));
        continue;
      }
      Optional<String> late = late(file, misfiled);
      if (late.isPresent()) {
        Key key = keys(file).iterator().next();
        Optional<FileRead> replaced = wouldReplace(file, standing);
        if (replaced.isPresent()) {
          // Dated after a later action ended: more likely that action's return than a revision of
          // the fixed action's, so it replaces nothing, and counts for nothing.
          misfiledFiles.add(file.name());
          dropped.computeIfAbsent(file.name(), n -> new HashSet<>()).addAll(keys(file));
          problems.add(
              misfiled.notARevision(
                  file.name(),
                  sha256(file),
                  key.site(),
                  key.action(),
                  file.profile(),
                  late.get(),
                  replaced.get().name()));
          continue;
        }
        problems.add(
            misfiled.counted(
                file.name(), sha256(file), key.site(), key.action(), file.profile(), late.get()));
      }
      for (Key key : keys(file)) {
        List<FileRead> standingFiles = standing.computeIfAbsent(key, k -> new ArrayList<>());
        for (FileRead before : List.copyOf(standingFiles)) {
          if (overlaps(before, file, key) && order(before).equals(order(file))) {
            dropped.computeIfAbsent(before.name(), n -> new HashSet<>()).add(key);
            dropped.computeIfAbsent(file.name(), n -> new HashSet<>()).add(key);
            conflicts.add(file.name());
            conflicts.add(before.name());
            problems.add(conflict(before, file, key));
            standingFiles.remove(before);
          } else if (overlaps(before, file, key)) {
            dropped.computeIfAbsent(before.name(), n -> new HashSet<>()).add(key);
            problems.add(warning(before, file, key));
            revisions.add(
                new ReturnRevision(
                    key.site(),
                    key.action(),
                    before.name(),
                    file.name(),
                    returnDate(file.name()),
                    total(before, key),
                    total(file, key)));
            standingFiles.remove(before);
          }
        }
        standingFiles.add(file);
      }
    }
    List<DisruptionCount> counts = new ArrayList<>();
    List<StatedTotal> totals = new ArrayList<>();
    List<PlannedActivity> planned = new ArrayList<>();
    List<DisruptionCount> unplanned = new ArrayList<>();
    List<StaffTakingPart> staff = new ArrayList<>();
    Set<String> superseded = new LinkedHashSet<>();
    Set<String> conflicting = new LinkedHashSet<>();
    for (FileRead file : files) {
      Set<Key> gone = dropped.getOrDefault(file.name(), Set.of());
      file.read().counts().stream().filter(c -> !gone.contains(key(c))).forEach(counts::add);
      file.read().planned().stream()
          .filter(p -> !gone.contains(new Key(p.odsCode(), p.actionId())))
          .forEach(planned::add);
      file.read().unplanned().stream().filter(c -> !gone.contains(key(c))).forEach(unplanned::add);
      // Staff figures stand or fall with the counts of their site and action in the same return.
      file.read().staff().stream()
          .filter(t -> !gone.contains(new Key(t.odsCode(), t.actionId())))
          .forEach(staff::add);
      file.read().statedTotals().stream()
          .filter(
              t ->
                  gone.stream()
                      .noneMatch(
                          k ->
                              t.scope().actionIds().contains(k.action())
                                  && t.scope().odsCode().map(k.site()::equals).orElse(true)))
          .forEach(totals::add);
      if (misfiledFiles.contains(file.name())) {
        continue; // counted for nothing, and read as a return sent for another action
      }
      if (!gone.isEmpty() && gone.containsAll(keys(file))) {
        (conflicts.contains(file.name()) ? conflicting : superseded).add(file.name());
      }
    }
    return new Result(
        counts,
        totals,
        problems,
        superseded,
        conflicting,
        revisions,
        planned,
        unplanned,
        staff,
        misfiledFiles);
  }

  /** Why a return under a fixed action is another month's, by its name. */
  private static Optional<String> anotherMonth(FileRead file, MisfiledReturns misfiled) {
    if (file.fixedAction().isEmpty() || keys(file).isEmpty()) {
      return Optional.empty();
    }
    Key key = keys(file).iterator().next();
    return misfiled.namesAnotherMonth(file.name(), key.site(), file.fixedAction().get());
  }

  /** The days of a return's counts, when every count has one; else empty. */
  private static List<LocalDate> rowDates(FileRead file) {
    List<LocalDate> days = new ArrayList<>();
    for (DisruptionCount c : file.read().counts()) {
      if (c.date().isEmpty()) {
        return List.of();
      }
      days.add(c.date().get());
    }
    return days;
  }

  /** Why a return under a fixed action is more likely a later action's, by its return date. */
  private static Optional<String> late(FileRead file, MisfiledReturns misfiled) {
    if (file.fixedAction().isEmpty() || keys(file).isEmpty()) {
      return Optional.empty();
    }
    Key key = keys(file).iterator().next();
    return misfiled.datedAfterLater(file.name(), key.site(), file.fixedAction().get());
  }

  /** The first return standing so far whose activity this one would replace as its revision. */
  private static Optional<FileRead> wouldReplace(FileRead file, Map<Key, List<FileRead>> standing) {
    for (Key key : keys(file)) {
      for (FileRead before : standing.getOrDefault(key, List.of())) {
        if (overlaps(before, file, key)) {
          return Optional.of(before);
        }
      }
    }
    return Optional.empty();
  }

  private static String sha256(FileRead file) {
    return file.read().counts().isEmpty()
        ? ""
        : file.read().counts().getFirst().provenance().sha256();
  }

  /** The return date in a file's name (2023-04-20, 20230420, 20-04-2023), if it has one. */
  static Optional<LocalDate> returnDate(String name) {
    return io.strikeimpact.model.ReturnOrder.date(name);
  }

  /** Return date from the name if there is one, then the name without extension. */
  private static String order(FileRead file) {
    return io.strikeimpact.model.ReturnOrder.key(file.name());
  }

  private static Key key(DisruptionCount c) {
    return new Key(c.odsCode(), c.actionId());
  }

  private static Set<Key> keys(FileRead file) {
    return file.read().counts().stream()
        .map(ReturnHistory::key)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Set<Cell> cells(FileRead file, Key key) {
    return file.read().counts().stream()
        .filter(c -> key(c).equals(key))
        .map(c -> new Cell(c.type(), c.date(), c.specialty()))
        .collect(Collectors.toSet());
  }

  private static boolean overlaps(FileRead a, FileRead b, Key key) {
    Set<Cell> cells = cells(a, key);
    return cells(b, key).stream().anyMatch(c -> cells.stream().anyMatch(c::covers));
  }

  private static DataProblem warning(FileRead before, FileRead after, Key key) {
    long was = total(before, key);
    long now = total(after, key);
    String change =
        now == was
            ? "no change"
            : (now > was ? "up " : "down ") + HouseStyle.count(Math.abs(now - was));
    Provenance where =
        new Provenance(
            after.name(), after.read().counts().getFirst().provenance().sha256(), "", "");
    return new DataProblem(
        Severity.WARNING,
        where,
        "a revised return for "
            + key.site()
            + " in "
            + key.action()
            + ": "
            + figures(after, key)
            + " in "
            + after.name()
            + ", replacing "
            + figures(before, key)
            + " in "
            + before.name()
            + " ("
            + change
            + ")",
        "one return per site and action, or returns that do not repeat a day and activity type",
        "nothing to fix if "
            + after.name()
            + " is the revision: "
            + io.strikeimpact.model.ReturnOrder.why(after.name(), before.name())
                .orElse("it is the later by the date in its name, else by its name")
            + ", and only its figures count; if both are meant to count, remove the repeated days from one of them");
  }

  /** Two returns covering the same activity, neither the later: neither counts. */
  private static DataProblem conflict(FileRead first, FileRead second, Key key) {
    // Two sheets of one workbook (sheet = *): a tracker with a tab and its revision.
    boolean sameFile = first.name().equals(second.name());
    Provenance where =
        new Provenance(
            second.name(), second.read().counts().getFirst().provenance().sha256(), "", "");
    return new DataProblem(
        Severity.ERROR,
        where,
        "two returns for "
            + key.site()
            + " in "
            + key.action()
            + " that cover the same days and activity types: "
            + figures(first, key)
            + " in "
            + where(first, sameFile)
            + " and "
            + figures(second, key)
            + " in "
            + where(second, sameFile)
            + "; neither is the later by a date or name, so neither counts for "
            + key.site()
            + " in "
            + key.action(),
        "one return per site and action, or returns that do not repeat a day and activity type",
        (sameFile
                ? "delete or hide the tab that should not count, or name the one to read in the"
                    + " profile (sheet = its name instead of sheet = *)"
                : "remove the copy that should not count, or, if one is the revision, put its"
                    + " return date in its name (qeh-2023-03-27.csv) or add -revised to it")
            + "; until then "
            + key.site()
            + " has no figures for "
            + key.action());
  }

  /** A return for a message: its file, and its sheet when two sheets of one file are meant. */
  private static String where(FileRead file, boolean sameFile) {
    return sameFile && !file.read().sheet().isEmpty()
        ? file.name() + ", sheet '" + file.read().sheet() + "'"
        : file.name();
  }

  private static long total(FileRead file, Key key) {
    return file.read().counts().stream()
        .filter(c -> key(c).equals(key))
        .mapToLong(DisruptionCount::count)
        .sum();
  }

  /** "3,470 (outpatient 2,990, inpatient 480)". */
  private static String figures(FileRead file, Key key) {
    Map<ActivityType, Long> byType = new EnumMap<>(ActivityType.class);
    file.read().counts().stream()
        .filter(c -> key(c).equals(key))
        .forEach(c -> byType.merge(c.type(), c.count(), Long::sum));
    String parts =
        byType.entrySet().stream()
            .map(
                e ->
                    e.getKey().heading().toLowerCase(Locale.ROOT).replace(" (no split given)", "")
                        + " "
                        + HouseStyle.count(e.getValue()))
            .collect(Collectors.joining(", "));
    return HouseStyle.count(total(file, key)) + " (" + parts + ")";
  }
}
