package io.sparkconnect.sql;

import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.io.Serializable;

/**
 * Factories of {@link Encoder}s, as in Spark: one per basic Java type, {@link #bean(Class)} for
 * records and JavaBeans (the same mapping as {@link DataFrame#as(Class)}), {@link #row(StructType)}
 * for rows, and {@link #javaSerialization(Class)} / {@link #kryo(Class)} for opaque objects.
 *
 * <p>All encoders are immutable and thread-safe.
 */
public final class Encoders {
  private Encoders() {}

  /**
   * An encoder of {@code boolean} / {@code Boolean} values.
   *
   * @return the encoder
   */
  public static Encoder<Boolean> BOOLEAN() {
    return TypedEncoder.value(Boolean.class, DataTypes.BooleanType);
  }

  /**
   * An encoder of {@code byte} / {@code Byte} values.
   *
   * @return the encoder
   */
  public static Encoder<Byte> BYTE() {
    return TypedEncoder.value(Byte.class, DataTypes.ByteType);
  }

  /**
   * An encoder of {@code short} / {@code Short} values.
   *
   * @return the encoder
   */
  public static Encoder<Short> SHORT() {
    return TypedEncoder.value(Short.class, DataTypes.ShortType);
  }

  /**
   * An encoder of {@code int} / {@code Integer} values.
   *
   * @return the encoder
   */
  public static Encoder<Integer> INT() {
    return TypedEncoder.value(Integer.class, DataTypes.IntegerType);
  }

  /**
   * An encoder of {@code long} / {@code Long} values.
   *
   * @return the encoder
   */
  public static Encoder<Long> LONG() {
    return TypedEncoder.value(Long.class, DataTypes.LongType);
  }

  /**
   * An encoder of {@code float} / {@code Float} values.
   *
   * @return the encoder
   */
  public static Encoder<Float> FLOAT() {
    return TypedEncoder.value(Float.class, DataTypes.FloatType);
  }

  /**
   * An encoder of {@code double} / {@code Double} values.
   *
   * @return the encoder
   */
  public static Encoder<Double> DOUBLE() {
    return TypedEncoder.value(Double.class, DataTypes.DoubleType);
  }

  /**
   * An encoder of {@code String} values.
   *
   * @return the encoder
   */
  public static Encoder<String> STRING() {
    return TypedEncoder.value(String.class, DataTypes.StringType);
  }

  /**
   * An encoder of {@code BigDecimal} values, as decimal(38,18).
   *
   * @return the encoder
   */
  public static Encoder<java.math.BigDecimal> DECIMAL() {
    return TypedEncoder.value(java.math.BigDecimal.class, DataTypes.createDecimalType(38, 18));
  }

  /**
   * An encoder of {@code java.sql.Date} values.
   *
   * @return the encoder
   */
  public static Encoder<java.sql.Date> DATE() {
    return TypedEncoder.value(java.sql.Date.class, DataTypes.DateType);
  }

  /**
   * An encoder of {@code LocalDate} values.
   *
   * @return the encoder
   */
  public static Encoder<java.time.LocalDate> LOCALDATE() {
    return TypedEncoder.value(java.time.LocalDate.class, DataTypes.DateType);
  }

  /**
   * An encoder of {@code LocalDateTime} values, as timestamp_ntz.
   *
   * @return the encoder
   */
  public static Encoder<java.time.LocalDateTime> LOCALDATETIME() {
    return TypedEncoder.value(java.time.LocalDateTime.class, DataTypes.TimestampNTZType);
  }

  /**
   * An encoder of {@code java.sql.Timestamp} values.
   *
   * @return the encoder
   */
  public static Encoder<java.sql.Timestamp> TIMESTAMP() {
    return TypedEncoder.value(java.sql.Timestamp.class, DataTypes.TimestampType);
  }

  /**
   * An encoder of {@code Instant} values.
   *
   * @return the encoder
   */
  public static Encoder<java.time.Instant> INSTANT() {
    return TypedEncoder.value(java.time.Instant.class, DataTypes.TimestampType);
  }

