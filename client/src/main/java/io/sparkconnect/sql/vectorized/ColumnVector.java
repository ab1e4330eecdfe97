package io.sparkconnect.sql.vectorized;

import io.sparkconnect.sql.types.DataType;
import java.math.BigDecimal;

/**
 * One column of a {@link ColumnarBatch}: typed access to its values by row index, as in Spark's
 * {@code org.apache.spark.sql.vectorized.ColumnVector}. The vectors of a query result read
 * straight from the Arrow data the server sent; nothing is copied or boxed by the primitive
 * getters.
 *
 * <p>Each vector supports the getters that fit its {@link #dataType()}, and a getter of a wider
 * primitive type works too (e.g. {@code getLong} on an int column). Any other getter throws
 * {@link UnsupportedOperationException} naming the column's type. The value a primitive getter
 * returns for a null slot is unspecified: check {@link #isNullAt} first. Values of date, time and
 * interval columns are read through {@link #getObject} as the Java objects a {@code Row} gives
 * ({@code LocalDate}, {@code Instant}, ...); their primitive getters return the stored number
 * (days since the epoch for dates, microseconds for timestamps, months for year-month
 * intervals).
 *
 * <p>Vectors of a query result are immutable and safe for concurrent reads.
 */
public abstract class ColumnVector implements AutoCloseable {
  /** For subclasses. */
  protected ColumnVector() {}

  /** The Spark type of the column's values. */
  public abstract DataType dataType();

  /** Whether the value at {@code rowId} is null. */
  public abstract boolean isNullAt(int rowId);

  /** Whether any value of the column is null. */
  public boolean hasNull() {
    return numNulls() > 0;
  }

  /** The number of null values. */
  public abstract int numNulls();

  /** The boolean at {@code rowId}. */
  public boolean getBoolean(int rowId) {
    throw unsupported("boolean");
  }

  /** The byte at {@code rowId}. */
  public byte getByte(int rowId) {
    throw unsupported("byte");
  }

  /** The short at {@code rowId}. */
  public short getShort(int rowId) {
    throw unsupported("short");
  }

  /** The int at {@code rowId}. */
  public int getInt(int rowId) {
    throw unsupported("int");
  }

  /** The long at {@code rowId}. */
  public long getLong(int rowId) {
    throw unsupported("long");
  }

  /** The float at {@code rowId}. */
  public float getFloat(int rowId) {
    throw unsupported("float");
  }

  /** The double at {@code rowId}. */
  public double getDouble(int rowId) {
    throw unsupported("double");
  }

  /** The decimal at {@code rowId}, or null. */
  public BigDecimal getDecimal(int rowId) {
    throw unsupported("decimal");
  }

  /** The string at {@code rowId} (decoded on each call), or null. */
  public String getString(int rowId) {
    throw unsupported("string");
  }

  /** A copy of the binary value at {@code rowId}, or null. */
  public byte[] getBinary(int rowId) {
    throw unsupported("binary");
  }

  /**
   * The value at {@code rowId} as the Java object a {@code Row} gives for the column's type
   * ({@code Long}, {@code String}, {@code BigDecimal}, {@code LocalDate}, {@code Instant},
   * {@code List}, {@code Map}, {@code Row}, ...), or null.
   */
  public abstract Object getObject(int rowId);

  /** {@code count} booleans from {@code rowId} on (nulls read as unspecified values). */
  public boolean[] getBooleans(int rowId, int count) {
    checkRange(rowId, count);
    boolean[] out = new boolean[count];
    for (int i = 0; i < count; i++) {
      out[i] = getBoolean(rowId + i);
    }
    return out;
  }

  /** {@code count} bytes from {@code rowId} on (nulls read as unspecified values). */
  public byte[] getBytes(int rowId, int count) {
    checkRange(rowId, count);
    byte[] out = new byte[count];
    for (int i = 0; i < count; i++) {
      out[i] = getByte(rowId + i);
    }
    return out;
  }

  /** {@code count} shorts from {@code rowId} on (nulls read as unspecified values). */
  public short[] getShorts(int rowId, int count) {
    checkRange(rowId, count);
    short[] out = new short[count];
    for (int i = 0; i < count; i++) {
      out[i] = getShort(rowId + i);
    }
    return out;
  }

  /** {@code count} ints from {@code rowId} on (nulls read as unspecified values). */
  public int[] getInts(int rowId, int count) {
    checkRange(rowId, count);
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = getInt(rowId + i);
    }
    return out;
  }

  /** {@code count} longs from {@code rowId} on (nulls read as unspecified values). */
  public long[] getLongs(int rowId, int count) {
    checkRange(rowId, count);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = getLong(rowId + i);
    }
    return out;
  }

  /** {@code count} floats from {@code rowId} on (nulls read as unspecified values). */
  public float[] getFloats(int rowId, int count) {
    checkRange(rowId, count);
    float[] out = new float[count];
    for (int i = 0; i < count; i++) {
      out[i] = getFloat(rowId + i);
    }
    return out;
  }

  /** {@code count} doubles from {@code rowId} on (nulls read as unspecified values). */
  public double[] getDoubles(int rowId, int count) {
    checkRange(rowId, count);
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      out[i] = getDouble(rowId + i);
    }
    return out;
  }

  /** Releases what the vector holds; the vectors of a query result hold only heap memory, so this does nothing. */
  @Override
  public void close() {}

  /**
   * Fails unless {@code [rowId, rowId + count)} is a valid range of rows; subclasses that know
   * their size check it against that.
   */
  protected void checkRange(int rowId, int count) {
    if (rowId < 0 || count < 0) {
      throw new IndexOutOfBoundsException("Rows " + rowId + " to " + ((long) rowId + count) + " of a column");
    }
  }

  /** The exception a getter throws when the column's type has no such value. */
  protected UnsupportedOperationException unsupported(String what) {
    return new UnsupportedOperationException(
        "A column of type " + dataType().simpleString() + " cannot be read as " + what);
  }
}
