package io.sparkconnect.arrow;

import java.nio.ByteBuffer;

/** A column of Arrow type FixedSizeBinary; values are byte arrays. Immutable, thread-safe. */
final class FixedSizeBinaryVector extends ColumnVector {
  private final ByteBuffer data;
  private final int width;

  FixedSizeBinaryVector(ArrowField field, int length, ByteBuffer validity, ByteBuffer data) {
    super(field, length, validity);
    this.data = data;
    this.width = field.byteWidth;
  }

  @Override
  public byte[] getBinary(int row) {
    if (isNullAt(row)) {
      return null;
    }
    byte[] b = new byte[width];
    data.get(row * width, b);
    return b;
  }

  @Override
  public Object getObject(int row) {
    return getBinary(row);
  }
}
