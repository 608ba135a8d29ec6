package io.strikeimpact.ingest.returns;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
    // Loops, not streams: this runs once per extract, cold, where each lambda is linked the first
    // time it runs.
    List<RejectedRow> rejected = new ArrayList<>(read.rejected().size());
    for (RejectedRow r : read.rejected()) {
      rejected.add(
          new RejectedRow(where(r.row(), sha256), r.values(), problems(r.problems(), sha256)));
    }
    return new ReturnRead(
        read.sheet(),
        counts(read.counts(), sha256),
        read.statedTotals(),
        problems(read.problems(), sha256),
        Collections.unmodifiableList(rejected),
        read.rowsRead(),
        read.rowsUsed(),
        read.rowsRejected(),
        read.planned(),
        counts(read.unplanned(), sha256),
        read.notCounted(),
        read.staff());
  }

  private List<DisruptionCount> counts(List<DisruptionCount> counts, String sha256) {
    List<DisruptionCount> out = new ArrayList<>(counts.size());
    for (DisruptionCount c : counts) {
      out.add(count(c, sha256));
    }
    return Collections.unmodifiableList(out);
  }

  private List<DataProblem> problems(List<DataProblem> problems, String sha256) {
    List<DataProblem> out = new ArrayList<>(problems.size());
    for (DataProblem p : problems) {
      out.add(problem(p, sha256));
    }
    return Collections.unmodifiableList(out);
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
