package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.source.DirectorySourceFolder;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.model.fixtures.StaffData;
import io.strikeimpact.model.fixtures.StoryData;
import io.strikeimpact.reports.EnglandFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Only the Data sheet is made a streamed (SXSSF) sheet, not every sheet: the workbook has the same
 * bytes as when SXSSF was wrapped around the finished workbook, which {@link #wrappedWhole} still
 * does, on the repository's fixtures, the bundled samples and seeded random variations of the
 * story.
 */
class OnlyDataStreamsTest {
  @Test
  void the_fixtures_give_the_same_bytes() throws IOException {
    for (Analysis analysis :
        List.of(
            ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request()),
            StoryData.withAprilReturns(),
            StoryData.withFurtherStrikeOf(30),
            EnglandFixture.analysis(),
            ImpactAnalysis.analyse(StaffData.dataset(), StoryData.request()))) {
      assertSameBytes(analysis, DataRows.EXCEL_MAX_DATA_ROWS);
      // Counts added up to fit a sheet, as a line-level extract of more rows than a sheet has.
      assertSameBytes(analysis, 3);
    }
  }

  @Test
  void the_bundled_samples_give_the_same_bytes() throws IOException {
    Dataset samples = DataFolderReader.read(new DirectorySourceFolder(Path.of("../samples/data")));
    assertSameBytes(
        ImpactAnalysis.analyse(
            samples,
            AnalysisRequest.defaults(ReportSettings.norfolkAndWaveney(LocalDate.of(2023, 4, 3)))),
        DataRows.EXCEL_MAX_DATA_ROWS);
  }

  @Test
  void random_variations_of_the_story_give_the_same_bytes() throws IOException {
    Random random = new Random(20230313);
    Dataset story = StoryData.dataset();
    for (int i = 0; i < 25; i++) {
      List<DisruptionCount> counts = new ArrayList<>();
      for (DisruptionCount c : story.counts()) {
        if (random.nextInt(5) == 0) {
          continue;
        }
        counts.add(
            new DisruptionCount(
                c.odsCode(),
                c.actionId(),
                c.type(),
                c.date(),
                c.specialty(),
                random.nextInt(3) == 0 ? random.nextInt(10) : random.nextInt(100_000),
                c.provenance()));
      }
      Dataset varied =
          new Dataset(
              story.sites(),
              story.calendar(),
              story.participation(),
              counts,
              story.statedTotals(),
              story.problems(),
              story.rejectedRows(),
              story.sources());
      assertSameBytes(
          ImpactAnalysis.analyse(varied, StoryData.request()),
          1 + random.nextInt(counts.size() + 2));
    }
  }

  private static void assertSameBytes(Analysis analysis, int maxDataRows) throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    new BoardPackWorkbook(maxDataRows).write(analysis, written);
    assertArrayEquals(
        wrappedWhole(analysis, maxDataRows),
        written.toByteArray(),
        analysis.focus().describe() + ", at most " + maxDataRows + " data rows");
  }

  /**
   * The workbook as it was written before: every sheet built on the {@link XSSFWorkbook}, then the
   * finished workbook wrapped in SXSSF, which makes every sheet a streamed one.
   */
  static byte[] wrappedWhole(Analysis analysis, int maxDataRows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<PackSheet> sheetsInOrder = BoardPackWorkbook.SHEETS;
    try (XSSFWorkbook workbook = new XSSFWorkbook(PlainSharedStrings.FACTORY)) {
      Pack pack =
          new Pack(
              analysis,
              new Styles(workbook, analysis.settings().branding()),
              DataRows.of(
                  analysis.dataset().counts(),
                  Math.max(1, maxDataRows - analysis.dataset().planned().size())));
      XSSFSheet[] sheets = new XSSFSheet[sheetsInOrder.size()];
      for (int i = 0; i < sheetsInOrder.size(); i++) {
        sheets[i] = workbook.createSheet(sheetsInOrder.get(i).name());
      }
      int data = -1;
      for (int i = 0; i < sheetsInOrder.size(); i++) {
        if (sheetsInOrder.get(i) instanceof DataSheet) {
          data = i;
        }
      }
      sheetsInOrder.get(data).write(pack, sheets[data]);
      for (int i = 0; i < sheetsInOrder.size(); i++) {
        if (i != data) {
          sheetsInOrder.get(i).write(pack, sheets[i]);
          ColumnWidths.fit(sheets[i]);
        }
        sheets[i].setActiveCell(new CellAddress(0, 0));
        sheets[i].setSelected(i == 0);
      }
      workbook.setActiveSheet(0);
      workbook.setFirstVisibleTab(0);
      BoardPackWorkbook.properties(workbook.getProperties(), analysis);
      SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, 200, true, false);
      try {
        DataSheet.stream(pack, streaming.getSheetAt(data), sheets[data]);
        synchronized (BoardPackWorkbook.ZIP_TIME_LOCK) {
          Reproducibility.runWithSourceDateEpoch(() -> streaming.write(out));
        }
      } finally {
        streaming.dispose();
      }
    }
    return out.toByteArray();
  }
}
