package io.strikeimpact.ingest.table.stream;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Resolves an OPC relationship's target to a zip entry name, as the Open Packaging Conventions say:
 * relative to the folder of the part that holds the relationship ({@code worksheets/sheet1.xml},
 * {@code ./worksheets/sheet1.xml}, {@code ../xl/worksheets/sheet1.xml}), or from the package root
 * when it starts with '/'. Writers differ here (Excel writes the first, some .NET and Java writers
 * the others), and all of them mean the same part.
 */
final class PartNames {
  private PartNames() {}

  /**
   * @param folder the source part's folder without leading or trailing '/', e.g. {@code xl}
   * @param target the relationship's target as written
   */
  static String resolve(String folder, String target) {
    String path = target.replace('\\', '/');
    int cut = path.indexOf('#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    Deque<String> parts = new ArrayDeque<>();
    if (!path.startsWith("/") && !folder.isEmpty()) {
      for (String p : folder.split("/")) {
        parts.addLast(p);
      }
    }
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }

  /** The folder of a part name: {@code xl} for {@code xl/workbook.xml}. */
  static String folder(String part) {
    int slash = part.lastIndexOf('/');
    return slash < 0 ? "" : part.substring(0, slash);
  }

  /** Where a part's relationships are: {@code xl/_rels/workbook.xml.rels}. */
  static String relationships(String part) {
    String folder = folder(part);
    String name = part.substring(part.lastIndexOf('/') + 1);
    return (folder.isEmpty() ? "" : folder + "/") + "_rels/" + name + ".rels";
  }
}
