package io.sparkconnect.sql;

import io.sparkconnect.sql.types.CalendarInterval;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.types.VariantVal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * One row of a result: an ordered sequence of values, optionally described by a {@link
 * StructType} schema.
 *
 * <h2>Value types</h2>
 *
 * <p>Values are {@code null} or, by SQL type: boolean &rarr; {@link Boolean}, tinyint &rarr;
 * {@link Byte}, smallint &rarr; {@link Short}, int &rarr; {@link Integer}, bigint &rarr; {@link
 * Long}, float &rarr; {@link Float}, double &rarr; {@link Double}, decimal &rarr; {@link
 * BigDecimal}, string/char/varchar &rarr; {@link String}, binary &rarr; {@code byte[]}, date
 * &rarr; {@link LocalDate}, timestamp &rarr; {@link Instant}, timestamp_ntz &rarr; {@link
 * LocalDateTime}, time &rarr; {@link LocalTime}, day-time interval &rarr; {@link Duration},
 * year-month interval &rarr; {@link Period}, calendar interval &rarr; {@link CalendarInterval},
 * variant &rarr; {@link VariantVal}, array &rarr; {@link List}, map &rarr; {@link Map} (a {@link
 * java.util.LinkedHashMap} keeping the server's entry order), struct &rarr; {@code Row}.
 *
 * <h2>Contract for implementations</h2>
 *
 * <ul>
 *   <li>{@link #get(int)} throws {@link IndexOutOfBoundsException} for an index outside {@code [0,
 *       size())}.
 *   <li>Rows are equal when they have the same number of values and the values are equal
 *       pairwise; the schema is not compared. {@code byte[]} values compare by content, nested
 *       lists, maps and rows element-wise, decimals numerically. Implementations must implement
 *       {@code equals}, {@code hashCode} and {@code toString} by delegating to {@link
 *       Rows#equals(Row, Object)}, {@link Rows#hashCode(Row)} and {@link Rows#toString(Row)}, so
 *       that different implementations are interchangeable.
 *   <li>Rows are immutable and safe to share between threads. Values such as {@code byte[]},
 *       lists and maps returned by {@link #get(int)} must not be modified.
 * </ul>
 */
public interface Row {

  /**
   * The number of values.
   *
   * @return the number of values
   */
  int size();

  /**
   * The number of values, same as {@link #size()}.
   *
   * @return the number of values
   */
  default int length() {
    return size();
  }

  /**
   * The schema of this row.
   *
   * @return the schema, or {@code null} for a row created without one
   */
  StructType schema();

  /**
   * The value at a position, see the class documentation for the Java types.
   *
   * @param i zero-based position
   * @return the value, possibly null
   * @throws IndexOutOfBoundsException if {@code i} is outside {@code [0, size())}
   */
  Object get(int i);

  /**
   * The value at a position, cast to the caller's expected type.
   *
   * @param i zero-based position
   * @param <T> the expected type
   * @return the value, possibly null
   * @throws IndexOutOfBoundsException for a bad index
   * @throws ClassCastException (at the call site) if the value has another type
   */
  @SuppressWarnings("unchecked")
  default <T> T getAs(int i) {
    return (T) get(i);
  }

  /**
   * The value of the named field, cast to the caller's expected type.
   *
   * @param fieldName the field name
   * @param <T> the expected type
   * @return the value, possibly null
   * @throws IllegalStateException if the row has no schema
   * @throws IllegalArgumentException if there is no such field
   */
  default <T> T getAs(String fieldName) {
    return getAs(fieldIndex(fieldName));
  }

  /**
   * The position of the named field in the schema.
   *
   * @param name the field name (case-sensitive)
   * @return the position
   * @throws IllegalStateException if the row has no schema
   * @throws IllegalArgumentException naming the field and the available fields if absent
   */
  default int fieldIndex(String name) {
    StructType schema = schema();
    if (schema == null) {
      throw new IllegalStateException(
          "Cannot look up field \"" + name + "\": row has no schema");
    }
    return schema.fieldIndex(name);
  }

  /**
   * Whether the value at a position is null.
   *
   * @param i zero-based position
   * @return true if null
   * @throws IndexOutOfBoundsException for a bad index
   */
  default boolean isNullAt(int i) {
    return get(i) == null;
  }

  /**
   * Whether any value is null.
   *
   * @return true if at least one value is null
   */
  default boolean anyNull() {
    for (int i = 0; i < size(); i++) {
      if (isNullAt(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The boolean at a position.
   *
   * @param i zero-based position
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws ClassCastException if the value is not a {@link Boolean}
   */
  default boolean getBoolean(int i) {
    return (Boolean) Rows.nonNull(this, i);
  }

  /**
   * The tinyint at a position.
   *
   * @param i zero-based position
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws ClassCastException if the value is not a {@link Byte}
   */
  default byte getByte(int i) {
    return (Byte) Rows.nonNull(this, i);
  }

  /**
   * The smallint at a position.
   *
   * @param i zero-based position
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws ClassCastException if the value is not a {@link Short}
   */
  default short getShort(int i) {
    return (Short) Rows.nonNull(this, i);
  }

  /**
   * The int at a position.
   *
   * @param i zero-based position
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws ClassCastException if the value is not an {@link Integer}
   */
  default int getInt(int i) {
    return (Integer) Rows.nonNull(this, i);
  }

  /**
   * The bigint at a position.
   *
   * @param i zero-based position
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws ClassCastException if the value is not a {@link Long}
   */
  default long getLong(int i) {
    return (Long) Rows.nonNull(this, i);
  }

  /**
   * The float at a position.
   *
   * @param i zero-based position
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws ClassCastException if the value is not a {@link Float}
   */
  default float getFloat(int i) {
    return (Float) Rows.nonNull(this, i);
  }

  /**
   * The double at a position.
   *
   * @param i zero-based position
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws ClassCastException if the value is not a {@link Double}
   */
  default double getDouble(int i) {
    return (Double) Rows.nonNull(this, i);
  }

  /**
   * The string at a position.
   *
   * @param i zero-based position
   * @return the value, possibly null
   * @throws ClassCastException if the value is not a {@link String}
   */
  default String getString(int i) {
    return (String) get(i);
  }

  /**
   * The decimal at a position.
   *
   * @param i zero-based position
   * @return the value, possibly null
   * @throws ClassCastException if the value is not a {@link BigDecimal}
   */
  default BigDecimal getDecimal(int i) {
    return (BigDecimal) get(i);
  }

  /**
   * The date at a position.
   *
   * @param i zero-based position
   * @return the value, possibly null
   * @throws ClassCastException if the value is not a {@link LocalDate}
   */
  default LocalDate getDate(int i) {
    return (LocalDate) get(i);
  }

  /**
   * The date at a position, same as {@link #getDate(int)}.
   *
   * @param i zero-based position
   * @return the value, possibly null
   */
  default LocalDate getLocalDate(int i) {
    return getDate(i);
  }

  /**
   * The timestamp at a position.
   *
   * @param i zero-based position
   * @return the value, possibly null
   * @throws ClassCastException if the value is not an {@link Instant}
   */
  default Instant getTimestamp(int i) {
    return (Instant) get(i);
  }

  /**
   * The timestamp at a position, same as {@link #getTimestamp(int)}.
   *
   * @param i zero-based position
   * @return the value, possibly null
   */
  default Instant getInstant(int i) {
    return getTimestamp(i);
  }

  /**
   * The timestamp without time zone at a position.
   *
   * @param i zero-based position
   * @return the value, possibly null
   * @throws ClassCastException if the value is not a {@link LocalDateTime}
   */
  default LocalDateTime getLocalDateTime(int i) {
    return (LocalDateTime) get(i);
  }

  /**
   * The time of day at a position.
   *
   * @param i zero-based position
   * @return the value, possibly null
   * @throws ClassCastException if the value is not a {@link LocalTime}
   */
  default LocalTime getLocalTime(int i) {
    return (LocalTime) get(i);
  }

  /**
   * The day-time interval at a position.
   *
   * @param i zero-based position
   * @return the value, possibly null
   * @throws ClassCastException if the value is not a {@link Duration}
   */
  default Duration getDuration(int i) {
    return (Duration) get(i);
  }

  /**
   * The year-month interval at a position.
   *
   * @param i zero-based position
   * @return the value, possibly null
   * @throws ClassCastException if the value is not a {@link Period}
   */
  default Period getPeriod(int i) {
    return (Period) get(i);
  }

  /**
   * The calendar interval at a position.
   *
   * @param i zero-based position
   * @return the value, possibly null
   * @throws ClassCastException if the value is not a {@link CalendarInterval}
   */
  default CalendarInterval getCalendarInterval(int i) {
    return (CalendarInterval) get(i);
  }

  /**
   * The variant at a position.
   *
   * @param i zero-based position
   * @return the value, possibly null
   * @throws ClassCastException if the value is not a {@link VariantVal}
   */
  default VariantVal getVariant(int i) {
    return (VariantVal) get(i);
  }

  /**
   * The binary value at a position, as a fresh copy.
   *
   * @param i zero-based position
   * @return a copy of the bytes, or null
   * @throws ClassCastException if the value is not a {@code byte[]}
   */
  default byte[] getBinary(int i) {
    byte[] b = (byte[]) get(i);
    return b == null ? null : b.clone();
  }

  /**
   * The array at a position.
   *
   * @param i zero-based position
   * @param <T> the element type
   * @return the list (do not modify), possibly null
   * @throws ClassCastException if the value is not a {@link List}
   */
  @SuppressWarnings("unchecked")
  default <T> List<T> getList(int i) {
    return (List<T>) get(i);
  }

  /**
   * The map at a position.
   *
   * @param i zero-based position
   * @param <K> the key type
   * @param <V> the value type
   * @return the map (do not modify), possibly null
   * @throws ClassCastException if the value is not a {@link Map}
   */
  @SuppressWarnings("unchecked")
  default <K, V> Map<K, V> getJavaMap(int i) {
    return (Map<K, V>) get(i);
  }

  /**
   * The struct at a position.
   *
   * @param i zero-based position
   * @return the nested row, possibly null
   * @throws ClassCastException if the value is not a {@code Row}
   */
  default Row getStruct(int i) {
    return (Row) get(i);
  }

  /**
   * The values as a new array.
   *
   * @return a fresh array of the values
   */
  default Object[] toArray() {
    Object[] out = new Object[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = get(i);
    }
    return out;
  }

  /**
   * The values joined without separator (see {@link #mkString(String, String, String)}).
   *
   * @return the string
   */
  default String mkString() {
    return mkString("", "", "");
  }

  /**
   * The values joined by a separator.
   *
   * @param sep the separator
   * @return the string
   */
  default String mkString(String sep) {
    return mkString("", sep, "");
  }

  /**
   * The values rendered as in {@link Rows#toString(Row)}, joined by {@code sep} and wrapped in
   * {@code start} and {@code end}.
   *
   * @param start prefix
   * @param sep separator
   * @param end suffix
   * @return the string
   */
  default String mkString(String start, String sep, String end) {
    return Rows.mkString(this, start, sep, end);
  }

  /**
   * The row as a compact JSON object keyed by field name, e.g. {@code {"a":1,"b":"x"}}. See
   * {@link Rows#json(Row, boolean)} for the value formats.
   *
   * @return JSON text
   * @throws IllegalStateException if the row (or a nested row) has no schema
   */
  default String json() {
    return Rows.json(this, false);
  }

  /**
   * Like {@link #json()}, but indented.
   *
   * @return JSON text
   * @throws IllegalStateException if the row (or a nested row) has no schema
   */
  default String prettyJson() {
    return Rows.json(this, true);
  }

  /**
   * An independent copy of this row as a {@link GenericRow} with the same schema.
   *
   * @return the copy
   */
  default Row copy() {
    return new GenericRow(toArray(), schema());
  }

  /**
   * The value at a position as a map; same as {@link #getJavaMap(int)}.
   *
   * @param i zero-based position
   * @param <K> the key type
   * @param <V> the value type
   * @return the map, or null
   */
  default <K, V> Map<K, V> getMap(int i) {
    return getJavaMap(i);
  }

  /**
   * The values of the named fields, keyed by name, in the order given.
   *
   * @param fieldNames field names
   * @param <T> the expected value type
   * @return a new map from name to value
   * @throws IllegalStateException if the row has no schema
   * @throws IllegalArgumentException if a field does not exist
   */
  default <T> Map<String, T> getValuesMap(List<String> fieldNames) {
    Map<String, T> out = new java.util.LinkedHashMap<>();
    for (String n : fieldNames) {
      out.put(n, getAs(n));
    }
    return out;
  }

  /**
   * The row as a JSON tree: a map from field name to JSON value (map, list, string, number,
   * boolean or null), as {@link #json()} renders it.
   *
   * @return the JSON tree
   * @throws IllegalStateException if the row (or a nested row) has no schema
   */
  default Object jsonValue() {
    return Rows.jsonTree(this);
  }

  /**
   * A row without values.
   *
   * @return the empty row
   */
  static Row empty() {
    return new GenericRow(new Object[0], new StructType());
  }

  /**
   * The values of several rows, one after the other, in one row; it has a schema when every row
   * has one.
   *
   * @param rows the rows
   * @return the merged row
   */
  static Row merge(Row... rows) {
    java.util.List<Object> values = new java.util.ArrayList<>();
    StructType schema = new StructType();
    for (Row r : rows) {
      for (int i = 0; i < r.size(); i++) {
        values.add(r.get(i));
      }
      if (schema != null && r.schema() != null) {
        for (io.sparkconnect.sql.types.StructField f : r.schema().fields()) {
          schema = schema.add(f);
        }
      } else {
        schema = null;
      }
    }
    return new GenericRow(values.toArray(), schema);
  }
}
