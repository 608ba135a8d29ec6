package io.strikeimpact.ingest.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The oracle for the product's csv reader: the same files read with Apache Commons CSV (an optional
 * byte order mark, RFC 4180 quoting, blanks around a field trimmed), as the product read every
 * table before its byte-level reader. {@code RandomTablesDifferentialTest} reads random files both
 * ways and wants the same rows, or both refusing.
 */
public final class CommonsCsvOracle implements TableReader {
  private final Charset charset;
  private final char delimiter;

  /** Text in the given encoding (undecodable bytes are an error only for UTF-8) and separator. */
  public CommonsCsvOracle(Charset charset, char delimiter) {
    this.charset = charset;
    this.delimiter = delimiter;
  }

  /** No header handling here: the caller finds the header row. */
  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).setTrim(true).get();

  @Override
  public void read(InputStream in, SheetChoice sheet, Consumer<RawRow> rows)
      throws UnreadableFileException {
    CodingErrorAction onError =
        charset.equals(StandardCharsets.UTF_8)
            ? CodingErrorAction.REPORT
            : CodingErrorAction.REPLACE;
    var decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    CSVFormat format = delimiter == ',' ? FORMAT : FORMAT.builder().setDelimiter(delimiter).get();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
        CSVParser parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(format).get()) {
      for (CSVRecord record : parser) {
        List<RawCell> cells = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
          cells.add(RawCell.text(i, record.get(i)));
        }
        rows.accept(new RawRow("", Math.toIntExact(record.getRecordNumber()), cells));
      }
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException(
          "bytes that are not UTF-8 text",
          "a csv file saved as UTF-8",
          "save the file again as \"CSV UTF-8 (Comma delimited)\"",
          e);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      if (cause instanceof CharacterCodingException) {
        throw new UnreadableFileException(
            "bytes that are not UTF-8 text",
            "a csv file saved as UTF-8",
            "save the file again as \"CSV UTF-8 (Comma delimited)\"",
            e);
      }
      throw new UnreadableFileException(
          "a file that cannot be read as csv (" + cause.getMessage() + ")",
          "comma-separated text with quotes in pairs",
          "open the file in Excel and save it again as \"CSV UTF-8 (Comma delimited)\"",
          e);
    }
  }

  private static BufferedReader skipBom(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }
}
