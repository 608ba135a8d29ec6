package io.strikeimpact.model.analysis;

import java.util.List;
import java.util.Optional;

/**
 * One site in a comparison. When either side is empty the row is not applicable and says why; it is
 * never shown as zero or as an infinite increase.
 *
 * @param without the standing of the side without figures ({@link SiteStatus#REPORTED} when both
 *     have them): a site whose returns came and could not be counted has "no figure", one that took
 *     part and sent none "no return", never "not applicable", which is for a site that did not take
 *     part ({@link SiteStatus#absentWord})
 * @param partialNote for a row with both sides, what the figures behind its rates and ratios lack
 *     ("partial: N&amp;N's figures for the junior doctors' strike lack 15 March 2023, ..."), so a
 *     ratio resting on some of the returns says so; empty when they lack nothing
 */
public record ComparisonRow(
    String odsCode,
    String label,
    Optional<ComparisonSide> focus,
    Optional<ComparisonSide> baseline,
    String notApplicableReason,
    SiteStatus without,
    String partialNote) {

  public ComparisonRow(
      String odsCode,
      String label,
      Optional<ComparisonSide> focus,
      Optional<ComparisonSide> baseline,
      String notApplicableReason,
      SiteStatus without) {
    this(odsCode, label, focus, baseline, notApplicableReason, without, "");
  }

  public ComparisonRow(
      String odsCode,
      String label,
      Optional<ComparisonSide> focus,
      Optional<ComparisonSide> baseline,
      String notApplicableReason) {
    this(
        odsCode,
        label,
        focus,
        baseline,
        notApplicableReason,
        focus.isPresent() && baseline.isPresent()
            ? SiteStatus.REPORTED
            : SiteStatus.DID_NOT_TAKE_PART);
  }

  /** Whether a side lacks figures because its returns came and could not be counted. */
  public boolean noFigure() {
    return without == SiteStatus.UNREADABLE || without == SiteStatus.OVERLAPPING;
  }

  /** "no figure", "no return" or "not applicable": the word for the empty side. */
  public String absentWord() {
    return without.absentWord();
  }

  /**
   * Why the row has no ratio, with its word first: "no figure: two returns overlap; ..." for a site
   * whose returns could not be counted, "no return: took part ... but sent no return" for one that
   * sent none, "not applicable: did not take part ..." otherwise.
   */
  public String withoutRatio() {
    return absentWord() + ": " + notApplicableReason;
  }

  /** The row's note: why it has no ratio, else what its figures lack, else nothing. */
  public String note() {
    return notApplicableReason.isBlank() ? partialNote : notApplicableReason;
  }

  public ComparisonRow {
    java.util.Objects.requireNonNull(without, "without");
    partialNote = partialNote == null ? "" : partialNote;
    notApplicableReason = notApplicableReason == null ? "" : notApplicableReason;
    if ((focus.isEmpty() || baseline.isEmpty()) && notApplicableReason.isBlank()) {
      throw new IllegalArgumentException("Row " + label + " is not applicable without a reason");
    }
  }

  public boolean comparable() {
    return focus.isPresent() && baseline.isPresent() && baseline.get().total() > 0;
  }

  /** The ratio on a basis, when both sides exist and the baseline is not zero. */
  public Optional<Ratio> ratio(Basis basis) {
    if (!comparable()) {
      return Optional.empty();
    }
    Optional<Rate> f = focus.get().rate(basis);
    Optional<Rate> b = baseline.get().rate(basis);
    if (f.isEmpty() || b.isEmpty() || b.get().count() == 0) {
      return Optional.empty();
    }
    return Optional.of(new Ratio(f.get(), b.get()));
  }

  /**
   * Why there is no ratio per staff-day for a comparable row: "not available: no staff figures for
   * N&amp;N on 13 to 15 March 2023". Empty when the ratio exists or the row is not comparable.
   */
  public Optional<String> staffNotAvailable() {
    if (!comparable() || ratio(Basis.PER_STAFF_DAY).isPresent()) {
      return Optional.empty();
    }
    List<String> missing = new java.util.ArrayList<>(focus.get().staff().missing());
    missing.addAll(baseline.get().staff().missing());
    return Optional.of(
        missing.isEmpty()
            ? "not available: the returns give no staff taking part"
            : "not available: no staff figures for "
                + io.strikeimpact.model.text.HouseStyle.joinWithAnd(missing));
  }

  /** Whether the ratio per staff-day rests on any illustrative staff figure. */
  public boolean staffIllustrative() {
    return focus.map(s -> s.staff().illustrative()).orElse(false)
        || baseline.map(s -> s.staff().illustrative()).orElse(false);
  }

  /**
   * The focus rate less the baseline rate on a basis: 1,150.3 a day against 376.5 a day is 773.8
   * more a day. Empty when the row is not comparable.
   */
  public java.util.OptionalDouble difference(Basis basis) {
    return ratio(basis)
        .map(r -> java.util.OptionalDouble.of(r.focus().value() - r.baseline().value()))
        .orElse(java.util.OptionalDouble.empty());
  }
}
