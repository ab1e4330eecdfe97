package io.sparkconnect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparkconnect.sql.SparkConnectException;
import java.sql.Connection;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The same failures give the same SQLSTATE and SQLException subclass on every server version:
 * the values Spark's error catalogue gives these conditions (what 4.x servers send). On 3.5,
 * whose server sends no SQLSTATE, this holds once the client fills SQLSTATEs from the catalogue.
 */
@Tag("compat")
class SqlStateIT {
  static Connection conn;

  @BeforeAll
  static void open() throws SQLException {
    conn = JdbcTestServer.connect();
    try (Statement st = conn.createStatement()) {
      st.execute("SET spark.sql.ansi.enabled = true");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    conn.close();
  }

  private static SQLException fail(String sql, Class<? extends SQLException> kind, String state, String condition)
      throws SQLException {
    try (Statement st = conn.createStatement()) {
      SQLException e = assertThrows(kind, () -> {
        try (var rs = st.executeQuery(sql)) {
          while (rs.next()) {
            rs.getObject(1);
          }
        }
      });
      assertEquals(state, e.getSQLState(), sql + ": " + e.getMessage());
      SparkConnectException cause = assertInstanceOf(SparkConnectException.class, e.getCause());
      assertEquals(condition, cause.getCondition(), sql);
      return e;
    }
  }

  @Test
  void sameStatesOnEveryServer() throws SQLException {
    fail("SELEC 1", SQLSyntaxErrorException.class, "42601", "PARSE_SYNTAX_ERROR");
    fail("SELECT * FROM no_such_table_anywhere", SQLSyntaxErrorException.class, "42P01", "TABLE_OR_VIEW_NOT_FOUND");
    fail("SELECT no_such_column FROM range(1)", SQLSyntaxErrorException.class, "42703",
        "UNRESOLVED_COLUMN.WITH_SUGGESTION");
    fail("SELECT 1 / (id - id) FROM range(1)", SQLDataException.class, "22012", "DIVIDE_BY_ZERO");
    fail("SELECT CAST(concat('x', id) AS INT) FROM range(1)", SQLDataException.class, "22018",
        "CAST_INVALID_INPUT");
  }
}
