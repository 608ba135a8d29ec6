package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.source.DirectorySourceFolder;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprints a read reports are the ones {@code sha256sum} gives for the same bytes: the
 * extract's, hashed on a second thread in pieces while it is parsed, and a reference file's and a
 * profile's, hashed whole. The expected values were taken with GNU coreutils' sha256sum, not with
 * the code under test.
 */
class Sha256AsSha256sumTest {
  @Test
  void an_extract_of_several_pieces_has_the_sha256_that_sha256sum_gives(@TempDir Path dir)
      throws IOException {
    // The test extract, then its data lines 250 times more: 3,614,498 bytes, three whole pieces of
    // 1 MB and a part one, so the digest is fed as the second thread feeds it.
    byte[] extract = Files.readAllBytes(LineLevelOnePassTest.CSV);
    int body = indexAfterFirstLine(extract);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(extract);
    for (int i = 0; i < 250; i++) {
      bytes.write(extract, body, extract.length - body);
    }
    Dataset data =
        DataFolderReader.read(
            new DirectorySourceFolder(LineLevelOnePassTest.folder(dir, bytes.toByteArray())));

    // python3 -c "b=open('extract.csv','rb').read(); i=b.index(b'\n')+1;
    //   open('big.csv','wb').write(b+b[i:]*250)" && sha256sum big.csv
    String sha256sum = "4fe921e66196396865e9e22c30dfa1f14ab43acec23fa31d0c53033484496cfa";
    assertEquals(3_614_498, source(data, "returns/RM1/extract.csv").bytes());
    assertEquals(sha256sum, source(data, "returns/RM1/extract.csv").sha256());
    for (DisruptionCount c : data.counts()) {
      assertEquals(sha256sum, c.provenance().sha256(), c.toString());
    }
    // sha256sum ingest/src/test/resources/line-level/reference/sites.csv (and the profile)
    assertEquals(
        "82cd9fc2c9e38233f2a2ce3d01241c743084c6d6b160dbca6360a23664eab5b6",
        source(data, "reference/sites.csv").sha256());
    assertEquals(
        "144e4e56cd30ba70dcade15e01651d177ca0033c3bd0cd8026be418df0fcc46f",
        source(data, "profiles/extract.properties").sha256());
  }

  private static int indexAfterFirstLine(byte[] bytes) {
    int i = 0;
    while (bytes[i] != '\n') {
      i++;
    }
    return i + 1;
  }

  private static SourceFile source(Dataset data, String name) {
    for (SourceFile s : data.sources()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no source " + name + " in " + data.sources());
  }
}
