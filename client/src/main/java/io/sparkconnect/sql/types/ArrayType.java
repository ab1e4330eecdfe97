package io.sparkconnect.sql.types;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The array type {@code array<elementType>} (Java value: {@link java.util.List}).
 *
 * <p>Immutable and thread-safe; instances compare by element type and {@code containsNull}.
 */
public final class ArrayType extends DataType {
  private final DataType elementType;
  private final boolean containsNull;

  /**
   * Creates an array type.
   *
   * @param elementType the element type, not null
   * @param containsNull whether elements may be null
   */
  public ArrayType(DataType elementType, boolean containsNull) {
    this.elementType = Objects.requireNonNull(elementType, "elementType");
    this.containsNull = containsNull;
  }

  /**
   * Creates an array type whose elements may be null.
   *
   * @param elementType the element type, not null
   */
  public ArrayType(DataType elementType) {
    this(elementType, true);
  }

  /**
   * The element type.
   *
   * @return the element type
   */
  public DataType elementType() {
    return elementType;
  }

  /**
   * Whether elements may be null.
   *
   * @return true if elements are nullable
   */
  public boolean containsNull() {
    return containsNull;
  }

  /** {@inheritDoc} Returns {@code "array"}. */
  @Override
  public String typeName() {
    return "array";
  }

  /** {@inheritDoc} Returns e.g. {@code "array<int>"}. */
  @Override
  public String simpleString() {
    return "array<" + elementType.simpleString() + ">";
  }

  /** {@inheritDoc} */
  @Override
  public String catalogString() {
    return "array<" + elementType.catalogString() + ">";
  }

  /** {@inheritDoc} Returns e.g. {@code "ARRAY<INT>"}. */
  @Override
  public String sql() {
    return "ARRAY<" + elementType.sql() + ">";
  }

  /** {@inheritDoc} The element type's default size (one element is assumed). */
  @Override
  public int defaultSize() {
    return elementType.defaultSize();
  }

  @Override
  Object jsonValue() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", typeName());
    m.put("elementType", elementType.jsonValue());
    m.put("containsNull", containsNull);
    return m;
  }

  @Override
  void buildFormattedString(String prefix, StringBuilder sb, int maxDepth) {
    if (maxDepth > 0) {
      sb.append(prefix).append("-- element: ").append(elementType.typeName())
          .append(" (containsNull = ").append(containsNull).append(")\n");
      buildNested(elementType, prefix + "    |", sb, maxDepth);
    }
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    return o instanceof ArrayType
        && ((ArrayType) o).containsNull == containsNull
        && ((ArrayType) o).elementType.equals(elementType);
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return 0xA0 + 31 * elementType.hashCode() + (containsNull ? 1 : 0);
  }

  /** Returns e.g. {@code "ArrayType(IntegerType,true)"}. */
  @Override
  public String toString() {
    return "ArrayType(" + elementType + "," + containsNull + ")";
  }
}
