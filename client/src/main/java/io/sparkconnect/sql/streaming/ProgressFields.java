package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.JsonWriter;
import io.sparkconnect.sql.GenericRow;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reading the fields of a progress report's JSON objects (parsed into maps), shared by the
 * progress classes: absent or non-numeric fields read as Spark's defaults so that a report from an
 * older server, which may lack a field, still reads. Stateless; thread-safe.
 */
final class ProgressFields {
  private ProgressFields() {}

  static long longOf(Map<?, ?> m, String key, long absent) {
    return m.get(key) instanceof Number n ? n.longValue() : absent;
  }

  // Spark leaves NaN and infinite rates out of the JSON: absent reads as NaN.
  static double doubleOf(Map<?, ?> m, String key) {
    return m.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  static String stringOf(Map<?, ?> m, String key) {
    Object v = m.get(key);
    return v == null ? null : String.valueOf(v);
  }

  // Offsets are JSON values in the report; Spark's accessors give their JSON text.
  static String jsonText(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    return JsonWriter.compact(v);
  }

  static Map<String, String> stringMap(Map<?, ?> m, String key) {
    Map<String, String> out = new LinkedHashMap<>();
    if (m.get(key) instanceof Map<?, ?> inner) {
      inner.forEach((k, v) -> out.put(String.valueOf(k), v instanceof String s ? s : JsonWriter.compact(v)));
    }
    return Collections.unmodifiableMap(out);
  }

  static Map<String, Long> longMap(Map<?, ?> m, String key) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (m.get(key) instanceof Map<?, ?> inner) {
      inner.forEach((k, v) -> {
        if (v instanceof Number n) {
          out.put(String.valueOf(k), n.longValue());
        }
      });
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * A row of observed metrics from its JSON object (name to value, in the metrics' order). The JSON
   * carries no types: integral numbers read as {@code long}, other numbers as {@code double},
   * nested values as their JSON text.
   */
  static Row row(Map<?, ?> m) {
    List<String> names = new ArrayList<>();
    List<Object> raw = new ArrayList<>();
    // The server writes a row as its values and its schema's fields (Jackson's form of Spark's
    // row); Spark's own json() writes it as an object of name to value. Both are read.
    if (m.get("values") instanceof List<?> vs && m.get("schema") instanceof Map<?, ?> sc
        && sc.get("fields") instanceof List<?> fs && fs.size() == vs.size()) {
      for (int i = 0; i < fs.size(); i++) {
        names.add(fs.get(i) instanceof Map<?, ?> f ? String.valueOf(f.get("name")) : "_" + (i + 1));
        raw.add(vs.get(i));
      }
    } else {
      m.forEach((k, v) -> {
        names.add(String.valueOf(k));
        raw.add(v);
      });
    }
    StructType schema = new StructType();
    Object[] values = new Object[raw.size()];
    for (int i = 0; i < values.length; i++) {
      Object v = raw.get(i);
      DataType t;
      if (v == null) {
        t = DataTypes.NullType;
      } else if (v instanceof Long) {
        t = DataTypes.LongType;
      } else if (v instanceof Number n) {
        t = DataTypes.DoubleType;
        v = n.doubleValue();
      } else if (v instanceof Boolean) {
        t = DataTypes.BooleanType;
      } else if (v instanceof String) {
        t = DataTypes.StringType;
      } else {
        t = DataTypes.StringType;
        v = JsonWriter.compact(v);
      }
      schema = schema.add(names.get(i), t);
      values[i] = v;
    }
    return new GenericRow(values, schema);
  }
}
