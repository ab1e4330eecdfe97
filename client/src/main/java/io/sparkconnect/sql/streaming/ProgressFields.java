package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.JsonWriter;
import java.util.Collections;
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
}
