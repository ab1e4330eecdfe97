package io.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.time.Period;

/**
 * A column of Arrow type Interval(YEAR_MONTH): int32 months (Spark YearMonthIntervalType); values
 * are normalized {@link Period}s, as Spark returns them. {@link #getInt} returns months.
 * Immutable, thread-safe.
 */
final class YearMonthIntervalVector extends ColumnVector {
  private final ByteBuffer data;

  YearMonthIntervalVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
  }

  @Override
  public int getInt(int row) {
    return data.getInt(row << 2);
  }

  @Override
  public long getLong(int row) {
    return getInt(row);
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : Period.ofMonths(getInt(row)).normalized();
  }
}
