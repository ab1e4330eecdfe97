package io.sparkconnect.sql;

import io.sparkconnect.client.JsonWriter;
import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.MapType;
import io.sparkconnect.sql.types.StructType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared behaviour of all {@link Row} implementations: equality, hashing, string and JSON
 * rendering. Row implementations delegate {@code equals}, {@code hashCode} and {@code toString}
 * here so that rows compare equal regardless of their implementation.
 *
 * <p>Stateless and thread-safe.
 */
public final class Rows {
  private Rows() {}

  /**
   * The value at {@code i}, failing if it is null (used by the primitive getters).
   *
   * @param row the row
   * @param i the position
   * @return the non-null value
   * @throws NullPointerException with message {@code "Value at index i is null"}
   */
  static Object nonNull(Row row, int i) {
    Object v = row.get(i);
    if (v == null) {
      throw new NullPointerException("Value at index " + i + " is null");
    }
    return v;
  }

  /**
   * Row equality: {@code other} is a {@link Row} of the same size whose values are pairwise equal
   * (see {@link #valueEquals(Object, Object)}). Schemas are ignored.
   *
   * @param row the row, not null
   * @param other any object
   * @return whether they are equal
   */
  public static boolean equals(Row row, Object other) {
    if (row == other) {
      return true;
    }
    if (!(other instanceof Row)) {
      return false;
    }
    Row o = (Row) other;
    int n = row.size();
    if (o.size() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!valueEquals(row.get(i), o.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A hash code consistent with {@link #equals(Row, Object)}.
   *
   * @param row the row
   * @return the hash code
   */
  public static int hashCode(Row row) {
    int h = 17;
    for (int i = 0; i < row.size(); i++) {
      h = 31 * h + valueHashCode(row.get(i));
    }
    return h;
  }

  /**
   * Value equality used for rows: {@code byte[]} by content, lists element-wise, maps entry-wise
   * (keys by {@code equals}), rows via {@link #equals(Row, Object)}, decimals numerically ({@code
   * 1.0} equals {@code 1.00}), everything else by {@code equals} (so {@code NaN} equals {@code
   * NaN}).
   *
   * @param a a value
   * @param b another value
   * @return whether they are equal
   */
  public static boolean valueEquals(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof byte[] && b instanceof byte[]) {
      return Arrays.equals((byte[]) a, (byte[]) b);
    }
    if (a instanceof Row && b instanceof Row) {
      return equals((Row) a, b);
    }
    if (a instanceof List && b instanceof List) {
      List<?> la = (List<?>) a;
      List<?> lb = (List<?>) b;
      if (la.size() != lb.size()) {
        return false;
      }
      Iterator<?> ia = la.iterator();
      Iterator<?> ib = lb.iterator();
      while (ia.hasNext()) {
        if (!valueEquals(ia.next(), ib.next())) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map && b instanceof Map) {
      Map<?, ?> ma = (Map<?, ?>) a;
      Map<?, ?> mb = (Map<?, ?>) b;
      if (ma.size() != mb.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : ma.entrySet()) {
        if (!mb.containsKey(e.getKey()) || !valueEquals(e.getValue(), mb.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof BigDecimal && b instanceof BigDecimal) {
      return ((BigDecimal) a).compareTo((BigDecimal) b) == 0;
    }
    return a.equals(b);
  }

  /**
   * A hash code consistent with {@link #valueEquals(Object, Object)}.
   *
   * @param v a value
   * @return the hash code
   */
  public static int valueHashCode(Object v) {
    if (v == null) {
      return 0;
    }
    if (v instanceof byte[]) {
      return Arrays.hashCode((byte[]) v);
    }
    if (v instanceof Row) {
      return hashCode((Row) v);
    }
    if (v instanceof List) {
      int h = 1;
      for (Object e : (List<?>) v) {
        h = 31 * h + valueHashCode(e);
      }
      return h;
    }
    if (v instanceof Map) {
      int h = 0;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        h += (e.getKey() == null ? 0 : e.getKey().hashCode()) ^ valueHashCode(e.getValue());
      }
      return h;
    }
    if (v instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) v;
      return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
    }
    return v.hashCode();
  }

  /**
   * The row as text: values rendered by {@link #valueToString(Object)}, comma separated, in
   * square brackets, e.g. {@code [1,abc,null]} or {@code [1,[2,3]]} for a nested struct.
   *
   * @param row the row
   * @return the text
   */
  public static String toString(Row row) {
    return mkString(row, "[", ",", "]");
  }

  /**
   * The values rendered by {@link #valueToString(Object)}, joined by {@code sep}, wrapped in
   * {@code start} and {@code end}.
   *
   * @param row the row
   * @param start prefix
   * @param sep separator
   * @param end suffix
   * @return the text
   */
  public static String mkString(Row row, String start, String sep, String end) {
    StringBuilder sb = new StringBuilder(start);
    for (int i = 0; i < row.size(); i++) {
      if (i > 0) {
        sb.append(sep);
      }
      appendValue(sb, row.get(i));
    }
    return sb.append(end).toString();
  }

  /**
   * Renders one value as text: {@code null} as {@code null}, nested rows like {@link
   * #toString(Row)}, lists as {@code [a, b]} and maps as {@code {k=v}} (the usual Java forms,
   * recursively), {@code byte[]} as hex bytes {@code [0A 1B]}, other values by {@code toString}.
   *
   * @param v the value
   * @return the text
   */
  public static String valueToString(Object v) {
    StringBuilder sb = new StringBuilder();
    appendValue(sb, v);
    return sb.toString();
  }

  private static void appendValue(StringBuilder sb, Object v) {
    if (v instanceof Row) {
      sb.append(toString((Row) v));
    } else if (v instanceof byte[]) {
      byte[] b = (byte[]) v;
      sb.append('[');
      for (int i = 0; i < b.length; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(String.format("%02X", b[i] & 0xff));
      }
      sb.append(']');
    } else if (v instanceof List) {
      sb.append('[');
      boolean first = true;
      for (Object e : (List<?>) v) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        appendValue(sb, e);
      }
      sb.append(']');
    } else if (v instanceof Map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        appendValue(sb, e.getKey());
        sb.append('=');
        appendValue(sb, e.getValue());
      }
      sb.append('}');
    } else {
      sb.append(v);
    }
  }

  /**
   * The row as a JSON object keyed by field name. Value formats: numbers and booleans as JSON
   * literals (non-finite floating point values as strings), decimals as plain numbers, strings as
   * strings, {@code byte[]} as base64, dates as {@code yyyy-MM-dd}, timestamps as ISO-8601
   * instants ({@code 2024-01-01T10:00:00Z}), timestamps without time zone and times as ISO-8601
   * local values ({@code 2024-01-01T10:00:00}), intervals and variants by {@code toString}, lists
   * as arrays, nested rows as objects, maps with only string keys as objects and other maps as
   * arrays of {@code {"key":...,"value":...}} objects.
   *
   * @param row the row
   * @param pretty whether to indent
   * @return JSON text
   * @throws IllegalStateException if the row or a nested row has no schema
   */
  public static String json(Row row, boolean pretty) {
    Object tree = rowJson(row, null);
    return pretty ? JsonWriter.pretty(tree) : JsonWriter.compact(tree);
  }

  /** The JSON tree of a row (maps, lists, strings, numbers, booleans, nulls), as {@link #json} renders it. */
  static Map<String, Object> jsonTree(Row row) {
    return rowJson(row, null);
  }

  private static Map<String, Object> rowJson(Row row, DataType declared) {
    StructType schema = row.schema();
    if (schema == null && declared instanceof StructType) {
      schema = (StructType) declared;
    }
    if (schema == null) {
      throw new IllegalStateException("JSON rendering needs a schema, but the row has none");
    }
    if (schema.length() != row.size()) {
      throw new IllegalStateException("Row has " + row.size() + " values but its schema has "
          + schema.length() + " fields");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < row.size(); i++) {
      out.put(schema.apply(i).name(), jsonValue(row.get(i), schema.apply(i).dataType()));
    }
    return out;
  }

  private static Object jsonValue(Object v, DataType type) {
    if (v == null || v instanceof Boolean || v instanceof String) {
      return v;
    }
    if (v instanceof Float) {
      float f = (Float) v;
      return Float.isNaN(f) || Float.isInfinite(f) ? Float.toString(f) : v;
    }
    if (v instanceof Double) {
      double d = (Double) v;
      return Double.isNaN(d) || Double.isInfinite(d) ? Double.toString(d) : v;
    }
    if (v instanceof Number) {
      return v;
    }
    if (v instanceof byte[]) {
      return Base64.getEncoder().encodeToString((byte[]) v);
    }
    if (v instanceof LocalDate) {
      return v.toString();
    }
    if (v instanceof LocalDateTime) {
      return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) v);
    }
    if (v instanceof LocalTime) {
      return DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) v);
    }
    if (v instanceof Row) {
      return rowJson((Row) v, type);
    }
    if (v instanceof List) {
      DataType element = type instanceof ArrayType ? ((ArrayType) type).elementType() : null;
      List<Object> out = new ArrayList<>();
      for (Object e : (List<?>) v) {
        out.add(jsonValue(e, element));
      }
      return out;
    }
    if (v instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) v;
      DataType keyType = type instanceof MapType ? ((MapType) type).keyType() : null;
      DataType valueType = type instanceof MapType ? ((MapType) type).valueType() : null;
      boolean stringKeys = m.keySet().stream().allMatch(k -> k instanceof String);
      if (stringKeys) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
          out.put((String) e.getKey(), jsonValue(e.getValue(), valueType));
        }
        return out;
      }
      List<Object> out = new ArrayList<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("key", jsonValue(e.getKey(), keyType));
        entry.put("value", jsonValue(e.getValue(), valueType));
        out.add(entry);
      }
      return out;
    }
    // Instant, Duration, Period, CalendarInterval, VariantVal and anything else.
    return v.toString();
  }
}
