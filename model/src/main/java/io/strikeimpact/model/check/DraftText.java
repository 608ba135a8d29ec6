package io.strikeimpact.model.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft as the checker reads it: decoded from the bytes a word processor or mail client saved,
 * its typography made plain, and its lines joined where a sentence runs on over a line break.
 *
 * <p>What a press office pastes carries curly quotes ("King’s Lynn"), non-breaking spaces inside
 * figures ("4 726" with U+00A0 or U+202F), non-breaking hyphens ("three‑day"), soft hyphens and
 * zero-width spaces; a file saved as "ANSI" by Word or Notepad is Windows-1252, not UTF-8. None of
 * these may change what a figure is, and none may be skipped without a word: a line whose bytes
 * could not be read as UTF-8 is read as Windows-1252 and said to be.
 *
 * @param text the text, one physical line of the file a line
 * @param problems what could not be read as it stood, each naming its line: printed before the
 *     figures so that no line is ignored silently
 */
public record DraftText(String text, List<String> problems) {
  public DraftText {
    problems = List.copyOf(problems);
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The draft in {@code bytes}: UTF-8 (with or without a byte order mark), UTF-16 with a byte order
   * mark, or line by line Windows-1252 where a line is not UTF-8.
   */
  public static DraftText decode(byte[] bytes) {
    List<String> problems = new ArrayList<>();
    String kind = notText(bytes);
    if (kind != null) {
      problems.add(
          "the draft is "
              + kind
              + ", not text: none of its figures were read. Save it as plain text (UTF-8) and"
              + " check that");
      return new DraftText("", problems);
    }
    if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
      problems.add("the draft has no text: there is nothing to check");
      return new DraftText("", problems);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new DraftText(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), problems);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new DraftText(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), problems);
    }
    int from =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    StringBuilder text = new StringBuilder();
    int line = 1;
    int start = from;
    for (int i = from; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        text.append(line(bytes, start, i, line, problems));
        if (i < bytes.length) {
          text.append('\n');
        }
        start = i + 1;
        line++;
      }
    }
    if (problems.size() > MOST_LINES) {
      int more = problems.size() - MOST_LINES;
      problems.subList(MOST_LINES, problems.size()).clear();
      problems.add(
          "and "
              + more
              + " more line"
              + (more == 1 ? "" : "s")
              + " like these: save the draft as plain text, UTF-8");
    }
    return new DraftText(text.toString(), problems);
  }

  /** The lines reported one by one; a draft with more says how many more. */
  private static final int MOST_LINES = 10;

  /**
   * What a file is when it is a document of a word processor or reader, by its first bytes: a press
   * office may give the .docx or the PDF for the text. Null for anything else.
   */
  private static String notText(byte[] b) {
    if (starts(b, 'P', 'K', 3, 4)) {
      return "a Word document, spreadsheet or other zip file (.docx, .xlsx, .odt)";
    }
    if (starts(b, '%', 'P', 'D', 'F')) {
      return "a PDF";
    }
    if (starts(b, 0xd0, 0xcf, 0x11, 0xe0)) {
      return "an older Word or Excel file (.doc, .xls)";
    }
    if (starts(b, '{', '\\', 'r', 't', 'f')) {
      return "a rich text file (.rtf)";
    }
    return null;
  }

  private static boolean starts(byte[] b, int... head) {
    if (b.length < head.length) {
      return false;
    }
    for (int i = 0; i < head.length; i++) {
      if ((b[i] & 0xff) != head[i]) {
        return false;
      }
    }
    return true;
  }

  private static String line(byte[] bytes, int from, int to, int line, List<String> problems) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == 0) {
        problems.add(
            "line "
                + line
                + ": not text (a zero byte at byte "
                + (i - from + 1)
                + " of the line: UTF-16 without its byte order mark, or a word processor's own"
                + " file); its figures were not read. Save the draft as plain text, UTF-8");
        return "";
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      String read = new String(bytes, from, to - from, WINDOWS_1252);
      problems.add(
          "line "
              + line
              + ": not UTF-8; read as Windows-1252 (what Word and Notepad save as \"ANSI\"), as"
              + " \""
              + shorten(read.strip())
              + "\". Check its figures, or save the draft as UTF-8");
      return read;
    }
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  private static final Pattern SPACE_IN_FIGURE =
      Pattern.compile("(?<=(?<![\\d.,])\\d{1,3})[\u00a0\u202f\u2009\u2007](?=\\d{3}(?!\\d))");

  /**
   * One line of the draft with its typography made plain: curly quotes straight, non-breaking and
   * thin spaces between a figure's thousands as its comma ("4 726" is 4,726) and elsewhere spaces,
   * non-breaking hyphens and minus signs as hyphens, soft hyphens and zero-width characters gone,
   * tabs as spaces.
   *
   * @param origin for each character of {@code text}, and one past its end, where it was in the
   *     line as written: a figure is quoted as the draft writes it
   */
  record Plain(String text, int[] origin) {}

  static Plain plain(String line) {
    // A figure's groups first, character for character: "4 726", even "1 234 567".
    String t = line;
    String before;
    do {
      before = t;
      t = SPACE_IN_FIGURE.matcher(t).replaceAll(",");
    } while (!t.equals(before));
    StringBuilder out = new StringBuilder(t.length());
    int[] origin = new int[t.length() + 1];
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      int at = out.length();
      switch (c) {
        case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '`' -> out.append('\'');
        case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' ->
            out.append('"');
        case '\u00a0',
            '\u202f',
            '\u2009',
            '\u2007',
            '\u2002',
            '\u2003',
            '\u2004',
            '\u2005',
            '\u2006',
            '\u2008',
            '\u200a',
            '\u205f',
            '\u3000',
            '\t',
            '\u000b',
            '\u000c',
            '\u2028',
            '\u2029',
            '\u0085' ->
            out.append(' ');
        case '\u2010', '\u2011', '\u2212', '\ufe63', '\uff0d' -> out.append('-');
        case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff' -> {}
        default -> out.append(c);
      }
      if (out.length() > at) {
        origin[at] = i;
      }
    }
    origin[out.length()] = t.length();
    return new Plain(out.toString(), java.util.Arrays.copyOf(origin, out.length() + 1));
  }

  /**
   * A run of the draft's lines read as one: a sentence broken over lines ("4,726 appointments were"
   * / "rescheduled in March") is one sentence, and a figure on its second line keeps that line's
   * number and is quoted as written.
   *
   * @param text the lines made plain and joined by single spaces
   * @param line for each character of {@code text}, and one past its end, the index of its line
   * @param column for each character, and one past the end, where it is in its line as written
   */
  record Paragraph(String text, int[] line, int[] column) {
    /** The number of the draft's line that {@code offset} of the text is on, from 1. */
    int lineAt(int offset) {
      return line[Math.min(offset, text.length())] + 1;
    }

    /** The draft's own words for {@code from} to {@code to} of the text. */
    String written(List<String> lines, int from, int to) {
      int a = line[from];
      int b = line[to];
      if (a == b) {
        return lines.get(a).substring(column[from], column[to]);
      }
      StringBuilder s = new StringBuilder(lines.get(a).substring(column[from]).stripTrailing());
      for (int l = a + 1; l < b; l++) {
        s.append(' ').append(lines.get(l).strip());
      }
      return s.append(' ').append(lines.get(b).substring(0, column[to]).stripLeading()).toString();
    }
  }

  /** A line that ends where a sentence cannot: a comma, a dash, or a word that needs another. */
  private static final Pattern RUNS_ON =
      Pattern.compile(
          "(?:[,(\u2013\u2014-]|\\b(?:the|a|an|of|in|at|to|and|or|but|by|for|from|with|on|during"
              + "|over|than|as|were|was|are|is|have|has|had|been|be|some|nearly|almost|around"
              + "|about|more|under|between|its|their|which|that|who))\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** A line that starts where no sentence starts: lower case, or a closing mark. */
  private static final Pattern GOES_ON = Pattern.compile("^\\s*[a-z,;)%\u2013\u2014]");

  /** A line that ends a sentence: its stop, with any closing quote or bracket after it. */
  private static final Pattern ENDS = Pattern.compile("[.!?:][\"')\\]]*\\s*$");

  /** A line that starts an item of a list: "- ", "* ", "• ", "1. ". */
  private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*\u2022\u25aa]\\s|\\d+[.)]\\s)");

  /**
   * The physical lines of a text: CR LF, LF or CR each end one, as an editor numbers them. A form
   * feed, a line or paragraph separator (U+2028, U+2029) or NEL ends none: each is read as a space.
   */
  static List<String> lines(String text) {
    return List.of(text.split("\\r\\n|\\n|\\r", -1));
  }

  /**
   * The draft's lines as paragraphs to read: each line alone, but for a line whose sentence runs on
   * to the next, which is read with it.
   */
  static List<Paragraph> paragraphs(List<String> lines) {
    List<Plain> plain = lines.stream().map(DraftText::plain).toList();
    List<Paragraph> out = new ArrayList<>();
    int i = 0;
    while (i < plain.size()) {
      StringBuilder text = new StringBuilder();
      List<int[]> at = new ArrayList<>(); // {line, column} for each character
      append(text, at, plain.get(i), i, false);
      while (i + 1 < plain.size() && runsOn(plain.get(i).text(), plain.get(i + 1).text())) {
        i++;
        // The space that joins them stands at the end of the line before.
        at.add(new int[] {at.isEmpty() ? i : at.getLast()[0], endColumn(lines, at)});
        text.append(' ');
        append(text, at, plain.get(i), i, true);
      }
      int last = at.isEmpty() ? i : at.getLast()[0];
      int[] line = new int[text.length() + 1];
      int[] column = new int[text.length() + 1];
      for (int k = 0; k < at.size(); k++) {
        line[k] = at.get(k)[0];
        column[k] = at.get(k)[1];
      }
      line[text.length()] = last;
      column[text.length()] = at.isEmpty() ? 0 : endColumn(lines, at);
      out.add(new Paragraph(text.toString(), line, column));
      i++;
    }
    return out;
  }

  /** One past the last character written so far, in its line as written. */
  private static int endColumn(List<String> lines, List<int[]> at) {
    int[] lastChar = at.getLast();
    return Math.min(lastChar[1] + 1, lines.get(lastChar[0]).length());
  }

  private static void append(
      StringBuilder text, List<int[]> at, Plain p, int line, boolean stripLeading) {
    int from = 0;
    if (stripLeading) {
      while (from < p.text().length() && p.text().charAt(from) == ' ') {
        from++;
      }
    }
    for (int k = from; k < p.text().length(); k++) {
      text.append(p.text().charAt(k));
      at.add(new int[] {line, p.origin()[k]});
    }
  }

  private static boolean runsOn(String line, String next) {
    if (line.isBlank()
        || next.isBlank()
        || ENDS.matcher(line).find()
        || ITEM.matcher(next).find()) {
      return false;
    }
    Matcher goes = GOES_ON.matcher(next);
    return goes.find() || RUNS_ON.matcher(line).find();
  }
}
