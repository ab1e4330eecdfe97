package io.sparkconnect.sql.types;

/**
 * The 8-byte IEEE floating point type (Java value: {@link Double}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#DoubleType}.
 */
public final class DoubleType extends DataType {
  /** The only instance. */
  public static final DoubleType INSTANCE = new DoubleType();

  private DoubleType() {}

  /** {@inheritDoc} Returns {@code "double"}. */
  @Override
  public String typeName() {
    return "double";
  }

  /** {@inheritDoc} Returns {@code "double"}. */
  @Override
  public String simpleString() {
    return "double";
  }

  /** {@inheritDoc} Returns {@code 8}. */
  @Override
  public int defaultSize() {
    return 8;
  }
}
