package io.strikeimpact.model;

/**
 * One input file as read: what it is, its fingerprint and what became of its rows.
 *
 * @param role what the file is, e.g. "activity return", "stated totals", "strike calendar"
 * @param profile the profile it was read with, or empty
 * @param rowsRead data rows read, totals rows and blank rows excluded
 * @param rowsUsed rows whose figures are in the counts
 * @param rowsRejected rows kept aside with a problem
 * @param notCounted rows a line-level filter left out, by value; {@link RowsNotCounted#NONE} else
 */
public record SourceFile(
    String name,
    String sha256,
    long bytes,
    String role,
    String profile,
    int rowsRead,
    int rowsUsed,
    int rowsRejected,
    RowsNotCounted notCounted) {

  /**
   * The role of a return whose figures do not count because another return covers the same activity
   * and neither is the later: analysis tells such a site from one that sent nothing.
   */
  public static final String ROLE_OVERLAPPING =
      "not counted: another return covers the same activity";

  /**
   * The role of a file that no profile names, left unread: under {@code returns/<ODS code>/} it is
   * still a return its site sent, so analysis never calls the site's return missing.
   */
  public static final String ROLE_NOT_READ = "not read";

  /** A file whose rows no filter left out. */
  public SourceFile(
      String name,
      String sha256,
      long bytes,
      String role,
      String profile,
      int rowsRead,
      int rowsUsed,
      int rowsRejected) {
    this(name, sha256, bytes, role, profile, rowsRead, rowsUsed, rowsRejected, RowsNotCounted.NONE);
  }

  /**
   * "383 rows read, 343 counted, 40 not counted (Outcome 2: 20, 3: 12, 5: 8)", with the rows
   * rejected when there are any: what became of every row read, in one line.
   */
  public String rowsSummary() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    parts.add(String.format(java.util.Locale.UK, "%,d rows read", rowsRead));
    parts.add(String.format(java.util.Locale.UK, "%,d counted", rowsUsed));
    if (!notCounted.describe().isEmpty()) {
      parts.add(notCounted.describe());
    }
    if (rowsRejected > 0) {
      parts.add(String.format(java.util.Locale.UK, "%,d rejected", rowsRejected));
    }
    return String.join(", ", parts);
  }

  /** The same file under another role: a return whose figures the history set aside. */
  public SourceFile withRole(String newRole) {
    return new SourceFile(
        name, sha256, bytes, newRole, profile, rowsRead, rowsUsed, rowsRejected, notCounted);
  }

  /** The same file with none of its rows counted: read whole, its figures not used. */
  public SourceFile withNoneCounted() {
    return new SourceFile(
        name, sha256, bytes, role, profile, rowsRead, 0, rowsRejected, notCounted);
  }

  public SourceFile {
    Checks.nonBlank(name, "name");
    Checks.nonBlank(sha256, "sha256");
    Checks.nonBlank(role, "role");
    profile = profile == null ? "" : profile;
    notCounted = notCounted == null ? RowsNotCounted.NONE : notCounted;
  }
}
