package io.sparkconnect.arrow;

import io.sparkconnect.sql.types.DataType;
import java.nio.ByteBuffer;

/**
 * One decoded Arrow column: the public {@link io.sparkconnect.sql.vectorized.ColumnVector} read
 * straight from the Arrow buffers, plus its size and name. Subclasses implement the getters that
 * fit their Arrow type.
 *
 * <p>Vectors are immutable after decoding and safe for concurrent reads from several threads.
 */
public abstract class ColumnVector extends io.sparkconnect.sql.vectorized.ColumnVector {
  final ArrowField field;
  final int length;
  private final ByteBuffer validity;
  private DataType dataType;
  private int nulls = -1;

  ColumnVector(ArrowField field, int length, ByteBuffer validity) {
    this.field = field;
    this.length = length;
    this.validity = validity;
  }

  /** Number of values (rows) in this vector. */
  public final int size() {
    return length;
  }

  /** The column's name in the Arrow schema. */
  public final String name() {
    return field.name;
  }

  @Override
  public DataType dataType() {
    DataType t = dataType;
    if (t == null) {
      dataType = t = ArrowTypeMapping.toSpark(field);
    }
    return t;
  }

  /** True when the value at {@code row} is null. */
  @Override
  public boolean isNullAt(int row) {
    ByteBuffer v = validity;
    return v != null && (v.get(row >> 3) & (1 << (row & 7))) == 0;
  }

  @Override
  public int numNulls() {
    int n = nulls;
    if (n < 0) {
      n = 0;
      if (validity != null) {
        int full = length >> 3;
        for (int i = 0; i < full; i++) {
          n += 8 - Integer.bitCount(validity.get(i) & 0xff);
        }
        for (int row = full << 3; row < length; row++) {
          n += isNullAt(row) ? 1 : 0;
        }
      }
      nulls = n;
    }
    return n;
  }

  @Override
  protected void checkRange(int rowId, int count) {
    if (rowId < 0 || count < 0 || (long) rowId + count > length) {
      throw new IndexOutOfBoundsException(
          "Rows " + rowId + " to " + ((long) rowId + count) + " of column '" + field.name + "' with " + length + " rows");
    }
  }

  @Override
  protected UnsupportedOperationException unsupported(String what) {
    return new UnsupportedOperationException(
        "Column '" + field.name + "' of Arrow type " + field.describeType() + " cannot be read as " + what);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + field + ", " + length + " rows)";
  }
}
