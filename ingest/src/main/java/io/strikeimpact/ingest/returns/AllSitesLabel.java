package io.strikeimpact.ingest.returns;

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
   * The label without its words of totalling: "Norfolk and Waveney" of "Total for Norfolk and
   * Waveney" or "Norfolk and Waveney total", "N&amp;N" of "N&amp;N total"; the label itself when it
   * has none, or nothing else.
   */
  static String withoutTotalling(String label) {
    String s = label.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    for (String lead :
        new String[] {"total for ", "totals for ", "total of ", "total: ", "total "}) {
      if (lower.startsWith(lead)) {
        s = s.substring(lead.length()).strip();
        lower = s.toLowerCase(Locale.ROOT);
        break;
      }
    }
    for (String tail : new String[] {" (total)", " - total", " total", " totals"}) {
      if (lower.endsWith(tail)) {
        s = s.substring(0, s.length() - tail.length()).strip();
        break;
      }
    }
    return s.isEmpty() ? label.strip() : s;
  }

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
