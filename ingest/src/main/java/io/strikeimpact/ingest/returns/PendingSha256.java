package io.strikeimpact.ingest.returns;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;

/**
 * A line-level extract's SHA-256 computed on another thread while the extract is parsed: the read
 * marks its provenance with a stand-in (this object's own string, told apart by identity, never by
 * its text), and {@link #resolve} puts the real fingerprint in every count, problem and rejected
 * row once both are done. No provenance leaves ingest with the stand-in.
 */
final class PendingSha256 {
  /** Compared by identity: no file's fingerprint can be this very string. */
  @SuppressWarnings("StringOperationCanBeSimplified")
  final String standIn = new String("sha256 not yet known");

  ReturnRead resolve(ReturnRead read, String sha256) {
    return new ReturnRead(
        read.sheet(),
        read.counts().stream().map(c -> count(c, sha256)).toList(),
        read.statedTotals(),
        read.problems().stream().map(p -> problem(p, sha256)).toList(),
        read.rejected().stream()
            .map(
                r ->
                    new RejectedRow(
                        where(r.row(), sha256),
                        r.values(),
                        r.problems().stream().map(p -> problem(p, sha256)).toList()))
            .toList(),
        read.rowsRead(),
        read.rowsUsed(),
        read.rowsRejected(),
        read.planned(),
        read.unplanned().stream().map(c -> count(c, sha256)).toList(),
        read.notCounted(),
        read.staff());
  }

  private DisruptionCount count(DisruptionCount c, String sha256) {
    return new DisruptionCount(
        c.odsCode(),
        c.actionId(),
        c.type(),
        c.date(),
        c.specialty(),
        c.count(),
        where(c.provenance(), sha256));
  }

  private DataProblem problem(DataProblem p, String sha256) {
    return new DataProblem(
        p.severity(), where(p.where(), sha256), p.found(), p.expected(), p.fix());
  }

  private Provenance where(Provenance p, String sha256) {
    return p.sha256() == standIn ? new Provenance(p.file(), sha256, p.sheet(), p.cell()) : p;
  }

  /** Whether any provenance of the read still carries the stand-in (for tests). */
  boolean leftIn(ReturnRead read) {
    return read.counts().stream().anyMatch(c -> c.provenance().sha256() == standIn)
        || read.problems().stream().anyMatch(p -> p.where().sha256() == standIn)
        || read.rejected().stream()
            .anyMatch(
                r ->
                    r.row().sha256() == standIn
                        || r.problems().stream().anyMatch(p -> p.where().sha256() == standIn));
  }
}
