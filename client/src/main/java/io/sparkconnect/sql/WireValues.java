package io.sparkconnect.sql;

import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.BinaryType;
import io.sparkconnect.sql.types.BooleanType;
import io.sparkconnect.sql.types.ByteType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DateType;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.DoubleType;
import io.sparkconnect.sql.types.FloatType;
import io.sparkconnect.sql.types.IntegerType;
import io.sparkconnect.sql.types.LongType;
import io.sparkconnect.sql.types.MapType;
import io.sparkconnect.sql.types.ShortType;
import io.sparkconnect.sql.types.StringType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.types.TimestampType;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values exchanged, inside the server's JVM, between the Spark-bound support code and the
 * client's classes that run user code there. Only JDK types cross that line, so neither side has to
 * know the other's classes:
 *
 * <ul>
 *   <li>null, {@code Boolean}, {@code Byte}, {@code Short}, {@code Integer}, {@code Long}, {@code
 *       Float}, {@code Double}, {@code String}, {@code byte[]}, {@code BigDecimal}, {@code
 *       LocalDate}, {@code Instant}, {@code LocalDateTime}, {@code Duration}, {@code Period};
 *   <li>an array is a {@code java.util.List}, a map a {@code java.util.Map};
 *   <li>a struct is an {@code Object[]} of length n + 1: element 0 is the struct type's JSON (or
 *       null when the receiver knows the type), elements 1..n the field values in order.
 * </ul>
 *
 * <p>A typed function's direct inputs and outputs ({@link DirectRecords}) skip these values.

 *
 * Thread-safe (stateless but for a cache of parsed schemas).
 */
final class WireValues {
  private static final Map<String, StructType> SCHEMAS = new ConcurrentHashMap<>();

  private WireValues() {}

  /** The user-facing Java value of a wire value: structs become {@link Row}s with their schema. */
  private static StructType schema(String json) {
    return SCHEMAS.computeIfAbsent(json, j -> (StructType) DataType.fromJson(j));
  }

  static Object toJava(Object w) {
    return toJava(w, null);
  }

