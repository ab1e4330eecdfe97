package io.sparkconnect.arrow;

import java.nio.ByteBuffer;

/** A column of Arrow type FloatingPoint(DOUBLE) (Spark DoubleType). Immutable, thread-safe. */
final class DoubleVector extends ColumnVector {
  private final ByteBuffer data;

  DoubleVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
  }

  @Override
  public double getDouble(int row) {
    return data.getDouble(row << 3);
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : Double.valueOf(getDouble(row));
  }
}
