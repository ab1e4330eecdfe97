package io.sparkconnect.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Struct;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every getter with JDBC's conversions, on values the server computed. */
@Tag("compat")
class ResultSetIT {
  static Connection conn;
  static Statement st;

  @BeforeAll
  static void open() throws SQLException {
    conn = JdbcTestServer.connect();
    st = conn.createStatement();
    // Timestamps print in the session's zone; UTC keeps the literals below unambiguous.
    st.execute("SET spark.sql.session.timeZone = UTC");
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  private static ResultSet one(String sql) throws SQLException {
    ResultSet rs = st.executeQuery(sql);
    assertTrue(rs.next());
    return rs;
  }

  @Test
  void numbersConvertBetweenGetters() throws SQLException {
    try (ResultSet rs = one("SELECT CAST(7 AS TINYINT) AS b, CAST(300 AS SMALLINT) AS s, 70000 AS i,"
        + " 5000000000L AS l, CAST(1.5 AS FLOAT) AS f, 2.25D AS d, CAST(12.345 AS DECIMAL(10,3)) AS m, true AS t,"
        + " '42' AS str, CAST(NULL AS INT) AS n")) {
      assertEquals(7, rs.getByte("b"));
      assertEquals(7L, rs.getLong(1));
      assertEquals(300, rs.getShort(2));
      assertEquals(300, rs.getInt(2));
      assertEquals(70000, rs.getInt(3));
      assertEquals(70000.0, rs.getDouble(3));
      assertEquals(5000000000L, rs.getLong(4));
      assertEquals(new BigDecimal("5000000000"), rs.getBigDecimal(4));
      SQLDataException range = assertThrows(SQLDataException.class, () -> rs.getInt(4));
      assertEquals("22003", range.getSQLState());
      assertEquals(1.5f, rs.getFloat(5));
      assertEquals(2.25, rs.getDouble(6));
      assertEquals(2, rs.getInt(6));
      assertEquals(new BigDecimal("12.345"), rs.getBigDecimal(7));
      assertEquals(new BigDecimal("12.35"), rs.getBigDecimal(7, 2));
      assertEquals(12, rs.getInt(7));
      assertEquals(12.345, rs.getDouble(7), 1e-9);
      assertEquals("12.345", rs.getString(7));
      assertTrue(rs.getBoolean(8));
      assertEquals(1, rs.getInt(8));
      assertEquals("true", rs.getString(8));
      assertEquals(42, rs.getInt(9));
      assertEquals(new BigDecimal("42"), rs.getBigDecimal(9));
      assertTrue(rs.getBoolean(4), "non-zero numbers are true");
      assertEquals(1, rs.getLong("t"));
      assertEquals("22018", assertThrows(SQLDataException.class, () -> rs.getDate(3))
          .getSQLState());
      assertEquals(0, rs.getInt("n"));
      assertTrue(rs.wasNull());
      assertNull(rs.getString("n"));
      assertTrue(rs.wasNull());
      assertNull(rs.getObject("n", Integer.class));
      assertEquals(70000, rs.getInt("I"), "labels are case-insensitive");
      assertFalse(rs.wasNull());
      assertEquals(Long.valueOf(5000000000L), rs.getObject(4, Long.class));
      assertEquals(BigInteger.valueOf(5000000000L), rs.getObject(4, BigInteger.class));
      assertEquals("5000000000", rs.getObject(4, String.class));
      assertEquals(Integer.valueOf(300), rs.getObject(2, Integer.class));
      assertEquals(Boolean.TRUE, rs.getObject(8, Boolean.class));
      assertEquals(Byte.class, rs.getObject(1).getClass());
      assertEquals(Short.class, rs.getObject(2).getClass());
      assertEquals(Integer.class, rs.getObject(3).getClass());
      assertEquals(Float.class, rs.getObject(5).getClass());
      ResultSetMetaData md = rs.getMetaData();
      assertEquals(Types.TINYINT, md.getColumnType(1));
      assertEquals(Types.SMALLINT, md.getColumnType(2));
      assertEquals(Types.INTEGER, md.getColumnType(3));
      assertEquals(Types.REAL, md.getColumnType(5));
      assertEquals(Types.DOUBLE, md.getColumnType(6));
      assertEquals(Types.BOOLEAN, md.getColumnType(8));
      assertEquals("java.math.BigDecimal", md.getColumnClassName(7));
      assertEquals(12, md.getColumnDisplaySize(7));
      assertTrue(md.isSigned(3));
      assertFalse(md.isSigned(9));
      assertTrue(md.isCaseSensitive(9));
      assertEquals(ResultSetMetaData.columnNullable, md.isNullable(10));
      assertEquals("07009", assertThrows(SQLException.class, () -> rs.getInt(11)).getSQLState());
      assertEquals("42703", assertThrows(SQLException.class, () -> rs.getInt("nope")).getSQLState());
    }
  }

  @Test
  void datesAndTimestamps() throws SQLException {
    try (ResultSet rs = one("SELECT DATE'2024-02-29' AS d, TIMESTAMP'2024-03-01 12:34:56.123456' AS ts,"
        + " TIMESTAMP_NTZ'2024-03-01 01:02:03.5' AS ntz, '2020-01-02' AS ds")) {
      assertEquals(Date.valueOf("2024-02-29"), rs.getDate(1));
      assertEquals(Date.valueOf("2024-02-29"), rs.getObject(1));
      assertEquals(LocalDate.of(2024, 2, 29), rs.getObject(1, LocalDate.class));
      assertEquals("2024-02-29", rs.getString(1));
      Instant instant = Instant.parse("2024-03-01T12:34:56.123456Z");
      Timestamp ts = rs.getTimestamp(2);
      assertEquals(instant, ts.toInstant());
      assertEquals(123456000, ts.getNanos());
      assertEquals(instant, rs.getObject(2, Instant.class));
      assertEquals(instant.atOffset(ZoneOffset.UTC), rs.getObject(2, OffsetDateTime.class));
      assertEquals(Timestamp.from(instant), rs.getObject(2));
      assertEquals(ts.toString(), rs.getString(2));
      Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
      assertEquals(Date.valueOf("2024-03-01").toLocalDate(), rs.getDate(2, utc).toLocalDate());
      LocalDateTime ldt = LocalDateTime.of(2024, 3, 1, 1, 2, 3, 500_000_000);
      assertEquals(Timestamp.valueOf(ldt), rs.getTimestamp(3));
      assertEquals(ldt, rs.getObject(3, LocalDateTime.class));
      assertEquals(ldt.atZone(ZoneOffset.UTC).toInstant(), rs.getTimestamp(3, utc).toInstant(),
          "timestamp_ntz read in the calendar's zone");
      assertEquals(Time.valueOf("01:02:03").toLocalTime(), rs.getTime(3).toLocalTime());
      assertEquals(Date.valueOf("2020-01-02"), rs.getDate(4));
      ResultSetMetaData md = rs.getMetaData();
      assertEquals(Types.DATE, md.getColumnType(1));
      assertEquals(Types.TIMESTAMP, md.getColumnType(2));
      assertEquals("timestamp", md.getColumnTypeName(2));
      assertEquals("timestamp_ntz", md.getColumnTypeName(3));
      assertEquals(Types.TIMESTAMP, md.getColumnType(3));
    }
  }

  @Test
  void binaryAndStreams() throws Exception {
    try (ResultSet rs = one("SELECT X'CAFE' AS b, 'héllo' AS s")) {
      assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE}, rs.getBytes(1));
      try (InputStream in = rs.getBinaryStream(1)) {
        assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE}, in.readAllBytes());
      }
      assertEquals(2, rs.getBlob(1).length());
      try (Reader r = rs.getCharacterStream(2)) {
        char[] buf = new char[10];
        assertEquals(5, r.read(buf));
        assertEquals("héllo", new String(buf, 0, 5));
      }
      assertEquals("héllo", rs.getClob(2).getSubString(1, 5));
      assertEquals("héllo", rs.getNString(2));
      assertEquals(Types.BINARY, rs.getMetaData().getColumnType(1));
    }
  }

  @Test
  void nestedTypes() throws SQLException {
    try (ResultSet rs = one("SELECT array(1, 2, NULL) AS a, map('k', 1.5D) AS m,"
        + " named_struct('x', 1, 'd', DATE'2020-01-01') AS s, array(array('p')) AS aa")) {
      Array a = rs.getArray(1);
      assertEquals(Types.INTEGER, a.getBaseType());
      assertEquals("int", a.getBaseTypeName());
      assertArrayEquals(new Integer[] {1, 2, null}, (Object[]) a.getArray());
      assertArrayEquals(new Integer[] {2}, (Object[]) a.getArray(2, 1));
      try (ResultSet elements = a.getResultSet()) {
        assertTrue(elements.next());
        assertEquals(1, elements.getLong("INDEX"));
        assertEquals(1, elements.getInt("VALUE"));
      }
      assertEquals("[1, 2, null]", rs.getString(1));
      assertEquals(Map.of("k", 1.5), rs.getObject(2));
      assertEquals(Map.of("k", 1.5), rs.getObject(2, Map.class));
      Struct s = (Struct) rs.getObject(3);
      assertArrayEquals(new Object[] {1, Date.valueOf("2020-01-01")}, s.getAttributes());
      assertEquals("struct<x:int,d:date>", s.getSQLTypeName());
      Object[] outer = (Object[]) ((Array) rs.getObject(4)).getArray();
      assertArrayEquals(new Object[] {"p"}, (Object[]) ((Array) outer[0]).getArray());
      ResultSetMetaData md = rs.getMetaData();
      assertEquals(Types.ARRAY, md.getColumnType(1));
      assertEquals("array<int>", md.getColumnTypeName(1));
      assertEquals(Types.JAVA_OBJECT, md.getColumnType(2));
      assertEquals("map<string,double>", md.getColumnTypeName(2));
      assertEquals(Types.STRUCT, md.getColumnType(3));
      assertEquals(List.of(List.of("p")), rs.getObject(4, List.class));
    }
  }

  @Test
  void largeResultsStreamInOrder() throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT id, CAST(id AS STRING) AS s FROM range(300000)")) {
      long expected = 0;
      while (rs.next()) {
        assertEquals(expected, rs.getLong(1));
        if (expected % 1000 == 0) {
          assertEquals(Long.toString(expected), rs.getString(2));
        }
        expected++;
      }
      assertEquals(300000, expected);
    }
  }

  @Test
  void closedResultSetsRefuseEverything() throws SQLException {
    ResultSet rs = one("SELECT 1");
    assertEquals(st, rs.getStatement());
    rs.close();
    assertTrue(rs.isClosed());
    rs.close();
    assertEquals("08003", assertThrows(SQLException.class, rs::next).getSQLState());
    assertThrows(SQLException.class, () -> rs.getInt(1));
    assertThrows(SQLException.class, rs::getMetaData);
  }
}
