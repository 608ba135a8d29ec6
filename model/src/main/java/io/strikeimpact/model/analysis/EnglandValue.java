package io.strikeimpact.model.analysis;

import io.strikeimpact.model.text.HouseStyle;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One figure of England's, as the context beside a local figure uses it: its value when known, how
 * it is known (published, the sum of published parts, derived by subtraction, not published) and
 * where it comes from. A figure not published has no value: it is never 0.
 *
 * @param source the cell it was read from, or the sum or subtraction it came from, said in full;
 *     empty for a figure not published
 */
public record EnglandValue(OptionalLong value, NationalAction.Kind kind, String source) {
  public static final EnglandValue NOT_PUBLISHED =
      new EnglandValue(OptionalLong.empty(), NationalAction.Kind.NOT_PUBLISHED, "");

  public EnglandValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    source = source == null ? "" : source;
    if (value.isPresent() == (kind == NationalAction.Kind.NOT_PUBLISHED)) {
      throw new IllegalArgumentException("A figure not published has no value, any other has one");
    }
  }

  public static EnglandValue published(long value, String source) {
    return new EnglandValue(OptionalLong.of(value), NationalAction.Kind.PUBLISHED, source);
  }

  public boolean known() {
    return value.isPresent();
  }

  public boolean derived() {
    return kind == NationalAction.Kind.DERIVED;
  }

  /**
   * The sum of several figures: known only when every one is, derived when any is, otherwise added
   * up from published figures (never "published": no release stated the sum).
   */
  static EnglandValue sum(List<EnglandValue> parts, String how) {
    if (parts.isEmpty() || parts.stream().anyMatch(p -> !p.known())) {
      return NOT_PUBLISHED;
    }
    if (parts.size() == 1) {
      return parts.getFirst();
    }
    long total = parts.stream().mapToLong(p -> p.value().getAsLong()).sum();
    // A sum of published figures was not itself published: it says it was added up here.
    NationalAction.Kind kind =
        parts.stream().anyMatch(EnglandValue::derived)
            ? NationalAction.Kind.DERIVED
            : NationalAction.Kind.SUMMED;
    return new EnglandValue(OptionalLong.of(total), kind, how);
  }

  /** "175,122", "175,122 (derived by subtraction, not published)", or "not published". */
  public String text() {
    if (!known()) {
      return kind.label();
    }
    String n = HouseStyle.count(value.getAsLong());
    return derived() ? n + " (" + kind.label() + ")" : n;
  }
}
