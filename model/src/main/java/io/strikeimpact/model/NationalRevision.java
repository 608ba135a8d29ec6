package io.strikeimpact.model;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The same action in two NHS England releases: the later release is used, and the revision is named
 * with both release dates so a reader can see what changed.
 */
public record NationalRevision(NationalFigure earlier, NationalFigure later) {
  public NationalRevision {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    if (!earlier.actionId().equals(later.actionId())) {
      throw new IllegalArgumentException(
          "A revision is of one action: " + earlier.actionId() + ", " + later.actionId());
    }
    if (later.releaseDate().isBefore(earlier.releaseDate())) {
      throw new IllegalArgumentException("The later release is dated before the earlier");
    }
  }

  public String actionId() {
    return later.actionId();
  }

  /**
   * "bma-jd-2023-04 revised: release of 2023-04-17 gave an acute total of 195,000, release of
   * 2023-05-02 gives 196,225 (+1,225)".
   */
  public String describe() {
    return actionId()
        + " revised: release of "
        + earlier.releaseDate()
        + " gave "
        + acute(earlier.acute())
        + ", release of "
        + later.releaseDate()
        + " gives "
        + acute(later.acute())
        + change()
        + "; the later release is used";
  }

  private String change() {
    OptionalLong before = earlier.acute();
    OptionalLong after = later.acute();
    if (before.isEmpty() || after.isEmpty()) {
      return "";
    }
    long d = after.getAsLong() - before.getAsLong();
    return " ("
        + (d < 0 ? "-" : "+")
        + String.format(java.util.Locale.UK, "%,d", Math.abs(d))
        + ")";
  }

  private static String acute(OptionalLong n) {
    return n.isPresent()
        ? "an acute total of " + String.format(java.util.Locale.UK, "%,d", n.getAsLong())
        : "no acute total";
  }
}
