package io.strikeimpact.ingest.table.stream;

/** Receives each row of a streamed table in order; the row object is reused by the reader. */
@FunctionalInterface
public interface StreamRowHandler {
  void row(StreamRow row);
}
