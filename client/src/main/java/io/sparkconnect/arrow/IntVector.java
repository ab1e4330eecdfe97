package io.sparkconnect.arrow;

import java.nio.ByteBuffer;

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
  public Object getObject(int row) {
    return isNullAt(row) ? null : Integer.valueOf(getInt(row));
  }
}
