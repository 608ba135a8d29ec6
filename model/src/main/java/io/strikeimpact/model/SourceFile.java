package io.strikeimpact.model;

/**
 * One input file as read: what it is, its fingerprint and what became of its rows.
 *
 * @param role what the file is, e.g. "activity return", "stated totals", "strike calendar"
 * @param profile the profile it was read with, or empty
 * @param rowsRead data rows read, totals rows and blank rows excluded
 * @param rowsUsed rows whose figures are in the counts
 * @param rowsRejected rows kept aside with a problem
 */
public record SourceFile(
    String name,
    String sha256,
    long bytes,
    String role,
    String profile,
    int rowsRead,
    int rowsUsed,
    int rowsRejected) {
  public SourceFile {
    Checks.nonBlank(name, "name");
    Checks.nonBlank(sha256, "sha256");
    Checks.nonBlank(role, "role");
    profile = profile == null ? "" : profile;
  }
}
