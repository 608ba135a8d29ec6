package io.strikeimpact.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A revised return for one site and action that replaced an earlier one: both files, the figures
 * before and after, and the revised return's date where its file name gives one, so a monthly pack
 * can say which figures changed since the month before.
 */
public record ReturnRevision(
    String odsCode,
    String actionId,
    String earlierFile,
    String laterFile,
    Optional<LocalDate> returnDate,
    long before,
    long after) {
  public ReturnRevision {
    Checks.nonBlank(odsCode, "odsCode");
    Checks.nonBlank(actionId, "actionId");
    Checks.nonBlank(earlierFile, "earlierFile");
    Checks.nonBlank(laterFile, "laterFile");
    Objects.requireNonNull(returnDate, "returnDate");
    Checks.nonNegative(before, "before");
    Checks.nonNegative(after, "after");
  }

  public long change() {
    return after - before;
  }
}
