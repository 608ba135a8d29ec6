package io.strikeimpact.ingest;

import io.strikeimpact.ingest.profile.Glob;
import io.strikeimpact.ingest.profile.GlobIndex;
import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.profile.ProfileReader;
import io.strikeimpact.ingest.reference.ActionGroupsReader;
import io.strikeimpact.ingest.reference.CalendarReader;
import io.strikeimpact.ingest.reference.EnglandReader;
import io.strikeimpact.ingest.reference.ParticipationReader;
import io.strikeimpact.ingest.reference.SitesReader;
import io.strikeimpact.ingest.returns.ReturnRead;
import io.strikeimpact.ingest.returns.ReturnReader;
import io.strikeimpact.ingest.screen.OutgoingScreen;
import io.strikeimpact.ingest.source.SourceFolder;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.FutureTask;
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
    Progress NONE = (done, total, name) -> {};

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
      SourceFolder folder, Optional<SourceFolder> profilesFolder, Progress progress)
      throws IOException {
    List<String> names = folder.names();
    // Reference files and profiles are loaded now; each return when its turn comes, and a
    // line-level extract never: it is streamed from disk, however large.
    for (String name : names) {
      if (name.startsWith("reference/") || name.startsWith(ProfileReader.FOLDER)) {
        files.put(name, load(folder, name));
      }
    }
    // The data folder's profiles first, so where two profiles match a file its own is used.
    List<String> profileNames =
        new ArrayList<>(names.stream().filter(DataFolderReader::isProfile).toList());
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

    List<Site> sites =
        reference(
            SitesReader.FILE,
            ROLE_SITES,
            List.of(),
            (bytes, where) -> new SitesReader().read(bytes, where));
    StrikeCalendar actions =
        reference(
            CalendarReader.FILE,
            ROLE_CALENDAR,
            new StrikeCalendar(List.of()),
            (bytes, where) -> new CalendarReader().read(bytes, where));
    StrikeCalendar calendar =
        files.containsKey(ActionGroupsReader.FILE)
            ? new StrikeCalendar(
                actions.actions(),
                reference(
                    ActionGroupsReader.FILE,
                    ROLE_GROUPS,
                    List.of(),
                    (bytes, where) -> new ActionGroupsReader().read(bytes, where, actions)))
            : actions;
    NationalFigures england =
        files.containsKey(EnglandReader.FILE)
            ? reference(
                EnglandReader.FILE,
                ROLE_ENGLAND,
                NationalFigures.NONE,
                (bytes, where) -> new EnglandReader().read(bytes, where, actions))
            : NationalFigures.NONE;
    ParticipationTable participation =
        reference(
            ParticipationReader.FILE,
            ROLE_PARTICIPATION,
            new ParticipationTable(List.of()),
            (bytes, where) -> new ParticipationReader().read(bytes, where, calendar, sites));

    List<Profile> profiles = new ArrayList<>();
    for (String name : profileNames) {
      Loaded file = files.get(name);
      if (unreadable(name, file, ROLE_PROFILE)) {
        continue;
      }
      Read<Optional<Profile>> read =
          new ProfileReader().read(file.bytes(), whole(name, file), calendar, sites);
      problems.addAll(read.problems());
      read.value().ifPresent(profiles::add);
      if (read.value().isEmpty()) {
        refusedProfiles.put(name, ProfileReader.filesNamed(file.bytes()));
      }
      sources.put(
          name,
          source(name, file, ROLE_PROFILE, read.value().map(Profile::name).orElse(""), 0, 0, 0));
    }

    ReturnReader returns = new ReturnReader(calendar, sites, participation);
    List<ReturnHistory.FileRead> returnsRead = new ArrayList<>();
    Map<String, String> firstWithSha = new LinkedHashMap<>();
    List<String> returnNames =
        names.stream().filter(n -> !sources.containsKey(n) && !isDocumentation(n)).toList();
    int done = 0;
    GlobIndex<Profile> byName = new GlobIndex<>(profiles, Profile::files);
    for (String name : returnNames) {
      progress.reading(done++, returnNames.size(), name);
      List<Profile> matching = byName.matching(name);
      if (!matching.isEmpty() && matching.getFirst().layout() == Profile.Layout.LINE_LEVEL) {
        Profile profile = matching.getFirst();
        Loaded file = lineLevel(folder, name, profile, returns);
        warnIfSeveralProfiles(name, file, matching);
        continue;
      }
      Loaded file = files.containsKey(name) ? files.get(name) : load(folder, name);
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
                "write a profile for this hospital's layout, or widen files in its profile; until then the file is not read"));
        sources.put(name, source(name, file, ROLE_NOT_READ, "", 0, 0, 0));
        continue;
      }
      List<Profile> readers = onePerRole(matching);
      Profile profile = readers.getFirst();
      warnIfSeveralProfiles(name, file, matching);
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
      for (Profile reader : readers) {
        // A workbook with the counts on one sheet and stated totals on another (a Summary beside
        // the detail) is read once for each, by the profile of each role.
        ReturnRead read = returns.read(name, file.bytes(), file.sha256(), reader);
        returnsRead.add(new ReturnHistory.FileRead(name, read));
        problems.addAll(read.problems());
        rejected.addAll(read.rejected());
        sources.put(
            reader == profile ? name : name + "\u0000" + reader.role().label(),
            source(
                name,
                file,
                reader.role().label(),
                reader.name(),
                read.rowsRead(),
                read.rowsUsed(),
                read.rowsRejected()));
      }
    }

    ReturnHistory.Result history = ReturnHistory.resolve(returnsRead);
    List<DisruptionCount> counts = new ArrayList<>(lineLevelCounts);
    counts.addAll(history.counts());
    problems.addAll(history.problems());
    List<DisruptionCount> unplanned = new ArrayList<>(history.unplanned());
    unplanned.addAll(lineLevelCounts);
    PlannedCoverage.Result planned = PlannedCoverage.check(history.planned(), counts, unplanned);
    problems.addAll(planned.problems());
    StaffFigures.Result staff = StaffFigures.once(history.staff());
    problems.addAll(staff.problems());
    history.superseded().forEach(name -> recast(name, ROLE_SUPERSEDED));
    history.conflicting().forEach(name -> recast(name, ROLE_CONFLICTING));

    progress.reading(returnNames.size(), returnNames.size(), "");
    Comparator<Provenance> byFile = Comparator.comparing(Provenance::file);
    List<DataProblem> sortedProblems =
        problems.stream()
            .map(OutgoingScreen::problem)
            .sorted(Comparator.comparing(DataProblem::where, byFile))
            .toList();
    List<RejectedRow> sortedRejected =
        rejected.stream()
            .map(OutgoingScreen::row)
            .sorted(Comparator.comparing(RejectedRow::row, byFile))
            .toList();
    List<SourceFile> sortedSources =
        sources.values().stream().sorted(Comparator.comparing(SourceFile::name)).toList();
    return new Dataset(
        sites,
        calendar,
        participation,
        counts,
        history.totals(),
        sortedProblems,
        sortedRejected,
        sortedSources,
        planned.planned(),
        history.revisions(),
        england,
        staff.staff());
  }

  /** Gives a return read whole a new role once the history says its figures do not stand. */
  private void recast(String name, String role) {
    SourceFile s = sources.get(name);
    sources.put(
        name,
        new SourceFile(
            s.name(),
            s.sha256(),
            s.bytes(),
            role,
            s.profile(),
            s.rowsRead(),
            s.rowsUsed(),
            s.rowsRejected(),
            s.notCounted()));
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
        FutureTask<Sha256.Streamed> hashing =
            new FutureTask<>(
                () -> {
                  try (InputStream in = folder.open(name)) {
                    return Sha256.of(in);
                  }
                });
        Thread.ofPlatform().daemon().name("sha256 " + name).start(hashing);
        read = returns.readLineLevel(name, path, () -> Sha256Task.get(hashing).sha256(), profile);
        hash = Sha256Task.get(hashing);
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

  private interface ReferenceRead<T> {
    Read<T> read(byte[] bytes, Provenance where);
  }

  private <T> T reference(String name, String role, T empty, ReferenceRead<T> reader) {
    Loaded file = files.get(name);
    if (file == null) {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              new Provenance(name, "", "", ""),
              "no file",
              "the reference file " + name,
              "add " + name + " to the data folder (see samples/data for an example)"));
      return empty;
    }
    if (unreadable(name, file, role)) {
      return empty;
    }
    Read<T> read = reader.read(file.bytes(), whole(name, file));
    problems.addAll(read.problems());
    rejected.addAll(read.rejected());
    sources.put(
        name,
        source(name, file, role, "", read.rowsRead(), read.rowsUsed(), read.rejected().size()));
    return read.value();
  }

  /**
   * The profiles that read a file: the first that matches it of each role, so one file can give
   * counts (activity) and the totals it states (stated totals), never two readings of its counts.
   */
  static List<Profile> onePerRole(List<Profile> matching) {
    Map<Profile.Role, Profile> first = new LinkedHashMap<>();
    matching.forEach(p -> first.putIfAbsent(p.role(), p));
    return List.copyOf(first.values());
  }

  /**
   * Warns when more than one profile of a role matches a file; the first of them is the one used.
   */
  private void warnIfSeveralProfiles(String name, Loaded file, List<Profile> matching) {
    List<Profile> used = onePerRole(matching);
    if (matching.size() > used.size()) {
      problems.add(
          new DataProblem(
              Severity.WARNING,
              whole(name, file),
              matching.stream().map(Profile::source).collect(Collectors.joining(", ")),
              "one profile per file, or one for its counts and one for the totals it states",
              "narrow files in the profiles; the file was read with "
                  + used.stream().map(Profile::source).collect(Collectors.joining(" and "))
                  + " only"));
    }
  }

  /** Records a file that could not be opened; true when it could not. */
  /** The first profile refused for its errors whose files name {@code returnName}. */
  private Optional<String> refusedProfileOf(String returnName) {
    return refusedProfiles.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(g -> g.matches(returnName)))
        .map(Map.Entry::getKey)
        .findFirst();
  }

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
