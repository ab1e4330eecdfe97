package io.sparkconnect.sql.types;

/**
 * The byte sequence type (Java value: {@code byte[]}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#BinaryType}.
 */
public final class BinaryType extends DataType {
  /** The only instance. */
  public static final BinaryType INSTANCE = new BinaryType();

  private BinaryType() {}

  /** {@inheritDoc} Returns {@code "binary"}. */
  @Override
  public String typeName() {
    return "binary";
  }

  /** {@inheritDoc} Returns {@code "binary"}. */
  @Override
  public String simpleString() {
    return "binary";
  }

  /** {@inheritDoc} Returns {@code 100}. */
  @Override
  public int defaultSize() {
    return 100;
  }
}
