package io.strikeimpact.ingest.profile;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Which of some items (profiles) a file's name matches by their globs, in the items' order, without
 * trying every glob on every file: each glob is filed under its literal start ("returns/rm1/" of
 * {@code returns/RM1/*}), and a name is tried only against the globs filed under one of its own
 * starts. A national folder of 1,000 trusts has 1,000 profiles and 18,000 files; tried pairwise,
 * that is 18 million matches. The answer is the same as trying them all.
 */
public final class GlobIndex<T> {
  private final List<T> items;
  private final Map<String, List<Entry>> byLiteralStart = new HashMap<>();
  private int longestStart;

  private record Entry(int item, Glob glob) {}

  public GlobIndex(List<T> items, Function<T, List<Glob>> globs) {
    this.items = List.copyOf(items);
    for (int i = 0; i < this.items.size(); i++) {
      for (Glob g : globs.apply(this.items.get(i))) {
        String start = literalStart(g.pattern());
        // get and put rather than computeIfAbsent: no lambda to link in a cold run.
        List<Entry> entries = byLiteralStart.get(start);
        if (entries == null) {
          entries = new ArrayList<>();
          byLiteralStart.put(start, entries);
        }
        entries.add(new Entry(i, g));
        longestStart = Math.max(longestStart, start.length());
      }
    }
  }

  /** The items with a glob that matches {@code name}, in the order they were given. */
  public List<T> matching(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    BitSet hit = new BitSet(items.size());
    for (int end = 0; end <= Math.min(lower.length(), longestStart); end++) {
      List<Entry> entries = byLiteralStart.get(lower.substring(0, end));
      if (entries != null) {
        for (Entry e : entries) {
          if (!hit.get(e.item()) && e.glob().matches(name)) {
            hit.set(e.item());
          }
        }
      }
    }
    List<T> out = new ArrayList<>(hit.cardinality());
    for (int i = hit.nextSetBit(0); i >= 0; i = hit.nextSetBit(i + 1)) {
      out.add(items.get(i));
    }
    return out;
  }

  /** The pattern up to its first wildcard, in lower case: every name it matches starts so. */
  static String literalStart(String pattern) {
    int end = 0;
    while (end < pattern.length() && "*?{".indexOf(pattern.charAt(end)) < 0) {
      end++;
    }
    return pattern.substring(0, end).toLowerCase(Locale.ROOT);
  }
}
