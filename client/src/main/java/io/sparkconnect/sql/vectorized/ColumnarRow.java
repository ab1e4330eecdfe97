package io.sparkconnect.sql.vectorized;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.Rows;
import io.sparkconnect.sql.types.StructType;
import java.math.BigDecimal;

/**
 * A {@link Row} that is a view of one row of column vectors (of a {@link ColumnarBatch}, or the
 * fields of a struct column): nothing is copied. Primitive getters read straight from the
 * vectors without boxing (and throw {@link NullPointerException} for a null value, like every
 * {@code Row}); {@link #get} converts on each call; strings are decoded on access. Equality,
 * hashing, {@code toString} and JSON are those of every {@code Row}, so a view equals a
 * {@code GenericRow} with the same values. Immutable, and safe for concurrent reads when its
 * vectors are.
 */
public final class ColumnarRow implements Row {
  private final StructType schema;
  private final ColumnVector[] columns;
  private final int row;

  /**
   * A view of row {@code row} of {@code columns}, one vector per field of {@code schema}; the
   * array is used as it is, not copied.
   */
  public ColumnarRow(StructType schema, ColumnVector[] columns, int row) {
    if (schema.size() != columns.length) {
      throw new IllegalArgumentException(
          "The schema has " + schema.size() + " fields but there are " + columns.length + " columns");
    }
    this.schema = schema;
    this.columns = columns;
    this.row = row;
  }

  @Override
  public StructType schema() {
    return schema;
  }

  @Override
  public int size() {
    return columns.length;
  }

  @Override
  public Object get(int i) {
    return columns[i].getObject(row);
  }

  @Override
  public boolean isNullAt(int i) {
    return columns[i].isNullAt(row);
  }

  private ColumnVector nonNull(int i) {
    ColumnVector c = columns[i];
    if (c.isNullAt(row)) {
      throw new NullPointerException("Value at index " + i + " is null");
    }
    return c;
  }

  @Override
  public boolean getBoolean(int i) {
    return nonNull(i).getBoolean(row);
  }

  @Override
  public byte getByte(int i) {
    return nonNull(i).getByte(row);
  }

  @Override
  public short getShort(int i) {
    return nonNull(i).getShort(row);
  }

  @Override
  public int getInt(int i) {
    return nonNull(i).getInt(row);
  }

  @Override
  public long getLong(int i) {
    return nonNull(i).getLong(row);
  }

  @Override
  public float getFloat(int i) {
    return nonNull(i).getFloat(row);
  }

  @Override
  public double getDouble(int i) {
    return nonNull(i).getDouble(row);
  }

  @Override
  public String getString(int i) {
    return columns[i].getString(row);
  }

  @Override
  public BigDecimal getDecimal(int i) {
    return columns[i].getDecimal(row);
  }

  @Override
  public byte[] getBinary(int i) {
    return columns[i].getBinary(row);
  }

  @Override
  public boolean equals(Object o) {
    return Rows.equals(this, o);
  }

  @Override
  public int hashCode() {
    return Rows.hashCode(this);
  }

  @Override
  public String toString() {
    return Rows.toString(this);
  }
}
