package io.sparkconnect.arrow;

import java.nio.ByteBuffer;

/**
 * A column of Arrow type Duration (int64 count of its unit; Spark DayTimeIntervalType uses
 * microseconds); values are {@link java.time.Duration}. {@link #getLong} returns the raw stored
 * number. Immutable, thread-safe.
 */
final class DurationVector extends ColumnVector {
  private final ByteBuffer data;
  private final long perSecond;

  DurationVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
    this.perSecond = TemporalConversions.perSecond(field.unit);
  }

  @Override
  public long getLong(int row) {
    return data.getLong(row << 3);
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : TemporalConversions.duration(getLong(row), perSecond);
  }
}
