package io.sparkconnect.support.line;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.RowEncoder;
import org.apache.spark.sql.catalyst.expressions.GenericRow;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import scala.Tuple2;

/**
 * Conversion between Spark's external values (what Spark hands a Scala function: {@code Row},
 * Scala {@code Seq} and {@code Map}, {@code java.sql} or {@code java.time} dates...) and the
 * client's wire values (JDK types only: {@code List}, {@code Map}, a struct as {@code Object[]}
 * with its type's JSON first), and the encoders of Spark values of a data type. Thread-safe.
 */
public final class SparkValues {
  /** The last struct type whose JSON was computed on this thread: rows of one input share it. */
  private static final ThreadLocal<Object[]> LAST_SCHEMA = ThreadLocal.withInitial(() -> new Object[2]);

  private SparkValues() {}

  /** The encoder of Spark's external values of {@code type} (rows for structs), lenient on output. */
  public static AgnosticEncoder<?> encoderFor(DataType type) {
    if (type instanceof StructType) {
      return RowEncoder.encoderFor((StructType) type, true);
    }
    StructType wrapper = new StructType().add("value", type, true);
    AgnosticEncoders.RowEncoder row = (AgnosticEncoders.RowEncoder) RowEncoder.encoderFor(wrapper, true);
    return row.fields().head().enc();
  }

  /**
   * The wire value of a Spark external value, for a caller that reads the values of one input on
   * one thread: {@code memo}, a 2-element array of its own, keeps the JSON of the last row's type.
   */
  public static Object toWire(Object v, Object[] memo) {
    if (v instanceof Row) {
      Row r = (Row) v;
      int n = r.length();
      Object[] out = new Object[n + 1];
      out[0] = r.schema() == null ? null : schemaJson(r.schema(), memo);
      for (int i = 0; i < n; i++) {
        Object x = r.get(i);
        out[i + 1] = x == null || plain(x) ? x : toWire(x);
      }
      return out;
    }
    return toWire(v);
  }

  /**
   * Whether {@code v} is of one of the commonest classes that are the same as Spark external value
   * and as wire value, of any type it can have. A per-value fast path: identity checks are cheaper
   * than the conversions' type tests.
   */
  static boolean plain(Object v) {
    Class<?> c = v.getClass();
    return c == Long.class || c == Integer.class || c == String.class || c == Double.class || c == Boolean.class;
  }

  /** The wire value of a Spark external value. */
  public static Object toWire(Object v) {
    if (v == null) {
      return null;
    }
    // Per-row fast path: identity checks on the commonest classes, before the type tests.
    if (plain(v)) {
      return v;
    }
    if (v instanceof Row) {
      Row r = (Row) v;
      int n = r.length();
      Object[] out = new Object[n + 1];
      out[0] = schemaJson(r.schema());
      for (int i = 0; i < n; i++) {
        out[i + 1] = toWire(r.get(i));
      }
      return out;
    }
    if (v instanceof scala.collection.Map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      scala.collection.Iterator<?> it = ((scala.collection.Map<?, ?>) v).iterator();
      while (it.hasNext()) {
        Tuple2<?, ?> e = (Tuple2<?, ?>) it.next();
        out.put(toWire(e._1()), toWire(e._2()));
      }
      return out;
    }
    if (v instanceof scala.collection.Iterable) {
      List<Object> out = new ArrayList<>();
      scala.collection.Iterator<?> it = ((scala.collection.Iterable<?>) v).iterator();
      while (it.hasNext()) {
        out.add(toWire(it.next()));
      }
      return out;
    }
    if (v instanceof Object[]) {
      List<Object> out = new ArrayList<>();
      for (Object x : (Object[]) v) {
        out.add(toWire(x));
      }
      return out;
    }
    if (v instanceof java.sql.Date) {
      return ((java.sql.Date) v).toLocalDate();
    }
    if (v instanceof java.sql.Timestamp) {
      return ((java.sql.Timestamp) v).toInstant();
    }
    if (v instanceof scala.math.BigDecimal) {
      return ((scala.math.BigDecimal) v).bigDecimal();
    }
    if (v instanceof Decimal) {
      return ((Decimal) v).toJavaBigDecimal();
    }
    if (v instanceof UTF8String) {
      return v.toString();
    }
    return v;
  }

  private static String schemaJson(StructType schema) {
    if (schema == null) {
      return null;
    }
    return schemaJson(schema, LAST_SCHEMA.get());
  }

  private static String schemaJson(StructType schema, Object[] memo) {
    if (memo[0] != schema) {
      memo[0] = schema;
      memo[1] = schema.json();
    }
    return (String) memo[1];
  }

  /**
   * What a direct input value crosses as: a user's record as it is; a row (the client marks only
   * rows of plain fields: numbers, booleans, strings, binary, which are their own wire values) as
   * its values array, Spark's own where Spark built a {@code GenericRow} for this call (not copied).
   */
  public static Object direct(Object v) {
    if (v instanceof GenericRow) {
      return ((GenericRow) v).values();
    }
    if (v instanceof Row) {
      Row r = (Row) v;
      Object[] values = new Object[r.length()];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.get(i);
      }
      return values;
    }
    return v;
  }

  /** The Spark external value of a wire value of {@code type}. */
  public static Object toSpark(Object w, DataType type) {
    if (w == null) {
      return null;
    }
    if (type instanceof StructType) {
      StructType st = (StructType) type;
      StructField[] fields = st.fields();
      Object[] s = (Object[]) w;
      Object[] values = new Object[fields.length];
      for (int i = 0; i < fields.length; i++) {
        Object x = s[i + 1];
        values[i] = x == null || plain(x) ? x : toSpark(x, fields[i].dataType());
      }
      return new GenericRowWithSchema(values, st);
    }
    if (type instanceof ArrayType) {
      DataType e = ((ArrayType) type).elementType();
      List<?> l = (List<?>) w;
      Object[] out = new Object[l.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = toSpark(l.get(i), e);
      }
      return seq(out);
    }
    if (type instanceof MapType) {
      MapType m = (MapType) type;
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) w).entrySet()) {
        out.put(toSpark(e.getKey(), m.keyType()), toSpark(e.getValue(), m.valueType()));
      }
      return map(out);
    }
    return w;
  }

  private static Object seq(Object[] values) {
    return ScalaCollections.seq(values);
  }

  private static Object map(Map<Object, Object> m) {
    return ScalaCollections.map(m);
  }
}
