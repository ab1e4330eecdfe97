package io.sparkconnect.arrow;

import java.nio.ByteBuffer;

/** A column of Arrow type FloatingPoint(SINGLE) (Spark FloatType). Immutable, thread-safe. */
final class FloatVector extends ColumnVector {
  private final ByteBuffer data;

  FloatVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
  }

  @Override
  public float getFloat(int row) {
    return data.getFloat(row << 2);
  }

  @Override
  public double getDouble(int row) {
    return getFloat(row);
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : Float.valueOf(getFloat(row));
  }
}
