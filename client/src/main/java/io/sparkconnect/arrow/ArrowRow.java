package io.sparkconnect.arrow;

import io.sparkconnect.sql.types.StructType;
import java.math.BigDecimal;

/**
 * A row that is a view of one row of decoded Arrow vectors: primitive getters read
 * straight from the buffers without boxing, {@link #get} converts on each call. Immutable and
 * safe for concurrent reads.
 */
public final class ArrowRow {
  private final StructType schema;
  private final ColumnVector[] columns;
  private final int row;

  ArrowRow(StructType schema, ColumnVector[] columns, int row) {
    this.schema = schema;
    this.columns = columns;
    this.row = row;
  }

  public StructType schema() {
    return schema;
  }

  public int size() {
    return columns.length;
  }

  public Object get(int i) {
    return columns[i].getObject(row);
  }

  public boolean isNullAt(int i) {
    return columns[i].isNullAt(row);
  }

  public boolean getBoolean(int i) {
    return columns[i].getBoolean(row);
  }

  public byte getByte(int i) {
    return columns[i].getByte(row);
  }

  public short getShort(int i) {
    return columns[i].getShort(row);
  }

  public int getInt(int i) {
    return columns[i].getInt(row);
  }

  public long getLong(int i) {
    return columns[i].getLong(row);
  }

  public float getFloat(int i) {
    return columns[i].getFloat(row);
  }

  public double getDouble(int i) {
    return columns[i].getDouble(row);
  }

  public String getString(int i) {
    return columns[i].getString(row);
  }

  public BigDecimal getDecimal(int i) {
    return columns[i].getDecimal(row);
  }
}
