package io.strikeimpact.ingest.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Chooses how to read a file by what its bytes are (POI's {@link FileMagic}), not only by its name:
 * a workbook named as another format is read as what it is, with a warning; anything that is not a
 * table (a password-protected workbook, a web page, a PDF, text named as a workbook) is refused
 * with what it really is and what to do.
 */
public final class ContentCheck {
  private static final int TEXT_SNIFF = 4096;

  /**
   * The reader for a file, any warning about it, and the bytes to hand the reader: the file's own,
   * or, for UTF-16 text, the same text in UTF-8.
   */
  public record Checked(TableReader reader, List<FileNote> notes, byte[] content) {
    public Checked {
      notes = List.copyOf(notes);
    }
  }

  private ContentCheck() {}

  /**
   * @param name the file's name; its extension says what it should be
   * @param bytes the file's content, not empty
   * @throws UnreadableFileException when the content is not a table this tool reads
   */
  public static Checked check(String name, byte[] bytes) throws UnreadableFileException {
    String ext = extension(name);
    String shortName = name.substring(name.lastIndexOf('/') + 1);
    FileMagic magic = FileMagic.valueOf(bytes);
    List<FileNote> notes = new ArrayList<>();
    boolean workbookName = ext.equals("xlsx") || ext.equals("xlsm") || ext.equals("xls");
    switch (magic) {
      case OOXML, OLE2 -> {
        if (magic == FileMagic.OLE2 && isEncryptedOoxml(bytes)) {
          throw WorkbookProblems.password(null);
        }
        String really = magic == FileMagic.OOXML ? "xlsx" : "xls";
        boolean matches =
            magic == FileMagic.OOXML ? !ext.equals("xls") && workbookName : ext.equals("xls");
        if (!matches) {
          notes.add(
              new FileNote(
                  "an ." + really + " workbook named " + shortName,
                  "content that matches the name's extension",
                  "rename the file to ."
                      + really
                      + "; it was read as the ."
                      + really
                      + " workbook it is"));
        }
        return new Checked(new WorkbookTableReader(), notes, bytes);
      }
      case XML,
          HTML,
          PDF,
          RTF,
          MSWRITE,
          WORD2,
          JPEG,
          GIF,
          PNG,
          TIFF,
          WMF,
          EMF,
          BMP,
          BIFF2,
          BIFF3,
          BIFF4 ->
          throw new UnreadableFileException(
              describe(magic) + " named " + shortName,
              "an .xlsx, .xls or .csv file",
              magic == FileMagic.HTML || magic == FileMagic.XML || magic.name().startsWith("BIFF")
                  ? "open the file in Excel and save it as .xlsx (Excel Workbook), then send that"
                  : "ask the hospital for the return as .xlsx or .csv",
              null);
      default -> {
        Optional<Charset> utf16 = Utf16Text.declared(bytes);
        if (utf16.isPresent() && !workbookName) {
          byte[] text = Utf16Text.asUtf8(bytes, utf16.get());
          notes.add(Utf16Text.note(shortName));
          CsvDialect dialect = CsvDialect.of(text);
          dialect.note().ifPresent(notes::add);
          return new Checked(dialect.reader(), notes, text);
        }
        if (!looksLikeText(bytes)) {
          throw new UnreadableFileException(
              "a file of an unknown kind named " + shortName,
              "an .xlsx, .xls or .csv file",
              "ask the hospital for the return as .xlsx or .csv",
              null);
        }
        if (workbookName) {
          throw new UnreadableFileException(
              "a text file named " + shortName + ", not an Excel workbook",
              "an .xlsx or .xls workbook",
              "if it is a csv file, rename it to "
                  + shortName.replaceFirst("\\.[^.]*$", ".csv")
                  + " (and check files in its profile matches .csv); otherwise open it in Excel and save it as .xlsx",
              null);
        }
        CsvDialect dialect = CsvDialect.of(bytes);
        dialect.note().ifPresent(notes::add);
        return new Checked(dialect.reader(), notes, bytes);
      }
    }
  }

  private static String describe(FileMagic magic) {
    return switch (magic) {
      case XML -> "an XML file (perhaps an Excel 2003 XML spreadsheet)";
      case HTML -> "a web page (HTML), as some systems export for Excel,";
      case PDF -> "a PDF document";
      case RTF, MSWRITE, WORD2 -> "a word-processor document";
      case BIFF2, BIFF3, BIFF4 -> "an Excel 2.0 to 4.0 worksheet, older than this tool reads,";
      default -> "an image";
    };
  }

  /** An OLE2 file holding an encrypted xlsx: what Excel writes for "Encrypt with Password". */
  private static boolean isEncryptedOoxml(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean looksLikeText(byte[] bytes) {
    int n = Math.min(bytes.length, TEXT_SNIFF);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1A)) {
        return false;
      }
    }
    return true;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
