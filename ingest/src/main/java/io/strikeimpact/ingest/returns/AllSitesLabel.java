package io.strikeimpact.ingest.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words analysts write for a total of every row of a summary, whatever a profile's {@code
 * totals.label} says: "All sites", "ICB total", "System total", "Trust total", "Grand total",
 * "Total (all sites)", "TOTAL". A label is one when every word of it is a word of totalling or of
 * the whole ("all", "sites", "ICB", "system", "overall"...) and it has "total", "totals" or "sum",
 * or "all" before what it covers ("All sites", "All trusts", "All specialties"). "RM1 Total" (a
 * site's subtotal, as Excel's Data &gt; Subtotal writes it), "Total knee replacement" and "All
 * activity" have a word of their own, so they are not.
 */
final class AllSitesLabel {
  private static final Set<String> TOTALLING = Set.of("total", "totals", "sum");

  /** What "all" may stand before: "All sites", "All trusts". */
  private static final Set<String> WHOLES =
      Set.of(
          "sites",
          "trusts",
          "providers",
          "hospitals",
          "organisations",
          "organizations",
          "orgs",
          "locations",
          "specialties",
          "divisions",
          "departments",
          "clinics");

  private static final Set<String> OF_THE_WHOLE =
      Set.of(
          "all",
          "grand",
          "overall",
          "combined",
          "icb",
          "system",
          "trust",
          "site",
          "provider",
          "stp",
          "for",
          "of",
          "the",
          "and");

  private AllSitesLabel() {}

  /** Whether a row's label marks it as the total of every row above. */
  static boolean isTotal(String label) {
    String[] words = words(label);
    if (words.length == 0) {
      return false;
    }
    boolean totalling = false;
    boolean all = false;
    boolean whole = false;
    for (String w : words) {
      if (TOTALLING.contains(w)) {
        totalling = true;
      } else if (WHOLES.contains(w)) {
        whole = true;
      } else if (w.equals("all")) {
        all = true;
      } else if (!OF_THE_WHOLE.contains(w)) {
        return false;
      }
    }
    return totalling || (all && whole);
  }

  /**
   * Whether a site cell of a summary of stated totals names every site: {@code all}, as the
   * profile's documentation has it, or any label {@link #isTotal} accepts.
   */
  static boolean isAllSites(String site) {
    String[] words = words(site);
    return (words.length == 1 && words[0].equals("all")) || isTotal(site);
  }

  /**
   * The label without its words of totalling at either end, in the words {@link #isTotal} reads:
   * "norfolk and waveney" of "Total for Norfolk and Waveney" or "Norfolk and Waveney total", "n and
   * n" of "N&amp;N total" (sites are found by name made comparable, so case and "&amp;" do not
   * matter); the label itself when it has none, or nothing else.
   */
  static String withoutTotalling(String label) {
    List<String> words = new ArrayList<>(List.of(words(label)));
    boolean any = false;
    while (!words.isEmpty()
        && (TOTALLING.contains(words.getFirst()) || (any && LINKS.contains(words.getFirst())))) {
      any |= TOTALLING.contains(words.removeFirst());
    }
    boolean tail = false;
    while (!words.isEmpty() && TOTALLING.contains(words.getLast())) {
      words.removeLast();
      tail = true;
    }
    return (any || tail) && !words.isEmpty() ? String.join(" ", words) : label.strip();
  }

  /** Words that join "total" to what it is of: "Total for", "Total of". */
  private static final Set<String> LINKS = Set.of("for", "of");

  private static String[] words(String label) {
    String s =
        label
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replaceAll("[\\p{Punct}\\s\u00a0\u202f\u2007\u2009\u200b\ufeff]+", " ")
            .strip();
    return s.isEmpty() ? new String[0] : s.split(" ");
  }
}
