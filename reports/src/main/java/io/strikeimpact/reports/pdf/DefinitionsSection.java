package io.strikeimpact.reports.pdf;

import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;

/** What the pack's words mean, as NHS England uses them, so a figure is read as it was counted. */
final class DefinitionsSection implements PackSection {
  static final String TITLE = "Definitions";

  /** A term and what it means. */
  record Definition(String term, String meaning) {}

  static final List<Definition> DEFINITIONS =
      List.of(
          new Definition(
              "Activity rescheduled",
              "Appointments and procedures a hospital moved to another date because of industrial"
                  + " action, as the hospital reported them in its return to NHS England's situation"
                  + " report during the action."),
          new Definition(
              "Inpatient and outpatient",
              "Inpatient means elective inpatient and day case procedures; outpatient means outpatient"
                  + " appointments. NHS England counts acute activity rescheduled as inpatient plus"
                  + " outpatient, and so does this pack."),
          new Definition(
              "Community and mental health",
              "Community and mental health appointments are reported apart and are never added to the"
                  + " acute total, to avoid counting the same activity twice."),
          new Definition(
              "A day of action",
              "24 hours from 07:00, counted in UK time (Europe/London). A rate a day of action divides"
                  + " an action's total by its days of action."),
          new Definition(
              "An hour of action",
              "An hour during which the action ran. Actions differ in length (a 12-hour nursing shift,"
                  + " a 72-hour strike), so a rate an hour of action compares them on the same footing."),
          new Definition(
              "Like for like",
              "A comparison of two actions at only the sites that reported both. A site that did not"
                  + " take part is not applicable and is left out; it is never counted as 0."),
          new Definition(
              "Understatement",
              "NHS England cautions that these figures understate the impact: trusts avoided booking"
                  + " patients on strike days, activity never booked is not counted, and not every"
                  + " trust sends a return."));

  private final PackLayout out;
  private final boolean staff;

  DefinitionsSection(Pack pack) {
    this.out = pack.out();
    this.staff = !pack.analysis().dataset().staff().isEmpty();
  }

  @Override
  public void write() throws DocumentException {
    out.heading(TITLE, 200);
    List<Definition> all = new java.util.ArrayList<>(DEFINITIONS);
    if (staff) {
      all.addAll(StaffTakingPartTable.DEFINITIONS);
    }
    for (Definition d : all) {
      Paragraph p = new Paragraph("", out.body);
      p.add(new Chunk(d.term() + ": ", out.bodyBold));
      p.add(new Chunk(d.meaning(), out.body));
      p.setSpacingAfter(6);
      out.add(p);
    }
  }
}
