package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.table.RawRow;

/** Gives the rows below a header their meaning, by the profile's role. */
interface RowInterpreter {
  /** Reads one non-blank row below the header. */
  void row(RawRow row, HeaderColumns columns);

  /** The result once every row has been offered. */
  ReturnRead result(String sheet, java.util.List<io.strikeimpact.model.DataProblem> fileProblems);
}
