package io.strikeimpact.reports.excel;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An {@link SXSSFWorkbook} whose temporary sheet files are compressed at the fastest level.
 *
 * <p>The streamed rows go to a temporary file before they are copied into the workbook, where they
 * are compressed again. POI gzips that temporary file at the default level, which on a national
 * folder cost about as much as compressing the workbook itself; the fastest level keeps the file
 * about as small (the rows are repetitive XML) for half the work. The temporary file is read back
 * whole, so the workbook's bytes do not change.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
  /** Buffer for the temporary file's compressed stream. */
  private static final int BUFFER = 64 * 1024;

  StreamingWorkbook(XSSFWorkbook workbook, int rowWindow) {
    super(workbook, rowWindow, true, false);
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    return new GZIPSheetDataWriter() {
      @Override
      protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
        return new GZIPOutputStream(fos, BUFFER) {
          {
            def.setLevel(Deflater.BEST_SPEED);
          }
        };
      }
    };
  }
}
