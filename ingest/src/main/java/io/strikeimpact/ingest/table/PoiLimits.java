package io.strikeimpact.ingest.table;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The one place POI's zip-bomb limits are set, explicitly rather than by POI's defaults, so a
 * review can see them: an xlsx part may inflate at most 100 times (a real sheet inflates 5 to 30
 * times) and to at most 512 MB. A workbook beyond either is refused before it fills the memory.
 */
public final class PoiLimits {
  /** Compressed size over inflated size, below which a part is refused. */
  public static final double MIN_INFLATE_RATIO = 0.01;

  /** Largest inflated size of one part of an xlsx. */
  public static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
  }

  private PoiLimits() {}

  /** Sets the limits, once per JVM; call before POI opens any workbook. */
  public static void apply() {
    // the static initialiser does the work
  }
}
