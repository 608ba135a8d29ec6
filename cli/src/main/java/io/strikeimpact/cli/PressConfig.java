package io.strikeimpact.cli;

import io.strikeimpact.reports.press.PressContact;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The press office for a briefing, from a properties file (UTF-8) laid over the bundled defaults:
 * {@code press.office}, {@code press.email}, {@code press.phone} and {@code press.line.1},
 * {@code press.line.2}, ... for further lines. Small on purpose: a general configuration file
 * will replace it.
 */
final class PressConfig {
  static final String DEFAULTS = "press-office.properties";

  private PressConfig() {}

  static PressContact read(Path file) {
    Properties p = new Properties();
    try (InputStream in = PressConfig.class.getResourceAsStream(DEFAULTS)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("The bundled " + DEFAULTS + " is missing from the jar", e);
    }
    if (file != null) {
      if (!Files.isReadable(file)) {
        throw new UserError(
            ExitCodes.UNREADABLE_INPUT,
            "No press configuration at " + file.toAbsolutePath()
                + ". Fix: give --press-config a properties file with press.office, press.email and press.phone,"
                + " or leave --press-config out to use the bundled press office.");
      }
      Properties given = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        given.load(r);
      } catch (IOException | IllegalArgumentException e) {
        throw new UserError(ExitCodes.UNREADABLE_INPUT, "Could not read " + file + ": " + e.getMessage(), e);
      }
      boolean ownLines = given.stringPropertyNames().stream().anyMatch(k -> k.startsWith("press.line."));
      if (ownLines) {
        p.stringPropertyNames().stream().filter(k -> k.startsWith("press.line.")).toList().forEach(p::remove);
      }
      p.putAll(given);
    }
    List<String> lines = new ArrayList<>();
    for (int i = 1; p.getProperty("press.line." + i) != null; i++) {
      lines.add(p.getProperty("press.line." + i).strip());
    }
    String office = p.getProperty("press.office", "").strip();
    if (office.isEmpty()) {
      throw new UserError(ExitCodes.USAGE, "press.office is empty in " + file + ". Fix: name the press office, e.g. press.office = Communications team.");
    }
    return new PressContact(office, p.getProperty("press.email", "").strip(), p.getProperty("press.phone", "").strip(), lines);
  }
}
