package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.ingest.table.TableReader;
import io.strikeimpact.ingest.table.UnreadableFileException;
import io.strikeimpact.ingest.table.WorkbookTableReader;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Severity;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which sheet a profile that gives a position ({@code sheet = 1}) reads, when another visible sheet
 * of the workbook has the profile's header with rows below it too: a template's Guidance sheet with
 * example rows under the same header, first among the tabs, beside the real return.
 *
 * <p>Such a workbook is never read in silence: a warning names both sheets, which was read and how
 * to say which is meant ({@code sheet = <name>}). A position says less than a name, so only then,
 * and only when the sheet at the position is named as guidance, notes, instructions, an example or
 * a template and another is not, is the other read instead: an analyst who wrote {@code sheet = 1}
 * meant the return, and the red team's Guidance example gave JPUH 14 where its return says 343. A
 * profile that names its sheet is read as it says.
 */
final class SheetRivals {
  private static final Pattern GUIDANCE =
      Pattern.compile(
          "(?i)(?<![a-z])(guidance|guide|notes?|instructions?|examples?|template|read ?me|help"
              + "|how to)(?![a-z])");

  /** The sheet to read, and the warning that says why, if there is one to say. */
  record Choice(SheetChoice sheet, Optional<DataProblem> warning) {}

  private SheetRivals() {}

  static boolean looksLikeGuidance(String sheetName) {
    return GUIDANCE.matcher(sheetName).find();
  }

  static Choice choose(byte[] bytes, TableReader reader, Profile profile, ReturnContext context) {
    SheetChoice asked = profile.sheet();
    Choice as = new Choice(asked, Optional.empty());
    int position = asked.position();
    if (position == 0 || !(reader instanceof WorkbookTableReader)) {
      return as;
    }
    List<String> visible = WorkbookTableReader.visibleSheets(bytes);
    if (visible.size() < 2 || position > visible.size()) {
      return as;
    }
    // A sheet whose name is the number asked for is read by name: no position to second-guess.
    for (String name : visible) {
      if (asked.matchesName(name)) {
        return as;
      }
    }
    String chosen = visible.get(position - 1);
    int chosenRows = rowsUnderHeader(bytes, reader, profile, chosen);
    if (chosenRows == 0) {
      return elsewhere(bytes, reader, profile, context, visible, chosen, position);
    }
    List<String> rivals = new ArrayList<>();
    List<Integer> rivalRows = new ArrayList<>();
    for (String name : visible) {
      if (!name.equals(chosen)) {
        int rows = rowsUnderHeader(bytes, reader, profile, name);
        if (rows > 0) {
          rivals.add(name);
          rivalRows.add(rows);
        }
      }
    }
    if (rivals.isEmpty()) {
      return as;
    }
    String read = chosen;
    if (looksLikeGuidance(chosen)) {
      for (String r : rivals) {
        if (!looksLikeGuidance(r)) {
          read = r;
          break;
        }
      }
    }
    List<String> all = new ArrayList<>();
    all.add(described(visible, chosen, chosenRows));
    for (int i = 0; i < rivals.size(); i++) {
      all.add(described(visible, rivals.get(i), rivalRows.get(i)));
    }
    String found =
        "the profile's header, with rows below it, on "
            + all.size()
            + " sheets: "
            + String.join(", ", all);
    String fix =
        "set sheet = "
            + read
            + " in "
            + context.profile().source()
            + ", or sheet = the name of the sheet that holds the return if it is another: a name"
            + " says which sheet is meant where a position cannot";
    String which =
        "one sheet with the return's table; sheet "
            + position
            + ", '"
            + chosen
            + (read.equals(chosen)
                ? "', was read as the profile says, and only its figures count"
                : "', is named as guidance or an example, so '"
                    + read
                    + "' was read instead, and only its figures count");
    DataProblem warning = new DataProblem(Severity.WARNING, context.whole(read), found, which, fix);
    return new Choice(new SheetChoice(read), Optional.of(warning));
  }

