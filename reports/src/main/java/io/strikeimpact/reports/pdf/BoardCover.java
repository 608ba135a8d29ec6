package io.strikeimpact.reports.pdf;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The board's cover sheet, page 1 of the pack: what an NHS board secretary expects before the paper
 * itself. Every field has a default, so a pack made without configuration still has a complete
 * cover; a field a configuration leaves empty keeps its default.
 *
 * @param reportTo the meeting the paper goes to, "Board of Directors, public session" by default
 * @param meetingDate the date of the meeting; empty prints "To be confirmed"
 * @param agendaItem the item number on the agenda; empty prints "To be confirmed"
 * @param title the paper's title; empty means the pack's title and the action ("Industrial action:
 *     activity rescheduled (Junior doctors' strike, 13 to 15 March 2023)")
 * @param executiveLead who presents the paper
 * @param author who wrote it; empty means the pack's contact
 * @param purpose what the board is asked to do with it
 * @param recommendation what the board is asked to do, in a sentence; empty means one made from the
 *     purpose and the action ("The Board is asked to note ...")
 * @param assurance the level of assurance the paper gives
 * @param strategicRisks the risks of the board assurance framework the paper bears on; empty prints
 *     "To be confirmed"
 */
public record BoardCover(
    String reportTo,
    Optional<LocalDate> meetingDate,
    String agendaItem,
    String title,
    String executiveLead,
    String author,
    Purpose purpose,
    String recommendation,
    Assurance assurance,
    String strategicRisks) {

  /** Printed where a field was not configured and has no sensible default of its own. */
  public static final String TO_BE_CONFIRMED = "To be confirmed";

  public static final BoardCover DEFAULT =
      new BoardCover(
          "Board of Directors, public session",
          Optional.empty(),
          "",
          "",
          "Chief Operating Officer",
          "",
          Purpose.INFORMATION,
          "",
          Assurance.REASONABLE,
          "");

  public BoardCover {
    reportTo = orDefault(reportTo, "Board of Directors, public session");
    meetingDate = Objects.requireNonNullElse(meetingDate, Optional.empty());
    agendaItem = orDefault(agendaItem, "");
    title = orDefault(title, "");
    executiveLead = orDefault(executiveLead, "Chief Operating Officer");
    author = orDefault(author, "");
    purpose = Objects.requireNonNullElse(purpose, Purpose.INFORMATION);
    recommendation = orDefault(recommendation, "");
    assurance = Objects.requireNonNullElse(assurance, Assurance.REASONABLE);
    strategicRisks = orDefault(strategicRisks, "");
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  /** What the board is asked to do with the paper. */
  public enum Purpose {
    INFORMATION("Information", "note"),
    ASSURANCE("Assurance", "take assurance from"),
    DISCUSSION("Discussion", "discuss"),
    DECISION("Decision", "decide on");

    private final String label;
    private final String verb;

    Purpose(String label, String verb) {
      this.label = label;
      this.verb = verb;
    }

    public String label() {
      return label;
    }

    /** "note", for "The Board is asked to note ...". */
    String verb() {
      return verb;
    }
  }

  /** The level of assurance, in the four words NHS boards commonly use. */
  public enum Assurance {
    SUBSTANTIAL("Substantial"),
    REASONABLE("Reasonable"),
    LIMITED("Limited"),
    NONE("No assurance");

    private final String label;

    Assurance(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
