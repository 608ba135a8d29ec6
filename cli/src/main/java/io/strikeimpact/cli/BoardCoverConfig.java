package io.strikeimpact.cli;

import io.strikeimpact.reports.pdf.BoardCover;
import io.strikeimpact.reports.pdf.BoardCover.Assurance;
import io.strikeimpact.reports.pdf.BoardCover.Purpose;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The board cover sheet's keys of the configuration ({@code board.*}): what a board secretary fills
 * in for each paper. A key left out or empty keeps the default of {@link BoardCover#DEFAULT}; a
 * purpose, level of assurance or meeting date that cannot be read is refused with the file, the
 * key, the value found and the values expected.
 */
final class BoardCoverConfig {
  static final String REPORT_TO = "board.report-to";
  static final String MEETING_DATE = "board.meeting-date";
  static final String AGENDA_ITEM = "board.agenda-item";
  static final String TITLE = "board.title";
  static final String EXECUTIVE_LEAD = "board.executive-lead";
  static final String AUTHOR = "board.author";
  static final String PURPOSE = "board.purpose";
  static final String RECOMMENDATION = "board.recommendation";
  static final String ASSURANCE = "board.assurance";
  static final String STRATEGIC_RISKS = "board.strategic-risks";

  static final Set<String> KEYS =
      Set.of(
          REPORT_TO,
          MEETING_DATE,
          AGENDA_ITEM,
          TITLE,
          EXECUTIVE_LEAD,
          AUTHOR,
          PURPOSE,
          RECOMMENDATION,
          ASSURANCE,
          STRATEGIC_RISKS);

  private BoardCoverConfig() {}

  /** The cover sheet the properties describe; {@code source} names the file in messages. */
  static BoardCover read(Properties p, String source) {
    return new BoardCover(
        text(p, REPORT_TO),
        meetingDate(p, source),
        text(p, AGENDA_ITEM),
        text(p, TITLE),
        text(p, EXECUTIVE_LEAD),
        text(p, AUTHOR),
        choice(p, source, PURPOSE, Purpose.class, Purpose.INFORMATION),
        text(p, RECOMMENDATION),
        choice(p, source, ASSURANCE, Assurance.class, Assurance.REASONABLE),
        text(p, STRATEGIC_RISKS));
  }

  private static String text(Properties p, String key) {
    return p.getProperty(key, "").strip();
  }

  private static Optional<LocalDate> meetingDate(Properties p, String source) {
    String v = text(p, MEETING_DATE);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v));
    } catch (DateTimeParseException e) {
      throw new UserError(
          ExitCodes.USAGE,
          source
              + ": "
              + MEETING_DATE
              + " = "
              + v
              + "; expected a date written YYYY-MM-DD, e.g. "
              + MEETING_DATE
              + " = 2023-04-27. Fix: write the date of the board meeting that way, or leave it"
              + " empty for \"To be confirmed\".");
    }
  }

  /** One of an enum's constants, written in any case, with "no assurance" for NONE. */
  private static <E extends Enum<E>> E choice(
      Properties p, String source, String key, Class<E> type, E fallback) {
    String v = text(p, key);
    if (v.isEmpty()) {
      return fallback;
    }
    String wanted = v.toUpperCase(Locale.ROOT).replace(' ', '_');
    if (type == Assurance.class && wanted.equals("NO_ASSURANCE")) {
      wanted = "NONE";
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(wanted)) {
        return e;
      }
    }
    String expected =
        Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    throw new UserError(
        ExitCodes.USAGE,
        source
            + ": "
            + key
            + " = "
            + v
            + "; expected one of "
            + expected
            + ". Fix: write one of these, e.g. "
            + key
            + " = "
            + fallback.name().toLowerCase(Locale.ROOT)
            + ", or remove the line for "
            + fallback.name().toLowerCase(Locale.ROOT)
            + ".");
  }
}
