package io.strikeimpact.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a site by any name people write for it: its ODS code, abbreviation, short or official name
 * from reference/sites.csv, or whole words of a name that only one site has. One rule for {@code
 * --site} and for a return's site column, so a return that says "QEH" or "Queen Elizabeth Hospital,
 * King's Lynn" is read as {@code --site} would read it.
 */
public final class SiteNames {
  private SiteNames() {}

  /**
   * A name as people write it, made comparable: case, "&" for "and", a leading "the", and
   * punctuation are ignored, so "the N&N", "Norfolk & Norwich" and "Queen Elizabeth Hospital King's
   * Lynn" find their sites.
   */
  public static String comparable(String name) {
    String n =
        name.toLowerCase(Locale.UK)
            .replace("&", " and ")
            // "King's Lynn" and "Kings Lynn" are one name: an apostrophe joins, other marks part.
            .replaceAll("['\u2018\u2019]", "")
            .replaceAll("\\p{Punct}", " ")
            // A non-breaking or zero-width space pasted from a web page is a space like any other.
            .replaceAll("[\\s\u00a0\u2007\u202f\u2009\u200b\ufeff]+", " ")
            .strip();
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  /**
   * The sites a name finds: the one whose code or name it is, else every site with the name's whole
   * words in its short or official name (one site found, or several when it is ambiguous, or none).
   */
  public static List<Site> matching(List<Site> sites, String wanted) {
    String w = comparable(wanted);
    if (w.isEmpty()) {
      return List.of();
    }
    for (Site s : sites) {
      if (names(s).stream().anyMatch(n -> comparable(n).equals(w))) {
        return List.of(s);
      }
    }
    List<Site> byInitials =
        sites.stream().filter(s -> initials(s).contains(w.replace(" ", ""))).toList();
    if (!byInitials.isEmpty()) {
      return byInitials;
    }
    List<Site> byWords =
        sites.stream()
            .filter(
                s ->
                    (" " + comparable(s.shortName() + " " + s.officialName()) + " ")
                        .contains(" " + w + " "))
            .toList();
    if (!byWords.isEmpty()) {
      return byWords;
    }
    return sites.stream().filter(s -> codeAndWords(s, w)).toList();
  }

  /** Words of a name that say what kind of body it is, not which: no initial of their own. */
  private static final java.util.Set<String> NO_INITIAL =
      java.util.Set.of("and", "the", "of", "nhs", "foundation", "trust");

  /**
   * The initials people write for a site: of its short and official names, each up to every comma
   * (a place after a comma is often left off), leaving out "and", "the" and "NHS Foundation Trust":
   * "Norfolk and Norwich University Hospital" is NNUH, "Queen Elizabeth Hospital, King's Lynn" QEH
   * and QEHKL, "James Paget University Hospital, Gorleston" JPUH and JPUHG. Of two letters or more,
   * so a one-word name has none.
   */
  static java.util.Set<String> initials(Site s) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String name : List.of(s.shortName(), s.officialName())) {
      StringBuilder letters = new StringBuilder();
      for (String part : name.split(",")) {
        for (String word : comparable(part).split(" ")) {
          if (!word.isEmpty() && !NO_INITIAL.contains(word)) {
            letters.append(word.charAt(0));
          }
        }
        if (letters.length() >= 2) {
          out.add(letters.toString());
        }
      }
      // NNUHFT, JPUHFT: the trust's initials with its "Foundation Trust".
      if (comparable(name).endsWith(" nhs foundation trust") && letters.length() >= 2) {
        out.add(letters + "ft");
      }
    }
    return out;
  }

  /**
   * Whether a name is a site's code, abbreviation or initials with whole words of its names before
   * or after it: "QEH King's Lynn", "JPUH Gorleston", "N&N Norwich".
   */
  private static boolean codeAndWords(Site s, String w) {
    java.util.Set<String> words =
        new java.util.HashSet<>(
            List.of(comparable(s.shortName() + " " + s.officialName()).split(" ")));
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    codes.add(comparable(s.odsCode()));
    codes.add(comparable(s.abbreviation()));
    codes.addAll(initials(s));
    for (String code : codes) {
      String rest = null;
      if (w.startsWith(code + " ")) {
        rest = w.substring(code.length() + 1);
      } else if (w.endsWith(" " + code)) {
        rest = w.substring(0, w.length() - code.length() - 1);
      }
      if (rest != null && java.util.Arrays.stream(rest.split(" ")).allMatch(words::contains)) {
        return true;
      }
    }
    return false;
  }

  /** The one site a name finds; empty when it finds none or more than one. */
  public static Optional<Site> find(List<Site> sites, String wanted) {
    List<Site> found = matching(sites, wanted);
    return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
  }

  /**
   * The site whose code or name is nearest to a name that finds none, for a message that suggests
   * it: "Norfolk & Norwich Univ Hospital" is nearest RM1. Empty when no name is even half alike
   * (fewer edits than half its letters), so a message never suggests a site at random.
   */
  public static Optional<Site> nearest(List<Site> sites, String wanted) {
    String w = comparable(wanted);
    if (w.isEmpty()) {
      return Optional.empty();
    }
    record Scored(Site site, double distance) {}
    return sites.stream()
        .map(
            s ->
                new Scored(
                    s,
                    names(s).stream()
                        .map(SiteNames::comparable)
                        .mapToDouble(
                            n -> distance(w, n) / (double) Math.max(w.length(), n.length()))
                        .min()
                        .orElse(1)))
        .filter(s -> s.distance() < 0.5)
        .min(Comparator.comparingDouble(Scored::distance))
        .map(Scored::site);
  }

  private static List<String> names(Site s) {
    return List.of(s.odsCode(), s.abbreviation(), s.shortName(), s.officialName());
  }

  /** Levenshtein's edit distance: the letters to add, remove or change to make one the other. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
