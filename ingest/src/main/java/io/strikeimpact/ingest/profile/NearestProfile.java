package io.strikeimpact.ingest.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * For a return no profile names, the profile it was most likely meant for and the {@code files}
 * line that would name it. A hospital that sends this month's return as .xls instead of .xlsx, or
 * renames it, otherwise gets "write a profile", though the profile it needs is there.
 */
public final class NearestProfile {
  private static final List<String> FORMATS = List.of("xlsx", "xls", "csv");

  private NearestProfile() {}

  /**
   * "profiles/jpuh.properties reads returns/RGP/*.xlsx, and this file is .xls: name it too, with
   * files = returns/RGP/*.xlsx|returns/RGP/*.xls (xlsx, xls and csv are read alike)", or empty when
   * no profile reads this format or this folder.
   */
  public static Optional<String> suggest(String name, List<Profile> profiles) {
    Optional<String> format = otherFormat(name, profiles);
    return format.isPresent() ? format : sameFolder(name, profiles);
  }

  /** A profile that would read the file were it in another of the formats read. */
  private static Optional<String> otherFormat(String name, List<Profile> profiles) {
    int dot = name.lastIndexOf('.');
    if (dot < 0 || name.lastIndexOf('/') > dot) {
      return Optional.empty();
    }
    String stem = name.substring(0, dot);
    String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (Profile profile : profiles) {
      for (Glob glob : profile.files()) {
        for (String other : FORMATS) {
          if (!other.equals(extension) && glob.matches(stem + "." + other)) {
            String widened = withOtherExtension(glob.pattern(), other, extension);
            return Optional.of(
                profile.source()
                    + " reads "
                    + glob.pattern()
                    + ", and this file is ."
                    + extension
                    + ": name it too, with "
                    + filesLine(profile, widened)
                    + " (xlsx, xls and csv are read alike)");
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A profile that reads other files of the file's folder: its site's, most likely. */
  private static Optional<String> sameFolder(String name, List<Profile> profiles) {
    int slash = name.lastIndexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String folder = name.substring(0, slash + 1).toLowerCase(Locale.ROOT);
    for (Profile profile : profiles) {
      for (Glob glob : profile.files()) {
        if (literalFolder(glob.pattern()).equals(folder)) {
          return Optional.of(
              profile.source()
                  + " reads "
                  + glob.pattern()
                  + " in the same folder but not this file's name: if the file is in that"
                  + " profile's layout, name it too, with "
                  + filesLine(profile, name)
                  + "; if not, write a profile for its layout");
        }
      }
    }
    return Optional.empty();
  }

  /** "returns/RGP/" of "returns/RGP/jpuh-*.xlsx": the folder before any wildcard, in lower case. */
  private static String literalFolder(String pattern) {
    int wild = pattern.length();
    for (char c : new char[] {'*', '?', '{'}) {
      int at = pattern.indexOf(c);
      if (at >= 0) {
        wild = Math.min(wild, at);
      }
    }
    int slash = pattern.lastIndexOf('/', wild - 1);
    return slash < 0 ? "" : pattern.substring(0, slash + 1).toLowerCase(Locale.ROOT);
  }

  private static String withOtherExtension(String pattern, String matched, String wanted) {
    String lower = pattern.toLowerCase(Locale.ROOT);
    return lower.endsWith("." + matched)
        ? pattern.substring(0, pattern.length() - matched.length()) + wanted
        : pattern;
  }

  /** "files = returns/RGP/*.xlsx|returns/RGP/*.xls": the profile's own globs and one more. */
  private static String filesLine(Profile profile, String added) {
    List<String> globs = new ArrayList<>();
    profile.files().forEach(g -> globs.add(g.pattern()));
    globs.add(added);
    return "files = " + String.join("|", globs);
  }
}
