package io.strikeimpact.cli;

import io.strikeimpact.model.analysis.ReportSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration every command reads: the organisation, the area, the contact block, and the
 * default folders. Built-in defaults work out of the box; a file changes only the keys it names.
 *
 * <p>Looked for in order: {@code --config FILE}; {@code ./strike-impact.properties};
 * {@code $XDG_CONFIG_HOME/strike-impact/strike-impact.properties} (or {@code ~/.config/...}).
 */
record Config(
    String title, String organisation, String area, String contact, Path outputFolder, Optional<Path> dataFolder,
    String source) {

  static final String FILE_NAME = "strike-impact.properties";
  static final Set<String> KEYS = Set.of("organisation", "area", "title", "contact", "output.folder", "data.folder");

  ReportSettings settings(LocalDate asOf) {
    return new ReportSettings(title, organisation, area, asOf, contact);
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
            "No configuration file at " + f.toAbsolutePath() + ". Fix: give --config an existing file, or leave it out.");
      }
      Properties own = new Properties();
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        own.load(r);
      } catch (IOException | IllegalArgumentException e) {
        throw new UserError(
            ExitCodes.UNREADABLE_INPUT, "Cannot read the configuration " + f + ": " + e.getMessage() + ".", e);
      }
      Set<String> unknown = new TreeSet<>(own.stringPropertyNames());
      unknown.removeAll(KEYS);
      if (!unknown.isEmpty()) {
        throw new UserError(
            ExitCodes.USAGE,
            f + ": unknown key " + String.join(", ", unknown) + "; expected one of " + String.join(", ", new TreeSet<>(KEYS))
                + ". Fix: correct the key's spelling or remove it.");
      }
      own.forEach(p::put);
      source = f.toString();
    }
    String data = p.getProperty("data.folder", "").strip();
    return new Config(
        p.getProperty("title").strip(),
        p.getProperty("organisation").strip(),
        p.getProperty("area").strip(),
        p.getProperty("contact").strip(),
        Path.of(p.getProperty("output.folder", "out").strip()),
        data.isEmpty() ? Optional.empty() : Optional.of(Path.of(data)),
        source);
  }

  private static Optional<Path> firstExisting(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path home = Path.of(System.getProperty("user.home"), ".config");
    Path configHome = xdg == null || xdg.isBlank() ? home : Path.of(xdg);
    return List.of(Path.of(FILE_NAME), configHome.resolve("strike-impact").resolve(FILE_NAME)).stream()
        .filter(Files::isRegularFile)
        .findFirst();
  }
}
