package io.sparkconnect.arrow;

import java.nio.ByteBuffer;

/**
 * A column of Arrow type Timestamp (int64 count of its unit since the epoch). With a time zone
 * (Spark TimestampType) values are {@link java.time.Instant}; without one (Spark
 * TimestampNTZType) they are {@link java.time.LocalDateTime} read as a UTC wall clock.
 * {@link #getLong} returns the raw stored number in the column's unit. Immutable, thread-safe.
 */
final class TimestampVector extends ColumnVector {
  private final ByteBuffer data;
  private final long perSecond;
  private final boolean zoned;

  TimestampVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
    this.perSecond = TemporalConversions.perSecond(field.unit);
    this.zoned = field.timezone != null;
  }

  @Override
  public long getLong(int row) {
    return data.getLong(row << 3);
  }

  @Override
  public Object getObject(int row) {
    if (isNullAt(row)) {
      return null;
    }
    long v = getLong(row);
    return zoned
        ? TemporalConversions.instant(v, perSecond)
        : TemporalConversions.localDateTime(v, perSecond);
  }
}
