package io.sparkconnect.arrow;

import java.nio.ByteBuffer;

/**
 * A column of Arrow type Time: a count of its unit since midnight, int32 for seconds and
 * milliseconds, int64 for micro- and nanoseconds (Spark TimeType uses nanoseconds); values are
 * {@link java.time.LocalTime}. {@link #getLong} returns the raw stored number. Immutable,
 * thread-safe.
 */
final class TimeVector extends ColumnVector {
  private final ByteBuffer data;
  private final long perSecond;
  private final boolean wide;

  TimeVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
    this.perSecond = TemporalConversions.perSecond(field.unit);
    this.wide = field.bitWidth == 64;
  }

  @Override
  public long getLong(int row) {
    return wide ? data.getLong(row << 3) : data.getInt(row << 2);
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : TemporalConversions.localTime(getLong(row), perSecond);
  }
}
