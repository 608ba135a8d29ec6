package io.strikeimpact.ingest.table.stream;

import java.io.IOException;
import java.io.InputStream;

/**
 * The parts of an xlsx package by name, whether the package is a file on disk (read by its zip
 * directory, large parts inflated on another thread) or bytes in memory (a summary return, a
 * bundled sample): the reader of a sheet does not need to know which.
 */
interface PackageParts {
  /** Whether the package has a part of this name (e.g. {@code xl/workbook.xml}). */
  boolean has(String name);

  /** A small part (relationships, workbook, styles), as UTF-8 whatever it was written in. */
  InputStream open(String name) throws IOException;

  /**
   * A part that can be large (a sheet, the shared-strings table), as UTF-8; a reader from disk
   * inflates it on another thread while it is scanned.
   */
  default InputStream openLarge(String name) throws IOException {
    return open(name);
  }
}
