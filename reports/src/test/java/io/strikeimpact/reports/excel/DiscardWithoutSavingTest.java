package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.function.IntSupplier;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A workbook the pack has written is let go of without being saved a second time. POI gives a new
 * workbook's package a stream of its own, which {@code close()} fills with the whole package once
 * more; {@link BoardPackWorkbook#discard} leaves it empty. That stream is private to POI, so it is
 * read here by reflection; the first test shows the check sees a save when there is one.
 */
class DiscardWithoutSavingTest {
  @Test
  void closing_a_new_workbook_saves_it_to_a_stream_nobody_reads() throws Exception {
    XSSFWorkbook workbook = withASheet();
    IntSupplier hidden = bytesSavedBy(workbook.getPackage());
    workbook.close();
    assertTrue(hidden.getAsInt() > 0, "close() saved nothing: POI changed, discard may be moot");
  }

  @Test
  void discarding_it_saves_nothing() throws Exception {
    XSSFWorkbook workbook = withASheet();
    IntSupplier hidden = bytesSavedBy(workbook.getPackage());
    BoardPackWorkbook.discard(workbook);
    assertEquals(0, hidden.getAsInt());
  }

  private static XSSFWorkbook withASheet() throws IOException {
    XSSFWorkbook workbook = BoardPackWorkbook.newWorkbook();
    workbook.createSheet("Summary").createRow(0).createCell(0).setCellValue("Total");
    return workbook;
  }

  /** The bytes saved so far to the stream the package saves itself to on closing. */
  private static IntSupplier bytesSavedBy(OPCPackage pkg) throws ReflectiveOperationException {
    Field output = OPCPackage.class.getDeclaredField("output");
    output.setAccessible(true);
    Object stream = output.get(pkg);
    Method size = stream.getClass().getMethod("size");
    return () -> {
      try {
        return ((Number) size.invoke(stream)).intValue();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
