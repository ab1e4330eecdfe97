package io.sparkconnect.sql.types;

/**
 * The legacy calendar interval type of months, days and microseconds (Java value: {@link CalendarInterval}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#CalendarIntervalType}.
 */
public final class CalendarIntervalType extends DataType {
  /** The only instance. */
  public static final CalendarIntervalType INSTANCE = new CalendarIntervalType();

  private CalendarIntervalType() {}

  /** {@inheritDoc} Returns {@code "interval"}. */
  @Override
  public String typeName() {
    return "interval";
  }

  /** {@inheritDoc} Returns {@code "interval"}. */
  @Override
  public String simpleString() {
    return "interval";
  }

  /** {@inheritDoc} Returns {@code 16}. */
  @Override
  public int defaultSize() {
    return 16;
  }
}
