package io.sparkconnect.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.SparkSession;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.JDBCType;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Prepared statements: every parameter type bound by the server, batches as one upload. */
@Tag("compat")
class PreparedStatementIT {
  static Connection conn;

  @BeforeAll
  static void open() throws SQLException {
    conn = JdbcTestServer.connect();
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  /** Binds one parameter with {@code setter}, selects it back with its type, and returns the row. */
  private interface Setter {
    void set(PreparedStatement ps) throws SQLException;
  }

  private static Object[] roundTrip(Setter setter) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT ? AS v, typeof(?) AS t")) {
      setter.set(ps);
      // The second marker gets the same value as the first.
      ParameterMetaData md = ps.getParameterMetaData();
      assertEquals(2, md.getParameterCount());
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        Object v = rs.getObject(1);
        boolean wasNull = rs.wasNull();
        String t = rs.getString(2);
        assertFalse(rs.next());
        return new Object[] {v, t, wasNull};
      }
    }
  }

  private static Setter both(Setter first, Setter second) {
    return ps -> {
      first.set(ps);
      second.set(ps);
    };
  }

  @Test
  void everyScalarSetter() throws SQLException {
    assertArrayEquals(new Object[] {true, "boolean", false},
        roundTrip(both(ps -> ps.setBoolean(1, true), ps -> ps.setBoolean(2, true))));
    assertArrayEquals(new Object[] {(byte) 7, "tinyint", false},
        roundTrip(both(ps -> ps.setByte(1, (byte) 7), ps -> ps.setByte(2, (byte) 7))));
    assertArrayEquals(new Object[] {(short) 300, "smallint", false},
        roundTrip(both(ps -> ps.setShort(1, (short) 300), ps -> ps.setShort(2, (short) 300))));
    assertArrayEquals(new Object[] {42, "int", false},
        roundTrip(both(ps -> ps.setInt(1, 42), ps -> ps.setInt(2, 42))));
    assertArrayEquals(new Object[] {1L << 40, "bigint", false},
        roundTrip(both(ps -> ps.setLong(1, 1L << 40), ps -> ps.setLong(2, 1L << 40))));
    assertArrayEquals(new Object[] {1.5f, "float", false},
        roundTrip(both(ps -> ps.setFloat(1, 1.5f), ps -> ps.setFloat(2, 1.5f))));
    assertArrayEquals(new Object[] {2.25d, "double", false},
        roundTrip(both(ps -> ps.setDouble(1, 2.25), ps -> ps.setDouble(2, 2.25))));
    assertArrayEquals(new Object[] {new BigDecimal("123.45"), "decimal(5,2)", false},
        roundTrip(both(ps -> ps.setBigDecimal(1, new BigDecimal("123.45")),
            ps -> ps.setBigDecimal(2, new BigDecimal("123.45")))));
    assertArrayEquals(new Object[] {"it's ? here", "string", false},
        roundTrip(both(ps -> ps.setString(1, "it's ? here"), ps -> ps.setNString(2, "it's ? here"))));
    Object[] bytes = roundTrip(both(ps -> ps.setBytes(1, new byte[] {1, 2, 3}), ps -> ps.setBytes(2, new byte[] {1})));
    assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) bytes[0]);
    assertEquals("binary", bytes[1]);
    assertArrayEquals(new Object[] {Date.valueOf("2024-02-29"), "date", false},
        roundTrip(both(ps -> ps.setDate(1, Date.valueOf("2024-02-29")), ps -> ps.setDate(2, Date.valueOf("2024-02-29")))));
    Timestamp ts = Timestamp.valueOf("2024-03-01 12:34:56.789");
    assertArrayEquals(new Object[] {ts, "timestamp", false},
        roundTrip(both(ps -> ps.setTimestamp(1, ts), ps -> ps.setTimestamp(2, ts))));
    assertArrayEquals(new Object[] {null, "void", true},
        roundTrip(both(ps -> ps.setNull(1, Types.INTEGER), ps -> ps.setNull(2, Types.INTEGER, "int"))));
  }

  @Test
  void javaTimeThroughSetObject() throws SQLException {
    LocalDate d = LocalDate.of(1999, 12, 31);
    assertArrayEquals(new Object[] {Date.valueOf(d), "date", false},
        roundTrip(both(ps -> ps.setObject(1, d), ps -> ps.setObject(2, d))));
    LocalDateTime ldt = LocalDateTime.of(2020, 1, 2, 3, 4, 5, 6_000);
    assertArrayEquals(new Object[] {Timestamp.valueOf(ldt), "timestamp_ntz", false},
        roundTrip(both(ps -> ps.setObject(1, ldt), ps -> ps.setObject(2, ldt))));
    Instant i = Instant.parse("2021-06-01T10:00:00Z");
    assertArrayEquals(new Object[] {Timestamp.from(i), "timestamp", false},
        roundTrip(both(ps -> ps.setObject(1, i), ps -> ps.setObject(2, i))));
    OffsetDateTime odt = OffsetDateTime.of(2021, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));
    assertArrayEquals(new Object[] {Timestamp.from(i), "timestamp", false},
        roundTrip(both(ps -> ps.setObject(1, odt), ps -> ps.setObject(2, odt))));
    assertArrayEquals(new Object[] {new BigDecimal("12345678901234567890"), "decimal(20,0)", false},
        roundTrip(both(ps -> ps.setObject(1, new BigInteger("12345678901234567890")),
            ps -> ps.setObject(2, new BigInteger("12345678901234567890")))));
    // setObject with a target type converts as JDBC's table says.
    assertArrayEquals(new Object[] {"17", "string", false},
        roundTrip(both(ps -> ps.setObject(1, 17, Types.VARCHAR), ps -> ps.setObject(2, 17, JDBCType.VARCHAR))));
    assertArrayEquals(new Object[] {new BigDecimal("2.50"), "decimal(3,2)", false},
        roundTrip(both(ps -> ps.setObject(1, "2.5", Types.DECIMAL, 2), ps -> ps.setObject(2, "2.5", Types.DECIMAL, 2))));
    try (ResultSet rs = bind("SELECT ? AS ld", ps -> ps.setObject(1, d))) {
      assertTrue(rs.next());
      assertEquals(d, rs.getObject(1, LocalDate.class));
    }
  }

  private static ResultSet bind(String sql, Setter setter) throws SQLException {
    PreparedStatement ps = conn.prepareStatement(sql);
    ps.closeOnCompletion();
    setter.set(ps);
    return ps.executeQuery();
  }

  @Test
  void calendarsAndStreams() throws SQLException {
    Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    Timestamp wall = Timestamp.valueOf("2022-01-01 00:00:00");
    try (ResultSet rs = bind("SELECT ?, ?, ?, ?, ?", ps -> {
      ps.setTimestamp(1, wall, utc);
      ps.setCharacterStream(2, new StringReader("chars"));
      ps.setBinaryStream(3, new ByteArrayInputStream(new byte[] {9, 8}));
      ps.setAsciiStream(4, new ByteArrayInputStream("ascii".getBytes(StandardCharsets.US_ASCII)), 5);
      ps.setClob(5, new StringReader("clob"));
    })) {
      assertTrue(rs.next());
      assertEquals(Instant.parse("2022-01-01T00:00:00Z"), rs.getObject(1, Instant.class));
      assertEquals(Timestamp.valueOf("2022-01-01 00:00:00"), rs.getTimestamp(1, utc));
      assertEquals("chars", rs.getString(2));
      assertArrayEquals(new byte[] {9, 8}, rs.getBytes(3));
      assertEquals("ascii", rs.getString(4));
      assertEquals("clob", rs.getString(5));
    }
  }

  @Test
  void arraysAsParameters() throws SQLException {
    try (ResultSet rs = bind("SELECT ? AS a, size(?) AS n, typeof(?) AS t", ps -> {
      ps.setArray(1, conn.createArrayOf("int", new Integer[] {1, 2, 3}));
      ps.setObject(2, List.of("x", "y"));
      ps.setObject(3, new long[] {4L});
    })) {
      assertTrue(rs.next());
      java.sql.Array a = rs.getArray(1);
      assertEquals(Types.INTEGER, a.getBaseType());
      assertArrayEquals(new Integer[] {1, 2, 3}, (Object[]) a.getArray());
      assertEquals(List.of(1, 2, 3), rs.getObject(1, List.class));
      assertEquals(2, rs.getInt(2));
      assertEquals("array<bigint>", rs.getString(3));
    }
  }

  @Test
  void parametersAreBoundNotSpliced() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE OR REPLACE TEMPORARY VIEW ps_people AS SELECT * FROM VALUES (1, 'ann'), (2, 'bob') AS t(id, name)");
    }
    try (ResultSet rs = bind("SELECT count(*) FROM ps_people WHERE name = ?", ps -> ps.setString(1, "x' OR '1'='1"))) {
      assertTrue(rs.next());
      assertEquals(0, rs.getLong(1));
    }
    try (ResultSet rs = bind("SELECT name FROM ps_people WHERE id = ? -- a ? in a comment", ps -> ps.setInt(1, 2))) {
      assertTrue(rs.next());
      assertEquals("bob", rs.getString(1));
    }
  }

  @Test
  void missingAndBadIndexesFailClearly() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT ? + ?")) {
      ps.setInt(1, 1);
      SQLException e = assertThrows(SQLException.class, ps::executeQuery);
      assertEquals("07001", e.getSQLState());
      assertTrue(e.getMessage().contains("Parameter 2"), e.getMessage());
      assertEquals("07009", assertThrows(SQLException.class, () -> ps.setInt(3, 1)).getSQLState());
      ps.setInt(2, 2);
      ParameterMetaData md = ps.getParameterMetaData();
      assertEquals(Types.INTEGER, md.getParameterType(1));
      assertEquals("int", md.getParameterTypeName(2));
      assertEquals(ParameterMetaData.parameterModeIn, md.getParameterMode(1));
      ps.clearParameters();
      assertEquals(Types.OTHER, ps.getParameterMetaData().getParameterType(1));
      assertThrows(SQLException.class, () -> ps.executeQuery("SELECT 1"));
    }
  }

  @Test
  void preparedMetaDataFromTheServer() throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT id, ? AS tag FROM range(3) WHERE id > ?")) {
      ps.setString(1, "t");
      ps.setLong(2, 0);
      java.sql.ResultSetMetaData md = ps.getMetaData();
      assertEquals(2, md.getColumnCount());
      assertEquals("tag", md.getColumnLabel(2));
      assertEquals(Types.VARCHAR, md.getColumnType(2));
    }
  }

  @Test
  void batchInsertIsOneUpload() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE IF EXISTS ps_batch");
      st.execute("CREATE TABLE ps_batch (id BIGINT, name STRING, amount DECIMAL(10,2), day DATE, flag BOOLEAN)"
          + " USING parquet");
    }
    int rows = 5000;
    long sqlCommandsBefore;
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO ps_batch (id, name, amount, day, flag) VALUES (?, upper(?), ?, ?, ?)")) {
      for (int i = 0; i < rows; i++) {
        ps.setLong(1, i);
        if (i % 10 == 0) {
          ps.setNull(2, Types.VARCHAR);
        } else {
          ps.setString(2, "n" + i);
        }
        ps.setBigDecimal(3, BigDecimal.valueOf(i, 2));
        ps.setDate(4, Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(i % 365)));
        ps.setBoolean(5, i % 2 == 0);
        ps.addBatch();
      }
      long start = System.nanoTime();
      int[] counts = ps.executeBatch();
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("PreparedStatementIT: executeBatch of %d rows took %d ms%n", rows, ms);
      assertEquals(rows, counts.length);
      for (int c : counts) {
        assertEquals(1, c);
      }
      assertEquals(0, ps.executeBatch().length, "the batch is cleared");
    }
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*), sum(id), count(name), sum(amount), min(day), max(day),"
            + " sum(CASE WHEN flag THEN 1 ELSE 0 END), max(name) FROM ps_batch")) {
      assertTrue(rs.next());
      assertEquals(rows, rs.getLong(1));
      assertEquals((long) rows * (rows - 1) / 2, rs.getLong(2));
      assertEquals(rows - rows / 10, rs.getLong(3));
      assertEquals(BigDecimal.valueOf((long) rows * (rows - 1) / 2, 2), rs.getBigDecimal(4));
      assertEquals(Date.valueOf("2024-01-01"), rs.getDate(5));
      assertEquals(LocalDate.of(2024, 1, 1).plusDays(364), rs.getObject(6, LocalDate.class));
      assertEquals(rows / 2, rs.getLong(7));
      assertEquals("N999", rs.getString(8), "upper() applied to each row's parameter");
    }
    // No temporary view is left behind.
    SparkSession spark = conn.unwrap(SparkSession.class);
    assertTrue(spark.catalog().listTables().collectAsList().stream()
        .noneMatch(t -> t.name().startsWith("spark_connect_jdbc_batch_")));
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE ps_batch");
    }
  }

  @Test
  void otherBatchesRunRowByRow() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE IF EXISTS ps_rows");
      st.execute("CREATE TABLE ps_rows (id INT) USING parquet");
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO ps_rows SELECT id FROM range(?)")) {
      ps.setInt(1, 3);
      ps.addBatch();
      ps.setInt(1, 4);
      ps.addBatch();
      assertEquals(2, ps.executeBatch().length);
    }
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM ps_rows")) {
      assertTrue(rs.next());
      assertEquals(7, rs.getLong(1));
      st.execute("DROP TABLE ps_rows");
    }
  }

  @Test
  void updateCountOfAPreparedInsert() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE IF EXISTS ps_one");
      st.execute("CREATE TABLE ps_one (id INT, s STRING) USING parquet");
    }
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO ps_one VALUES (?, ?)")) {
      ps.setInt(1, 1);
      ps.setString(2, "a");
      assertEquals(1, ps.executeUpdate());
      assertFalse(ps.execute());
      assertEquals(1, ps.getUpdateCount());
      assertNull(ps.getResultSet());
    }
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM ps_one")) {
      assertTrue(rs.next());
      assertEquals(2, rs.getLong(1));
      st.execute("DROP TABLE ps_one");
    }
  }
}
