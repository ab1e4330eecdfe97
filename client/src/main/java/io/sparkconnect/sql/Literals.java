package io.sparkconnect.sql;

import com.google.protobuf.ByteString;
import io.sparkconnect.client.DataTypeProtos;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.sql.types.CalendarInterval;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DataTypes;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Converts Java values into the protocol's literals, with the Spark type each maps to. */
final class Literals {
  private Literals() {}

  static Expression.Literal of(Object v) {
    Expression.Literal.Builder b = Expression.Literal.newBuilder();
    if (v == null) {
      return b.setNull(DataTypeProtos.toProto(DataTypes.NullType)).build();
    } else if (v instanceof Boolean) {
      return b.setBoolean((Boolean) v).build();
    } else if (v instanceof Byte) {
      return b.setByte((Byte) v).build();
    } else if (v instanceof Short) {
      return b.setShort((Short) v).build();
    } else if (v instanceof Integer) {
      return b.setInteger((Integer) v).build();
    } else if (v instanceof Long) {
      return b.setLong((Long) v).build();
    } else if (v instanceof Float) {
      return b.setFloat((Float) v).build();
    } else if (v instanceof Double) {
      return b.setDouble((Double) v).build();
    } else if (v instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) v;
      int precision = Math.max(d.precision(), d.scale());
      if (d.scale() < 0) {
        d = d.setScale(0);
        precision = d.precision();
      }
      return b.setDecimal(Expression.Literal.Decimal.newBuilder()
          .setValue(d.toPlainString()).setPrecision(precision).setScale(d.scale())).build();
    } else if (v instanceof String) {
      return b.setString((String) v).build();
    } else if (v instanceof Character) {
      return b.setString(v.toString()).build();
    } else if (v instanceof byte[]) {
      return b.setBinary(ByteString.copyFrom((byte[]) v)).build();
    } else if (v instanceof LocalDate) {
      return b.setDate(Math.toIntExact(((LocalDate) v).toEpochDay())).build();
    } else if (v instanceof java.sql.Date) {
      return b.setDate(Math.toIntExact(((java.sql.Date) v).toLocalDate().toEpochDay())).build();
    } else if (v instanceof Instant) {
      return b.setTimestamp(micros((Instant) v)).build();
    } else if (v instanceof java.sql.Timestamp) {
      return b.setTimestamp(micros(((java.sql.Timestamp) v).toInstant())).build();
    } else if (v instanceof LocalDateTime) {
      return b.setTimestampNtz(micros(((LocalDateTime) v).toInstant(ZoneOffset.UTC))).build();
    } else if (v instanceof LocalTime) {
      return b.setTime(Expression.Literal.Time.newBuilder()
          .setNano(((LocalTime) v).toNanoOfDay()).setPrecision(6)).build();
    } else if (v instanceof Duration) {
      Duration d = (Duration) v;
      return b.setDayTimeInterval(Math.addExact(Math.multiplyExact(d.getSeconds(), 1_000_000L), d.getNano() / 1000)).build();
    } else if (v instanceof Period) {
      return b.setYearMonthInterval(Math.toIntExact(((Period) v).toTotalMonths())).build();
    } else if (v instanceof CalendarInterval) {
      CalendarInterval c = (CalendarInterval) v;
      return b.setCalendarInterval(Expression.Literal.CalendarInterval.newBuilder()
          .setMonths(c.months()).setDays(c.days()).setMicroseconds(c.microseconds())).build();
    } else if (v instanceof List || v instanceof Object[] || isPrimitiveArray(v)) {
      return array(v);
    } else if (v instanceof Map) {
      return map((Map<?, ?>) v);
    }
    throw new IllegalArgumentException("Unsupported literal type " + v.getClass().getName()
        + " (value " + v + "): use a boxed primitive, String, BigDecimal, byte[], java.time value,"
        + " List, Map or array");
  }

  private static long micros(Instant i) {
    return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000);
  }

  private static boolean isPrimitiveArray(Object v) {
    return v.getClass().isArray() && v.getClass().getComponentType().isPrimitive();
  }

  private static Expression.Literal array(Object v) {
    List<Object> values = new java.util.ArrayList<>();
    if (v instanceof List) {
      values.addAll((List<?>) v);
    } else {
      int n = java.lang.reflect.Array.getLength(v);
      for (int i = 0; i < n; i++) {
        values.add(java.lang.reflect.Array.get(v, i));
      }
    }
    Expression.Literal.Array.Builder a = Expression.Literal.Array.newBuilder();
    DataType element = DataTypes.NullType;
    for (Object o : values) {
      Expression.Literal lit = of(o);
      a.addElements(lit);
      if (o != null && element == DataTypes.NullType) {
        element = typeOf(lit);
      }
    }
    a.setElementType(DataTypeProtos.toProto(element));
    return Expression.Literal.newBuilder().setArray(a).build();
  }

  private static Expression.Literal map(Map<?, ?> m) {
    Expression.Literal.Map.Builder b = Expression.Literal.Map.newBuilder();
    DataType keyType = DataTypes.NullType;
    DataType valueType = DataTypes.NullType;
    Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<?, ?> e = it.next();
      if (e.getKey() == null) {
        throw new IllegalArgumentException("A map literal cannot have a null key");
      }
      Expression.Literal k = of(e.getKey());
      Expression.Literal val = of(e.getValue());
      b.addKeys(k).addValues(val);
      if (keyType == DataTypes.NullType) {
        keyType = typeOf(k);
      }
      if (e.getValue() != null && valueType == DataTypes.NullType) {
        valueType = typeOf(val);
      }
    }
    b.setKeyType(DataTypeProtos.toProto(keyType)).setValueType(DataTypeProtos.toProto(valueType));
    return Expression.Literal.newBuilder().setMap(b).build();
  }

  /** The Spark type of a literal built by {@link #of}. */
  static DataType typeOf(Expression.Literal lit) {
    switch (lit.getLiteralTypeCase()) {
      case BOOLEAN: return DataTypes.BooleanType;
      case BYTE: return DataTypes.ByteType;
      case SHORT: return DataTypes.ShortType;
      case INTEGER: return DataTypes.IntegerType;
      case LONG: return DataTypes.LongType;
      case FLOAT: return DataTypes.FloatType;
      case DOUBLE: return DataTypes.DoubleType;
      case DECIMAL: return DataTypes.createDecimalType(lit.getDecimal().getPrecision(), lit.getDecimal().getScale());
      case STRING: return DataTypes.StringType;
      case BINARY: return DataTypes.BinaryType;
      case DATE: return DataTypes.DateType;
      case TIMESTAMP: return DataTypes.TimestampType;
      case TIMESTAMP_NTZ: return DataTypes.TimestampNTZType;
      case CALENDAR_INTERVAL: return DataTypes.CalendarIntervalType;
      case YEAR_MONTH_INTERVAL: return DataTypes.createYearMonthIntervalType();
      case DAY_TIME_INTERVAL: return DataTypes.createDayTimeIntervalType();
      case ARRAY: return DataTypes.createArrayType(DataTypeProtos.fromProto(lit.getArray().getElementType()), true);
      case MAP: return DataTypes.createMapType(DataTypeProtos.fromProto(lit.getMap().getKeyType()),
          DataTypeProtos.fromProto(lit.getMap().getValueType()), true);
      case NULL: return DataTypes.NullType;
      default: throw new IllegalArgumentException("No type for literal " + lit.getLiteralTypeCase());
    }
  }
}
