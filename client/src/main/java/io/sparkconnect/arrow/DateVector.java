package io.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.time.LocalDate;

/**
 * A column of Arrow type Date, in days (int32) or milliseconds (int64) since the epoch (Spark
 * DateType); values are {@link LocalDate}. {@link #getInt} and {@link #getLong} return days.
 * Immutable, thread-safe.
 */
final class DateVector extends ColumnVector {
  private static final long MILLIS_PER_DAY = 86_400_000L;
  private final ByteBuffer data;
  private final boolean millis;

  DateVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
    this.millis = field.unit == ArrowField.DATE_MILLISECOND;
  }

  @Override
  public int getInt(int row) {
    long days = getLong(row);
    if (days != (int) days) {
      throw new ArrowFormatException("Arrow date value out of range: " + days + " days");
    }
    return (int) days;
  }

  @Override
  public long getLong(int row) {
    return millis ? Math.floorDiv(data.getLong(row << 3), MILLIS_PER_DAY) : data.getInt(row << 2);
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : TemporalConversions.epochDay(getLong(row));
  }
}
