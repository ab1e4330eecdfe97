package io.sparkconnect.sql.types;

/**
 * The {@code varchar(length)} string type (Java value: {@link String}).
 *
 * <p>Immutable and thread-safe; instances compare by length.
 */
public final class VarcharType extends DataType {
  private final int length;

  /**
   * Creates {@code varchar(length)}.
   *
   * @param length the maximum number of characters, non-negative
   * @throws IllegalArgumentException if {@code length} is negative
   */
  public VarcharType(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("Varchar type length must be non-negative: " + length);
    }
    this.length = length;
  }

  /**
   * The declared length.
   *
   * @return the length in characters
   */
  public int length() {
    return length;
  }

  /** {@inheritDoc} Returns e.g. {@code "varchar(10)"}. */
  @Override
  public String typeName() {
    return "varchar(" + length + ")";
  }

  /** {@inheritDoc} Returns the length. */
  @Override
  public int defaultSize() {
    return length;
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    return o instanceof VarcharType && ((VarcharType) o).length == length;
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return 31 * VarcharType.class.getSimpleName().hashCode() + length;
  }

  /** Returns e.g. {@code "VarcharType(10)"}. */
  @Override
  public String toString() {
    return "VarcharType(" + length + ")";
  }
}
