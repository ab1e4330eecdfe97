package io.sparkconnect.sql.types;

/**
 * The calendar date type without time zone (Java value: {@link java.time.LocalDate}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#DateType}.
 */
public final class DateType extends DataType {
  /** The only instance. */
  public static final DateType INSTANCE = new DateType();

  private DateType() {}

  /** {@inheritDoc} Returns {@code "date"}. */
  @Override
  public String typeName() {
    return "date";
  }

  /** {@inheritDoc} Returns {@code "date"}. */
  @Override
  public String simpleString() {
    return "date";
  }

  /** {@inheritDoc} Returns {@code 4}. */
  @Override
  public int defaultSize() {
    return 4;
  }
}
