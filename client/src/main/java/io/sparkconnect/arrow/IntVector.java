package io.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A column of Arrow type Int(32, signed) (Spark IntegerType). Immutable, thread-safe. */
final class IntVector extends ColumnVector {
  private final ByteBuffer data;

  IntVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
  }

  @Override
  public int getInt(int row) {
    return data.getInt(row << 2);
  }

  @Override
  public long getLong(int row) {
    return data.getInt(row << 2);
  }

  @Override
  public int[] getInts(int rowId, int count) {
    checkRange(rowId, count);
    int[] out = new int[count];
    data.slice(rowId << 2, count << 2).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(out);
    return out;
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : Integer.valueOf(getInt(row));
  }
}
