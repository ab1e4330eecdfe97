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
}
