package io.strikeimpact.ingest.profile;

import java.util.regex.Pattern;

/**
 * A file pattern relative to the data folder, '/' separated: {@code *} matches within one folder
 * name, {@code **} across folders, {@code ?} one character, {@code {a,b}} either. Case is ignored.
 */
public record Glob(String pattern, Pattern regex) {

  public static Glob of(String pattern) {
    String p = pattern.strip();
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < p.length() && p.charAt(i + 1) == '*') {
            re.append(".*");
            i++;
            if (i + 1 < p.length() && p.charAt(i + 1) == '/') {
              re.append("/?");
              i++;
            }
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '{' -> {
          re.append("(?:");
          braces++;
        }
        case '}' -> {
          re.append(braces > 0 ? ")" : "\\}");
          braces = Math.max(0, braces - 1);
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new Glob(p, Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE));
  }

  public boolean matches(String name) {
    return regex.matcher(name).matches();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
