package io.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

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
  public double[] getDoubles(int rowId, int count) {
    checkRange(rowId, count);
    double[] out = new double[count];
    data.slice(rowId << 3, count << 3).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out);
    return out;
  }

  @Override
  public Object getObject(int row) {
    return isNullAt(row) ? null : Double.valueOf(getDouble(row));
  }
}
