package io.strikeimpact.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one NHS England release published for one action across England: acute activity rescheduled
 * (inpatient, outpatient and their acute total), other settings apart (community and mental health,
 * never added to the acute total), the peak number of staff absent with its date, and the
 * cumulative acute total since the first action. Each figure is empty when the release did not
 * publish it: "not published" is never 0.
 *
 * @param provenance the row of the national file this came from
 * @param cells where each column's cell of that row is, for messages that name a cell
 */
public record NationalFigure(
    String actionId,
    LocalDate releaseDate,
    String source,
    OptionalLong inpatient,
    OptionalLong outpatient,
    OptionalLong acuteTotal,
    OptionalLong otherSettings,
    OptionalLong peakStaffAbsent,
    Optional<LocalDate> peakStaffAbsentDate,
    OptionalLong cumulativeAcuteTotal,
    Provenance provenance,
    Map<Column, Provenance> cells) {

  /** The columns of the national file, by their headers. */
  public enum Column {
    ACTION_ID("action_id"),
    RELEASE_DATE("release_date"),
    SOURCE("source"),
    INPATIENT("inpatient"),
    OUTPATIENT("outpatient"),
    ACUTE_TOTAL("acute_total"),
    OTHER_SETTINGS("other_settings"),
    PEAK_STAFF_ABSENT("peak_staff_absent"),
    PEAK_STAFF_ABSENT_DATE("peak_staff_absent_date"),
    CUMULATIVE_ACUTE_TOTAL("cumulative_acute_total");

    private final String header;

    Column(String header) {
      this.header = header;
    }

    public String header() {
      return header;
    }
  }

  public NationalFigure {
    Checks.nonBlank(actionId, "actionId");
    Objects.requireNonNull(releaseDate, "releaseDate");
    source = source == null ? "" : source.strip();
    for (OptionalLong n :
        new OptionalLong[] {
          inpatient, outpatient, acuteTotal, otherSettings, peakStaffAbsent, cumulativeAcuteTotal
        }) {
      Objects.requireNonNull(n, "figure");
      n.ifPresent(v -> Checks.nonNegative(v, "figure"));
    }
    Objects.requireNonNull(peakStaffAbsentDate, "peakStaffAbsentDate");
    Objects.requireNonNull(provenance, "provenance");
    cells = Map.copyOf(cells);
  }

  /**
   * The acute total as published or, where only its parts were published, inpatient plus
   * outpatient; empty when neither was published.
   */
  public OptionalLong acute() {
    if (acuteTotal.isPresent()) {
      return acuteTotal;
    }
    return inpatient.isPresent() && outpatient.isPresent()
        ? OptionalLong.of(inpatient.getAsLong() + outpatient.getAsLong())
        : OptionalLong.empty();
  }

  /** True when {@link #acute()} is the sum of the parts, not a published acute total. */
  public boolean acuteFromParts() {
    return acuteTotal.isEmpty() && acute().isPresent();
  }

  /** Where one of this row's figures is: its cell, or the row when the cell is not known. */
  public Provenance at(Column column) {
    return cells.getOrDefault(column, provenance);
  }

  /**
   * How a person finds the figure: {@code reference/england.csv, row 5 (release of 2023-04-17)}.
   */
  public String describe() {
    return provenance.describe() + " (release of " + releaseDate + ")";
  }
}
