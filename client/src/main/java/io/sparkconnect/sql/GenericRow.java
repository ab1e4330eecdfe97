package io.sparkconnect.sql;

import io.sparkconnect.sql.types.StructType;

/**
 * A {@link Row} backed by an array of values.
 *
 * <p>Immutable and thread-safe: the value array is copied on construction (values themselves
 * must not be modified afterwards). Equality, hashing and {@code toString} follow {@link Rows},
 * e.g. {@code [1,abc,null]}; a nested struct renders as {@code [1,[2,3]]}, a list value as {@code
 * [1,[1, 2]]} (Java list style) and a map as {@code {k=v}}.
 */
public final class GenericRow implements Row {
  private final Object[] values;
  private final StructType schema;

  /**
   * Creates a row.
   *
   * @param values the values (copied), see {@link Row} for the Java types
   * @param schema the schema, or null; if given, it must have one field per value
   * @throws IllegalArgumentException if the schema and the values differ in length
   */
  public GenericRow(Object[] values, StructType schema) {
    this(values.clone(), schema, true);
  }

  /** A row over {@code values} itself, which no one else changes (per-row conversions own theirs). */
  static GenericRow owning(Object[] values, StructType schema) {
    return new GenericRow(values, schema, true);
  }

  private GenericRow(Object[] values, StructType schema, boolean owned) {
    this.values = values;
    this.schema = schema;
    if (schema != null && schema.length() != values.length) {
      throw new IllegalArgumentException("Row has " + values.length
          + " values but the schema has " + schema.length() + " fields: "
          + schema.simpleString());
    }
  }

  /**
   * Creates a row without schema.
   *
   * @param values the values (copied)
   */
  public GenericRow(Object[] values) {
    this(values, null);
  }

  /** {@inheritDoc} */
  @Override
  public int size() {
    return values.length;
  }

  /** {@inheritDoc} */
  @Override
  public StructType schema() {
    return schema;
  }

  /** {@inheritDoc} */
  @Override
  public Object get(int i) {
    if (i < 0 || i >= values.length) {
      throw new IndexOutOfBoundsException(
          "Index " + i + " is out of bounds for a row with " + values.length + " values");
    }
    return values[i];
  }

  /** {@inheritDoc} */
  @Override
  public Object[] toArray() {
    return values.clone();
  }

  /** Returns this row: it is already immutable. */
  @Override
  public Row copy() {
    return this;
  }

  /** See {@link Rows#equals(Row, Object)}. */
  @Override
  public boolean equals(Object o) {
    return Rows.equals(this, o);
  }

  /** See {@link Rows#hashCode(Row)}. */
  @Override
  public int hashCode() {
    return Rows.hashCode(this);
  }

  /** See {@link Rows#toString(Row)}. */
  @Override
  public String toString() {
    return Rows.toString(this);
  }
}
