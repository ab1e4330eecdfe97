package io.sparkconnect.sql.types;

/**
 * The {@code char(length)} string type (Java value: {@link String}).
 *
 * <p>Immutable and thread-safe; instances compare by length.
 */
public final class CharType extends DataType {
  private final int length;

  /**
   * Creates {@code char(length)}.
   *
   * @param length the maximum number of characters, non-negative
   * @throws IllegalArgumentException if {@code length} is negative
   */
  public CharType(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("Char type length must be non-negative: " + length);
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

  /** {@inheritDoc} Returns e.g. {@code "char(10)"}. */
  @Override
  public String typeName() {
    return "char(" + length + ")";
  }

  /** {@inheritDoc} Returns the length. */
  @Override
  public int defaultSize() {
    return length;
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    return o instanceof CharType && ((CharType) o).length == length;
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return 31 * CharType.class.getSimpleName().hashCode() + length;
  }

  /** Returns e.g. {@code "CharType(10)"}. */
  @Override
  public String toString() {
    return "CharType(" + length + ")";
  }
}
