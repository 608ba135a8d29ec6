package io.strikeimpact.reports.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A small JSON writer for the command line's {@code --format json}: maps keep their order, an
 * absent figure is {@code null} (never 0), and doubles are written as they are.
 */
public final class Json {
  private Json() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 0);
    return out.append('\n').toString();
  }

  private static void write(Object v, StringBuilder out, int indent) {
    switch (v) {
      case null -> out.append("null");
      case Optional<?> o -> write(o.orElse(null), out, indent);
      case OptionalLong o -> write(o.isPresent() ? o.getAsLong() : null, out, indent);
      case OptionalDouble o -> write(o.isPresent() ? o.getAsDouble() : null, out, indent);
      case String s -> string(s, out);
      case Boolean b -> out.append(b);
      case Double d when d.isNaN() || d.isInfinite() -> out.append("null");
      case Number n -> out.append(n);
      case Map<?, ?> m -> {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          out.append(first ? "\n" : ",\n").append("  ".repeat(indent + 1));
          string(String.valueOf(e.getKey()), out);
          out.append(": ");
          write(e.getValue(), out, indent + 1);
          first = false;
        }
        out.append(first ? "}" : "\n" + "  ".repeat(indent) + "}");
      }
      case List<?> l -> {
        out.append('[');
        for (int i = 0; i < l.size(); i++) {
          out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
          write(l.get(i), out, indent + 1);
        }
        out.append(l.isEmpty() ? "]" : "\n" + "  ".repeat(indent) + "]");
      }
      default -> string(v.toString(), out);
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
