package io.sparkconnect.sql.types;

/**
 * The timestamp type without time zone (Java value: {@link java.time.LocalDateTime}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#TimestampNTZType}.
 */
public final class TimestampNTZType extends DataType {
  /** The only instance. */
  public static final TimestampNTZType INSTANCE = new TimestampNTZType();

  private TimestampNTZType() {}

  /** {@inheritDoc} Returns {@code "timestamp_ntz"}. */
  @Override
  public String typeName() {
    return "timestamp_ntz";
  }

  /** {@inheritDoc} Returns {@code "timestamp_ntz"}. */
  @Override
  public String simpleString() {
    return "timestamp_ntz";
  }

  /** {@inheritDoc} Returns {@code 8}. */
  @Override
  public int defaultSize() {
    return 8;
  }
}
