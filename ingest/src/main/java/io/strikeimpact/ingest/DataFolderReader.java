package io.strikeimpact.ingest;

import io.strikeimpact.ingest.profile.Glob;
import io.strikeimpact.ingest.profile.GlobIndex;
import io.strikeimpact.ingest.profile.NearestProfile;
import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.profile.ProfileReader;
import io.strikeimpact.ingest.reference.ActionGroupsReader;
import io.strikeimpact.ingest.reference.CalendarReader;
import io.strikeimpact.ingest.reference.EnglandReader;
import io.strikeimpact.ingest.reference.ParticipationReader;
import io.strikeimpact.ingest.reference.SitesReader;
import io.strikeimpact.ingest.returns.ReturnRead;
import io.strikeimpact.ingest.returns.ReturnReader;
import io.strikeimpact.ingest.returns.SheetsWithTable;
import io.strikeimpact.ingest.screen.OutgoingScreen;
import io.strikeimpact.ingest.source.ScreenedSourceFolder;
import io.strikeimpact.ingest.source.SourceFolder;
import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.NationalFigures;
import io.strikeimpact.model.ParticipationTable;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.StrikeCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a data folder into a {@link Dataset}. The folder holds:
 *
 * <pre>
 * reference/sites.csv            the sites, by ODS code
 * reference/calendar.csv         the industrial actions, one row per period
 * reference/participation.csv    which sites took part in which actions
 * reference/action-groups.csv    optional: named groups of actions compared as one
 * reference/england.csv          optional: NHS England's published figures for England
 * profiles/*.properties          how to read each hospital's returns (see {@link Profile})
 * returns/&lt;ODS&gt;/*                the returns: xlsx, xls or csv, each matched by a profile's files
 * </pre>
 *
 * <p>Bad input never throws: every problem is a {@link DataProblem}, and the run goes on. Files are
 * read in order of name and rows in order, so the same folder always gives the same dataset.
 */
public final class DataFolderReader {
  /** Role names in the list of sources. */
  public static final String ROLE_SITES = "site register";

  public static final String ROLE_CALENDAR = "strike calendar";
  public static final String ROLE_PARTICIPATION = "site participation";
  public static final String ROLE_GROUPS = "action groups";
  public static final String ROLE_ENGLAND = "national figures, England";
  public static final String ROLE_PROFILE = "profile";
  public static final String ROLE_NOT_READ = SourceFile.ROLE_NOT_READ;
  public static final String ROLE_DUPLICATE = "duplicate, not read";
  public static final String ROLE_SUPERSEDED = "superseded by a revised return";
  public static final String ROLE_CONFLICTING = io.strikeimpact.model.SourceFile.ROLE_OVERLAPPING;
  public static final String ROLE_PROFILE_SHADOWED =
      "profile, not read: the data folder has one of the same name";

  /**
   * How the profiles of a separate profiles folder are named in sources and problems, so a reader
   * can tell them from the data folder's own {@code profiles/}: {@code
   * profiles.folder/nnuh.properties}.
   */
  public static final String PROFILES_FOLDER_PREFIX = "profiles.folder/";

  private final Map<String, Loaded> files = new LinkedHashMap<>();
  private final List<DataProblem> problems = new ArrayList<>();
  private final List<RejectedRow> rejected = new ArrayList<>();
  private final Map<String, SourceFile> sources = new LinkedHashMap<>();

  /** Profiles refused for their errors, with the files each names. */
  private final Map<String, List<Glob>> refusedProfiles = new LinkedHashMap<>();

  /** Counts of line-level extracts, which never give planned activity. */
  private final List<DisruptionCount> lineLevelCounts = new ArrayList<>();

  /**
   * A file's fingerprint and size, with its bytes when it was loaded (a line-level extract is not).
   */
  private record Loaded(byte[] bytes, long size, String sha256, Optional<String> error) {}

  private DataFolderReader() {}

