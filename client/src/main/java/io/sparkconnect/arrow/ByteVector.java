package io.sparkconnect.arrow;

import java.nio.ByteBuffer;

/** A column of Arrow type Int(8, signed) (Spark ByteType). Immutable, thread-safe. */
final class ByteVector extends ColumnVector {
  private final ByteBuffer data;

  ByteVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
  }

  @Override
  public byte getByte(int row) {
    return data.get(row);
  }

  @Override
  public short getShort(int row) {
    return data.get(row);
  }

  @Override
  public int getInt(int row) {
    return data.get(row);
  }

  @Override
  public long getLong(int row) {
    return data.get(row);
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : Byte.valueOf(data.get(row));
  }
}
