package io.sparkconnect.arrow;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.StructType;
import java.math.BigDecimal;

/**
 * A {@link Row} that is a view of one row of decoded Arrow vectors: primitive getters read
 * straight from the buffers without boxing, {@link #get} converts on each call. Immutable and
 * safe for concurrent reads.
 */
final class ArrowRow implements Row {
  private final StructType schema;
  private final ColumnVector[] columns;
  private final int row;

  ArrowRow(StructType schema, ColumnVector[] columns, int row) {
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

  @Override
  public boolean getBoolean(int i) {
    return columns[i].getBoolean(row);
  }

  @Override
  public byte getByte(int i) {
    return columns[i].getByte(row);
  }

  @Override
  public short getShort(int i) {
    return columns[i].getShort(row);
  }

  @Override
  public int getInt(int i) {
    return columns[i].getInt(row);
  }

  @Override
  public long getLong(int i) {
    return columns[i].getLong(row);
  }

  @Override
  public float getFloat(int i) {
    return columns[i].getFloat(row);
  }

  @Override
  public double getDouble(int i) {
    return columns[i].getDouble(row);
  }

  @Override
  public String getString(int i) {
    return columns[i].getString(row);
  }

  @Override
  public BigDecimal getDecimal(int i) {
    return columns[i].getDecimal(row);
  }
}
