package io.sparkconnect.sql.types;

/**
 * The 4-byte IEEE floating point type (Java value: {@link Float}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#FloatType}.
 */
public final class FloatType extends DataType {
  /** The only instance. */
  public static final FloatType INSTANCE = new FloatType();

  private FloatType() {}

  /** {@inheritDoc} Returns {@code "float"}. */
  @Override
  public String typeName() {
    return "float";
  }

  /** {@inheritDoc} Returns {@code "float"}. */
  @Override
  public String simpleString() {
    return "float";
  }

  /** {@inheritDoc} Returns {@code 4}. */
  @Override
  public int defaultSize() {
    return 4;
  }
}
