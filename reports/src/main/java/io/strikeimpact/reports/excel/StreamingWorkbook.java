package io.strikeimpact.reports.excel;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
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
 *
 * <p>Saving writes the package twice: SXSSF first saves the ordinary workbook as a template, then
 * copies the template's entries into the real file, putting the streamed rows into their sheet. POI
 * saves that template to a temporary file, compressed, and reads it back and inflates it, only to
 * compress every entry again on the way out. Here the template is kept in memory and stored
 * uncompressed (deflate level 0), and read back through its central directory as POI reads its
 * temporary file: the same entries, in the same order, with the same sizes and times, so the file
 * written is the same bytes (OnlyDataStreamsTest compares it with SXSSF's own save). Each part's
 * relationships are written as text ({@link PlainRelationships}), not through a DOM and a
 * transformer.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
  /** Buffer for the temporary file's compressed stream. */
  private static final int BUFFER = 64 * 1024;

  StreamingWorkbook(XSSFWorkbook workbook, int rowWindow) {
    super(workbook, rowWindow, true, false);
  }

  @Override
  public void write(OutputStream stream) throws IOException {
    flushSheets();
    try {
      PlainRelationships.use(_wb);
    } catch (InvalidFormatException e) {
      throw new IOException(
          "Could not list the workbook's parts to save them: " + e.getMessage(), e);
    }
    ByteArrayOutputStream template = new ByteArrayOutputStream(BUFFER);
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(template)) {
      zip.setLevel(Deflater.NO_COMPRESSION);
      _wb.write(zip);
    }
    try (ZipFile entries =
            ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(template.toByteArray()))
                .get();
        ZipFileZipEntrySource source = new ZipFileZipEntrySource(entries)) {
      injectData(source, stream);
    }
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
