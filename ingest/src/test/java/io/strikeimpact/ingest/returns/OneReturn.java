package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.model.Dataset;
import java.io.IOException;

/** A data folder of the samples' reference files, one profile and the one return it reads. */
final class OneReturn {
  private OneReturn() {}

  /** QEH's return as {@code returns/RCX/qeh.csv}, read with {@code profile}. */
  static Dataset qeh(String profile, String csv) throws IOException {
    return DataFolderReader.read(
        SampleReference.folder()
            .put("profiles/qeh.properties", profile)
            .put("returns/RCX/qeh.csv", csv));
  }
}
