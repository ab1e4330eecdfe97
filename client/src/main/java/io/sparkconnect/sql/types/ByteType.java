package io.sparkconnect.sql.types;

/**
 * The 1-byte signed integer type (Java value: {@link Byte}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#ByteType}.
 */
public final class ByteType extends DataType {
  /** The only instance. */
  public static final ByteType INSTANCE = new ByteType();

  private ByteType() {}

  /** {@inheritDoc} Returns {@code "byte"}. */
  @Override
  public String typeName() {
    return "byte";
  }

  /** {@inheritDoc} Returns {@code "tinyint"}. */
  @Override
  public String simpleString() {
    return "tinyint";
  }

  /** {@inheritDoc} Returns {@code 1}. */
  @Override
  public int defaultSize() {
    return 1;
  }
}