  /** Told before each return is read, so a terminal can show how far a long ingest has come. */
  @FunctionalInterface
  public interface Progress {
    /** Tells no one. A class, not a lambda: nothing to link in a cold run. */
    Progress NONE =
        new Progress() {
          @Override
          public void reading(int done, int total, String name) {}
        };

    /**
     * @param done returns read so far
     * @param total returns to read
     * @param name the return about to be read, or empty when all are done
     */
    void reading(int done, int total, String name);
  }

  /** Reads every file of the folder. Throws only if the folder itself cannot be listed. */
  public static Dataset read(SourceFolder folder) throws IOException {
    return read(folder, Progress.NONE);
  }

  /** Reads every file of the folder, telling {@code progress} before each return. */
  public static Dataset read(SourceFolder folder, Progress progress) throws IOException {
    return read(folder, Optional.empty(), progress);
  }

  /**
   * Reads every file of the folder, and the profiles ({@code *.properties}, at any depth) of a
   * separate profiles folder as well, so one team can keep every hospital's profiles in one place.
   * They are named {@link #PROFILES_FOLDER_PREFIX} and their name in that folder; a profile whose
   * file name the data folder's {@code profiles/} also has is not read, with a warning naming both:
   * the data folder's own wins. Throws only if a folder itself cannot be listed.
   */
  public static Dataset read(
      SourceFolder folder, Optional<SourceFolder> profilesFolder, Progress progress)
      throws IOException {
    return new DataFolderReader().readAll(folder, profilesFolder, progress);
  }

