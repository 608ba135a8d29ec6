package io.strikeimpact.ingest.table.stream;

import java.io.IOException;

/** A streamed file whose structure is broken: says what was found, for one ERROR on the file. */
final class MalformedFileException extends IOException {
  MalformedFileException(String what) {
    super(what);
  }
}
