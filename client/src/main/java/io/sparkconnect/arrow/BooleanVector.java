package io.sparkconnect.arrow;

import java.nio.ByteBuffer;

/** A column of Arrow type Bool, stored as a bitmap. Immutable, thread-safe. */
final class BooleanVector extends ColumnVector {
  private final ByteBuffer data;

  BooleanVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
  }

  @Override
  public boolean getBoolean(int row) {
    return (data.get(row >> 3) & (1 << (row & 7))) != 0;
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : Boolean.valueOf(getBoolean(row));
  }
}
