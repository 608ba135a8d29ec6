package io.strikeimpact.ingest.table.stream;

import java.util.Arrays;

/**
 * The texts of one column already made, by their bytes: a column of a few values (site codes,
 * dates, activity words, outcome codes) gives the same {@link String} for the same bytes, so a
 * million rows make a handful of strings, and the maps they are looked up in find them by identity
 * with their hash already known. A column of values that do not repeat (an appointment id) turns
 * the cache off after a few thousand rows, and costs nothing more.
 */
final class TextCache {
  static final int MAX_LENGTH = 48;
  private static final int SLOTS = 64;
  private static final int SAMPLE = 4096;

  private final byte[][] keys = new byte[SLOTS][];
  private final String[] values = new String[SLOTS];
  private int lookups;
  private int misses;
  private boolean off;

  /** Whether looking up is still worth it for this column. */
  boolean on() {
    return !off;
  }

  /** The text made before for these bytes, or null. */
  String get(byte[] d, int from, int count, int hash) {
    int slot = hash & (SLOTS - 1);
    byte[] k = keys[slot];
    boolean sampling = lookups < SAMPLE;
    if (sampling) {
      lookups++;
    }
    if (k != null && k.length == count && same(k, d, from)) {
      return values[slot];
    }
    // Decided once, on the first rows: more misses than hits, and the column does not repeat.
    if (sampling && ++misses > SAMPLE / 2) {
      off = true;
    }
    return null;
  }

  /**
   * Whether the key's bytes are those at {@code d[from]}, by a plain loop: the keys are a few bytes
   * long (a site code, a date), where {@code Arrays.equals} over ranges spent more in its checks
   * and set-up than in comparing (with the hash, a sixth of the main thread's samples in a profile
   * of 1,000,000 rows).
   */
  private static boolean same(byte[] key, byte[] d, int from) {
    for (int i = 0; i < key.length; i++) {
      if (key[i] != d[from + i]) {
        return false;
      }
    }
    return true;
  }

  void put(byte[] d, int from, int count, int hash, String text) {
    int slot = hash & (SLOTS - 1);
    keys[slot] = Arrays.copyOfRange(d, from, from + count);
    values[slot] = text;
  }

  /**
   * {@code h = 31 * h + b} over the bytes, seeded with the count, then mixed: four bytes a step, so
   * the chain of multiplications a row's fields wait on is a quarter as long (the hash was a sixth
   * of the csv reader's samples), with the same value as one byte a step ({@link #hashByteAtATime},
   * which tests hold it to).
   */
  static int hash(byte[] d, int from, int count) {
    int h = count;
    int i = from;
    int end = from + count;
    for (; i + 4 <= end; i += 4) {
      h = 923521 * h + 29791 * d[i] + 961 * d[i + 1] + 31 * d[i + 2] + d[i + 3];
    }
    for (; i < end; i++) {
      h = 31 * h + d[i];
    }
    return h ^ (h >>> 7) ^ (h >>> 15);
  }

  /** The hash one byte a step, the definition {@link #hash} is held to. */
  static int hashByteAtATime(byte[] d, int from, int count) {
    int h = count;
    for (int i = from; i < from + count; i++) {
      h = 31 * h + d[i];
    }
    return h ^ (h >>> 7) ^ (h >>> 15);
  }
}
