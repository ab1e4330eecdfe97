package io.sparkconnect.arrow;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Conversions between Arrow's temporal numbers (a count of a unit since the epoch or midnight)
 * and {@code java.time} values. Values out of the range of {@code java.time} raise
 * {@link ArrowFormatException}. Stateless and thread-safe.
 */
final class TemporalConversions {
  private TemporalConversions() {}

  /** Units per second for an Arrow time unit. */
  static long perSecond(int unit) {
    switch (unit) {
      case ArrowField.SECOND:
        return 1L;
      case ArrowField.MILLISECOND:
        return 1_000L;
      case ArrowField.MICROSECOND:
        return 1_000_000L;
      case ArrowField.NANOSECOND:
        return 1_000_000_000L;
      default:
        throw new ArrowFormatException("Unknown Arrow time unit " + unit);
    }
  }

  static Instant instant(long value, long perSecond) {
    try {
      return Instant.ofEpochSecond(
          Math.floorDiv(value, perSecond), Math.floorMod(value, perSecond) * (1_000_000_000L / perSecond));
    } catch (DateTimeException | ArithmeticException e) {
      throw outOfRange("timestamp", value, e);
    }
  }

  static LocalDateTime localDateTime(long value, long perSecond) {
    try {
      return LocalDateTime.ofEpochSecond(
          Math.floorDiv(value, perSecond),
          (int) (Math.floorMod(value, perSecond) * (1_000_000_000L / perSecond)),
          ZoneOffset.UTC);
    } catch (DateTimeException | ArithmeticException e) {
      throw outOfRange("timestamp", value, e);
    }
  }

  static Duration duration(long value, long perSecond) {
    return Duration.ofSeconds(
        Math.floorDiv(value, perSecond), Math.floorMod(value, perSecond) * (1_000_000_000L / perSecond));
  }

  static LocalTime localTime(long value, long perSecond) {
    long nanosPerUnit = 1_000_000_000L / perSecond;
    if (value < 0 || value >= 86_400L * perSecond) {
      throw outOfRange("time of day", value, null);
    }
    return LocalTime.ofNanoOfDay(value * nanosPerUnit);
  }

  static LocalDate epochDay(long day) {
    try {
      return LocalDate.ofEpochDay(day);
    } catch (DateTimeException e) {
      throw outOfRange("date", day, e);
    }
  }

  /** Epoch microseconds of an instant; throws ArithmeticException on overflow. */
  static long micros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
  }

  /** Microseconds since the epoch of a wall-clock time read as UTC. */
  static long micros(LocalDateTime dateTime) {
    return micros(dateTime.toInstant(ZoneOffset.UTC));
  }

  /** Total microseconds of a duration; throws ArithmeticException on overflow. */
  static long micros(Duration duration) {
    return Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1000);
  }

  private static ArrowFormatException outOfRange(String what, long value, Exception cause) {
    return new ArrowFormatException("Arrow " + what + " value " + value + " is out of range", cause);
  }
}
