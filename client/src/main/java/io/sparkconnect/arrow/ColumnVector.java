package io.sparkconnect.arrow;

import java.math.BigDecimal;
import java.nio.ByteBuffer;

/**
 * One decoded Arrow column: read-only, typed access to its values by row index, reading straight
 * from the Arrow buffers.
 *
 * <p>The typed getters ({@link #getInt}, {@link #getLong}, {@link #getDouble}, ...) do not box.
 * Each vector supports the getters that fit its type (a getter of a wider primitive type also
 * works, e.g. {@code getLong} on an int column); others throw {@link UnsupportedOperationException}.
 * For a null slot the primitive getters return an unspecified value, so check {@link #isNullAt}
 * first; {@link #getObject} returns null. Temporal columns expose their raw stored number through
 * the primitive getters (days for dates, the Arrow unit for timestamps, durations and times,
 * months for year-month intervals).
 *
 * <p>Vectors are immutable after decoding and safe for concurrent reads from several threads.
 */
public abstract class ColumnVector {
  final ArrowField field;
  final int length;
  private final ByteBuffer validity;

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

  /** True when the value at {@code row} is null. */
  public boolean isNullAt(int row) {
    ByteBuffer v = validity;
    return v != null && (v.get(row >> 3) & (1 << (row & 7))) == 0;
  }

  /** Boolean value at {@code row}. */
  public boolean getBoolean(int row) {
    throw unsupported("boolean");
  }

  /** Byte value at {@code row}. */
  public byte getByte(int row) {
    throw unsupported("byte");
  }

  /** Short value at {@code row}. */
  public short getShort(int row) {
    throw unsupported("short");
  }

  /** Int value at {@code row}. */
  public int getInt(int row) {
    throw unsupported("int");
  }

  /** Long value at {@code row}. */
  public long getLong(int row) {
    throw unsupported("long");
  }

  /** Float value at {@code row}. */
  public float getFloat(int row) {
    throw unsupported("float");
  }

  /** Double value at {@code row}. */
  public double getDouble(int row) {
    throw unsupported("double");
  }

  /** Decimal value at {@code row}, or null. */
  public BigDecimal getDecimal(int row) {
    throw unsupported("decimal");
  }

  /** String value at {@code row} (decoded on each call), or null. */
  public String getString(int row) {
    throw unsupported("String");
  }

  /** A fresh copy of the binary value at {@code row}, or null. */
  public byte[] getBinary(int row) {
    throw unsupported("binary");
  }

  /**
   * The value at {@code row} as the Java object Spark uses for its type (Long, String,
   * BigDecimal, LocalDate, Instant, List, Map, Row, ...), or null.
   */
  public abstract Object getObject(int row);

  final UnsupportedOperationException unsupported(String what) {
    return new UnsupportedOperationException(
        "Column '" + field.name + "' of Arrow type " + field.describeType()
            + " cannot be read as " + what);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + field + ", " + length + " rows)";
  }
}
