package io.sparkconnect.sql.types;

/**
 * The timestamp type with session local time zone semantics, i.e. an instant (Java value: {@link java.time.Instant}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#TimestampType}.
 */
public final class TimestampType extends DataType {
  /** The only instance. */
  public static final TimestampType INSTANCE = new TimestampType();

  private TimestampType() {}

  /** {@inheritDoc} Returns {@code "timestamp"}. */
  @Override
  public String typeName() {
    return "timestamp";
  }

  /** {@inheritDoc} Returns {@code "timestamp"}. */
  @Override
  public String simpleString() {
    return "timestamp";
  }

  /** {@inheritDoc} Returns {@code 8}. */
  @Override
  public int defaultSize() {
    return 8;
  }
}
