package io.sparkconnect.sql.types;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The map type {@code map<keyType,valueType>} (Java value: {@link java.util.Map}, insertion
 * ordered). Keys are never null.
 *
 * <p>Immutable and thread-safe; instances compare by key type, value type and {@code
 * valueContainsNull}.
 */
public final class MapType extends DataType {
  private final DataType keyType;
  private final DataType valueType;
  private final boolean valueContainsNull;

  /**
   * Creates a map type.
   *
   * @param keyType the key type, not null
   * @param valueType the value type, not null
   * @param valueContainsNull whether values may be null
   */
  public MapType(DataType keyType, DataType valueType, boolean valueContainsNull) {
    this.keyType = Objects.requireNonNull(keyType, "keyType");
    this.valueType = Objects.requireNonNull(valueType, "valueType");
    this.valueContainsNull = valueContainsNull;
  }

  /**
   * Creates a map type whose values may be null.
   *
   * @param keyType the key type, not null
   * @param valueType the value type, not null
   */
  public MapType(DataType keyType, DataType valueType) {
    this(keyType, valueType, true);
  }

  /**
   * The key type.
   *
   * @return the key type
   */
  public DataType keyType() {
    return keyType;
  }

  /**
   * The value type.
   *
   * @return the value type
   */
  public DataType valueType() {
    return valueType;
  }

  /**
   * Whether values may be null.
   *
   * @return true if values are nullable
   */
  public boolean valueContainsNull() {
    return valueContainsNull;
  }

  /** {@inheritDoc} Returns {@code "map"}. */
  @Override
  public String typeName() {
    return "map";
  }

  /** {@inheritDoc} Returns e.g. {@code "map<string,int>"}. */
  @Override
  public String simpleString() {
    return "map<" + keyType.simpleString() + "," + valueType.simpleString() + ">";
  }

  /** {@inheritDoc} */
  @Override
  public String catalogString() {
    return "map<" + keyType.catalogString() + "," + valueType.catalogString() + ">";
  }

  /** {@inheritDoc} Returns e.g. {@code "MAP<STRING, INT>"}. */
  @Override
  public String sql() {
    return "MAP<" + keyType.sql() + ", " + valueType.sql() + ">";
  }

  /** {@inheritDoc} Sum of the key and value default sizes (one entry is assumed). */
  @Override
  public int defaultSize() {
    return keyType.defaultSize() + valueType.defaultSize();
  }

  @Override
  Object jsonValue() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", typeName());
    m.put("keyType", keyType.jsonValue());
    m.put("valueType", valueType.jsonValue());
    m.put("valueContainsNull", valueContainsNull);
    return m;
  }

  @Override
  void buildFormattedString(String prefix, StringBuilder sb, int maxDepth) {
    if (maxDepth > 0) {
      sb.append(prefix).append("-- key: ").append(keyType.typeName()).append('\n');
      buildNested(keyType, prefix + "    |", sb, maxDepth);
      sb.append(prefix).append("-- value: ").append(valueType.typeName())
          .append(" (valueContainsNull = ").append(valueContainsNull).append(")\n");
      buildNested(valueType, prefix + "    |", sb, maxDepth);
    }
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MapType)) {
      return false;
    }
    MapType m = (MapType) o;
    return m.valueContainsNull == valueContainsNull
        && m.keyType.equals(keyType)
        && m.valueType.equals(valueType);
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return Objects.hash("map", keyType, valueType, valueContainsNull);
  }

  /** Returns e.g. {@code "MapType(StringType,LongType,true)"}. */
  @Override
  public String toString() {
    return "MapType(" + keyType + "," + valueType + "," + valueContainsNull + ")";
  }
}