  /**
   * An encoder of {@code byte[]} values.
   *
   * @return the encoder
   */
  public static Encoder<byte[]> BINARY() {
    return TypedEncoder.value(byte[].class, DataTypes.BinaryType);
  }

  /**
   * An encoder of {@code Duration} values, as a day-time interval.
   *
   * @return the encoder
   */
  public static Encoder<java.time.Duration> DURATION() {
    return TypedEncoder.value(java.time.Duration.class, DataTypes.createDayTimeIntervalType());
  }

  /**
   * An encoder of {@code Period} values, as a year-month interval.
   *
   * @return the encoder
   */
  public static Encoder<java.time.Period> PERIOD() {
    return TypedEncoder.value(java.time.Period.class, DataTypes.createYearMonthIntervalType());
  }

  /**
   * An encoder of a Java record or JavaBean: a struct with one field per record component (in
   * declaration order) or bean property (sorted by name), nested records, beans, lists, maps,
   * arrays and enums included.
   *
   * @param beanClass the record or bean class
   * @param <T> the type
   * @return the encoder
   * @throws IllegalArgumentException if the class is neither a record nor a bean, or has a
   *     property of a type without a Spark type
   */
  public static <T> Encoder<T> bean(Class<T> beanClass) {
    return TypedEncoder.bean(beanClass);
  }

  /**
   * An encoder of {@link Row}s of the given schema.
   *
   * @param schema the schema of the rows
   * @return the encoder
   */
  public static Encoder<Row> row(StructType schema) {
    return TypedEncoder.row(schema);
  }

  /**
   * An encoder that stores any serializable object as its Java serialization, in one binary
   * column.
   *
   * @param clazz the class of the objects, which must implement {@link Serializable}
   * @param <T> the type
   * @return the encoder
   * @throws IllegalArgumentException if the class is not serializable
   */
  public static <T> Encoder<T> javaSerialization(Class<T> clazz) {
    if (!Serializable.class.isAssignableFrom(clazz) && !clazz.isPrimitive()) {
      throw new IllegalArgumentException(clazz.getName() + " does not implement java.io.Serializable");
    }
    return TypedEncoder.serialized(clazz);
  }

  /**
   * An encoder that stores objects opaquely in one binary column. This client has no Kryo: the
   * objects are stored with Java serialization, as {@link #javaSerialization(Class)} does, so the
   * class must implement {@link Serializable}.
   *
   * @param clazz the class of the objects
   * @param <T> the type
   * @return the encoder
   * @throws IllegalArgumentException if the class is not serializable
   */
  public static <T> Encoder<T> kryo(Class<T> clazz) {
    return javaSerialization(clazz);
  }
  /**
   * An encoder of pairs: a struct with fields {@code _1} and {@code _2}, each stored by its
   * element's encoder (Spark's {@code Encoders.tuple}, with {@link Tuple2} for {@code scala.Tuple2}).
   *
   * @param e1 the first element's encoder
   * @param e2 the second element's encoder
   * @param <T1> the first element's type
   * @param <T2> the second element's type
   * @return the encoder
   */
  public static <T1, T2> Encoder<Tuple2<T1, T2>> tuple(Encoder<T1> e1, Encoder<T2> e2) {
    return new TupleEncoder<>(e1, e2);
  }

  /**
   * An encoder of triples ({@link Tuple3}); see {@link #tuple(Encoder, Encoder)}.
   *
   * @param e1 the first element's encoder
   * @param e2 the second element's encoder
   * @param e3 the third element's encoder
   * @param <T1> the first element's type
   * @param <T2> the second element's type
   * @param <T3> the third element's type
   * @return the encoder
   */
  public static <T1, T2, T3> Encoder<Tuple3<T1, T2, T3>> tuple(Encoder<T1> e1, Encoder<T2> e2, Encoder<T3> e3) {
    return new TupleEncoder<>(e1, e2, e3);
  }

