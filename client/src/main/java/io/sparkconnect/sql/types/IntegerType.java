package io.sparkconnect.sql.types;

/**
 * The 4-byte signed integer type (Java value: {@link Integer}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#IntegerType}.
 */
public final class IntegerType extends DataType {
  /** The only instance. */
  public static final IntegerType INSTANCE = new IntegerType();

  private IntegerType() {}

  /** {@inheritDoc} Returns {@code "integer"}. */
  @Override
  public String typeName() {
    return "integer";
  }

  /** {@inheritDoc} Returns {@code "int"}. */
  @Override
  public String simpleString() {
    return "int";
  }

  /** {@inheritDoc} Returns {@code 4}. */
  @Override
  public int defaultSize() {
    return 4;
  }
}
