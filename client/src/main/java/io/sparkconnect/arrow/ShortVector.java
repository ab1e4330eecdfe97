package io.sparkconnect.arrow;

import java.nio.ByteBuffer;

/** A column of Arrow type Int(16, signed) (Spark ShortType). Immutable, thread-safe. */
final class ShortVector extends ColumnVector {
  private final ByteBuffer data;

  ShortVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
  }

  @Override
  public short getShort(int row) {
    return data.getShort(row << 1);
  }

  @Override
  public int getInt(int row) {
    return getShort(row);
  }

  @Override
  public long getLong(int row) {
    return getShort(row);
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : Short.valueOf(getShort(row));
  }
}
