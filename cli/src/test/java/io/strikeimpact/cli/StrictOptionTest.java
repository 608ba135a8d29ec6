package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.Dataset;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrictOptionTest {
  @Test
  void should_fail_only_when_strict_and_the_data_has_an_error() throws IOException {
    Dataset data =
        DataFolderReader.read(new InMemorySourceFolder().put("reference/sites.csv", "ods_code\n"));
    assertEquals(Optional.empty(), StrictOption.failure(false, data));
    String message = StrictOption.failure(true, data).orElseThrow();
    assertEquals(
        true,
        message.startsWith(
            "3 errors in the data (--strict), 0 rows rejected; nothing was written:"),
        message);
    assertEquals(
        true,
        message.endsWith(
            "Fix: correct the returns as each message says, or run without --strict to report them and go on."),
        message);
  }
}
