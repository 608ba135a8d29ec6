package io.strikeimpact.reports.press;

import io.strikeimpact.model.Site;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sources of a press briefing named as a journalist reads them: the organisations whose returns
 * the figures come from, never the files they are kept in. The board pack and the workbook keep the
 * files, sheets and cells.
 */
final class PressSources {
  private PressSources() {}

  /**
   * The official names of the organisations whose returns the briefing's figures come from (the
   * action, and what it is compared with at the sites compared like for like), in the order of the
   * site register. A trust whose returns for the action were not counted and whose earlier figures
   * no comparison uses gave no figure here, so it is not a source.
   */
  static List<String> trusts(Analysis analysis) {
    Set<String> focus = new HashSet<>(analysis.focus().actionIds());
    Set<String> compared = new HashSet<>();
    analysis
        .comparison()
        .filter(c -> c.likeForLike().isPresent())
        .ifPresent(
            c ->
                c.comparableRows()
                    .forEach(
                        r ->
                            c.baseline()
                                .actionIds()
                                .forEach(id -> compared.add(r.odsCode() + '\u0000' + id))));
    Set<String> codes = new HashSet<>();
    analysis.dataset().counts().stream()
        .filter(
            c ->
                focus.contains(c.actionId())
                    || compared.contains(c.odsCode() + '\u0000' + c.actionId()))
        .forEach(c -> codes.add(c.odsCode()));
    // Two hospitals of one trust are one organisation: named once.
    Set<String> names = new LinkedHashSet<>();
    for (Site s : analysis.dataset().sites()) {
      if (codes.remove(s.odsCode())) {
        names.add(s.officialName());
      }
    }
    names.addAll(codes.stream().sorted().toList());
    return new ArrayList<>(names);
  }

  /** "according to the returns of the three trusts", for the first line of the body. */
  static String accordingTo(int trusts) {
    return switch (trusts) {
      case 0 -> "according to the returns received";
      case 1 -> "according to the trust's return";
      default -> "according to the returns of the " + HouseStyle.count(trusts) + " trusts";
    };
  }

  /**
   * "Sources: the returns of activity rescheduled of the three trusts (A; B; and C), as held by NHS
   * Norfolk and Waveney Integrated Care Board on 3 April 2023. ..." Names are separated by
   * semicolons because an official name may contain commas.
   */
  static String note(Analysis analysis) {
    List<String> trusts = trusts(analysis);
    String of =
        switch (trusts.size()) {
          case 0 -> "the returns of activity rescheduled";
          case 1 -> "the return of activity rescheduled of " + trusts.getFirst();
          default ->
              "the returns of activity rescheduled of the "
                  + HouseStyle.count(trusts.size())
                  + " trusts ("
                  + String.join("; ", trusts.subList(0, trusts.size() - 1))
                  + "; and "
                  + trusts.getLast()
                  + ")";
        };
    return "Sources: "
        + of
        + ", as held by "
        + analysis.settings().organisation()
        + " on "
        + HouseStyle.date(analysis.settings().asOf())
        + ". The headline figure is the sum of the returns.";
  }

  /**
   * Who states a total, in words: "NHS Norfolk and Waveney Integrated Care Board's summary of the
   * returns", or "The Queen Elizabeth Hospital, King's Lynn, NHS Foundation Trust's return" for a
   * totals row in a trust's own return. The organisation is the one whose folder of the data folder
   * holds the file ({@code returns/<ODS code>/}); a file elsewhere is "a summary of the returns".
   */
  static String statedBy(Analysis analysis, Reconciliation r) {
    String file = r.stated().provenance().file();
    boolean ownReturn = r.partSources().contains(file);
    Optional<String> who =
        folderCode(file).flatMap(analysis.dataset()::site).map(Site::officialName);
    String what = ownReturn ? "return" : "summary of the returns";
    return who.map(name -> name + "'s " + what).orElse((ownReturn ? "a hospital's " : "a ") + what);
  }

  /** "QMM" from "returns/QMM/icb-summary.csv". */
  private static Optional<String> folderCode(String file) {
    String[] parts = file.replace('\\', '/').split("/");
    for (int i = 0; i + 2 < parts.length; i++) {
      if (parts[i].equals("returns")) {
        return Optional.of(parts[i + 1]);
      }
    }
    return Optional.empty();
  }
}
