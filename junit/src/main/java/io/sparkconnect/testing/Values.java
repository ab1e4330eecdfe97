package io.sparkconnect.testing;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.StructType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values as the assertions compare them: rows and records become {@link Struct}s, arrays become
 * lists, and numbers compare by value (an {@code int} 42 equals a {@code bigint} 42), floating
 * point and decimals within the options' tolerance.
 */
final class Values {
  private Values() {}

  /** A row's or record's values, with field names when known (for messages only). */
  record Struct(List<String> names, List<Object> values) {}

  /** A row of the expected list: a {@link Row} or a record. */
  static Struct expectedRow(Object element, int index) {
    if (element instanceof Row || element instanceof Record) {
      return (Struct) normalize(element);
    }
    throw new IllegalArgumentException(
        "Expected rows must be Rows or records, but element " + index + " is "
            + (element == null ? "null" : "a " + element.getClass().getName()));
  }

  static Object normalize(Object v) {
    if (v instanceof Row row) {
      StructType schema = row.schema();
      List<String> names = schema == null || schema.length() != row.size() ? null : Arrays.asList(schema.fieldNames());
      List<Object> values = new ArrayList<>(row.size());
      for (int i = 0; i < row.size(); i++) {
        values.add(normalize(row.get(i)));
      }
      return new Struct(names, values);
    }
    if (v instanceof Record r) {
      RecordComponent[] components = r.getClass().getRecordComponents();
      List<String> names = new ArrayList<>(components.length);
      List<Object> values = new ArrayList<>(components.length);
      for (RecordComponent c : components) {
        names.add(c.getName());
        try {
          var accessor = c.getAccessor();
          accessor.setAccessible(true);
          values.add(normalize(accessor.invoke(r)));
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new IllegalArgumentException(
              "Cannot read component " + c.getName() + " of " + r.getClass().getName() + ": " + e, e);
        }
      }
      return new Struct(names, values);
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(e -> out.add(normalize(e)));
      return out;
    }
    if (v instanceof Object[] array) {
      return normalize(Arrays.asList(array));
    }
    if (v instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, val) -> out.put(normalize(k), normalize(val)));
      return out;
    }
    return v;
  }

  /** Whether two normalized values are equal under the options. */
  static boolean equal(Object expected, Object actual, ComparisonOptions o) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected instanceof Struct e && actual instanceof Struct a) {
      return listsEqual(e.values(), a.values(), o);
    }
    if (expected instanceof List<?> e && actual instanceof List<?> a) {
      return listsEqual(e, a, o);
    }
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      if (e.size() != a.size()) {
        return false;
      }
      for (Map.Entry<?, ?> entry : e.entrySet()) {
        Object key = findKey(a, entry.getKey(), o);
        if (key == NO_KEY || !equal(entry.getValue(), a.get(key), o)) {
          return false;
        }
      }
      return true;
    }
    if (expected instanceof byte[] e && actual instanceof byte[] a) {
      return Arrays.equals(e, a);
    }
    if (expected instanceof Number e && actual instanceof Number a) {
      return numbersEqual(e, a, o);
    }
    return expected.equals(actual);
  }

  private static final Object NO_KEY = new Object();

  private static Object findKey(Map<?, ?> map, Object key, ComparisonOptions o) {
    if (map.containsKey(key)) {
      return key;
    }
    for (Object k : map.keySet()) {
      if (equal(key, k, o)) {
        return k;
      }
    }
    return NO_KEY;
  }

  private static boolean listsEqual(List<?> e, List<?> a, ComparisonOptions o) {
    if (e.size() != a.size()) {
      return false;
    }
    for (int i = 0; i < e.size(); i++) {
      if (!equal(e.get(i), a.get(i), o)) {
        return false;
      }
    }
    return true;
  }

  private static boolean numbersEqual(Number e, Number a, ComparisonOptions o) {
    if (integral(e) && integral(a)) {
      return toBigDecimal(e).compareTo(toBigDecimal(a)) == 0;
    }
    if (special(e) || special(a)) {
      // NaN equals NaN, as in Spark's own comparisons; infinities only themselves.
      return Double.compare(e.doubleValue(), a.doubleValue()) == 0;
    }
    BigDecimal x = toBigDecimal(e);
    BigDecimal y = toBigDecimal(a);
    BigDecimal limit = BigDecimal.valueOf(o.atol()).add(BigDecimal.valueOf(o.rtol()).multiply(y.abs()));
    return x.subtract(y).abs().compareTo(limit) <= 0;
  }

  private static boolean integral(Number n) {
    return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
        || n instanceof BigInteger;
  }

  private static boolean special(Number n) {
    return (n instanceof Double || n instanceof Float)
        && (Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue()));
  }

  private static BigDecimal toBigDecimal(Number n) {
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (n instanceof Double || n instanceof Float) {
      // Float's own decimal form: 0.1f stays 0.1, not 0.100000001490116...
      return new BigDecimal(n.toString());
    }
    return BigDecimal.valueOf(n.longValue());
  }

  /**
   * A key equal for values that {@link #equal} finds equal without needing the tolerance: numbers
   * by exact value whatever their Java type, so {@code 42}, {@code 42L} and {@code 42.0} share a
   * key.
   */
  static String key(Object v) {
    StringBuilder sb = new StringBuilder();
    key(v, sb);
    return sb.toString();
  }

  private static void key(Object v, StringBuilder sb) {
    if (v instanceof Struct s) {
      sb.append('(');
      s.values().forEach(x -> {
        key(x, sb);
        sb.append(',');
      });
      sb.append(')');
    } else if (v instanceof List<?> list) {
      sb.append('[');
      list.forEach(x -> {
        key(x, sb);
        sb.append(',');
      });
      sb.append(']');
    } else if (v instanceof Map<?, ?> map) {
      // Maps compare regardless of entry order: sort the entries' keys.
      List<String> entries = new ArrayList<>();
      map.forEach((k, x) -> entries.add(key(k) + "->" + key(x)));
      java.util.Collections.sort(entries);
      sb.append('{').append(String.join(",", entries)).append('}');
    } else if (v instanceof Number n && !special(n)) {
      sb.append('#').append(numberKey(n));
    } else if (v instanceof byte[] b) {
      sb.append("0x").append(java.util.HexFormat.of().formatHex(b));
    } else if (v instanceof String str) {
      sb.append('\'').append(str.replace("\\", "\\\\").replace("'", "\\'")).append('\'');
    } else {
      sb.append(v == null ? "null" : v.getClass().getSimpleName() + ":" + v);
    }
  }

  /**
   * An order over normalized values in which values within the tolerance of each other sort next
   * to each other: numbers by value, structs and lists element by element.
   */
  static int compare(Object x, Object y) {
    if (x == null || y == null) {
      return x == y ? 0 : x == null ? -1 : 1;
    }
    if (x instanceof Struct a && y instanceof Struct b) {
      return compareLists(a.values(), b.values());
    }
    if (x instanceof List<?> a && y instanceof List<?> b) {
      return compareLists(a, b);
    }
    if (x instanceof Number a && y instanceof Number b) {
      boolean big = a instanceof BigDecimal || a instanceof BigInteger || b instanceof BigDecimal || b instanceof BigInteger;
      if (special(a) || special(b) || !big) {
        return integral(a) && integral(b)
            ? Long.compare(a.longValue(), b.longValue())
            : Double.compare(a.doubleValue(), b.doubleValue());
      }
      return toBigDecimal(a).compareTo(toBigDecimal(b));
    }
    if (x instanceof String a && y instanceof String b) {
      return a.compareTo(b);
    }
    if (x.getClass() != y.getClass()) {
      return x.getClass().getName().compareTo(y.getClass().getName());
    }
    return key(x).compareTo(key(y));
  }

  private static int compareLists(List<?> a, List<?> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static String numberKey(Number n) {
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return Long.toString(n.longValue());
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      // Float's own decimal form, so 0.1f and 0.1 share a key.
      return n.toString();
    }
    return toBigDecimal(n).stripTrailingZeros().toPlainString();
  }

  /** A readable form: {@code Row(id=1, name='a')}, strings quoted so whitespace shows. */
  static String render(Object v, List<String> topLevelNames) {
    StringBuilder sb = new StringBuilder();
    render(v, topLevelNames, sb);
    return sb.toString();
  }

  private static void render(Object v, List<String> names, StringBuilder sb) {
    if (v instanceof Struct s) {
      List<String> n = s.names() != null ? s.names() : names;
      sb.append("Row(");
      for (int i = 0; i < s.values().size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        if (n != null && n.size() == s.values().size()) {
          sb.append(n.get(i)).append('=');
        }
        render(s.values().get(i), null, sb);
      }
      sb.append(')');
    } else if (v instanceof String s) {
      sb.append('\'').append(s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")).append('\'');
    } else if (v instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        render(list.get(i), null, sb);
      }
      sb.append(']');
    } else if (v instanceof Map<?, ?> map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        render(e.getKey(), null, sb);
        sb.append(" -> ");
        render(e.getValue(), null, sb);
      }
      sb.append('}');
    } else if (v instanceof byte[] bytes) {
      sb.append("0x").append(java.util.HexFormat.of().formatHex(bytes));
    } else {
      sb.append(v);
    }
  }
}
