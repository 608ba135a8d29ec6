package io.strikeimpact.ingest.table;

import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;

/**
 * Says in a person's words why POI could not open a workbook: a password, a zip bomb, an XML
 * external entity, a damaged zip, or anything else.
 */
public final class WorkbookProblems {
  static final String EXPECTED = "an .xlsx or .xls workbook as Excel saves it";
  static final String FRESH_COPY =
      "the file was not read: do not open it, and ask the hospital where it came from and for a fresh copy saved from Excel";

  private WorkbookProblems() {}

  /** The workbook is protected with a password to open. */
  public static UnreadableFileException password(Throwable cause) {
    return new UnreadableFileException(
        "a workbook protected with a password",
        "a workbook that opens without a password",
        "save an unprotected copy (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password, save) and send that",
        cause);
  }

  /** Why the workbook could not be opened, from what POI threw. */
  public static UnreadableFileException explain(Exception e) {
    String all = messages(e);
    String lower = all.toLowerCase(Locale.ROOT);
    if (has(e, EncryptedDocumentException.class)) {
      return password(e);
    }
    if (lower.contains("zip bomb")) {
      return new UnreadableFileException(
          "a workbook that inflates to more than 100 times its size, as a zip bomb does",
          EXPECTED,
          FRESH_COPY,
          e);
    }
    if (lower.contains("doctype")) {
      return new UnreadableFileException(
          "a workbook whose XML declares a document type (DOCTYPE), which Excel never writes and which can"
              + " make a reader fetch other files (an XML external entity)",
          EXPECTED,
          FRESH_COPY,
          e);
    }
    if (lower.contains("truncated zip")
        || lower.contains("zipexception")
        || lower.contains("no valid entries")
        || lower.contains("end of central directory")
        || lower.contains("not a valid ooxml")
        || lower.contains("invalid stored block")
        || lower.contains("unexpected end of zlib")) {
      return new UnreadableFileException(
          "a damaged workbook: its zip structure is broken"
              + (plainWords(firstLine(e)).isEmpty() ? "" : " (" + plainWords(firstLine(e)) + ")"),
          EXPECTED,
          "ask for the file again, as it was probably cut short in sending; if it opens in Excel, save a new copy and send that",
          e);
    }
    if (lower.contains("xmlexception")
        || lower.contains("saxparseexception")
        || lower.contains("xml document structures")
        || lower.contains("premature end of file")
        || lower.contains("unexpected end of")) {
      return new UnreadableFileException(
          "a damaged workbook: the XML of its sheets is cut short or broken, as when a file is cut"
              + " short in sending or a program stops part way through saving it",
          EXPECTED,
          "ask for the file again; if it opens in Excel, save a new copy as .xlsx and send that",
          e);
    }
    if (lower.contains("st_celltype")) {
      // A cell type the user model's schema lacks: in practice "d", an ISO 8601 date, which the
      // stream reader takes, so this is met only in a sheet it leaves to the user model.
      return new UnreadableFileException(
          "a workbook with a cell of a type this reader cannot take on this sheet"
              + (lower.contains("'d'") ? " (a date written in ISO form, t=\"d\")" : ""),
          EXPECTED,
          "open the file in Excel or LibreOffice and save it again as .xlsx, which writes dates as"
              + " Excel's serial numbers, and send that",
          e);
    }
    String why = plainWords(firstLine(e));
    return new UnreadableFileException(
        "a file that is not a readable Excel workbook" + (why.isEmpty() ? "" : " (" + why + ")"),
        "an .xlsx or .xls workbook",
        "open the file in Excel, check it shows the figures, save it again as .xlsx and send that",
        e);
  }

  /**
   * A library's message without its Java: the class names ("org.apache.xmlbeans.XmlException: ")
   * and "error: " prefixes a person cannot act on are dropped, the words kept; what is left is
   * empty when nothing but Java was said.
   */
  static String plainWords(String message) {
    String plain =
        message
            .replaceAll("\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*\\b:?\\s*", "")
            .replaceAll("\\b[A-Z]\\w*(?:Exception|Error)\\b:?\\s*", "")
            .replaceAll("(?i)^\\s*error:\\s*", "")
            .strip();
    return plain.matches(".*\\p{L}.*") ? plain : "";
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private static String messages(Throwable e) {
    StringBuilder s = new StringBuilder();
    for (Throwable c = e; c != null; c = c.getCause()) {
      s.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage()).append('\n');
    }
    return s.toString();
  }

  private static String firstLine(Throwable e) {
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = what.indexOf('\n');
    return nl < 0 ? what : what.substring(0, nl);
  }
}
