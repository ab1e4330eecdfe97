package io.sparkconnect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.SparkSession;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The driver and connection: registration, URLs and properties, the connection's contract. */
@Tag("compat")
class DriverIT {
  @Test
  void registeredThroughServiceLoader() throws SQLException {
    assertTrue(ServiceLoader.load(Driver.class).stream().anyMatch(p -> p.type() == SparkConnectDriver.class));
    Driver d = DriverManager.getDriver("jdbc:sc://somewhere:15002");
    assertTrue(d instanceof SparkConnectDriver);
    assertTrue(d.acceptsURL("jdbc:sc://localhost"));
    assertTrue(d.acceptsURL("JDBC:SC://localhost/;use_ssl=false"));
    assertFalse(d.acceptsURL("jdbc:postgresql://localhost/db"));
    assertFalse(d.acceptsURL(null));
    assertNull(d.connect("jdbc:other://x", new Properties()), "JDBC: null for URLs of other drivers");
    assertEquals(0, d.getMajorVersion());
    assertEquals(1, d.getMinorVersion());
    assertFalse(d.jdbcCompliant());
    DriverPropertyInfo[] info = d.getPropertyInfo("jdbc:sc://h:1/;user_id=ann;token=secret", new Properties());
    DriverPropertyInfo user = Arrays.stream(info).filter(p -> p.name.equals("user_id")).findFirst().orElseThrow();
    assertEquals("ann", user.value);
    assertTrue(Arrays.stream(info).anyMatch(p -> p.name.equals("use_ssl") && p.choices.length == 2));
    assertThrows(SQLFeatureNotSupportedException.class, d::getParentLogger);
  }

  @Test
  void badUrlsFailClearly() {
    SQLException noHost = assertThrows(SQLNonTransientConnectionException.class,
        () -> DriverManager.getConnection("jdbc:sc://"));
    assertEquals("08001", noHost.getSQLState());
    SQLException badParam = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:sc://localhost/;novalue"));
    assertTrue(badParam.getMessage().contains("key=value"), badParam.getMessage());
    SQLException unreachable = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:sc://127.0.0.1:1"));
    assertTrue(unreachable instanceof SQLNonTransientConnectionException, unreachable.toString());
    assertTrue(unreachable.getSQLState().startsWith("08"), unreachable.getSQLState());
  }

  @Test
  void propertiesAddToTheUrl() throws SQLException {
    Properties p = new Properties();
    p.setProperty("spark.sql.shuffle.partitions", "7");
    p.setProperty("user", "jdbc-user");
    try (Connection c = DriverManager.getConnection(JdbcTestServer.url(), p);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SET spark.sql.shuffle.partitions")) {
      assertTrue(rs.next());
      assertEquals("7", rs.getString(2));
      assertEquals("jdbc-user", c.getMetaData().getUserName());
    }
  }

  @Test
  void connectionContract() throws SQLException {
    Connection c = JdbcTestServer.connect();
    assertTrue(c.isValid(5));
    assertTrue(c.getAutoCommit());
    c.setAutoCommit(true);
    c.commit();
    c.rollback();
    assertThrows(SQLFeatureNotSupportedException.class, () -> c.setAutoCommit(false));
    assertEquals(Connection.TRANSACTION_NONE, c.getTransactionIsolation());
    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    SQLWarning w = c.getWarnings();
    assertTrue(w != null && w.getMessage().contains("no transactions"), String.valueOf(w));
    c.clearWarnings();
    assertNull(c.getWarnings());
    Statement scroll = c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_UPDATABLE);
    assertEquals(ResultSet.TYPE_FORWARD_ONLY, scroll.getResultSetType());
    assertTrue(c.getWarnings() != null, "downgraded with a warning");
    assertThrows(SQLFeatureNotSupportedException.class, () -> c.prepareCall("CALL x()"));
    assertThrows(SQLFeatureNotSupportedException.class, c::setSavepoint);
    assertEquals("SELECT 1", c.nativeSQL("SELECT 1"));
    c.setClientInfo("ApplicationName", "test");
    assertEquals("test", c.getClientInfo("ApplicationName"));
    assertTrue(c.isWrapperFor(SparkSession.class));
    assertEquals(3, c.unwrap(SparkSession.class).range(3).count());
    c.close();
    assertTrue(c.isClosed());
    assertTrue(scroll.isClosed());
    assertFalse(c.isValid(1));
    c.close();
  }
}
