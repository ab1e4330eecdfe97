package io.sparkconnect.jdbc;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.MapType;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.types.TimestampNTZType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * JDBC's conversions of the client's values ({@code Long}, {@code BigDecimal}, {@code LocalDate},
 * {@code Instant}, {@code List}, {@code Row} ...) to what each getter returns. Failures are
 * {@link SQLDataException}s with SQLSTATE {@code 22018} (no conversion) or {@code 22003} (out of range).
 */
final class JdbcValues {
  private JdbcValues() {}

  static SQLDataException cannot(Object v, String target) {
    return new SQLDataException("Cannot convert a value of type " + v.getClass().getSimpleName() + " ("
        + preview(v) + ") to " + target, "22018");
  }

  private static String preview(Object v) {
    String s = String.valueOf(v instanceof byte[] b ? HexFormat.of().formatHex(b) : v);
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  static String string(Object v) {
    if (v == null) {
      return null;
    } else if (v instanceof String s) {
      return s;
    } else if (v instanceof byte[] b) {
      return new String(b, StandardCharsets.UTF_8);
    } else if (v instanceof Instant i) {
      return Timestamp.from(i).toString();
    } else if (v instanceof LocalDateTime l) {
      return Timestamp.valueOf(l).toString();
    } else if (v instanceof BigDecimal d) {
      return d.toPlainString();
    } else if (v instanceof List<?> l) {
      StringBuilder s = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        s.append(i == 0 ? "" : ", ").append(string(l.get(i)));
      }
      return s.append(']').toString();
    } else if (v instanceof Map<?, ?> m) {
      StringBuilder s = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        s.append(first ? "" : ", ").append(string(e.getKey())).append(" -> ").append(string(e.getValue()));
        first = false;
      }
      return s.append('}').toString();
    } else if (v instanceof Row r) {
      StringBuilder s = new StringBuilder("{");
      for (int i = 0; i < r.size(); i++) {
        s.append(i == 0 ? "" : ", ").append(string(r.get(i)));
      }
      return s.append('}').toString();
    }
    return v.toString();
  }

  static boolean bool(Object v) throws SQLException {
    if (v == null) {
      return false;
    } else if (v instanceof Boolean b) {
      return b;
    } else if (v instanceof Number n) {
      return n.doubleValue() != 0;
    } else if (v instanceof String s) {
      String t = s.trim();
      if (t.equalsIgnoreCase("true") || t.equals("1") || t.equalsIgnoreCase("t") || t.equalsIgnoreCase("yes")) {
        return true;
      }
      if (t.equalsIgnoreCase("false") || t.equals("0") || t.equalsIgnoreCase("f") || t.equalsIgnoreCase("no")) {
        return false;
      }
    }
    throw cannot(v, "boolean");
  }

  /** An integral value within {@code [min, max]}. */
  static long integral(Object v, long min, long max, String target) throws SQLException {
    if (v == null) {
      return 0;
    }
    BigDecimal d;
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      long l = ((Number) v).longValue();
      if (l < min || l > max) {
        throw outOfRange(v, target);
      }
      return l;
    } else if (v instanceof Boolean b) {
      return b ? 1 : 0;
    } else if (v instanceof Double || v instanceof Float) {
      double x = ((Number) v).doubleValue();
      if (Double.isNaN(x) || x < min || x > max) {
        throw outOfRange(v, target);
      }
      return (long) x;
    } else if (v instanceof BigDecimal b) {
      d = b;
    } else if (v instanceof String s) {
      try {
        d = new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        throw cannot(v, target);
      }
    } else {
      throw cannot(v, target);
    }
    BigInteger i = d.toBigInteger();
    if (i.compareTo(BigInteger.valueOf(min)) < 0 || i.compareTo(BigInteger.valueOf(max)) > 0) {
      throw outOfRange(v, target);
    }
    return i.longValue();
  }

  private static SQLDataException outOfRange(Object v, String target) {
    return new SQLDataException("The value " + preview(v) + " is out of the range of " + target, "22003");
  }

  static double floating(Object v, String target) throws SQLException {
    if (v == null) {
      return 0;
    } else if (v instanceof Number n) {
      return n.doubleValue();
    } else if (v instanceof Boolean b) {
      return b ? 1 : 0;
    } else if (v instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        throw cannot(v, target);
      }
    }
    throw cannot(v, target);
  }

  static BigDecimal decimal(Object v) throws SQLException {
    if (v == null) {
      return null;
    } else if (v instanceof BigDecimal d) {
      return d;
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return BigDecimal.valueOf(((Number) v).longValue());
    } else if (v instanceof Double || v instanceof Float) {
      double x = ((Number) v).doubleValue();
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        throw cannot(v, "BigDecimal");
      }
      return BigDecimal.valueOf(x);
    } else if (v instanceof Boolean b) {
      return b ? BigDecimal.ONE : BigDecimal.ZERO;
    } else if (v instanceof String s) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        throw cannot(v, "BigDecimal");
      }
    }
    throw cannot(v, "BigDecimal");
  }

  static byte[] bytes(Object v) throws SQLException {
    if (v == null) {
      return null;
    } else if (v instanceof byte[] b) {
      return b;
    } else if (v instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    throw cannot(v, "byte[]");
  }

  private static ZoneId zone(Calendar cal) {
    return cal == null ? ZoneId.systemDefault() : cal.getTimeZone().toZoneId();
  }

  static LocalDate localDate(Object v, Calendar cal) throws SQLException {
    if (v == null) {
      return null;
    } else if (v instanceof LocalDate d) {
      return d;
    } else if (v instanceof Instant i) {
      return i.atZone(zone(cal)).toLocalDate();
    } else if (v instanceof LocalDateTime l) {
      return l.toLocalDate();
    } else if (v instanceof String s) {
      try {
        return LocalDate.parse(s.trim().length() > 10 ? s.trim().substring(0, 10) : s.trim());
      } catch (DateTimeParseException e) {
        throw cannot(v, "Date");
      }
    }
    throw cannot(v, "Date");
  }

  /** A date as the midnight that begins it in the calendar's zone (JDBC's rule for {@code getDate(i, cal)}). */
  static Date date(Object v, Calendar cal) throws SQLException {
    LocalDate d = localDate(v, cal);
    if (d == null) {
      return null;
    }
    return cal == null ? Date.valueOf(d) : new Date(d.atStartOfDay(zone(cal)).toInstant().toEpochMilli());
  }

  static LocalDateTime localDateTime(Object v, Calendar cal) throws SQLException {
    if (v == null) {
      return null;
    } else if (v instanceof LocalDateTime l) {
      return l;
    } else if (v instanceof Instant i) {
      return LocalDateTime.ofInstant(i, zone(cal));
    } else if (v instanceof LocalDate d) {
      return d.atStartOfDay();
    } else if (v instanceof String s) {
      try {
        return Timestamp.valueOf(s.trim()).toLocalDateTime();
      } catch (IllegalArgumentException e) {
        throw cannot(v, "Timestamp");
      }
    }
    throw cannot(v, "Timestamp");
  }

  /**
   * A timestamp: an instant stays that instant; a local date-time (timestamp_ntz) is read in the
   * calendar's zone (the JVM's without one).
   */
  static Timestamp timestamp(Object v, Calendar cal) throws SQLException {
    if (v == null) {
      return null;
    } else if (v instanceof Instant i) {
      return Timestamp.from(i);
    }
    LocalDateTime l = localDateTime(v, cal);
    return cal == null ? Timestamp.valueOf(l) : Timestamp.from(l.atZone(zone(cal)).toInstant());
  }

  static LocalTime localTime(Object v, Calendar cal) throws SQLException {
    if (v == null) {
      return null;
    } else if (v instanceof LocalTime t) {
      return t;
    } else if (v instanceof Instant || v instanceof LocalDateTime) {
      return localDateTime(v, cal).toLocalTime();
    } else if (v instanceof String s) {
      try {
        return LocalTime.parse(s.trim());
      } catch (DateTimeParseException e) {
        throw cannot(v, "Time");
      }
    }
    throw cannot(v, "Time");
  }

  static Time time(Object v, Calendar cal) throws SQLException {
    LocalTime t = localTime(v, cal);
    if (t == null) {
      return null;
    }
    if (cal == null) {
      Time out = Time.valueOf(t);
      out.setTime(out.getTime() + t.getNano() / 1_000_000);
      return out;
    }
    return new Time(t.atDate(LocalDate.EPOCH).atZone(zone(cal)).toInstant().toEpochMilli());
  }

  /** {@code getObject(i)}: JDBC's standard classes for scalars, {@link java.sql.Array}/{@link java.sql.Struct}, maps as {@link Map}. */
  static Object standard(Object v, DataType t) {
    if (v == null) {
      return null;
    } else if (v instanceof LocalDate d) {
      return Date.valueOf(d);
    } else if (v instanceof Instant i) {
      return Timestamp.from(i);
    } else if (v instanceof LocalDateTime l) {
      return Timestamp.valueOf(l);
    } else if (v instanceof LocalTime l) {
      Time out = Time.valueOf(l);
      out.setTime(out.getTime() + l.getNano() / 1_000_000);
      return out;
    } else if (v instanceof List<?> l && t instanceof ArrayType a) {
      return new SparkConnectArray(l, a.elementType());
    } else if (v instanceof Row r && t instanceof StructType s) {
      return new SparkConnectStruct(r, s);
    } else if (v instanceof Map<?, ?> m && t instanceof MapType) {
      return m;
    }
    return v;
  }

  /** The client's value as plain Java: lists, maps, and {@code Row}s as lists of their fields' values. */
  static Object java(Object v) {
    if (v instanceof Row r) {
      List<Object> out = new ArrayList<>(r.size());
      for (int i = 0; i < r.size(); i++) {
        out.add(java(r.get(i)));
      }
      return out;
    } else if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(java(o));
      }
      return out;
    } else if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(java(k), java(x)));
      return out;
    }
    return v;
  }

  /** {@code getObject(i, type)}. */
  @SuppressWarnings("unchecked")
  static <T> T as(Object v, DataType t, Class<T> type) throws SQLException {
    if (type == null) {
      throw new SQLException("getObject needs a type", "HY009");
    }
    if (v == null) {
      return null;
    }
    Object out;
    if (type == String.class) {
      out = string(v);
    } else if (type == Integer.class || type == int.class) {
      out = (int) integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    } else if (type == Long.class || type == long.class) {
      out = integral(v, Long.MIN_VALUE, Long.MAX_VALUE, "long");
    } else if (type == Short.class || type == short.class) {
      out = (short) integral(v, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    } else if (type == Byte.class || type == byte.class) {
      out = (byte) integral(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    } else if (type == Boolean.class || type == boolean.class) {
      out = bool(v);
    } else if (type == Double.class || type == double.class) {
      out = floating(v, "double");
    } else if (type == Float.class || type == float.class) {
      out = (float) floating(v, "float");
    } else if (type == BigDecimal.class) {
      out = decimal(v);
    } else if (type == BigInteger.class) {
      out = decimal(v).toBigInteger();
    } else if (type == byte[].class) {
      out = bytes(v);
    } else if (type == LocalDate.class) {
      out = localDate(v, null);
    } else if (type == Date.class) {
      out = date(v, null);
    } else if (type == LocalDateTime.class) {
      out = localDateTime(v, null);
    } else if (type == Timestamp.class) {
      out = timestamp(v, null);
    } else if (type == LocalTime.class) {
      out = localTime(v, null);
    } else if (type == Time.class) {
      out = time(v, null);
    } else if (type == Instant.class) {
      out = v instanceof Instant i ? i : localDateTime(v, null).atZone(ZoneId.systemDefault()).toInstant();
    } else if (type == OffsetDateTime.class) {
      out = v instanceof Instant i ? i.atOffset(ZoneOffset.UTC)
          : localDateTime(v, null).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    } else if (type == ZonedDateTime.class) {
      out = v instanceof Instant i ? i.atZone(ZoneId.systemDefault())
          : localDateTime(v, null).atZone(ZoneId.systemDefault());
    } else if (type == OffsetTime.class) {
      out = localTime(v, null).atOffset(ZoneOffset.UTC);
    } else if (type == Duration.class && v instanceof Duration) {
      out = v;
    } else if (type == Period.class && v instanceof Period) {
      out = v;
    } else if (type == UUID.class) {
      try {
        out = UUID.fromString(string(v));
      } catch (IllegalArgumentException e) {
        throw cannot(v, "UUID");
      }
    } else if (type == java.sql.Array.class && v instanceof List<?> l && t instanceof ArrayType a) {
      out = new SparkConnectArray(l, a.elementType());
    } else if (type == java.sql.Struct.class && v instanceof Row r && t instanceof StructType s) {
      out = new SparkConnectStruct(r, s);
    } else if ((type == List.class || type == java.util.Collection.class) && v instanceof List<?>) {
      out = java(v);
    } else if (type == Map.class && v instanceof Map<?, ?>) {
      out = java(v);
    } else if (type == Object.class) {
      out = standard(v, t);
    } else if (type.isInstance(v)) {
      out = v;
    } else {
      throw cannot(v, type.getName());
    }
    return (T) out;
  }

  static boolean isNtz(DataType t) {
    return t instanceof TimestampNTZType;
  }
}
