package io.sparkconnect.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * JDBC parameter values as the client's values, which it sends as typed literals: {@code Date}
 * becomes {@code LocalDate} (a Spark date), {@code Timestamp}/{@code Instant}/{@code OffsetDateTime}
 * a Spark timestamp, {@code LocalDateTime} a timestamp_ntz, arrays and {@link Array}s lists.
 */
final class Parameters {
  private Parameters() {}

  static Object normalize(Object x) throws SQLException {
    if (x == null) {
      return null;
    } else if (x instanceof java.sql.Date d) {
      return d.toLocalDate();
    } else if (x instanceof java.sql.Timestamp t) {
      return t.toInstant();
    } else if (x instanceof java.sql.Time t) {
      return t.toLocalTime().withNano((int) Math.floorMod(t.getTime(), 1000L) * 1_000_000);
    } else if (x instanceof java.util.Date d) {
      return d.toInstant();
    } else if (x instanceof OffsetDateTime o) {
      return o.toInstant();
    } else if (x instanceof ZonedDateTime z) {
      return z.toInstant();
    } else if (x instanceof OffsetTime o) {
      return o.toLocalTime();
    } else if (x instanceof BigInteger b) {
      return new BigDecimal(b);
    } else if (x instanceof Character c) {
      return String.valueOf(c);
    } else if (x instanceof UUID u) {
      return u.toString();
    } else if (x instanceof Array a) {
      return list(a.getArray());
    } else if (x instanceof Blob b) {
      return b.getBytes(1, (int) b.length());
    } else if (x instanceof Clob c) {
      return c.getSubString(1, (int) c.length());
    } else if (x instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(normalize(o));
      }
      return out;
    } else if (x instanceof Object[] a) {
      return list(a);
    } else if (x instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(normalize(e.getKey()), normalize(e.getValue()));
      }
      return out;
    } else if (x instanceof Boolean || x instanceof Number || x instanceof String || x instanceof byte[]
        || x instanceof LocalDate || x instanceof LocalDateTime || x instanceof LocalTime || x instanceof Instant
        || x instanceof java.time.Duration || x instanceof java.time.Period
        || x.getClass().isArray()) {
      return x;
    }
    throw new SQLException("Parameters of type " + x.getClass().getName() + " are not supported", "22023");
  }

  private static List<Object> list(Object array) throws SQLException {
    int n = java.lang.reflect.Array.getLength(array);
    List<Object> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(normalize(java.lang.reflect.Array.get(array, i)));
    }
    return out;
  }

  /** {@code setObject(i, x, targetSqlType)}: the value converted as JDBC's conversion table asks. */
  static Object convert(Object x, int sqlType) throws SQLException {
    if (x == null) {
      return null;
    }
    switch (sqlType) {
      case Types.CHAR:
      case Types.VARCHAR:
      case Types.LONGVARCHAR:
      case Types.NCHAR:
      case Types.NVARCHAR:
      case Types.LONGNVARCHAR:
      case Types.CLOB:
        return x instanceof Clob c ? c.getSubString(1, (int) c.length()) : JdbcValues.string(normalize(x));
      case Types.BOOLEAN:
      case Types.BIT:
        return JdbcValues.bool(normalize(x));
      case Types.TINYINT:
        return (byte) JdbcValues.integral(normalize(x), Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
      case Types.SMALLINT:
        return (short) JdbcValues.integral(normalize(x), Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
      case Types.INTEGER:
        return (int) JdbcValues.integral(normalize(x), Integer.MIN_VALUE, Integer.MAX_VALUE, "INTEGER");
      case Types.BIGINT:
        return JdbcValues.integral(normalize(x), Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
      case Types.REAL:
      case Types.FLOAT:
        return (float) JdbcValues.floating(normalize(x), "REAL");
      case Types.DOUBLE:
        return JdbcValues.floating(normalize(x), "DOUBLE");
      case Types.DECIMAL:
      case Types.NUMERIC:
        return JdbcValues.decimal(normalize(x));
      case Types.DATE:
        return JdbcValues.localDate(normalize(x), null);
      case Types.TIMESTAMP:
        Object n = normalize(x);
        return n instanceof Instant ? n : JdbcValues.localDateTime(n, null).atZone(ZoneId.systemDefault()).toInstant();
      case Types.TIMESTAMP_WITH_TIMEZONE:
        return normalize(x);
      case Types.TIME:
        return JdbcValues.localTime(normalize(x), null);
      case Types.BINARY:
      case Types.VARBINARY:
      case Types.LONGVARBINARY:
      case Types.BLOB:
        return JdbcValues.bytes(normalize(x));
      default:
        return normalize(x);
    }
  }

  /** A date given with a calendar: the day the date's instant falls on in the calendar's zone. */
  static LocalDate date(java.sql.Date d, Calendar cal) {
    if (d == null) {
      return null;
    }
    return cal == null ? d.toLocalDate() : Instant.ofEpochMilli(d.getTime()).atZone(cal.getTimeZone().toZoneId())
        .toLocalDate();
  }

  /** A timestamp given with a calendar: its wall-clock time read in the calendar's zone. */
  static Instant timestamp(java.sql.Timestamp t, Calendar cal) {
    if (t == null) {
      return null;
    }
    return cal == null ? t.toInstant() : t.toLocalDateTime().atZone(cal.getTimeZone().toZoneId()).toInstant();
  }

  static byte[] readAll(InputStream in, long length) throws SQLException {
    if (in == null) {
      return null;
    }
    try {
      return length < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(length, Integer.MAX_VALUE));
    } catch (IOException e) {
      throw new SQLException("Reading the parameter's stream failed: " + e.getMessage(), "HY000", e);
    }
  }

  static String readAll(Reader in, long length) throws SQLException {
    if (in == null) {
      return null;
    }
    try {
      StringBuilder s = new StringBuilder();
      char[] buf = new char[8192];
      long left = length < 0 ? Long.MAX_VALUE : length;
      int n;
      while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
        s.append(buf, 0, n);
        left -= n;
      }
      return s.toString();
    } catch (IOException e) {
      throw new SQLException("Reading the parameter's stream failed: " + e.getMessage(), "HY000", e);
    }
  }

  static String ascii(InputStream in, long length) throws SQLException {
    byte[] b = readAll(in, length);
    return b == null ? null : new String(b, StandardCharsets.US_ASCII);
  }
}
