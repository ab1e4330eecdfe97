package io.sparkconnect.sql.types;

import java.util.List;

/**
 * Constants and factory methods for data types, convenient from Java.
 *
 * <p>All constants are immutable singletons; the class is thread-safe.
 */
public final class DataTypes {
  private DataTypes() {}

  /** The boolean type. */
  public static final DataType BooleanType = io.sparkconnect.sql.types.BooleanType.INSTANCE;

  /** The 1-byte integer type. */
  public static final DataType ByteType = io.sparkconnect.sql.types.ByteType.INSTANCE;

  /** The 2-byte integer type. */
  public static final DataType ShortType = io.sparkconnect.sql.types.ShortType.INSTANCE;

  /** The 4-byte integer type. */
  public static final DataType IntegerType = io.sparkconnect.sql.types.IntegerType.INSTANCE;

  /** The 8-byte integer type. */
  public static final DataType LongType = io.sparkconnect.sql.types.LongType.INSTANCE;

  /** The 4-byte floating point type. */
  public static final DataType FloatType = io.sparkconnect.sql.types.FloatType.INSTANCE;

  /** The 8-byte floating point type. */
  public static final DataType DoubleType = io.sparkconnect.sql.types.DoubleType.INSTANCE;

  /** The string type (default collation). */
  public static final DataType StringType = io.sparkconnect.sql.types.StringType.INSTANCE;

  /** The binary type. */
  public static final DataType BinaryType = io.sparkconnect.sql.types.BinaryType.INSTANCE;

  /** The date type. */
  public static final DataType DateType = io.sparkconnect.sql.types.DateType.INSTANCE;

  /** The timestamp (instant) type. */
  public static final DataType TimestampType = io.sparkconnect.sql.types.TimestampType.INSTANCE;

  /** The timestamp without time zone type. */
  public static final DataType TimestampNTZType =
      io.sparkconnect.sql.types.TimestampNTZType.INSTANCE;

  /** The null type. */
  public static final DataType NullType = io.sparkconnect.sql.types.NullType.INSTANCE;

  /** The calendar interval type. */
  public static final DataType CalendarIntervalType =
      io.sparkconnect.sql.types.CalendarIntervalType.INSTANCE;

  /** The variant type. */
  public static final DataType VariantType = io.sparkconnect.sql.types.VariantType.INSTANCE;

  /**
   * The system default decimal type {@code decimal(38,18)}.
   *
   * @return the decimal type
   */
  public static DecimalType createDecimalType() {
    return DecimalType.SYSTEM_DEFAULT;
  }

  /**
   * Creates {@code decimal(precision,scale)}.
   *
   * @param precision total digits
   * @param scale fractional digits
   * @return the decimal type
   */
  public static DecimalType createDecimalType(int precision, int scale) {
    return new DecimalType(precision, scale);
  }

  /**
   * Creates an array type with nullable elements.
   *
   * @param elementType element type
   * @return the array type
   */
  public static ArrayType createArrayType(DataType elementType) {
    return new ArrayType(elementType, true);
  }

  /**
   * Creates an array type.
   *
   * @param elementType element type
   * @param containsNull whether elements may be null
   * @return the array type
   */
  public static ArrayType createArrayType(DataType elementType, boolean containsNull) {
    return new ArrayType(elementType, containsNull);
  }

  /**
   * Creates a map type with nullable values.
   *
   * @param keyType key type
   * @param valueType value type
   * @return the map type
   */
  public static MapType createMapType(DataType keyType, DataType valueType) {
    return new MapType(keyType, valueType, true);
  }

  /**
   * Creates a map type.
   *
   * @param keyType key type
   * @param valueType value type
   * @param valueContainsNull whether values may be null
   * @return the map type
   */
  public static MapType createMapType(
      DataType keyType, DataType valueType, boolean valueContainsNull) {
    return new MapType(keyType, valueType, valueContainsNull);
  }

  /**
   * Creates a struct field with empty metadata.
   *
   * @param name name
   * @param dataType type
   * @param nullable nullability
   * @return the field
   */
  public static StructField createStructField(String name, DataType dataType, boolean nullable) {
    return new StructField(name, dataType, nullable, Metadata.empty());
  }

  /**
   * Creates a struct field.
   *
   * @param name name
   * @param dataType type
   * @param nullable nullability
   * @param metadata metadata
   * @return the field
   */
  public static StructField createStructField(
      String name, DataType dataType, boolean nullable, Metadata metadata) {
    return new StructField(name, dataType, nullable, metadata);
  }

  /**
   * Creates a struct type.
   *
   * @param fields the fields
   * @return the struct type
   */
  public static StructType createStructType(List<StructField> fields) {
    return new StructType(fields);
  }

  /**
   * Creates a struct type.
   *
   * @param fields the fields
   * @return the struct type
   */
  public static StructType createStructType(StructField[] fields) {
    return new StructType(fields);
  }

  /**
   * Creates {@code char(length)}.
   *
   * @param length the length
   * @return the char type
   */
  public static CharType createCharType(int length) {
    return new CharType(length);
  }

  /**
   * Creates {@code varchar(length)}.
   *
   * @param length the length
   * @return the varchar type
   */
  public static VarcharType createVarcharType(int length) {
    return new VarcharType(length);
  }

  /**
   * The type {@code interval day to second}.
   *
   * @return the interval type
   */
  public static DayTimeIntervalType createDayTimeIntervalType() {
    return DayTimeIntervalType.DEFAULT;
  }

  /**
   * Creates a day-time interval type.
   *
   * @param startField see {@link DayTimeIntervalType#DAY} etc.
   * @param endField see {@link DayTimeIntervalType#SECOND} etc.
   * @return the interval type
   */
  public static DayTimeIntervalType createDayTimeIntervalType(byte startField, byte endField) {
    return new DayTimeIntervalType(startField, endField);
  }

  /**
   * The type {@code interval year to month}.
   *
   * @return the interval type
   */
  public static YearMonthIntervalType createYearMonthIntervalType() {
    return YearMonthIntervalType.DEFAULT;
  }

  /**
   * Creates a year-month interval type.
   *
   * @param startField see {@link YearMonthIntervalType#YEAR}
   * @param endField see {@link YearMonthIntervalType#MONTH}
   * @return the interval type
   */
  public static YearMonthIntervalType createYearMonthIntervalType(byte startField, byte endField) {
    return new YearMonthIntervalType(startField, endField);
  }

  /**
   * Creates {@code time(precision)}.
   *
   * @param precision fractional-second digits (0..6)
   * @return the time type
   */
  public static TimeType createTimeType(int precision) {
    return new TimeType(precision);
  }
}
