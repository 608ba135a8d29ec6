package io.strikeimpact.ingest.profile;

import io.strikeimpact.ingest.Read;
import io.strikeimpact.ingest.profile.Profile.ActionRule;
import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.ingest.profile.Profile.Role;
import io.strikeimpact.ingest.screen.IdentifierKind;
import io.strikeimpact.ingest.screen.Identifiers;
import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.StrikeCalendar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a profile ({@code profiles/*.properties}, UTF-8) and checks it against the calendar and the
 * sites. A profile with an ERROR is not used; its files then match no profile. See {@link Profile}
 * for the keys.
 */
public final class ProfileReader {
  public static final String FOLDER = "profiles/";
  static final String DEFAULT_SUBTOTALS =
      "Subtotal|Sub-total|Sub total|* Total|* Subtotal|* Sub-total|* Sub total|Subtotal *|Sub-total *"
          + "|Sub total *";

  /**
   * The keys of a hospital's own names for a site: {@code site.names.RCX = QE Hospital|The Lynn}.
   */
  public static final String SITE_NAMES = "site.names.";

  static final Set<String> KEYS =
      new TreeSet<>(
          List.of(
              "name",
              "files",
              "role",
              "sheet",
              "header.row",
              "site",
              "columns.by-type",
              "action",
              "type",
              "type.outpatient",
              "type.inpatient",
              "type.total-only",
              "date.format",
              "totals.label",
              "columns.by-day-and-type",
              "subtotals.label",
              "sites.other",
              "layout",
              "filter.column",
              "filter.values",
              "columns.planned-by-type",
              "staff.note"));

  static {
    for (Field f : Field.values()) {
      KEYS.add(f.key());
    }
  }

  /**
   * Notepad and Excel save UTF-8 with a byte order mark; left in, it would glue itself to the first
   * key ("\uFEFFsite"), which is then unknown, and the profile would lose it.
   */
  private static ByteArrayInputStream withoutByteOrderMark(byte[] bytes) {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF;
    return bom
        ? new ByteArrayInputStream(bytes, 3, bytes.length - 3)
        : new ByteArrayInputStream(bytes);
  }

  /**
   * The files a profile says it reads, read even from a profile refused for its errors, so that the
   * returns it names can be told apart from files no profile names: a return behind a refused
   * profile was sent, and is not read until the profile is mended. Empty when the file is not a
   * properties file at all or names no files.
   */
  public static List<Glob> filesNamed(byte[] bytes) {
    Properties p = new Properties();
    try {
      p.load(new InputStreamReader(withoutByteOrderMark(bytes), StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    }
    String files = p.getProperty("files");
    return files == null ? List.of() : globs(files);
  }

  /** The globs of a {@code files} value, {@code A|B}. */
  private static List<Glob> globs(String files) {
    List<Glob> globs = new ArrayList<>();
    for (String glob : ColumnName.alternatives(files)) {
      globs.add(Glob.of(glob));
    }
    return globs;
  }

  public Read<Optional<Profile>> read(
      byte[] bytes, Provenance file, StrikeCalendar calendar, List<Site> sites) {
    Properties p = new Properties();
    List<DataProblem> problems = new ArrayList<>();
    try {
      p.load(new InputStreamReader(withoutByteOrderMark(bytes), StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      problems.add(
          error(
              file, e.getMessage(), "a properties file of key = value lines", "correct the line"));
      return new Read<>(Optional.empty(), problems, List.of(), 0, 0);
    }
    Checker c = new Checker(p, file, problems);
    for (String key : new TreeSet<>(p.stringPropertyNames())) {
      if (!KEYS.contains(key) && !key.startsWith(SITE_NAMES)) {
        problems.add(
            new DataProblem(
                Severity.WARNING,
                file,
                key + " = " + p.getProperty(key),
                "one of the keys " + String.join(", ", KEYS),
                "correct the key's spelling or remove the line; it is ignored"));
      }
    }

    String fileName = file.file().substring(file.file().lastIndexOf('/') + 1);
    String name = c.get("name").orElse(fileName.replaceFirst("\\.properties$", ""));
    // Loops and ifs rather than streams and Optional's lambdas in this method: a profile is read
    // once, in a cold JVM, where each lambda is linked the first time it runs.
    Optional<String> filesText = c.get("files");
    List<Glob> globs = filesText.isPresent() ? globs(filesText.get()) : List.of();
    if (globs.isEmpty()) {
      c.missing("files", "the files the profile reads, e.g. returns/RM1/*");
    }

    Role role = Role.ACTIVITY;
    Optional<String> roleText = c.get("role");
    if (roleText.isPresent()) {
      switch (roleText.get().toLowerCase(java.util.Locale.ROOT)) {
        case "activity" -> role = Role.ACTIVITY;
        case "stated-totals", "stated totals" -> role = Role.STATED_TOTALS;
        default -> c.bad("role", "activity or stated-totals");
      }
    }

    OptionalInt headerRow = OptionalInt.empty();
    String header = c.get("header.row").orElse("auto");
    if (header.matches("\\d{1,6}") && Integer.parseInt(header) >= 1) {
      headerRow = OptionalInt.of(Integer.parseInt(header));
    } else if (!header.equalsIgnoreCase("auto")) {
      c.bad("header.row", "a row number from 1, or auto");
    }

    Map<Field, ColumnName> columns = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      Optional<String> text = c.get(f.key());
      if (text.isPresent()) {
        ColumnName n = ColumnName.parse(text.get());
        if (!n.synonyms().isEmpty()) {
          columns.put(f, n);
        }
      }
    }

    Map<ColumnName, ActivityType> byType =
        columnsByType(c, "columns.by-type", "Outpatients=outpatient, Inpatients=inpatient");
    Map<ColumnName, ActivityType> plannedByType =
        columnsByType(
            c,
            "columns.planned-by-type",
            "Outpatients planned=outpatient, Inpatients planned=inpatient");

    Optional<ActivityType> fixedType = Optional.empty();
    Optional<String> typeText = c.get("type");
    if (typeText.isPresent()) {
      fixedType = new TypeWords(Map.of()).typeOf(typeText.get());
      if (fixedType.isEmpty()) {
        c.bad("type", "outpatient, inpatient or total-only");
      }
    }

    Map<String, ActivityType> words = new LinkedHashMap<>();
    for (ActivityType type : ActivityType.values()) {
      String key = TypeWords.key(type);
      Optional<String> wordsText = c.get(key);
      if (wordsText.isEmpty()) {
        continue;
      }
      String text = wordsText.get();
      for (String w : text.split(",")) {
        String word = w.strip();
        if (word.isEmpty()) {
          continue;
        }
        ActivityType before = words.putIfAbsent(word, type);
        if (before != null && before != type) {
          problems.add(
              error(
                  file,
                  key + " = " + text,
                  "each word under one type only; \""
                      + word
                      + "\" is also under "
                      + TypeWords.key(before),
                  "remove \"" + word + "\" from one of the two keys"));
        }
      }
    }

    DateFormats dates = DateFormats.parse(DateFormats.DEFAULT);
    Optional<String> dateText = c.get("date.format");
    if (dateText.isPresent()) {
      try {
        dates = DateFormats.parse(dateText.get());
        if (dates.daysAndMonthsBothFirst()) {
          c.bad(
              "date.format",
              "patterns that all put the day first or all the month first: with both, a return's"
                  + " 03/04/2023 reads as 3 April and its 03/13/2023 as 13 March; keep the one the"
                  + " hospital's returns are written in");
        }
      } catch (IllegalArgumentException e) {
        c.bad(
            "date.format",
            "java date patterns separated by |, e.g. dd/MM/yyyy|yyyy-MM-dd ("
                + e.getMessage()
                + ")");
      }
    }
    ColumnName totals = ColumnName.parse(c.get("totals.label").orElse("Total|Grand total"));
    LabelPattern subtotals = LabelPattern.parse(c.get("subtotals.label").orElse(DEFAULT_SUBTOTALS));
    Optional<DayTypeColumns> byDayAndType = Optional.empty();
    Optional<String> dayTypeText = c.get("columns.by-day-and-type");
    if (dayTypeText.isPresent()) {
      try {
        byDayAndType = Optional.of(DayTypeColumns.parse(dayTypeText.get()));
      } catch (IllegalArgumentException e) {
        c.bad(
            "columns.by-day-and-type",
            "a header pattern holding {date} and {type} once each, e.g. {date} {type} for \"13-Mar-23 Outpatient\"");
      }
    }
    boolean skipOtherSites = false;
    Optional<String> otherSites = c.get("sites.other");
    if (otherSites.isPresent()) {
      switch (otherSites.get().toLowerCase(java.util.Locale.ROOT)) {
        case "reject" -> skipOtherSites = false;
        case "skip" -> skipOtherSites = true;
        default -> c.bad("sites.other", "reject or skip");
      }
    }

    Profile.Layout layout = Profile.Layout.TABLE;
    Optional<String> layoutText = c.get("layout");
    if (layoutText.isPresent()) {
      switch (layoutText.get().toLowerCase(java.util.Locale.ROOT)) {
        case "table" -> layout = Profile.Layout.TABLE;
        case "line-level", "line level" -> layout = Profile.Layout.LINE_LEVEL;
        default -> c.bad("layout", "table or line-level");
      }
    }
    Optional<Profile.RowFilter> filter = Optional.empty();
    Optional<String> filterColumn = c.get("filter.column");
    Optional<String> filterValues = c.get("filter.values");
    if (filterColumn.isPresent() != filterValues.isPresent()) {
      problems.add(
          error(
              file,
              filterColumn.isPresent()
                  ? "filter.column without filter.values"
                  : "filter.values without filter.column",
              "both: filter.column = the header of the column, filter.values = the values of the rows to count, e.g. 4",
              "add the missing key"));
    } else if (filterColumn.isPresent()) {
      if (layout != Profile.Layout.LINE_LEVEL) {
        problems.add(
            error(
                file,
                "filter.column = " + filterColumn.get(),
                "filter.column only with layout = line-level",
                "set layout = line-level, or remove filter.column and filter.values"));
      } else {
        filter =
            Optional.of(
                new Profile.RowFilter(
                    ColumnName.parse(filterColumn.get()),
                    Arrays.asList(filterValues.get().split(","))));
      }
    }

    Optional<String> site = c.get("site");
    if (site.isPresent() == columns.containsKey(Field.SITE)) {
      problems.add(
          error(
              file,
              site.isPresent() ? "both site and column.site" : "neither site nor column.site",
              "one of them: site = an ODS code, or column.site = the header of the column of codes",
              "keep one of the two keys"));
    }
    site.ifPresent(
        code -> {
          if (sites.stream().noneMatch(s -> s.odsCode().equals(code))) {
            problems.add(
                error(
                    file,
                    "site = " + code,
                    "an ODS code from reference/sites.csv: "
                        + sites.stream().map(Site::odsCode).collect(Collectors.joining(", ")),
                    "correct the code, or add the site to reference/sites.csv"));
          }
        });

    ActionRule action = ActionRule.BY_COLUMN;
    Optional<String> actionText = c.get("action");
    if (actionText.isPresent() && columns.containsKey(Field.ACTION)) {
      problems.add(
          error(file, "both action and column.action", "one of them", "keep one of the two keys"));
    } else if (actionText.isPresent() && actionText.get().equalsIgnoreCase("by-date")) {
      action = ActionRule.BY_DATE;
      if (!columns.containsKey(Field.DATE) && dayTypeText.isEmpty()) {
        problems.add(
            error(
                file,
                "action = by-date without column.date",
                "column.date naming the column of dates, or columns.by-day-and-type",
                "add column.date, or set action to an action id"));
      }
    } else if (actionText.isPresent()) {
      action = ActionRule.fixed(actionText.get());
      if (calendar.find(actionText.get()).isEmpty()) {
        problems.add(
            error(
                file,
                "action = " + actionText.get(),
                "by-date or an action id from reference/calendar.csv: "
                    + calendar.actions().stream()
                        .map(IndustrialAction::id)
                        .collect(Collectors.joining(", ")),
                "correct the action id, or add the action to reference/calendar.csv"));
      }
    } else if (!columns.containsKey(Field.ACTION)) {
      c.missing("action", "action = an action id or by-date, or column.action");
    }

    if (role == Role.ACTIVITY && layout == Profile.Layout.LINE_LEVEL) {
      if (columns.containsKey(Field.COUNT) || !byType.isEmpty() || dayTypeText.isPresent()) {
        problems.add(
            error(
                file,
                columns.containsKey(Field.COUNT)
                    ? "column.count with layout = line-level"
                    : "columns.by-type with layout = line-level",
                "no count column: each row of a line-level extract counts one",
                "remove the key; give the type with column.type or type"));
      }
      if (columns.containsKey(Field.TYPE) == fixedType.isPresent()) {
        problems.add(
            error(
                file,
                fixedType.isPresent() ? "both column.type and type" : "no activity type",
                "exactly one of column.type (a column of words such as OP and IP) and type",
                "say once where the activity type comes from"));
      }
      if (c.get("sheet")
          .filter(io.strikeimpact.ingest.table.SheetChoice.EVERY::equals)
          .isPresent()) {
        c.bad(
            "sheet",
            "one sheet for a line-level extract (its name or position): sheet = * reads every"
                + " sheet of a workbook of tables");
      }
    } else if (role == Role.STATED_TOTALS && layout == Profile.Layout.LINE_LEVEL) {
      problems.add(
          error(
              file,
              "role = stated-totals with layout = line-level",
              "a line-level extract of activity",
              "remove one of the two keys"));
    } else if (role == Role.ACTIVITY) {
      int countSources =
          (columns.containsKey(Field.COUNT) ? 1 : 0)
              + (byType.isEmpty() ? 0 : 1)
              + (dayTypeText.isPresent() ? 1 : 0);
      if (countSources != 1) {
        problems.add(
            error(
                file,
                countSources == 0
                    ? "no column.count, columns.by-type or columns.by-day-and-type"
                    : "more than one of column.count, columns.by-type and columns.by-day-and-type",
                "one of them: column.count for a long layout, columns.by-type for one count column per type,"
                    + " columns.by-day-and-type for one count column per day and type",
                countSources == 0 ? "add one of the keys" : "keep one of the keys"));
      }
      int typeSources =
          (columns.containsKey(Field.TYPE) ? 1 : 0)
              + (byType.isEmpty() ? 0 : 1)
              + (fixedType.isPresent() ? 1 : 0)
              + (dayTypeText.isPresent() ? 1 : 0);
      if (typeSources != 1) {
        problems.add(
            error(
                file,
                typeSources == 0
                    ? "no activity type"
                    : "more than one of column.type, columns.by-type and type",
                "exactly one of column.type, columns.by-type, columns.by-day-and-type and type",
                "say once where the activity type comes from"));
      }
    } else if (!columns.containsKey(Field.COUNT) && !columns.containsKey(Field.RUNNING_TOTAL)) {
      c.missing(
          Field.COUNT.key(),
          "the header of the column of stated totals (or column.running-total for running totals)");
    }
    if (role == Role.ACTIVITY && columns.containsKey(Field.RUNNING_TOTAL)) {
      problems.add(
          error(
              file,
              Field.RUNNING_TOTAL.key() + " with role = activity",
              "running totals only in a summary of stated totals (role = stated-totals)",
              "add role = stated-totals, or remove " + Field.RUNNING_TOTAL.key()));
    }

    checkPlanned(
        file, problems, role, layout, columns, byType, plannedByType, dayTypeText.isPresent());
    checkRowTotal(file, problems, role, layout, columns, byType, dayTypeText.isPresent());
    StaffKeys.check(
        file,
        problems,
        role,
        layout,
        columns,
        dayTypeText.isPresent(),
        c.get("staff.note").isPresent());

    refuseIdentifierColumns(file, problems, columns, byType, plannedByType, filter);

    boolean ok = true;
    for (DataProblem d : problems) {
      if (d.severity() == Severity.ERROR) {
        ok = false;
      }
    }
    Optional<Profile> profile =
        ok
            ? Optional.of(
                new Profile(
                    name,
                    file.file(),
                    globs,
                    role,
                    new SheetChoice(c.get("sheet").orElse("1")),
                    headerRow,
                    site,
                    columns,
                    byType,
                    action,
                    fixedType,
                    new TypeWords(words),
                    dates,
                    totals,
                    byDayAndType,
                    subtotals,
                    skipOtherSites,
                    layout,
                    filter,
                    plannedByType,
                    c.get("staff.note"),
                    siteNames(p, file, sites, problems)))
            : Optional.empty();
    return new Read<>(profile, problems, List.of(), 0, 0);
  }

  /**
   * The hospital's own names for sites, {@code site.names.<ODS code> = name|name}: each name made
   * comparable as a site column's value is, to the code. A code not in reference/sites.csv, or a
   * name given to two sites, is an error naming the key.
   */
  private static Map<String, String> siteNames(
      Properties p, Provenance file, List<Site> sites, List<DataProblem> problems) {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    for (String key : new TreeSet<>(p.stringPropertyNames())) {
      if (!key.startsWith(SITE_NAMES)) {
        continue;
      }
      String code = key.substring(SITE_NAMES.length()).strip();
      if (sites.stream().noneMatch(s -> s.odsCode().equals(code))) {
        problems.add(
            error(
                file,
                key + " = " + p.getProperty(key),
                "site.names. followed by an ODS code from reference/sites.csv: "
                    + sites.stream().map(Site::odsCode).collect(Collectors.joining(", ")),
                "correct the code in the key, or add the site to reference/sites.csv"));
        continue;
      }
      for (String name : ColumnName.alternatives(p.getProperty(key))) {
        String was = names.put(io.strikeimpact.model.SiteNames.comparable(name), code);
        if (was != null && !was.equals(code)) {
          problems.add(
              error(
                  file,
                  key + " = " + p.getProperty(key),
                  "each name for one site; \"" + name + "\" is a name of " + was + " too",
                  "keep the name under the one site it means"));
        }
      }
    }
    return names;
  }

  /**
   * Parses a key of Header=type entries, e.g. {@code Outpatients=outpatient, Inpatients=inpatient}.
   */
  private static Map<ColumnName, ActivityType> columnsByType(
      Checker c, String key, String example) {
    Map<ColumnName, ActivityType> byType = new LinkedHashMap<>();
    Optional<String> text = c.get(key);
    if (text.isEmpty()) {
      return byType;
    }
    for (String entry : text.get().split(",")) {
      String[] kv = entry.split("=", 2);
      Optional<ActivityType> t =
          kv.length == 2 ? new TypeWords(Map.of()).typeOf(kv[1]) : Optional.empty();
      if (kv.length != 2 || kv[0].isBlank() || t.isEmpty()) {
        c.bad(
            key,
            "entries Header=type separated by commas, type being outpatient, inpatient or total-only, e.g. "
                + example);
        break;
      }
      byType.put(ColumnName.parse(kv[0]), t.get());
    }
    return byType;
  }

  /**
   * Planned activity is read beside the count on the same row: column.planned in a long layout,
   * columns.planned-by-type beside columns.by-type. Not for stated totals, line-level extracts or
   * tables by day and type.
   */
  private static void checkPlanned(
      Provenance file,
      List<DataProblem> problems,
      Role role,
      Profile.Layout layout,
      Map<Field, ColumnName> columns,
      Map<ColumnName, ActivityType> byType,
      Map<ColumnName, ActivityType> plannedByType,
      boolean byDayAndType) {
    boolean single = columns.containsKey(Field.PLANNED);
    boolean wide = !plannedByType.isEmpty();
    if (!single && !wide) {
      return;
    }
    String key = single ? Field.PLANNED.key() : "columns.planned-by-type";
    if (single && wide) {
      problems.add(
          error(
              file,
              "both column.planned and columns.planned-by-type",
              "column.planned for a long layout (column.count), or columns.planned-by-type for a wide one (columns.by-type)",
              "keep one of the two keys"));
    } else if (role == Role.STATED_TOTALS) {
      problems.add(
          error(
              file,
              key + " with role = stated-totals",
              "planned activity only in an activity return, beside its counts",
              "remove " + key));
    } else if (layout == Profile.Layout.LINE_LEVEL) {
      problems.add(
          error(
              file,
              key + " with layout = line-level",
              "planned activity only in a table of figures: a line-level extract lists what was rescheduled, not what was planned",
              "remove " + key));
    } else if (byDayAndType) {
      problems.add(
          error(
              file,
              key + " with columns.by-day-and-type",
              "planned activity in a long layout (column.planned) or a wide layout by type (columns.planned-by-type);"
                  + " a table by day and type has no planned columns",
              "remove " + key));
    } else if (single && !byType.isEmpty()) {
      problems.add(
          error(
              file,
              "column.planned with columns.by-type",
              "columns.planned-by-type for a wide layout: one planned column per type, e.g. Outpatients planned=outpatient",
              "replace column.planned with columns.planned-by-type"));
    } else if (wide && byType.isEmpty()) {
      problems.add(
          error(
              file,
              "columns.planned-by-type without columns.by-type",
              "column.planned for a long layout, one planned column beside column.count",
              "replace columns.planned-by-type with column.planned"));
    } else if (wide) {
      for (ActivityType t : plannedByType.values()) {
        if (!byType.containsValue(t)) {
          problems.add(
              error(
                  file,
                  "columns.planned-by-type gives "
                      + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                  "a planned column only for a type with a count column in columns.by-type",
                  "remove the entry, or add the count column to columns.by-type"));
        }
      }
    }
  }

  /**
   * A column of row totals states the sum of the count cells of its row, so it needs a wide layout
   * (several count cells to a row): in a long layout the count is the row's only figure.
   */
  private static void checkRowTotal(
      Provenance file,
      List<DataProblem> problems,
      Role role,
      Profile.Layout layout,
      Map<Field, ColumnName> columns,
      Map<ColumnName, ActivityType> byType,
      boolean byDayAndType) {
    if (!columns.containsKey(Field.ROW_TOTAL)) {
      return;
    }
    String key = Field.ROW_TOTAL.key();
    String found = key + " = " + columns.get(Field.ROW_TOTAL);
    if (role == Role.STATED_TOTALS) {
      problems.add(
          error(
              file,
              found + " with role = stated-totals",
              "a column of row totals in an activity return, beside the count cells it adds up",
              "remove " + key + "; a summary's stated totals are in column.count"));
    } else if (layout == Profile.Layout.LINE_LEVEL) {
      problems.add(
          error(
              file,
              found + " with layout = line-level",
              "a column of row totals in a wide table of figures; each row of a line-level extract"
                  + " counts one",
              "remove " + key));
    } else if (byType.isEmpty() && !byDayAndType) {
      problems.add(
          error(
              file,
              found + " with column.count",
              "a column of row totals in a wide layout (columns.by-type or"
                  + " columns.by-day-and-type), whose rows hold several count cells",
              "remove " + key + ", or map the count columns with columns.by-type"));
    }
  }

  /**
   * A profile that gives a column of patient identifiers a meaning is refused: a count, date, type,
   * site, specialty or label never comes from an NHS number, a name or a date of birth, and a
   * profile that says so was written for the wrong file or the wrong layout.
   */
  private static void refuseIdentifierColumns(
      Provenance file,
      List<DataProblem> problems,
      Map<Field, ColumnName> columns,
      Map<ColumnName, ActivityType> byType,
      Map<ColumnName, ActivityType> plannedByType,
      Optional<Profile.RowFilter> filter) {
    Map<String, ColumnName> named = new LinkedHashMap<>();
    for (Map.Entry<Field, ColumnName> e : columns.entrySet()) {
      named.put(e.getKey().key(), e.getValue());
    }
    for (ColumnName n : byType.keySet()) {
      named.putIfAbsent("columns.by-type", n);
    }
    for (ColumnName n : plannedByType.keySet()) {
      named.putIfAbsent("columns.planned-by-type", n);
    }
    if (filter.isPresent()) {
      named.put("filter.column", filter.get().column());
    }
    for (Map.Entry<String, ColumnName> e : named.entrySet()) {
      String key = e.getKey();
      for (String header : e.getValue().synonyms()) {
        Optional<IdentifierKind> found = Identifiers.byHeader(header);
        if (found.isPresent()) {
          IdentifierKind kind = found.get();
          problems.add(
              new DataProblem(
                  Severity.ERROR,
                  file,
                  key + " = " + header,
                  "a column of figures or labels; \""
                      + header
                      + "\" is a column of "
                      + kind.plural()
                      + ", which are never read",
                  "set "
                      + key
                      + " in "
                      + file.file()
                      + " to the column that holds the "
                      + key.substring(key.indexOf('.') + 1)
                      + "; for an extract of one row per appointment, set layout ="
                      + " line-level and name its outcome or cancellation code in"
                      + " filter.column ('strike-impact profile suggest' writes such"
                      + " a profile). The profile was not used"));
        }
      }
    }
  }

  private static DataProblem error(Provenance file, String found, String expected, String fix) {
    return new DataProblem(Severity.ERROR, file, found, expected, fix + " in " + file.file());
  }

  /** Reads keys and records what is missing or malformed. */
  private record Checker(Properties p, Provenance file, List<DataProblem> problems) {
    Optional<String> get(String key) {
      String value = p.getProperty(key);
      if (value == null) {
        return Optional.empty();
      }
      String stripped = value.strip();
      return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    void missing(String key, String expected) {
      problems.add(error(file, "no " + key, expected, "add the key " + key));
    }

    void bad(String key, String expected) {
      problems.add(error(file, key + " = " + p.getProperty(key), expected, "correct " + key));
    }
  }
}
