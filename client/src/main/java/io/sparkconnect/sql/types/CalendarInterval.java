package io.sparkconnect.sql.types;

import java.math.BigDecimal;

/**
 * A value of {@link CalendarIntervalType}: months, days and microseconds, kept separately because
 * their lengths vary.
 *
 * <p>Immutable and thread-safe.
 */
public final class CalendarInterval {
  private static final long MICROS_PER_MINUTE = 60_000_000L;
  private static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;

  private final int months;
  private final int days;
  private final long microseconds;

  /**
   * Creates an interval.
   *
   * @param months number of months
   * @param days number of days
   * @param microseconds number of microseconds
   */
  public CalendarInterval(int months, int days, long microseconds) {
    this.months = months;
    this.days = days;
    this.microseconds = microseconds;
  }

  /**
   * The months part.
   *
   * @return months
   */
  public int months() {
    return months;
  }

  /**
   * The days part.
   *
   * @return days
   */
  public int days() {
    return days;
  }

  /**
   * The microseconds part.
   *
   * @return microseconds
   */
  public long microseconds() {
    return microseconds;
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CalendarInterval)) {
      return false;
    }
    CalendarInterval c = (CalendarInterval) o;
    return months == c.months && days == c.days && microseconds == c.microseconds;
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return 31 * (31 * months + days) + Long.hashCode(microseconds);
  }

  private static void unit(StringBuilder sb, long value, String name) {
    if (value != 0) {
      sb.append(value).append(' ').append(name).append(' ');
    }
  }

  /**
   * Returns a readable form such as {@code "1 years 2 months 3 days 4 hours 5 minutes 6.5
   * seconds"}, or {@code "0 seconds"} for the empty interval.
   */
  @Override
  public String toString() {
    if (months == 0 && days == 0 && microseconds == 0) {
      return "0 seconds";
    }
    StringBuilder sb = new StringBuilder();
    unit(sb, months / 12, "years");
    unit(sb, months % 12, "months");
    unit(sb, days, "days");
    long rest = microseconds;
    unit(sb, rest / MICROS_PER_HOUR, "hours");
    rest %= MICROS_PER_HOUR;
    unit(sb, rest / MICROS_PER_MINUTE, "minutes");
    rest %= MICROS_PER_MINUTE;
    if (rest != 0) {
      sb.append(BigDecimal.valueOf(rest, 6).stripTrailingZeros().toPlainString())
          .append(" seconds ");
    }
    sb.setLength(sb.length() - 1);
    return sb.toString();
  }
}
