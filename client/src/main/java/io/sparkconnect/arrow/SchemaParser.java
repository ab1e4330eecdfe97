package io.sparkconnect.arrow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of an Arrow {@code Schema} flatbuffer table into {@link ArrowField}s, applying
 * the defaults of Arrow's schema definition. Stateless and thread-safe.
 */
final class SchemaParser {
  /** Deeper nesting than this is treated as corrupt input. */
  static final int MAX_DEPTH = 64;

  // Field ids of the Schema table.
  private static final int SCHEMA_ENDIANNESS = 0;
  private static final int SCHEMA_FIELDS = 1;
  // Field ids of the Field table.
  private static final int FIELD_NAME = 0;
  private static final int FIELD_NULLABLE = 1;
  private static final int FIELD_TYPE_TYPE = 2;
  private static final int FIELD_TYPE = 3;
  private static final int FIELD_DICTIONARY = 4;
  private static final int FIELD_CHILDREN = 5;
  private static final int FIELD_METADATA = 6;

  private SchemaParser() {}

  static List<ArrowField> parse(FlatBufferTable schema) {
    if (schema.getShort(SCHEMA_ENDIANNESS, (short) 0) != 0) {
      throw new ArrowFormatException("Big-endian Arrow data is not supported");
    }
    return fields(schema, SCHEMA_FIELDS, 0);
  }

  private static List<ArrowField> fields(FlatBufferTable table, int id, int depth) {
    if (depth > MAX_DEPTH) {
      throw new ArrowFormatException("Arrow schema nested deeper than " + MAX_DEPTH + " levels");
    }
    int n = table.vectorLength(id, 4);
    List<ArrowField> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(field(table.getVectorTable(id, i), depth));
    }
    return out;
  }

  private static ArrowField field(FlatBufferTable f, int depth) {
    String name = f.getString(FIELD_NAME);
    boolean nullable = f.getBool(FIELD_NULLABLE, false);
    if (f.has(FIELD_DICTIONARY)) {
      throw new ArrowFormatException(
          "Field '" + name + "' is dictionary-encoded; Arrow dictionaries are not supported");
    }
    int code = f.getByte(FIELD_TYPE_TYPE, (byte) 0) & 0xFF;
    ArrowTypeKind kind = ArrowTypeKind.of(code);
    FlatBufferTable t = f.getTable(FIELD_TYPE);
    if (kind == ArrowTypeKind.NONE || t == null) {
      throw new ArrowFormatException("Field '" + name + "' has no type");
    }
    List<ArrowField> children = fields(f, FIELD_CHILDREN, depth + 1);
    Map<String, String> metadata = keyValues(f, FIELD_METADATA);
    int bitWidth = 0;
    boolean signed = false;
    int precision = 0;
    int scale = 0;
    int unit = 0;
    String timezone = null;
    int byteWidth = 0;
    switch (kind) {
      case INT:
        bitWidth = t.getInt(0, 0);
        signed = t.getBool(1, false);
        break;
      case FLOATING_POINT:
        precision = t.getShort(0, (short) ArrowField.HALF);
        break;
      case DECIMAL:
        precision = t.getInt(0, 0);
        scale = t.getInt(1, 0);
        bitWidth = t.getInt(2, 128);
        break;
      case DATE:
        unit = t.getShort(0, (short) ArrowField.DATE_MILLISECOND);
        break;
      case TIME:
        unit = t.getShort(0, (short) ArrowField.MILLISECOND);
        bitWidth = t.getInt(1, 32);
        break;
      case TIMESTAMP:
        unit = t.getShort(0, (short) ArrowField.SECOND);
        timezone = t.getString(1);
        break;
      case INTERVAL:
        unit = t.getShort(0, (short) ArrowField.YEAR_MONTH);
        break;
      case DURATION:
        unit = t.getShort(0, (short) ArrowField.MILLISECOND);
        break;
      case FIXED_SIZE_BINARY:
      case FIXED_SIZE_LIST:
        byteWidth = t.getInt(0, 0);
        break;
      default:
        break;
    }
    return new ArrowField(
        name, nullable, kind, bitWidth, signed, precision, scale, unit, timezone, byteWidth,
        children, metadata);
  }

  private static Map<String, String> keyValues(FlatBufferTable table, int id) {
    int n = table.vectorLength(id, 4);
    if (n == 0) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      FlatBufferTable kv = table.getVectorTable(id, i);
      String key = kv.getString(0);
      String value = kv.getString(1);
      if (key != null) {
        out.put(key, value == null ? "" : value);
      }
    }
    return out;
  }
}
