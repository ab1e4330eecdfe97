package io.sparkconnect.sql.types;

/**
 * The time-of-day type {@code time(precision)} without date or time zone (Java value: {@link
 * java.time.LocalTime}).
 *
 * <p>Immutable and thread-safe; instances compare by precision.
 */
public final class TimeType extends DataType {
  /** The smallest supported fractional-second precision. */
  public static final int MIN_PRECISION = 0;

  /** The largest supported fractional-second precision (microseconds). */
  public static final int MAX_PRECISION = 6;

  /** The default precision (microseconds). */
  public static final int DEFAULT_PRECISION = 6;

  /** {@code time(6)}. */
  public static final TimeType DEFAULT = new TimeType(DEFAULT_PRECISION);

  private final int precision;

  /**
   * Creates {@code time(precision)}.
   *
   * @param precision fractional-second digits, 0 to 6
   * @throws IllegalArgumentException for out-of-range values
   */
  public TimeType(int precision) {
    if (precision < MIN_PRECISION || precision > MAX_PRECISION) {
      throw new IllegalArgumentException(
          "Time precision " + precision + " is out of range [0, 6]");
    }
    this.precision = precision;
  }

  /**
   * The number of fractional-second digits.
   *
   * @return the precision
   */
  public int precision() {
    return precision;
  }

  /** {@inheritDoc} Returns e.g. {@code "time(6)"}. */
  @Override
  public String typeName() {
    return "time(" + precision + ")";
  }

  /** {@inheritDoc} Returns 8. */
  @Override
  public int defaultSize() {
    return 8;
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    return o instanceof TimeType && ((TimeType) o).precision == precision;
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return 0x7100 + precision;
  }

  /** Returns e.g. {@code "TimeType(6)"}. */
  @Override
  public String toString() {
    return "TimeType(" + precision + ")";
  }
}
