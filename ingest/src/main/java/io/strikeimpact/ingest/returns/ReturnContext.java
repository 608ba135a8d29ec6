package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.screen.OutgoingScreen;
import io.strikeimpact.ingest.table.CellDate;
import io.strikeimpact.ingest.table.CellReference;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.SiteNames;
import io.strikeimpact.model.StrikeCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One return being read: its name, fingerprint and profile, and the reference data rows are checked
 * against. Holds the checks shared by every role.
 */
record ReturnContext(
    String file, String sha256, Profile profile, StrikeCalendar calendar, List<Site> sites) {

  Provenance at(RawRow row, int column) {
    return new Provenance(
        file, sha256, OutgoingScreen.sheet(row.sheet()), CellReference.of(column, row.number()));
  }

  Provenance row(RawRow row) {
    return new Provenance(file, sha256, OutgoingScreen.sheet(row.sheet()), "row " + row.number());
  }

  Provenance whole(String sheet) {
    return new Provenance(file, sha256, OutgoingScreen.sheet(sheet), "");
  }

  /**
   * The site a return's site cell names, as {@code --site} finds it: its ODS code, abbreviation,
   * short or official name from sites.csv, or whole words of one site's name; or, in a line-level
   * extract, the ODS code of one of its hospitals ({@link OdsSiteCodes}).
   */
  Optional<Site> siteNamed(String value) {
    String c = value.strip().toUpperCase(Locale.ROOT);
    for (Site s : sites) {
      if (s.odsCode().equals(c)) {
        return Optional.of(s);
      }
    }
    // The hospital's own names for a site, from its profile, before any guess from the register.
    String own = profile.siteNames().get(SiteNames.comparable(value));
    if (own != null) {
      return sites.stream().filter(s -> s.odsCode().equals(own)).findFirst();
    }
    // A line-level extract's rows are appointments, one each, so a site code can only mean its
    // trust's activity; a table may give the trust's own row beside its sites', and is not guessed.
    Optional<Site> trust =
        profile.layout() == Profile.Layout.LINE_LEVEL
            ? OdsSiteCodes.trustOf(c, sites)
            : Optional.empty();
    return trust.isPresent() ? trust : SiteNames.find(sites, value);
  }

  /** A site, by code or name, that must be in sites.csv: its ODS code. */
  Optional<String> site(String code, Provenance where, List<DataProblem> problems) {
    Optional<Site> site = siteNamed(code);
    if (site.isPresent()) {
      return Optional.of(site.get().odsCode());
    }
    List<Site> several = SiteNames.matching(sites, code);
    Optional<Site> nearest = SiteNames.nearest(sites, code);
    String accepted =
        "an ODS code, abbreviation, initials or name from reference/sites.csv, or a name under"
            + " site.names in "
            + profile.source();
    Optional<Site> trust = OdsSiteCodes.trustOf(code.strip().toUpperCase(Locale.ROOT), sites);
    if (trust.isPresent()) {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              where,
              code,
              accepted
                  + "; "
                  + code.strip()
                  + " is the ODS code of one of the hospitals of "
                  + named(trust.get())
                  + ", and a table may give the trust's own row beside its hospitals', which"
                  + " would count them twice",
              "if the return gives no row for "
                  + trust.get().odsCode()
                  + " itself, so its hospitals' rows are all of its figures, "
                  + alias(trust.get().odsCode(), code)
                  + " (codes separated by |); otherwise leave the row out of the return"));
    } else if (several.size() > 1) {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              where,
              code,
              "the code or name of one site; it is part of the names of "
                  + several.stream().map(ReturnContext::named).collect(Collectors.joining(" and ")),
              "write the site's ODS code in the return, or say which site the hospital means by"
                  + " it: "
                  + alias(several.getFirst().odsCode(), code)
                  + " (or the code of the site meant)"));
    } else if (nearest.isPresent()) {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              where,
              code,
              accepted + "; the nearest is " + named(nearest.get()),
              "write "
                  + nearest.get().odsCode()
                  + " in the return if that is the site meant, or, if that is what the hospital calls it, "
                  + alias(nearest.get().odsCode(), code)
                  + "; a new site goes in reference/sites.csv"));
    } else {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              where,
              code,
              accepted + ": " + sites.stream().map(Site::odsCode).collect(Collectors.joining(", ")),
              "correct the site in the return; if it is another name of a site in"
                  + " reference/sites.csv, "
                  + alias("<ODS code>", code)
                  + ", and if it is a new site, add it to reference/sites.csv"));
    }
    return Optional.empty();
  }

  /** "add site.names.RCX = QEHKL to profiles/icb.properties". */
  private String alias(String odsCode, String name) {
    return "add "
        + io.strikeimpact.ingest.profile.ProfileReader.SITE_NAMES
        + odsCode
        + " = "
        + name.strip()
        + " to "
        + profile.source();
  }

  /** A site for a message: "RM1 (Norfolk and Norwich University Hospital)". */
  private static String named(Site s) {
    return s.odsCode() + " (" + s.shortName() + ")";
  }

  /** An action id that must be in the calendar. */
  Optional<IndustrialAction> action(String id, Provenance where, List<DataProblem> problems) {
    Optional<IndustrialAction> action = calendar.find(id.strip());
    if (action.isEmpty()) {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              where,
              id,
              "an action id from reference/calendar.csv: " + knownIds(),
              "correct the action id in the return, or add the action to reference/calendar.csv"));
    }
    return action;
  }

  /** The one action whose days include the date. */
  Optional<IndustrialAction> actionOn(
      LocalDate date, Provenance where, String found, List<DataProblem> problems) {
    List<IndustrialAction> on = calendar.on(date);
    if (on.size() == 1) {
      return Optional.of(on.getFirst());
    }
    return notOneAction(on, Dates.house(date), where, Dates.shown(found, date), problems);
  }

  /**
   * The one action whose days include the operational day of a cell's date or date-time. The
   * message's words (the day written out, which loads the JDK's locale data for month names, and
   * the cell as shown) are made only when there is a problem to tell: on a 1,000-row extract that
   * loading was most of the first row's cost.
   */
  Optional<IndustrialAction> actionOn(
      CellDate date, Provenance where, String found, List<DataProblem> problems) {
    List<IndustrialAction> on = calendar.on(date.day());
    if (on.size() == 1) {
      return Optional.of(on.getFirst());
    }
    return notOneAction(on, Dates.dayOf(date), where, Dates.shown(found, date.date()), problems);
  }

  /** The problem of a day in no action, or in more than one: {@code on} is not of size one. */
  private Optional<IndustrialAction> notOneAction(
      List<IndustrialAction> on,
      String subject,
      Provenance where,
      String found,
      List<DataProblem> problems) {
    if (on.isEmpty()) {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              where,
              found,
              "a day of an action in reference/calendar.csv; " + subject + " is not one",
              "correct the date in the return, or add the action to reference/calendar.csv"));
    } else {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              where,
              found,
              "a day of one action only; "
                  + subject
                  + " is a day of "
                  + on.stream().map(IndustrialAction::id).collect(Collectors.joining(" and ")),
              "add a column of action ids and name it in column.action, or set action to one id, in "
                  + profile.source()));
    }
    return Optional.empty();
  }

  /** Checks a dated row against the action it is filed under. */
  void checkDate(
      IndustrialAction action,
      LocalDate date,
      Provenance where,
      String found,
      List<DataProblem> problems) {
    checkDate(action, CellDate.of(date), where, found, problems);
  }

  /** Checks a row's date or date-time against the action it is filed under, by its day. */
  void checkDate(
      IndustrialAction action,
      CellDate date,
      Provenance where,
      String found,
      List<DataProblem> problems) {
    if (!action.covers(date.day())) {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              where,
              Dates.shown(found, date.date()),
              "a day of "
                  + action.id()
                  + ": "
                  + action.days().stream().map(Dates::house).collect(Collectors.joining(", "))
                  + (date.isBeforeSevenAm() ? "; " + Dates.dayOf(date) + " is not one" : ""),
              "correct the date in the return, or file the row under its own action (action in "
                  + profile.source()
                  + ")"));
    }
  }

  /**
   * Dates before this day, in a table that has patient columns, are taken for dates of birth: a
   * year before the calendar's first action, since no return is about activity that early.
   */
  LocalDate birthDatesBefore() {
    // A loop, not a stream: this runs once per return, cold, where each lambda is linked the
    // first time it runs.
    LocalDate first = null;
    for (IndustrialAction a : calendar.actions()) {
      LocalDate day = a.firstDay();
      if (first == null || day.isBefore(first)) {
        first = day;
      }
    }
    return (first == null ? LocalDate.of(2022, 12, 1) : first).minusYears(1);
  }

  String knownIds() {
    return calendar.actions().stream().map(IndustrialAction::id).collect(Collectors.joining(", "));
  }

  static String text(Optional<RawCell> cell) {
    return cell.map(RawCell::text).orElse("");
  }
}