  /**
   * An encoder of 4-tuples ({@link Tuple4}); see {@link #tuple(Encoder, Encoder)}.
   *
   * @param e1 the first element's encoder
   * @param e2 the second element's encoder
   * @param e3 the third element's encoder
   * @param e4 the fourth element's encoder
   * @param <T1> the first element's type
   * @param <T2> the second element's type
   * @param <T3> the third element's type
   * @param <T4> the fourth element's type
   * @return the encoder
   */
  public static <T1, T2, T3, T4> Encoder<Tuple4<T1, T2, T3, T4>> tuple(Encoder<T1> e1, Encoder<T2> e2,
      Encoder<T3> e3, Encoder<T4> e4) {
    return new TupleEncoder<>(e1, e2, e3, e4);
  }

  /**
   * An encoder of 5-tuples ({@link Tuple5}); see {@link #tuple(Encoder, Encoder)}.
   *
   * @param e1 the first element's encoder
   * @param e2 the second element's encoder
   * @param e3 the third element's encoder
   * @param e4 the fourth element's encoder
   * @param e5 the fifth element's encoder
   * @param <T1> the first element's type
   * @param <T2> the second element's type
   * @param <T3> the third element's type
   * @param <T4> the fourth element's type
   * @param <T5> the fifth element's type
   * @return the encoder
   */
  public static <T1, T2, T3, T4, T5> Encoder<Tuple5<T1, T2, T3, T4, T5>> tuple(Encoder<T1> e1, Encoder<T2> e2,
      Encoder<T3> e3, Encoder<T4> e4, Encoder<T5> e5) {
    return new TupleEncoder<>(e1, e2, e3, e4, e5);
  }
  /**
   * An encoder of {@code String} values stored as {@code char(length)}.
   *
   * @param length the fixed length
   * @return the encoder
   */
  public static Encoder<String> CHAR(int length) {
    return TypedEncoder.value(String.class, DataTypes.createCharType(length));
  }

  /**
   * An encoder of {@code String} values stored as {@code varchar(length)}.
   *
   * @param length the maximum length
   * @return the encoder
   */
  public static Encoder<String> VARCHAR(int length) {
    return TypedEncoder.value(String.class, DataTypes.createVarcharType(length));
  }

  /**
   * An encoder of {@code java.time.LocalTime} values, as {@code time(6)} (servers with the TIME type).
   *
   * @return the encoder
   */
  public static Encoder<java.time.LocalTime> LOCALTIME() {
    return TypedEncoder.value(java.time.LocalTime.class, DataTypes.createTimeType(6));
  }

  /**
   * An encoder of primitive {@code boolean} values, typed as {@code Object} as in Spark (the same
   * storage as {@link #BOOLEAN()}).
   *
   * @return the encoder
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Encoder<Object> scalaBoolean() {
    return (Encoder) BOOLEAN();
  }

  /**
   * An encoder of primitive {@code byte} values, typed as {@code Object} as in Spark (the same
   * storage as {@link #BYTE()}).
   *
   * @return the encoder
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Encoder<Object> scalaByte() {
    return (Encoder) BYTE();
  }

  /**
   * An encoder of primitive {@code short} values, typed as {@code Object} as in Spark (the same
   * storage as {@link #SHORT()}).
   *
   * @return the encoder
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Encoder<Object> scalaShort() {
    return (Encoder) SHORT();
  }

  /**
   * An encoder of primitive {@code int} values, typed as {@code Object} as in Spark (the same
   * storage as {@link #INT()}).
   *
   * @return the encoder
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Encoder<Object> scalaInt() {
    return (Encoder) INT();
  }

  /**
   * An encoder of primitive {@code long} values, typed as {@code Object} as in Spark (the same
   * storage as {@link #LONG()}).
   *
   * @return the encoder
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Encoder<Object> scalaLong() {
    return (Encoder) LONG();
  }

  /**
   * An encoder of primitive {@code float} values, typed as {@code Object} as in Spark (the same
   * storage as {@link #FLOAT()}).
   *
   * @return the encoder
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Encoder<Object> scalaFloat() {
    return (Encoder) FLOAT();
  }

  /**
   * An encoder of primitive {@code double} values, typed as {@code Object} as in Spark (the same
   * storage as {@link #DOUBLE()}).
   *
   * @return the encoder
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Encoder<Object> scalaDouble() {
    return (Encoder) DOUBLE();
  }
}
