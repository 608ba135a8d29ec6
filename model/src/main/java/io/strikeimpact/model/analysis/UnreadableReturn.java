package io.strikeimpact.model.analysis;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.ReturnFor;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.text.HouseStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A return a site sent that gave no figures: refused whole (encrypted, damaged, not a workbook, or
 * named only by a profile refused for its errors), every row of it rejected, or named by no profile
 * at all. A site behind one sent a return; it is never "no return received".
 *
 * @param odsCode the site, from the folder the file sits in ({@code returns/RGP/...})
 * @param file the file's name as the sources list it
 * @param reason why it could not be read, in the words of its first error
 * @param fix what to do about it: the fix of the error that refused the file, or, when every row
 *     was rejected, to check the profile against the file (a wrong profile rejects every row of a
 *     good file, and asking for the file again would not help)
 */
public record UnreadableReturn(String odsCode, String file, String reason, String fix) {
  /** The role ingest gives a hospital's return; other files (reference, totals) are not returns. */
  static final String ACTIVITY_RETURN = "activity return";

  public UnreadableReturn {
    Objects.requireNonNull(odsCode, "odsCode");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(fix, "fix");
  }

  /**
   * Whether this return may be for the action: its name does not name another month, nor a return
   * date after a later action of the site ended, nor only staff groups other than the action's
   * ("nnuh-nursing-strikes-2023.csv" casts no doubt on a junior doctors' strike) ({@link
   * ReturnFor}).
   */
  public boolean mayBeFor(IndustrialAction action, Dataset dataset) {
    return ReturnFor.mayBeFor(file, action, dataset.calendar(), dataset.participation(), odsCode)
        && !ReturnFor.namesOtherStaff(file, action);
  }

  /** Whether this return may be for any of the actions ({@link #mayBeFor}). */
  public boolean mayBeForAny(java.util.Collection<IndustrialAction> actions, Dataset dataset) {
    return actions.stream().anyMatch(a -> mayBeFor(a, dataset));
  }

  /** "sent a return that could not be read: not an Excel workbook (returns/RGP/jpuh.xlsx)". */
  public String describe() {
    return "sent a return that could not be read: " + reason + " (" + file + ")";
  }

  /**
   * Every activity return under {@code returns/<ODS code>/} that gave no figures and has an error
   * or rejected rows to say why, in the order of the sources.
   */
  public static List<UnreadableReturn> in(Dataset dataset) {
    return dataset.sources().stream()
        .filter(s -> s.role().equals(ACTIVITY_RETURN) && s.rowsUsed() == 0 || unnamed(s))
        .flatMap(s -> of(s, dataset.problems()).stream())
        .toList();
  }

  /** A spreadsheet no profile names: sent, but not read until a profile names it. */
  private static boolean unnamed(SourceFile s) {
    return s.role().equals(SourceFile.ROLE_NOT_READ)
        && s.name().toLowerCase(Locale.ROOT).matches(".*\\.(xlsx|xlsm|xls|csv)");
  }

  private static Optional<UnreadableReturn> of(SourceFile source, List<DataProblem> problems) {
    Optional<String> site = siteFolder(source.name());
    if (site.isEmpty()) {
      return Optional.empty();
    }
    Optional<DataProblem> error =
        problems.stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .filter(p -> p.where().file().equals(source.name()))
            .findFirst();
    if (unnamed(source)) {
      String fix =
          problems.stream()
              .filter(p -> p.where().file().equals(source.name()))
              .map(DataProblem::fix)
              .findFirst()
              .orElse("write a profile whose files name it");
      return Optional.of(
          new UnreadableReturn(site.get(), source.name(), "no profile names it", fix));
    }
    if (source.rowsRejected() > 0 && source.rowsRejected() == source.rowsRead()) {
      return Optional.of(
          new UnreadableReturn(
              site.get(),
              source.name(),
              source.rowsRejected() == 1
                  ? "its one row was rejected"
                  : "all " + HouseStyle.count(source.rowsRejected()) + " of its rows were rejected",
              "check that the profile "
                  + (source.profile().isBlank() ? "" : "'" + source.profile() + "' ")
                  + "names the file's columns and its words for each activity type, as strike-impact"
                  + " validate lists each row's problem; the file itself may be sound"));
    }
    return error.map(
        e ->
            new UnreadableReturn(
                site.get(),
                source.name(),
                e.found().isBlank() ? "expected " + e.expected() : e.found(),
                e.fix()));
  }

  /** "RGP" from "returns/RGP/jpuh.xlsx"; empty for a file elsewhere. */
  static Optional<String> siteFolder(String name) {
    String[] parts = name.replace('\\', '/').split("/");
    return parts.length >= 3 && parts[0].equals("returns")
        ? Optional.of(parts[1])
        : Optional.empty();
  }
}
