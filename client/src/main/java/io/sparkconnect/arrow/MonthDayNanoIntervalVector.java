package io.sparkconnect.arrow;

import io.sparkconnect.sql.types.CalendarInterval;
import java.nio.ByteBuffer;

/**
 * A column of Arrow type Interval(MONTH_DAY_NANO): int32 months, int32 days, int64 nanoseconds
 * (Spark CalendarIntervalType); values are {@link CalendarInterval}s with nanoseconds truncated to
 * microseconds. Immutable, thread-safe.
 */
final class MonthDayNanoIntervalVector extends ColumnVector {
  private final ByteBuffer data;

  MonthDayNanoIntervalVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
  }

  @Override
  public Object getObject(int row) {
    if (isNullAt(row)) {
      return null;
    }
    int off = row << 4;
    return new CalendarInterval(
        data.getInt(off), data.getInt(off + 4), data.getLong(off + 8) / 1000L);
  }
}