  /**
   * The sheets a workbook puts before its table: notes, a read-me, contents, a cover, a chart.
   * Passed over in silence for the one sheet that has the profile's header.
   */
  private static final Pattern FRONT_MATTER =
      Pattern.compile(
          "(?i)(?<![a-z])(contents|cover|index|about|chart\\d*|graphs?|metadata|definitions"
              + "|front|introduction|intro)(?![a-z])");

  /** A sheet named as a draft or an old copy: a later candidate is preferred to it. */
  private static final Pattern NOT_THE_RETURN =
      Pattern.compile("(?i)(?<![a-z])(draft|old|previous|superseded|backup|copy)(?![a-z])");

  /**
   * The sheet at the profile's position has no table with its header (a Notes, Read me or Contents
   * sheet, or a chart sheet, first among the tabs): the sheet that has it is read instead, the
   * first that is not named as guidance or a draft when several have. In silence when it is the
   * only one and the sheet passed over is named as front matter; otherwise a warning names the
   * sheets and which was read, so a choice is never made unseen where another was possible.
   */
  private static Choice elsewhere(
      byte[] bytes,
      TableReader reader,
      Profile profile,
      ReturnContext context,
      List<String> visible,
      String chosen,
      int position) {
    List<String> candidates = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (String name : visible) {
      if (!name.equals(chosen)) {
        int n = rowsUnderHeader(bytes, reader, profile, name);
        if (n > 0) {
          candidates.add(name);
          rows.add(n);
        }
      }
    }
    if (candidates.isEmpty()) {
      return new Choice(profile.sheet(), Optional.empty());
    }
    String read = candidates.getFirst();
    for (String c : candidates) {
      if (!looksLikeGuidance(c) && !NOT_THE_RETURN.matcher(c).find()) {
        read = c;
        break;
      }
    }
    boolean front = looksLikeGuidance(chosen) || FRONT_MATTER.matcher(chosen).find();
    if (candidates.size() == 1 && front) {
      return new Choice(new SheetChoice(read), Optional.empty());
    }
    List<String> all = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      all.add(described(visible, candidates.get(i), rows.get(i)));
    }
    String found =
        "sheet "
            + position
            + ", '"
            + chosen
            + "', has no table with the profile's header; "
            + (candidates.size() == 1
                ? all.getFirst() + " has"
                : candidates.size() + " sheets have: " + String.join(", ", all));
    String which =
        "the return's table on the sheet the profile names (sheet "
            + position
            + "); '"
            + read
            + "' was read instead"
            + (candidates.size() == 1 ? "" : ", the first not named as guidance or a draft,")
            + " and only its figures count";
    String fix =
        "set sheet = "
            + read
            + " in "
            + context.profile().source()
            + (candidates.size() == 1
                ? ""
                : ", or sheet = the name of the sheet that holds the return if it is another");
    return new Choice(
        new SheetChoice(read),
        Optional.of(new DataProblem(Severity.WARNING, context.whole(read), found, which, fix)));
  }

  /** "'Guidance' (sheet 1, 3 rows)". */
  private static String described(List<String> visible, String name, int rows) {
    return "'"
        + name
        + "' (sheet "
        + (visible.indexOf(name) + 1)
        + ", "
        + rows
        + (rows == 1 ? " row)" : " rows)");
  }

  /** The non-blank rows below the profile's header on the sheet; 0 when it has no such header. */
  static int rowsUnderHeader(byte[] bytes, TableReader reader, Profile profile, String sheet) {
    HeaderFinder finder = new HeaderFinder(profile);
    int[] rows = {0};
    boolean[] found = {false};
    try {
      reader.read(
          new ByteArrayInputStream(bytes),
          new SheetChoice(sheet),
          (RawRow row) -> {
            if (found[0]) {
              if (!row.isBlank() && !SheetRivals.labelOnly(row)) {
                rows[0]++;
              }
            } else if (finder.offer(row).isPresent()) {
              found[0] = true;
            }
          });
    } catch (UnreadableFileException e) {
      return 0; // the read of the sheet asked for says what is wrong
    }
    return rows[0];
  }

  /** A row of one cell, as "Delete the example rows before sending.": a note, not a row. */
  private static boolean labelOnly(RawRow row) {
    return row.cells().stream().filter(c -> !c.isBlank()).count() < 2;
  }
}
