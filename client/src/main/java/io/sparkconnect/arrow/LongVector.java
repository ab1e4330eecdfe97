package io.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A column of Arrow type Int(64, signed) (Spark LongType). Immutable, thread-safe. */
final class LongVector extends ColumnVector {
  private final ByteBuffer data;

  LongVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
  }

  @Override
  public long getLong(int row) {
    return data.getLong(row << 3);
  }

  @Override
  public long[] getLongs(int rowId, int count) {
    checkRange(rowId, count);
    long[] out = new long[count];
    data.slice(rowId << 3, count << 3).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(out);
    return out;
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : Long.valueOf(getLong(row));
  }
}
