package io.sparkconnect.client;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Minimal JSON writer used internally. Not part of the public API.
 *
 * <p>Accepts {@link Map} (string keys, iteration order kept), {@link List}, {@link CharSequence},
 * {@link Number}, {@link Boolean} and {@code null}. Compact output has no whitespace; pretty
 * output indents objects by two spaces, uses {@code " : "} between key and value and keeps array
 * elements on one line ({@code [ 1, 2 ]}, empty containers as {@code { }} and {@code [ ]}).
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonWriter {
  private JsonWriter() {}

  /**
   * Renders a value as compact JSON.
   *
   * @param value the value tree
   * @return JSON text without insignificant whitespace
   */
  public static String compact(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, false, 0);
    return sb.toString();
  }

  /**
   * Renders a value as indented JSON.
   *
   * @param value the value tree
   * @return indented JSON text (no trailing newline)
   */
  public static String pretty(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, true, 0);
    return sb.toString();
  }

  /**
   * Appends a JSON string literal (with quotes) for {@code s} to {@code sb}.
   *
   * @param sb destination
   * @param s the string to quote
   */
  public static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        case '\b': sb.append("\\b"); break;
        case '\f': sb.append("\\f"); break;
        default:
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  private static void newline(StringBuilder sb, int level) {
    sb.append('\n');
    for (int i = 0; i < level; i++) {
      sb.append("  ");
    }
  }

  private static void write(StringBuilder sb, Object v, boolean pretty, int level) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof CharSequence) {
      quote(sb, v.toString());
    } else if (v instanceof Boolean) {
      sb.append(v.toString());
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        quote(sb, Double.toString(d));
      } else {
        sb.append(v instanceof Float ? Float.toString((Float) v) : Double.toString(d));
      }
    } else if (v instanceof java.math.BigDecimal) {
      sb.append(((java.math.BigDecimal) v).toPlainString());
    } else if (v instanceof Number) {
      sb.append(v.toString());
    } else if (v instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) v;
      if (m.isEmpty()) {
        sb.append(pretty ? "{ }" : "{}");
        return;
      }
      sb.append('{');
      Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        if (pretty) {
          newline(sb, level + 1);
        }
        quote(sb, String.valueOf(e.getKey()));
        sb.append(pretty ? " : " : ":");
        write(sb, e.getValue(), pretty, level + 1);
        if (it.hasNext()) {
          sb.append(',');
        }
      }
      if (pretty) {
        newline(sb, level);
      }
      sb.append('}');
    } else if (v instanceof List) {
      List<?> l = (List<?>) v;
      if (l.isEmpty()) {
        sb.append(pretty ? "[ ]" : "[]");
        return;
      }
      sb.append(pretty ? "[ " : "[");
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(pretty ? ", " : ",");
        }
        write(sb, l.get(i), pretty, level);
      }
      sb.append(pretty ? " ]" : "]");
    } else {
      quote(sb, v.toString());
    }
  }
}
