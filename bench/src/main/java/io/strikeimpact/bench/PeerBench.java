package io.strikeimpact.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The peers on Maven Central, each reading an extract from {@link ExtractGenerator} and aggregating
 * it as the product does, so bench/run can time them on the same files in the same run: rows whose
 * attendance code is 4 are counted per key (site, treatment function, date, activity). Prints
 * {@code counted N counts K}; bench/run checks N against the product's total, so a peer that skips
 * or misreads rows cannot look fast.
 *
 * <p>Only the peer's own reading is used (no checks, no SHA-256, no identifier screen): the
 * comparison flatters the peers, which is the honest direction for a claim to lead them.
 *
 * <pre>java -cp strike-impact-bench.jar io.strikeimpact.bench.PeerBench
 *     fastexcel|poi-event|fastcsv|commons-csv FILE</pre>
 */
public final class PeerBench {
  /** Columns of the generated extract (see {@link ExtractGenerator#HEADERS}). */
  static final int SITE = 2;

  static final int FUNCTION = 3;
  static final int DATE = 4;
  static final int ACTIVITY = 5;
  static final int ATTENDANCE = 6;

  /** The rows counted per key. */
  private final Map<String, long[]> counts = new HashMap<>();

  private long rows;

  void offer(String site, String function, String date, String activity, String attendance) {
    rows++;
    if (!"4".equals(attendance)) {
      return;
    }
    String key = site + '\u0000' + function + '\u0000' + date + '\u0000' + activity;
    counts.computeIfAbsent(key, k -> new long[1])[0]++;
  }

  long counted() {
    // A loop, as IngestBench sums the product's counts: neither harness links a lambda of its own.
    long total = 0;
    for (long[] c : counts.values()) {
      total += c[0];
    }
    return total;
  }

  public static void main(String... args) throws Exception {
    PeerBench bench = new PeerBench();
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "fastexcel" -> bench.fastexcel(file);
      case "poi-event" -> bench.poiEvent(file);
      case "fastcsv" -> bench.fastcsv(file);
      case "commons-csv" -> bench.commonsCsv(file);
      default -> throw new IllegalArgumentException("no peer " + args[0]);
    }
    // Peak heap as IngestBench reports it for the product, so both harnesses do the same work
    // around the read they time.
    System.out.printf(
        "rows %d counted %d counts %d peak_heap_mb %d %s%n",
        bench.rows, bench.counted(), bench.counts.size(), Heap.peakMb(), Cpu.report());
  }

  /** fastexcel-reader: a StAX (Aalto) stream of rows, text cells resolved from shared strings. */
  void fastexcel(Path file) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile());
        Stream<Row> stream = wb.getFirstSheet().openStream()) {
      Iterator<Row> it = stream.iterator();
      it.next(); // header
      while (it.hasNext()) {
        Row r = it.next();
        offer(
            r.getCellText(SITE),
            r.getCellText(FUNCTION),
            r.getCellText(DATE),
            r.getCellText(ACTIVITY),
            r.getCellText(ATTENDANCE));
      }
    }
  }

  /** POI's event API: XSSFReader and XSSFSheetXMLHandler over the JDK's SAX parser. */
  void poiEvent(Path file) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(new File(file.toString()), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      String[] cells = new String[7];
      XSSFSheetXMLHandler.SheetContentsHandler handler =
          new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
              java.util.Arrays.fill(cells, "");
            }

            @Override
            public void endRow(int rowNum) {
              if (rowNum > 0) {
                offer(
                    cells[SITE], cells[FUNCTION], cells[DATE], cells[ACTIVITY], cells[ATTENDANCE]);
              }
            }

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
              int c = ref.charAt(0) - 'A';
              if (c >= 0 && c < cells.length) {
                cells[c] = value;
              }
            }
          };
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(), strings, handler, new DataFormatter(), false));
      try (InputStream sheet = reader.getSheetsData().next()) {
        parser.parse(new InputSource(sheet));
      }
    }
  }

  /** FastCSV 4: records of Strings. */
  void fastcsv(Path file) throws IOException {
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
      Iterator<CsvRecord> it = csv.iterator();
      it.next(); // header
      while (it.hasNext()) {
        CsvRecord r = it.next();
        offer(
            r.getField(SITE),
            r.getField(FUNCTION),
            r.getField(DATE),
            r.getField(ACTIVITY),
            r.getField(ATTENDANCE));
      }
    }
  }

  /** Commons CSV: the reader the product used for tables before its own byte-level one. */
  void commonsCsv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (CSVRecord r : parser) {
        offer(r.get(SITE), r.get(FUNCTION), r.get(DATE), r.get(ACTIVITY), r.get(ATTENDANCE));
      }
    }
  }
}
