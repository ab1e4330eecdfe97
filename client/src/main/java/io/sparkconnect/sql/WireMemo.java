package io.sparkconnect.sql;

import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.StructType;

/**
 * What one encoder's per-row conversions remember between rows: the type of the last struct
 * JSON read, and the properties of the last record or bean class written, in the order of the
 * struct's fields. Both are checked by identity, which is cheap because the rows of one input share
 * their JSON string and their type instance. Each encoder copy (one per task on the server) has its
 * own, so concurrent tasks do not evict each other's entries. Thread-safe: each entry is one
 * immutable object; a race costs a recomputation, never a wrong answer.
 */
final class WireMemo {
  /** A record's or bean's properties in the order of a struct type's fields. Immutable. */
  static final class StructPlan {
    final Class<?> type;
    final StructType struct;
    final JavaProperties.Property[] properties;
    /** Per field, the class of a property value that is its own wire value (see {@code WireValues.plainClass}), or null. */
    final Class<?>[] plain;

    StructPlan(Class<?> type, StructType struct, JavaProperties.Property[] properties) {
      this.type = type;
      this.struct = struct;
      this.properties = properties;
      this.plain = new Class<?>[properties.length];
      for (int i = 0; i < plain.length; i++) {
        plain[i] = WireValues.plainClass(struct.fields()[i].dataType());
      }
    }
  }

  private static final class Schema {
    final String json;
    final StructType type;

    Schema(String json, StructType type) {
      this.json = json;
      this.type = type;
    }
  }

  private volatile Schema lastSchema;
  private volatile StructPlan lastPlan;

  /** The struct type of a JSON string, parsed once per distinct string by {@code parse}. */
  StructType schema(String json, java.util.function.Function<String, StructType> parse) {
    Schema last = lastSchema;
    if (last != null && last.json == json) {
      return last.type;
    }
    StructType t = parse.apply(json);
    lastSchema = new Schema(json, t);
    return t;
  }

  /** The remembered plan for a value of {@code type} written as {@code struct}, or null. */
  StructPlan plan(Class<?> type, DataType struct) {
    StructPlan p = lastPlan;
    return p != null && p.type == type && p.struct == struct ? p : null;
  }

  void remember(StructPlan plan) {
    lastPlan = plan;
  }
}