  private Dataset readAll(
      SourceFolder unscreened, Optional<SourceFolder> unscreenedProfiles, Progress progress)
      throws IOException {
    JdkSetUp.start();
    // Every name read from here on is the screened one: no provenance, source or message is made
    // from a file's own name.
    ScreenedSourceFolder folder = ScreenedSourceFolder.of(unscreened);
    Optional<SourceFolder> profilesFolder =
        unscreenedProfiles.isPresent()
            ? Optional.of(ScreenedSourceFolder.of(unscreenedProfiles.get()))
            : Optional.empty();
    List<String> names = folder.names();
    // Reference files and profiles are loaded now; each return when its turn comes, and a
    // line-level extract never: it is streamed from disk, however large.
    for (String name : names) {
      if (name.startsWith("reference/") || name.startsWith(ProfileReader.FOLDER)) {
        files.put(name, load(folder, name));
      }
    }
    // The data folder's profiles first, so where two profiles match a file its own is used.
    // Loops rather than streams and lambdas in this method and the ones it calls once: each
    // lambda or method reference is linked the first time it runs, which a cold JVM pays for
    // every read of a data folder (the 1,000-row extract's fixed cost in BENCHMARKS.md).
    List<String> profileNames = new ArrayList<>();
    for (String name : names) {
      if (isProfile(name)) {
        profileNames.add(name);
      }
    }
    if (profilesFolder.isPresent()) {
      Map<String, String> own = new LinkedHashMap<>();
      profileNames.forEach(n -> own.putIfAbsent(fileName(n), n));
      for (String name : profilesFolder.get().names()) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".properties")) {
          continue;
        }
        String shown = PROFILES_FOLDER_PREFIX + name;
        Loaded file = load(profilesFolder.get(), name);
        files.put(shown, file);
        String winner = own.get(fileName(name));
        if (winner != null) {
          problems.add(
              new DataProblem(
                  Severity.WARNING,
                  whole(shown, file),
                  winner,
                  "a file name that no profile in the data folder's profiles/ has",
                  winner
                      + " was read and "
                      + shown
                      + " was not: the data folder's own profile wins; rename or remove one of"
                      + " the two"));
          sources.put(shown, source(shown, file, ROLE_PROFILE_SHADOWED, "", 0, 0, 0));
        } else {
          profileNames.add(shown);
        }
      }
    }
    for (String lock : folder.lockFiles()) {
      problems.add(
          new DataProblem(
              Severity.WARNING,
              new Provenance(lock, "", "", ""),
              lock.substring(lock.lastIndexOf('/') + 1),
              "a return, not an Excel lock file",
              "nothing to fix: Excel writes this file while someone has the workbook open, and it was skipped;"
                  + " close the workbook before a run so its last saved version is read"));
    }

    Loaded file = reference(SitesReader.FILE, ROLE_SITES);
    List<Site> sites =
        file == null
            ? List.of()
            : recorded(
                SitesReader.FILE,
                ROLE_SITES,
                file,
                new SitesReader().read(file.bytes(), whole(SitesReader.FILE, file)));
    file = reference(CalendarReader.FILE, ROLE_CALENDAR);
    StrikeCalendar actions =
        file == null
            ? new StrikeCalendar(List.of())
            : recorded(
                CalendarReader.FILE,
                ROLE_CALENDAR,
                file,
                new CalendarReader().read(file.bytes(), whole(CalendarReader.FILE, file)));
    StrikeCalendar calendar = actions;
    if (files.containsKey(ActionGroupsReader.FILE)) {
      file = reference(ActionGroupsReader.FILE, ROLE_GROUPS);
      calendar =
          new StrikeCalendar(
              actions.actions(),
              file == null
                  ? List.of()
                  : recorded(
                      ActionGroupsReader.FILE,
                      ROLE_GROUPS,
                      file,
                      new ActionGroupsReader()
                          .read(file.bytes(), whole(ActionGroupsReader.FILE, file), actions)));
    }
    NationalFigures england = NationalFigures.NONE;
    if (files.containsKey(EnglandReader.FILE)) {
      file = reference(EnglandReader.FILE, ROLE_ENGLAND);
      if (file != null) {
        england =
            recorded(
                EnglandReader.FILE,
                ROLE_ENGLAND,
                file,
                new EnglandReader().read(file.bytes(), whole(EnglandReader.FILE, file), actions));
      }
    }
    file = reference(ParticipationReader.FILE, ROLE_PARTICIPATION);
    ParticipationTable participation =
        file == null
            ? new ParticipationTable(List.of())
            : recorded(
                ParticipationReader.FILE,
                ROLE_PARTICIPATION,
                file,
                new ParticipationReader()
                    .read(file.bytes(), whole(ParticipationReader.FILE, file), calendar, sites));

    List<Profile> profiles = new ArrayList<>();
    for (String name : profileNames) {
      Loaded profileFile = files.get(name);
      if (unreadable(name, profileFile, ROLE_PROFILE)) {
        continue;
      }
      Read<Optional<Profile>> read =
          new ProfileReader().read(profileFile.bytes(), whole(name, profileFile), calendar, sites);
      problems.addAll(read.problems());
      String profileName = "";
      if (read.value().isPresent()) {
        profiles.add(read.value().get());
        profileName = read.value().get().name();
      } else {
        refusedProfiles.put(name, ProfileReader.filesNamed(profileFile.bytes()));
      }
      sources.put(name, source(name, profileFile, ROLE_PROFILE, profileName, 0, 0, 0));
    }

    ReturnReader returns = new ReturnReader(calendar, sites, participation);
    List<ReturnHistory.FileRead> returnsRead = new ArrayList<>();
    Map<String, String> firstWithSha = new LinkedHashMap<>();
    List<String> returnNames = new ArrayList<>();
    for (String n : names) {
      if (!sources.containsKey(n) && !isDocumentation(n)) {
        returnNames.add(n);
      }
    }
    int done = 0;
    GlobIndex<Profile> byName = new GlobIndex<>(profiles, Profile::files);
    for (String name : returnNames) {
      progress.reading(done++, returnNames.size(), name);
      List<Profile> matching = byName.matching(name);
      // A file one profile reads as a line-level extract is one, whichever profile comes first:
      // read as a table it would be added up as counts, and a table's reader cannot read it.
      Profile extract = null;
      for (Profile p : matching) {
        if (p.layout() == Profile.Layout.LINE_LEVEL) {
          extract = p;
          break;
        }
      }
      if (extract != null) {
        Profile profile = extract;
        warnIfSeveralProfiles(
            name, lineLevel(folder, name, profile, returns), matching, List.of(profile));
        continue;
      }
      file = files.containsKey(name) ? files.get(name) : load(folder, name);
      Optional<String> refusedProfile =
          matching.isEmpty() ? refusedProfileOf(name) : Optional.empty();
      if (refusedProfile.isPresent()) {
        // Sent, and named by a profile: not read until the profile is mended, and never "no
        // return received". An error on the file makes its site's status say so.
        problems.add(
            new DataProblem(
                Severity.ERROR,
                whole(name, file),
                "its profile, " + refusedProfile.get() + ", has errors",
                "a profile without errors that names this file in its files",
                "correct the errors listed for "
                    + refusedProfile.get()
                    + "; until then this return is not read and counts for nothing"));
        sources.put(name, source(name, file, Profile.Role.ACTIVITY.label(), "", 0, 0, 0));
        continue;
      }
      if (matching.isEmpty()) {
        problems.add(
            new DataProblem(
                Severity.WARNING,
                whole(name, file),
                name,
                "a file matched by a profile's files in profiles/, or a reference file ("
                    + String.join(
                        ", ", SitesReader.FILE, CalendarReader.FILE, ParticipationReader.FILE)
                    + ")",
                NearestProfile.suggest(name, profiles)
                        .orElse(
                            "write a profile for this hospital's layout, or widen files in its"
                                + " profile")
                    + "; until then the file is not read"));
        sources.put(name, source(name, file, ROLE_NOT_READ, "", 0, 0, 0));
        continue;
      }
      List<Profile> readers = onePerRoleAndSheet(name, matching);
      Profile profile = readers.getFirst();
      warnIfSeveralProfiles(name, file, matching, readers);
      if (unreadable(name, file, profile.role().label())) {
        continue;
      }
      String first =
          file.bytes().length == 0 ? null : firstWithSha.putIfAbsent(file.sha256(), name);
      if (first != null) {
        problems.add(
            new DataProblem(
                Severity.WARNING,
                whole(name, file),
                "the same content (SHA-256 " + file.sha256().substring(0, 12) + "...) as " + first,
                "each return sent once",
                "delete one of the two copies; "
                    + name
                    + " was not read, so its figures count once"));
        sources.put(name, source(name, file, ROLE_DUPLICATE, profile.name(), 0, 0, 0));
        continue;
      }
      List<Profile> expanded = everySheet(name, file, readers);
      if (expanded.isEmpty()) {
        sources.put(name, source(name, file, profile.role().label(), profile.name(), 0, 0, 0));
        continue;
      }
      List<ReturnRead> reads = new ArrayList<>();
      for (Profile reader : expanded) {
        reads.add(returns.read(name, file.bytes(), file.sha256(), reader));
      }
      int refusedSheet = refusedSheetOfEvery(readers, reads);
      if (refusedSheet >= 0) {
        // One tab refused refuses the workbook: a file counts whole or not at all.
        problems.addAll(reads.get(refusedSheet).problems());
        problems.add(
            new DataProblem(
                Severity.ERROR,
                whole(name, file),
                "sheet '"
                    + OutgoingScreen.sheet(expanded.get(refusedSheet).sheet().nameOrPosition())
                    + "' refused (above)",
                "every sheet a sheet = * profile reads readable, as a file counts whole or not at"
                    + " all",
                "correct that sheet, or name the sheets to read in "
                    + profile.source()
                    + "; until then no sheet of the file counts"));
        sources.put(name, source(name, file, profile.role().label(), profile.name(), 0, 0, 0));
        continue;
      }
      Map<String, Profile> sheetsRead = new LinkedHashMap<>();
      for (int i = 0; i < expanded.size(); i++) {
        Profile reader = expanded.get(i);
        // A workbook with the counts on one sheet and stated totals on another (a Summary beside
        // the detail) is read once for each, by the profile of each role; so is an ICB's workbook
        // of a sheet per site, by each site's profile of its sheet.
        ReturnRead read = reads.get(i);
        Profile before = sheetsRead.putIfAbsent(reader.role() + "\u0000" + read.sheet(), reader);
        if (before != null && !read.sheet().isEmpty()) {
          problems.add(sameSheetTwice(name, file, read.sheet(), before, reader));
          continue;
        }
        returnsRead.add(
            new ReturnHistory.FileRead(
                name,
                read,
                reader.role() == Profile.Role.ACTIVITY
                        && reader.action().kind() == Profile.ActionRule.Kind.FIXED
                    ? reader.action().fixedId()
                    : Optional.empty(),
                reader.name()));
        problems.addAll(read.problems());
        rejected.addAll(read.rejected());
        // A sheet = * profile's sheets are one source: the file, with the rows of all of them.
        String key =
            reader == profile
                    || (profile.sheet().isEvery() && reader.source().equals(profile.source()))
                ? name
                : name + "\u0000" + reader.role().label() + "\u0000" + reader.source();
        SourceFile earlier = sources.get(key);
        boolean sameSource = earlier != null && earlier.role().equals(reader.role().label());
        sources.put(
            key,
            source(
                name,
                file,
                reader.role().label(),
                reader.name(),
                read.rowsRead() + (sameSource ? earlier.rowsRead() : 0),
                read.rowsUsed() + (sameSource ? earlier.rowsUsed() : 0),
                read.rowsRejected() + (sameSource ? earlier.rowsRejected() : 0)));
      }
    }

    ReturnHistory.Result history =
        ReturnHistory.resolve(returnsRead, new MisfiledReturns(calendar, participation));
    List<DisruptionCount> counts = new ArrayList<>(lineLevelCounts);
    counts.addAll(history.counts());
    problems.addAll(history.problems());
    List<DisruptionCount> unplanned = new ArrayList<>(history.unplanned());
    unplanned.addAll(lineLevelCounts);
    PlannedCoverage.Result planned = PlannedCoverage.check(history.planned(), counts, unplanned);
    problems.addAll(planned.problems());
    StaffFigures.Result staff = StaffFigures.once(history.staff());
    problems.addAll(staff.problems());
    for (String name : history.superseded()) {
      recast(name, ROLE_SUPERSEDED);
    }
    for (String name : history.conflicting()) {
      recast(name, ROLE_CONFLICTING);
    }
    for (String name : history.misfiled()) {
      // Still a return its site sent, now with no figures used: analysis ties it to the action
      // its name says, never "no return received".
      uncounted(name);
    }

    progress.reading(returnNames.size(), returnNames.size(), "");
    warnOfScreenedNames(folder.renamed(), "");
    if (profilesFolder.isPresent()) {
      warnOfScreenedNames(
          ((ScreenedSourceFolder) profilesFolder.get()).renamed(), PROFILES_FOLDER_PREFIX);
    }
    // Stable sorts by file name, as the streams' sorted() these loops replaced.
    List<DataProblem> sortedProblems = new ArrayList<>(problems.size());
    for (DataProblem p : problems) {
      sortedProblems.add(OutgoingScreen.problem(p));
    }
    sortedProblems.sort(PROBLEMS_BY_FILE);
    List<RejectedRow> sortedRejected = new ArrayList<>(rejected.size());
    for (RejectedRow r : rejected) {
      sortedRejected.add(OutgoingScreen.row(r));
    }
    sortedRejected.sort(REJECTED_BY_FILE);
    List<SourceFile> sortedSources = new ArrayList<>(sources.values());
    sortedSources.sort(SOURCES_BY_NAME);
    return new Dataset(
        sites,
        calendar,
        participation,
        counts,
        history.totals(),
        Collections.unmodifiableList(sortedProblems),
        Collections.unmodifiableList(sortedRejected),
        Collections.unmodifiableList(sortedSources),
        planned.planned(),
        history.revisions(),
        england,
        staff.staff());
  }

  /** A return read whose figures the history does not count, its role unchanged. */
  private void uncounted(String name) {
    sources.put(name, sources.get(name).withNoneCounted());
  }

  /**
   * A warning for each file whose name held what looks like a patient identifier, shown with it
   * replaced: the analyst is to rename the file. Its SHA-256 says which file it is.
   */
  private void warnOfScreenedNames(List<String> renamed, String prefix) {
    for (String name : renamed) {
      String shown = prefix + name;
      SourceFile source = sources.get(shown);
      Loaded file = files.get(shown);
      String sha256 = source != null ? source.sha256() : file != null ? file.sha256() : "";
      problems.add(
          new DataProblem(
              Severity.WARNING,
              new Provenance(shown, sha256, "", ""),
              "a file name holding what looks like a patient identifier, not shown",
              "a file name without patient identifiers: a file's name goes into every provenance,"
                  + " message and output that names the file",
              "rename the file so its name says what the return is, not whose record a query was"
                  + " saved for; until then it is named everywhere as "
                  + shown
                  + (sha256.isEmpty()
                      ? ""
                      : ", and its SHA-256 (" + sha256.substring(0, 12) + "...) identifies it")));
    }
  }

  /** Gives a return read whole a new role once the history says its figures do not stand. */
  private void recast(String name, String role) {
    sources.put(name, sources.get(name).withRole(role));
  }

  /**
   * Streams a line-level extract from disk (a file held in memory is first copied to a temporary
   * file), fingerprinting it in a pass of its own so every provenance carries its SHA-256.
   */
  private Loaded lineLevel(
      SourceFolder folder, String name, Profile profile, ReturnReader returns) {
    Path temp = null;
    Loaded file;
    try {
      Optional<Path> onDisk = folder.path(name);
      Path path;
      Sha256.Streamed hash;
      ReturnRead read;
      if (onDisk.isPresent()) {
        path = onDisk.get();
        // The fingerprint on a second thread, while this one parses: a pass of the file's bytes
        // that no longer adds to the read's time on a machine with two cores or more.
        Sha256Task hashing = new Sha256Task(folder, name);
        Thread.ofPlatform().daemon().name("sha256 " + name).start(hashing);
        read = returns.readLineLevel(name, path, hashing, profile);
        hash = hashing.streamed();
      } else {
        String suffix = name.substring(Math.max(0, name.lastIndexOf('.')));
        temp = Files.createTempFile("strike-impact-", suffix);
        try (InputStream in = folder.open(name)) {
          hash = Sha256.copy(in, temp);
        }
        path = temp;
        read = returns.readLineLevel(name, path, hash.sha256(), profile);
      }
      file = new Loaded(null, hash.bytes(), hash.sha256(), Optional.empty());
      lineLevelCounts.addAll(read.counts());
      problems.addAll(read.problems());
      rejected.addAll(read.rejected());
      sources.put(
          name,
          source(
              name,
              file,
              profile.role().label(),
              profile.name(),
              read.rowsRead(),
              read.rowsUsed(),
              read.rowsRejected(),
              read.notCounted()));
    } catch (IOException e) {
      file =
          new Loaded(null, 0, Sha256.of(new byte[0]), Optional.of(String.valueOf(e.getMessage())));
      unreadable(name, file, profile.role().label());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a temporary file left behind is removed by the system in time
        }
      }
    }
    return file;
  }

  /**
   * A reference file to read, or null when there is none or it cannot be opened (the problem is
   * recorded, and the caller uses its empty value).
   */
  private Loaded reference(String name, String role) {
    Loaded file = files.get(name);
    if (file == null) {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              new Provenance(name, "", "", ""),
              "no file",
              "the reference file " + name,
              "add " + name + " to the data folder (see samples/data for an example)"));
      return null;
    }
    return unreadable(name, file, role) ? null : file;
  }

  /**
   * Records a reference file's read (its problems, rejected rows and source) and gives its value.
   */
  private <T> T recorded(String name, String role, Loaded file, Read<T> read) {
    problems.addAll(read.problems());
    rejected.addAll(read.rejected());
    sources.put(
        name,
        source(name, file, role, "", read.rowsRead(), read.rowsUsed(), read.rejected().size()));
    return read.value();
  }

  /**
   * The readers of a file with each {@code sheet = *} profile made one reader a sheet, for every
   * sheet with its table ({@link SheetsWithTable}); empty, with an error on the file, when such a
   * profile finds no sheet with its table, as it cannot say which sheet it would have read. Every
   * sheet is a reading of the file: sheets that give the same activity twice are resolved as two
   * returns would be, never added up ({@link ReturnHistory}).
   */
  private List<Profile> everySheet(String name, Loaded file, List<Profile> readers) {
    List<Profile> out = new ArrayList<>();
    for (Profile reader : readers) {
      if (!reader.sheet().isEvery()) {
        out.add(reader);
        continue;
      }
      if (isCsv(name)) {
        out.add(reader.withSheet(SheetChoice.FIRST)); // a csv is one table: sheet means nothing
        continue;
      }
      List<String> sheets = SheetsWithTable.of(name, file.bytes(), reader);
      if (sheets.isEmpty()) {
        problems.add(
            new DataProblem(
                Severity.ERROR,
                whole(name, file),
                "no sheet with the profile's header and rows of figures below it",
                "at least one sheet with the table "
                    + reader.source()
                    + " describes, as sheet = * reads every sheet that has it",
                "check the header's words in the profile against the workbook's, or name the"
                    + " sheet to read (sheet = its name); until then the file counts for nothing"));
        return List.of();
      }
      for (String sheet : sheets) {
        out.add(reader.withSheet(new SheetChoice(sheet)));
      }
    }
    return out;
  }

  /**
   * The index of a sheet read for a {@code sheet = *} profile that was refused whole, or -1: an
   * error and nothing of it kept, no count, no stated total and no rejected row (a sheet with the
   * table whose rows are all rejected keeps them, and is read).
   */
  private static int refusedSheetOfEvery(List<Profile> readers, List<ReturnRead> reads) {
    if (readers.stream().noneMatch(r -> r.sheet().isEvery())) {
      return -1;
    }
    for (int i = 0; i < reads.size(); i++) {
      ReturnRead read = reads.get(i);
      boolean refused =
          read.counts().isEmpty()
              && read.statedTotals().isEmpty()
              && read.rowsRejected() == 0
              && read.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR);
      if (refused) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The profiles that read a file: the first that matches it of each role and, in a workbook, of
   * each sheet its profiles name, so one file can give counts (activity) and the totals it states
   * (stated totals), and an ICB's workbook of a sheet per site each site's counts, never two
   * readings of one sheet's counts. A csv file has no sheets: one profile of each role.
   */
  static List<Profile> onePerRoleAndSheet(String name, List<Profile> matching) {
    boolean csv = isCsv(name);
    Map<String, Profile> first = new LinkedHashMap<>();
    for (Profile p : matching) {
      String sheet = csv ? "" : p.sheet().nameOrPosition().toLowerCase(Locale.ROOT);
      first.putIfAbsent(p.role() + "\u0000" + sheet, p);
    }
    return List.copyOf(first.values());
  }

  /** Whether the file is a csv, which has one table and no sheets to choose between. */
  private static boolean isCsv(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /**
   * Warns when more than one profile of a role matches a file for one sheet; the first of them is
   * the one used.
   */
  private void warnIfSeveralProfiles(
      String name, Loaded file, List<Profile> matching, List<Profile> used) {
    if (matching.size() > used.size()) {
      problems.add(
          new DataProblem(
              Severity.WARNING,
              whole(name, file),
              matching.stream().map(Profile::source).collect(Collectors.joining(", ")),
              "one profile per file, or per sheet of a workbook, or one for its counts and one"
                  + " for the totals it states",
              "narrow files in the profiles, or name each profile's own sheet; the file was read"
                  + " with "
                  + used.stream().map(Profile::source).collect(Collectors.joining(" and "))
                  + " only"));
    }
  }

  /**
   * Two profiles of one role that name one sheet two ways ({@code sheet = 1} and its name): the
   * second reading is dropped, so the sheet's counts are never added twice.
   */
  private DataProblem sameSheetTwice(
      String name, Loaded file, String sheet, Profile first, Profile second) {
    return new DataProblem(
        Severity.WARNING,
        new Provenance(name, file.sha256(), OutgoingScreen.sheet(sheet), ""),
        second.source() + " reads sheet '" + OutgoingScreen.sheet(sheet) + "'",
        "each sheet read by one profile of a role; " + first.source() + " reads it too",
        "name a different sheet in one of the two profiles, or narrow its files; the sheet was"
            + " read with "
            + first.source()
            + " only, so its figures count once");
  }

  /** The first profile refused for its errors whose files name {@code returnName}. */
  private Optional<String> refusedProfileOf(String returnName) {
    for (Map.Entry<String, List<Glob>> e : refusedProfiles.entrySet()) {
      for (Glob g : e.getValue()) {
        if (g.matches(returnName)) {
          return Optional.of(e.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /** Records a file that could not be opened; true when it could not. */
  private boolean unreadable(String name, Loaded file, String role) {
    if (file.error().isEmpty()) {
      return false;
    }
    problems.add(
        new DataProblem(
            Severity.ERROR,
            whole(name, file),
            file.error().get(),
            "a file that can be opened",
            "check the file's permissions and that it is not open in another program"));
    sources.put(name, source(name, file, role, "", 0, 0, 0));
    return true;
  }

  private static Loaded load(SourceFolder folder, String name) {
    try (InputStream in = folder.open(name)) {
      byte[] bytes = in.readAllBytes();
      return new Loaded(bytes, bytes.length, Sha256.of(bytes), Optional.empty());
    } catch (IOException e) {
      return new Loaded(
          new byte[0], 0, Sha256.of(new byte[0]), Optional.of(String.valueOf(e.getMessage())));
    }
  }

  private static final Comparator<DataProblem> PROBLEMS_BY_FILE =
      new Comparator<>() {
        @Override
        public int compare(DataProblem a, DataProblem b) {
          return a.where().file().compareTo(b.where().file());
        }
      };
  private static final Comparator<RejectedRow> REJECTED_BY_FILE =
      new Comparator<>() {
        @Override
        public int compare(RejectedRow a, RejectedRow b) {
          return a.row().file().compareTo(b.row().file());
        }
      };
  private static final Comparator<SourceFile> SOURCES_BY_NAME =
      new Comparator<>() {
        @Override
        public int compare(SourceFile a, SourceFile b) {
          return a.name().compareTo(b.name());
        }
      };

  private static boolean isProfile(String name) {
    return name.startsWith(ProfileReader.FOLDER)
        && name.toLowerCase(Locale.ROOT).endsWith(".properties");
  }

  private static String fileName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static boolean isDocumentation(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".txt");
  }

  private static Provenance whole(String name, Loaded file) {
    return new Provenance(name, file.sha256(), "", "");
  }

  private static SourceFile source(
      String name, Loaded file, String role, String profile, int read, int used, int rejectedRows) {
    return source(
        name,
        file,
        role,
        profile,
        read,
        used,
        rejectedRows,
        io.strikeimpact.model.RowsNotCounted.NONE);
  }

  private static SourceFile source(
      String name,
      Loaded file,
      String role,
      String profile,
      int read,
      int used,
      int rejectedRows,
      io.strikeimpact.model.RowsNotCounted notCounted) {
    return new SourceFile(
        name, file.sha256(), file.size(), role, profile, read, used, rejectedRows, notCounted);
  }
}