  /** {@link #toJava(Object)}, remembering the top-level struct's type in {@code memo} (may be null). */
  static Object toJava(Object w, WireMemo memo) {
    if (w == null || isPlain(w)) {
      return w;
    }
    if (w instanceof Object[]) {
      Object[] s = (Object[]) w;
      StructType schema = s[0] == null ? null : memo != null ? memo.schema((String) s[0], WireValues::schema) : schema((String) s[0]);
      Object[] values = new Object[s.length - 1];
      for (int i = 0; i < values.length; i++) {
        Object x = s[i + 1];
        values[i] = x == null || isPlain(x) ? x : toJava(x);
      }
      return GenericRow.owning(values, schema);
    }
    if (w instanceof List) {
      List<?> l = (List<?>) w;
      List<Object> out = new ArrayList<>(l.size());
      for (Object x : l) {
        out.add(toJava(x));
      }
      return out;
    }
    if (w instanceof Map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) w).entrySet()) {
        out.put(toJava(e.getKey()), toJava(e.getValue()));
      }
      return out;
    }
    return w;
  }

  /**
   * Whether {@code v} is of one of the most common classes that are the same as wire and as Java
   * values. A per-row fast path: identity checks are cheaper than the type tests of the
   * conversions.
   */
  static boolean isPlain(Object v) {
    Class<?> c = v.getClass();
    return c == Long.class || c == Integer.class || c == String.class || c == Double.class || c == Boolean.class;
  }

  /**
   * The class a Java value of atomic type {@code t} has when it needs no conversion to be its wire
   * value, or null for other types.
   */
  static Class<?> plainClass(DataType t) {
    if (t instanceof LongType) {
      return Long.class;
    } else if (t instanceof IntegerType) {
      return Integer.class;
    } else if (t instanceof StringType) {
      return String.class;
    } else if (t instanceof DoubleType) {
      return Double.class;
    } else if (t instanceof BooleanType) {
      return Boolean.class;
    } else if (t instanceof FloatType) {
      return Float.class;
    } else if (t instanceof ShortType) {
      return Short.class;
    } else if (t instanceof ByteType) {
      return Byte.class;
    } else if (t instanceof DateType) {
      return java.time.LocalDate.class;
    } else if (t instanceof TimestampType) {
      return java.time.Instant.class;
    }
    return null;
  }

  /**
   * The wire value of a user's Java value of Spark type {@code t}: rows, records, beans and
   * {@code Object[]} become structs; collections and arrays lists; numbers are converted to the
   * type's class; {@code java.sql} dates and timestamps to {@code LocalDate} and {@code Instant}.
   *
   * @throws IllegalArgumentException naming {@code path} if the value does not fit the type
   */
  static Object toWire(Object v, DataType t, String path) {
    return toWire(v, t, path, null);
  }

  /**
   * {@link #toWire(Object, DataType, String)}, remembering in {@code memo} (may be null) how the
   * top-level record or bean class is read.
   */
  static Object toWire(Object v, DataType t, String path, WireMemo memo) {
    if (v instanceof Optional) {
      v = ((Optional<?>) v).orElse(null);
    }
    if (v == null) {
      return null;
    }
    Class<?> c = v.getClass();
    if ((c == Long.class && t instanceof LongType) || (c == String.class && t instanceof StringType)
        || (c == Integer.class && t instanceof IntegerType) || (c == Double.class && t instanceof DoubleType)) {
      return v;
    }
    if (t instanceof StructType) {
      return struct(v, (StructType) t, path, memo);
    }
    if (t instanceof ArrayType) {
      DataType e = ((ArrayType) t).elementType();
      List<Object> out = new ArrayList<>();
      if (v instanceof Collection) {
        int i = 0;
        for (Object x : (Collection<?>) v) {
          out.add(toWire(x, e, path + "[" + i++ + "]"));
        }
      } else if (v.getClass().isArray()) {
        int n = Array.getLength(v);
        for (int i = 0; i < n; i++) {
          out.add(toWire(Array.get(v, i), e, path + "[" + i + "]"));
        }
      } else {
        throw mismatch(v, t, path);
      }
      return out;
    }
    if (t instanceof MapType) {
      if (!(v instanceof Map)) {
        throw mismatch(v, t, path);
      }
      MapType m = (MapType) t;
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        out.put(toWire(e.getKey(), m.keyType(), path + ".key"), toWire(e.getValue(), m.valueType(), path + "[" + e.getKey() + "]"));
      }
      return out;
    }
    return scalar(v, t, path);
  }

  private static Object struct(Object v, StructType t, String path, WireMemo memo) {
    StructField[] fields = t.fields();
    Object[] out = new Object[fields.length + 1];
    WireMemo.StructPlan plan = memo == null ? null : memo.plan(v.getClass(), t);
    if (plan != null) {
      JavaProperties.Property[] props = plan.properties;
      Class<?>[] plain = plan.plain;
      for (int i = 0; i < fields.length; i++) {
        Object f = props[i].get(v);
        out[i + 1] = f == null || f.getClass() == plain[i] ? f : toWire(f, fields[i].dataType(), child(path, fields[i].name()));
      }
      return out;
    }
    if (v instanceof Row) {
      Row r = (Row) v;
      if (r.size() != fields.length) {
        throw new IllegalArgumentException(where(path) + "a row of " + r.size() + " values does not fit " + t.simpleString());
      }
      for (int i = 0; i < fields.length; i++) {
        out[i + 1] = toWire(r.get(i), fields[i].dataType(), child(path, fields[i].name()));
      }
    } else if (v instanceof Object[]) {
      Object[] a = (Object[]) v;
      if (a.length != fields.length) {
        throw new IllegalArgumentException(where(path) + "an array of " + a.length + " values does not fit " + t.simpleString());
      }
      for (int i = 0; i < fields.length; i++) {
        out[i + 1] = toWire(a[i], fields[i].dataType(), child(path, fields[i].name()));
      }
    } else if (JavaProperties.isStructLike(v.getClass())) {
      JavaProperties props = JavaProperties.of(v.getClass());
      JavaProperties.Property[] ordered = new JavaProperties.Property[fields.length];
      for (int i = 0; i < fields.length; i++) {
        JavaProperties.Property p = property(props, fields[i].name());
        if (p == null) {
          throw new IllegalArgumentException(where(path) + v.getClass().getName() + " has no property '" + fields[i].name()
              + "' for " + t.simpleString());
        }
        ordered[i] = p;
        out[i + 1] = toWire(p.get(v), fields[i].dataType(), child(path, fields[i].name()));
      }
      if (memo != null) {
        memo.remember(new WireMemo.StructPlan(v.getClass(), t, ordered));
      }
    } else {
      throw mismatch(v, t, path);
    }
    return out;
  }

  private static JavaProperties.Property property(JavaProperties props, String name) {
    JavaProperties.Property loose = null;
    for (JavaProperties.Property p : props.properties) {
      if (p.name.equals(name)) {
        return p;
      }
      if (p.name.equalsIgnoreCase(name)) {
        loose = p;
      }
    }
    return loose;
  }

  private static Object scalar(Object v, DataType t, String path) {
    if (v instanceof Enum && t instanceof StringType) {
      return ((Enum<?>) v).name();
    }
    if (v instanceof Character && t instanceof StringType) {
      return v.toString();
    }
    if (v instanceof java.sql.Date && t instanceof DateType) {
      return ((java.sql.Date) v).toLocalDate();
    }
    if (v instanceof java.sql.Timestamp && t instanceof TimestampType) {
      return ((java.sql.Timestamp) v).toInstant();
    }
    if (v instanceof Number && !(v instanceof BigDecimal && t instanceof DecimalType)) {
      Number n = (Number) v;
      if (t instanceof LongType) {
        return n.longValue();
      } else if (t instanceof IntegerType) {
        return n.intValue();
      } else if (t instanceof ShortType) {
        return n.shortValue();
      } else if (t instanceof ByteType) {
        return n.byteValue();
      } else if (t instanceof DoubleType) {
        return n.doubleValue();
      } else if (t instanceof FloatType) {
        return n.floatValue();
      } else if (t instanceof DecimalType) {
        return n instanceof BigInteger ? new BigDecimal((BigInteger) n) : new BigDecimal(n.toString());
      }
    }
    if (t instanceof BinaryType && !(v instanceof byte[])) {
      throw mismatch(v, t, path);
    }
    return v;
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String where(String path) {
    return path.isEmpty() ? "" : "'" + path + "': ";
  }

  private static IllegalArgumentException mismatch(Object v, DataType t, String path) {
    return new IllegalArgumentException(where(path) + "a " + v.getClass().getName() + " cannot be returned as "
        + t.simpleString().toLowerCase(Locale.ROOT));
  }
}
