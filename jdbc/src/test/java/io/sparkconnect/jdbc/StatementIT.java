package io.sparkconnect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Statements against a real server: queries, updates, JDBC's result protocol. */
@Tag("compat")
class StatementIT {
  static Connection conn;

  @BeforeAll
  static void open() throws SQLException {
    conn = JdbcTestServer.connect();
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  @Test
  void queryStreamsRowsAndMetadata() throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, id * 1.5 AS d, concat('s', id) AS s FROM range(5)")) {
      ResultSetMetaData md = rs.getMetaData();
      assertEquals(3, md.getColumnCount());
      assertEquals("id", md.getColumnName(1));
      assertEquals(Types.BIGINT, md.getColumnType(1));
      assertEquals("bigint", md.getColumnTypeName(1));
      assertEquals(Types.DECIMAL, md.getColumnType(2));
      assertEquals("decimal(23,1)", md.getColumnTypeName(2));
      assertEquals(23, md.getPrecision(2));
      assertEquals(1, md.getScale(2));
      assertEquals(Types.VARCHAR, md.getColumnType(3));
      assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(1));
      long sum = 0;
      int n = 0;
      while (rs.next()) {
        n++;
        assertEquals(n, rs.getRow());
        sum += rs.getLong("id");
        assertEquals(new BigDecimal(rs.getLong(1)).multiply(new BigDecimal("1.5")).setScale(1), rs.getBigDecimal("d"));
        assertEquals("s" + rs.getLong(1), rs.getString(3));
      }
      assertEquals(5, n);
      assertEquals(10, sum);
      assertTrue(rs.isAfterLast());
      assertFalse(rs.next());
      assertEquals(-1, st.getUpdateCount());
      assertFalse(st.getMoreResults());
      assertTrue(rs.isClosed(), "getMoreResults closes the current result set");
      assertEquals(-1, st.getUpdateCount());
      assertNull(st.getResultSet());
    }
  }

  @Test
  void executeReportsWhatCameBack() throws SQLException {
    try (Statement st = conn.createStatement()) {
      assertTrue(st.execute("SELECT 1 AS one"));
      assertEquals(-1, st.getUpdateCount());
      ResultSet rs = st.getResultSet();
      assertTrue(rs.next());
      assertEquals(1, rs.getInt(1));
      assertFalse(st.execute("CREATE OR REPLACE TEMPORARY VIEW stmt_v AS SELECT 1 AS x"));
      assertTrue(rs.isClosed(), "a new execution closes the previous result set");
      assertNull(st.getResultSet());
      assertEquals(0, st.getUpdateCount());
      assertFalse(st.getMoreResults());
      assertEquals(-1, st.getUpdateCount());
      assertEquals(0, st.executeUpdate("DROP VIEW stmt_v"));
    }
  }

  @Test
  void insertCountsItsValuesRows() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE IF EXISTS stmt_t");
      st.execute("CREATE TABLE stmt_t (a INT, b STRING) USING parquet");
      assertEquals(3, st.executeUpdate("INSERT INTO stmt_t VALUES (1, 'x'), (2, 'y'), (3, 'z')"));
      try (ResultSet rs = st.executeQuery("SELECT sum(a), max(b) FROM stmt_t")) {
        assertTrue(rs.next());
        assertEquals(6, rs.getLong(1));
        assertEquals("z", rs.getString(2));
      }
      st.execute("DROP TABLE stmt_t");
    }
  }

  @Test
  void maxRowsLimitsOnTheServer() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.setMaxRows(7);
      assertEquals(7, st.getMaxRows());
      try (ResultSet rs = st.executeQuery("SELECT * FROM range(1000)")) {
        int n = 0;
        while (rs.next()) {
          n++;
        }
        assertEquals(7, n);
      }
    }
  }

  @Test
  void executeQueryAndExecuteUpdateRefuseTheOtherKind() throws SQLException {
    try (Statement st = conn.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("SELECT 1"));
      assertEquals("07000", e.getSQLState());
      SQLException q = assertThrows(SQLException.class,
          () -> st.executeQuery("CREATE OR REPLACE TEMPORARY VIEW stmt_w AS SELECT 1 AS x"));
      assertEquals("02000", q.getSQLState());
    }
  }

  @Test
  void errorsCarrySqlStateAndSubclass() throws SQLException {
    try (Statement st = conn.createStatement()) {
      SQLSyntaxErrorException parse = assertThrows(SQLSyntaxErrorException.class, () -> st.executeQuery("SELEC 1"));
      assertTrue(parse.getSQLState().startsWith("42"), parse.getSQLState());
      SQLSyntaxErrorException missing = assertThrows(SQLSyntaxErrorException.class,
          () -> st.executeQuery("SELECT * FROM no_such_table_here"));
      assertTrue(missing.getSQLState().startsWith("42"), missing.getSQLState());
      assertTrue(missing.getMessage().contains("TABLE_OR_VIEW_NOT_FOUND"), missing.getMessage());
    }
  }

  @Test
  void forwardOnlyRefusesPositioning() throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM range(3)")) {
      assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
      assertEquals(ResultSet.CONCUR_READ_ONLY, rs.getConcurrency());
      assertTrue(rs.isBeforeFirst());
      assertThrows(SQLException.class, () -> rs.absolute(2));
      assertThrows(SQLException.class, rs::previous);
      assertThrows(SQLException.class, rs::first);
      assertThrows(SQLException.class, rs::last);
      assertThrows(SQLException.class, rs::beforeFirst);
      assertThrows(SQLException.class, () -> rs.relative(1));
      assertThrows(SQLException.class, () -> rs.getInt(1), "no current row before next()");
      assertTrue(rs.next());
      assertTrue(rs.isFirst());
      assertThrows(SQLException.class, () -> rs.updateInt(1, 5));
      assertTrue(rs.next());
      assertTrue(rs.next());
      assertTrue(rs.isLast());
      assertFalse(rs.next());
    }
  }
}
