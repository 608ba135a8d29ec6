package io.strikeimpact.cli;

import io.strikeimpact.model.analysis.Branding;
import io.strikeimpact.model.analysis.Logo;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.reports.pdf.BoardCover;
import io.strikeimpact.reports.press.PressContact;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The configuration every command reads: the organisation, the area, the contact block, the default
 * folders and the press office a press briefing names. Built-in defaults work out of the box; a
 * file changes only the keys it names, and an unknown key is refused.
 *
 * <p>Looked for in order: {@code --config FILE}; {@code ./strike-impact.properties}; {@code
 * $XDG_CONFIG_HOME/strike-impact/strike-impact.properties} (or {@code ~/.config/...}).
 *
 * <p>Press keys: {@code press.office}, {@code press.email}, {@code press.phone}, {@code
 * press.line.1}, {@code press.line.2}, ... (further lines, in order of number; a file that gives
 * any line replaces all the lines before it) and {@code press.suppress-small} ({@code true} to show
 * counts of 1 to 7 as "fewer than 8" by default).
 *
 * @param dataFolder the data folder read when --data is not given
 * @param profilesFolder a folder of profiles read as well as the data folder's profiles/, when
 *     --profiles is not given
 * @param press the press office named on a press briefing
 * @param pressSuppressSmall whether a press briefing suppresses counts of 1 to 7 when not told
 * @param branding the primary colour of covers and table headers (colour.primary) and the logo on
 *     the cover (logo), its bytes read when the configuration is loaded
 * @param boardCover the board cover sheet on page 1 of the board pack (board.* keys, {@link
 *     BoardCoverConfig})
 */
