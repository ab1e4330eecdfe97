package io.sparkconnect.sql.types;

import io.sparkconnect.client.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts the JSON schema representation (see {@link DataType#json()}) back into data types.
 * Stateless and thread-safe.
 */
final class JsonSchema {
  private JsonSchema() {}

  static DataType parse(String json) {
    return fromTree(JsonParser.parse(json));
  }

  static DataType fromTree(Object tree) {
    if (tree instanceof String) {
      return fromName((String) tree);
    }
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException("Cannot parse data type from JSON value: " + tree);
    }
    Map<?, ?> m = (Map<?, ?>) tree;
    Object type = m.get("type");
    if ("struct".equals(type)) {
      Object fields = m.get("fields");
      if (!(fields instanceof List)) {
        throw new IllegalArgumentException("struct JSON needs a \"fields\" array");
      }
      List<StructField> out = new ArrayList<>();
      for (Object f : (List<?>) fields) {
        out.add(field(f));
      }
      return new StructType(out);
    }
    if ("array".equals(type)) {
      return new ArrayType(fromTree(required(m, "elementType")),
          bool(m, "containsNull", true));
    }
    if ("map".equals(type)) {
      return new MapType(fromTree(required(m, "keyType")), fromTree(required(m, "valueType")),
          bool(m, "valueContainsNull", true));
    }
    if ("udt".equals(type)) {
      // User-defined types are represented by their underlying SQL type.
      return fromTree(required(m, "sqlType"));
    }
    throw new IllegalArgumentException("Unknown data type JSON object with type " + type);
  }

  private static Object required(Map<?, ?> m, String key) {
    if (!m.containsKey(key)) {
      throw new IllegalArgumentException("Data type JSON is missing \"" + key + "\": " + m);
    }
    return m.get(key);
  }

  private static boolean bool(Map<?, ?> m, String key, boolean dflt) {
    Object v = m.get(key);
    return v instanceof Boolean ? (Boolean) v : dflt;
  }

  private static StructField field(Object tree) {
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException("struct field JSON must be an object: " + tree);
    }
    Map<?, ?> m = (Map<?, ?>) tree;
    Object name = required(m, "name");
    if (!(name instanceof String)) {
      throw new IllegalArgumentException("struct field name must be a string: " + name);
    }
    Object md = m.get("metadata");
    Metadata metadata = md instanceof Map ? Metadata.fromJsonTree((Map<?, ?>) md) : Metadata.empty();
    return new StructField((String) name, fromTree(required(m, "type")),
        bool(m, "nullable", true), metadata);
  }

  /** Parses an atomic type name such as {@code integer} or {@code decimal(10,2)}. */
  private static DataType fromName(String name) {
    switch (name) {
      case "boolean": return BooleanType.INSTANCE;
      case "byte": return ByteType.INSTANCE;
      case "short": return ShortType.INSTANCE;
      case "integer": return IntegerType.INSTANCE;
      case "long": return LongType.INSTANCE;
      case "float": return FloatType.INSTANCE;
      case "double": return DoubleType.INSTANCE;
      case "string": return StringType.INSTANCE;
      case "binary": return BinaryType.INSTANCE;
      case "date": return DateType.INSTANCE;
      case "timestamp": return TimestampType.INSTANCE;
      case "timestamp_ntz": return TimestampNTZType.INSTANCE;
      case "void":
      case "null":
        return NullType.INSTANCE;
      case "interval": return CalendarIntervalType.INSTANCE;
      case "variant": return VariantType.INSTANCE;
      case "decimal": return DecimalType.USER_DEFAULT;
      default:
        break;
    }
    // Parameterized names share the DDL syntax: decimal(p,s), char(n), varchar(n), time(p),
    // "interval day to second", "string collate NAME".
    try {
      return DdlParser.parseSingleType(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown data type name in JSON: \"" + name + "\"", e);
    }
  }
}
