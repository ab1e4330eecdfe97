package io.sparkconnect.sql.types;

/**
 * The 8-byte signed integer type (Java value: {@link Long}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#LongType}.
 */
public final class LongType extends DataType {
  /** The only instance. */
  public static final LongType INSTANCE = new LongType();

  private LongType() {}

  /** {@inheritDoc} Returns {@code "long"}. */
  @Override
  public String typeName() {
    return "long";
  }

  /** {@inheritDoc} Returns {@code "bigint"}. */
  @Override
  public String simpleString() {
    return "bigint";
  }

  /** {@inheritDoc} Returns {@code 8}. */
  @Override
  public int defaultSize() {
    return 8;
  }
}