record Config(
    String title,
    String organisation,
    String area,
    String contact,
    Path outputFolder,
    Optional<Path> dataFolder,
    Optional<Path> profilesFolder,
    String source,
    PressContact press,
    boolean pressSuppressSmall,
    Branding branding,
    BoardCover boardCover) {

  static final String FILE_NAME = "strike-impact.properties";
  static final Set<String> PRESS_KEYS =
      Set.of("press.office", "press.email", "press.phone", "press.suppress-small");
  static final Set<String> KEYS =
      union(
          Set.of(
              "organisation",
              "area",
              "title",
              "contact",
              "output.folder",
              "data.folder",
              "profiles.folder",
              "colour.primary",
              "logo"),
          union(PRESS_KEYS, BoardCoverConfig.KEYS));

  /** Further lines of the press office's block: press.line.1, press.line.2, ... */
  private static final Pattern PRESS_LINE = Pattern.compile("press\\.line\\.([1-9]\\d{0,2})");

  ReportSettings settings(LocalDate asOf) {
    return new ReportSettings(title, organisation, area, asOf, contact, branding);
  }

  /** Loads the built-in defaults, then the first configuration file found, if any. */
  static Config load(Path explicit, Map<String, String> env) {
    Properties p = new Properties();
    try (InputStream in = Config.class.getResourceAsStream("default-config.properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("The built-in configuration is missing from the jar", e);
    }
    String source = "built-in defaults";
    Optional<Path> file = explicit != null ? Optional.of(explicit) : firstExisting(env);
    if (file.isPresent()) {
      Path f = file.get();
      if (!Files.isRegularFile(f)) {
        throw new UserError(
            ExitCodes.UNREADABLE_INPUT,
            "No configuration file at "
                + f.toAbsolutePath()
                + ". Fix: give --config an existing file, or leave it out.");
      }
      overlay(
          p,
          readKnown(
              f,
              k -> KEYS.contains(k) || PRESS_LINE.matcher(k).matches(),
              KEYS,
              "Cannot read the configuration "));
      source = f.toString();
    }
    String data = p.getProperty("data.folder", "").strip();
    String profiles = p.getProperty("profiles.folder", "").strip();
    return new Config(
        p.getProperty("title").strip(),
        p.getProperty("organisation").strip(),
        p.getProperty("area").strip(),
        p.getProperty("contact").strip(),
        Path.of(p.getProperty("output.folder", "out").strip()),
        data.isEmpty() ? Optional.empty() : Optional.of(Path.of(data)),
        profiles.isEmpty() ? Optional.empty() : Optional.of(Path.of(profiles)),
        source,
        press(p, source),
        suppressSmall(p, source),
        branding(p, source, logo(p, source)),
        BoardCoverConfig.read(p, source));
  }

  /**
   * This configuration with the press keys of another file laid over it: {@code --press-config},
   * kept for files written before the press keys joined the configuration. Only press keys are
   * accepted there.
   */
  Config withPressFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(
          ExitCodes.UNREADABLE_INPUT,
          "No press configuration at "
              + file.toAbsolutePath()
              + ". Fix: give --press-config a properties file with press.office, press.email and press.phone,"
              + " or leave --press-config out and put the press keys in the configuration (--config).");
    }
    Properties p = new Properties();
    p.setProperty("press.office", press.office());
    p.setProperty("press.email", press.email());
    p.setProperty("press.phone", press.phone());
    p.setProperty("press.suppress-small", Boolean.toString(pressSuppressSmall));
    for (int i = 0; i < press.lines().size(); i++) {
      p.setProperty("press.line." + (i + 1), press.lines().get(i));
    }
    overlay(
        p,
        readKnown(
            file,
            k -> PRESS_KEYS.contains(k) || PRESS_LINE.matcher(k).matches(),
            PRESS_KEYS,
            "Could not read "));
    String from = source + ", then " + file;
    return new Config(
        title,
        organisation,
        area,
        contact,
        outputFolder,
        dataFolder,
        profilesFolder,
        from,
        press(p, file.toString()),
        suppressSmall(p, file.toString()),
        branding,
        boardCover);
  }

  /** Reads a properties file, refusing any key {@code known} does not accept. */
  private static Properties readKnown(
      Path f, Predicate<String> known, Set<String> keys, String cannotRead) {
    Properties own = new Properties();
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      // Notepad saves UTF-8 with a byte order mark, which would glue itself to the first key.
      r.mark(1);
      if (r.read() != '\uFEFF') {
        r.reset();
      }
      own.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError(
          ExitCodes.UNREADABLE_INPUT,
          cannotRead
              + f
              + ": "
              + (e instanceof IOException io ? UserError.reason(io) : e.getMessage())
              + ". Fix: give a readable UTF-8 properties file of key = value lines.",
          e);
    }
    TreeSet<String> unknown = new TreeSet<>(own.stringPropertyNames());
    unknown.removeIf(known);
    if (!unknown.isEmpty()) {
      String first = unknown.first();
      String fix =
          KeySuggestion.nearest(first, keys)
              .map(k -> "did you mean " + k + "? Correct the spelling or remove the line.")
              .orElse("correct the key's spelling or remove it.");
      throw new UserError(
          ExitCodes.USAGE,
          f
              + ": unknown key "
              + String.join(", ", unknown)
              + "; expected one of "
              + String.join(", ", new TreeSet<>(keys))
              + ", press.line.1, press.line.2, ... Fix: "
              + fix);
    }
    return own;
  }

  /** Lays {@code own} over {@code base}; lines of the press office's block are replaced whole. */
  private static void overlay(Properties base, Properties own) {
    if (own.stringPropertyNames().stream().anyMatch(k -> PRESS_LINE.matcher(k).matches())) {
      base.stringPropertyNames().stream()
          .filter(k -> PRESS_LINE.matcher(k).matches())
          .toList()
          .forEach(base::remove);
    }
    own.forEach(base::put);
  }

  private static PressContact press(Properties p, String source) {
    String office = p.getProperty("press.office", "").strip();
    if (office.isEmpty()) {
      throw new UserError(
          ExitCodes.USAGE,
          "press.office is empty in "
              + source
              + ". Fix: name the press office, e.g. press.office = Communications team.");
    }
    TreeMap<Integer, String> lines = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      var m = PRESS_LINE.matcher(key);
      if (m.matches() && !p.getProperty(key).isBlank()) {
        lines.put(Integer.parseInt(m.group(1)), p.getProperty(key).strip());
      }
    }
    return new PressContact(
        office,
        p.getProperty("press.email", "").strip(),
        p.getProperty("press.phone", "").strip(),
        new ArrayList<>(lines.values()));
  }

  private static boolean suppressSmall(Properties p, String source) {
    String v = p.getProperty("press.suppress-small", "false").strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true", "yes" -> true;
      case "false", "no", "" -> false;
      default ->
          throw new UserError(
              ExitCodes.USAGE,
              source
                  + ": press.suppress-small = "
                  + v
                  + "; expected true or false. Fix: write true to show counts of 1 to 7"
                  + " as \"fewer than 8\" on press briefings, or false to show them.");
    };
  }

  private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

  /** colour.primary: #RRGGBB, dark enough that white text on it passes WCAG AA (4.5 to 1). */
  private static Branding branding(Properties p, String source, Optional<Logo> logo) {
    String v = p.getProperty("colour.primary", "").strip();
    if (v.isEmpty()) {
      return new Branding(Branding.NHS_BLUE, logo);
    }
    if (!HEX_COLOUR.matcher(v).matches()) {
      throw new UserError(
          ExitCodes.USAGE,
          source
              + ": colour.primary = "
              + v
              + "; expected a colour written #RRGGBB, e.g. colour.primary = #005EB8 (NHS Blue)."
              + " Fix: write the colour as # and six hexadecimal digits, or remove the line for"
              + " NHS Blue.");
    }
    int rgb = Integer.parseInt(v.substring(1), 16);
    double contrast = Branding.contrastWithWhite(rgb);
    if (contrast < Branding.MIN_CONTRAST) {
      throw new UserError(
          ExitCodes.USAGE,
          String.format(
              Locale.ROOT,
              "%s: colour.primary = %s is too light: white text on it has a contrast of %.2f to 1,"
                  + " below the 4.5 to 1 that WCAG AA asks for, so headings on it could not be"
                  + " read by everyone. Fix: choose a darker shade, e.g. colour.primary = #005EB8"
                  + " (NHS Blue) or #003087 (NHS Dark Blue), or remove the line.",
              source,
              v,
              Math.floor(contrast * 100) / 100));
    }
    return new Branding(rgb, logo);
  }

  /**
   * logo: the path of a PNG or JPEG file, relative to the folder the command runs in. Its bytes are
   * read here, once, and handed down; the reports never read a path.
   */
  private static Optional<Logo> logo(Properties p, String source) {
    String v = p.getProperty("logo", "").strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Path path = Path.of(v);
    String fix =
        ". Fix: give logo the path of a PNG or JPEG file (relative to the folder you run in),"
            + " e.g. logo = /srv/strike-impact/logo.png, or remove the line for no logo.";
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UserError(
          ExitCodes.UNREADABLE_INPUT,
          source
              + ": logo = "
              + v
              + ": could not read "
              + path.toAbsolutePath()
              + " ("
              + UserError.reason(e)
              + ")"
              + fix,
          e);
    }
    return Optional.of(
        Logo.of(bytes)
            .orElseThrow(
                () ->
                    new UserError(
                        ExitCodes.UNREADABLE_INPUT,
                        source
                            + ": logo = "
                            + v
                            + ": "
                            + path.toAbsolutePath()
                            + " is not a PNG or JPEG image"
                            + fix)));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static Optional<Path> firstExisting(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path home = Path.of(System.getProperty("user.home"), ".config");
    Path configHome = xdg == null || xdg.isBlank() ? home : Path.of(xdg);
    return List.of(Path.of(FILE_NAME), configHome.resolve("strike-impact").resolve(FILE_NAME))
        .stream()
        .filter(Files::isRegularFile)
        .findFirst();
  }
}
