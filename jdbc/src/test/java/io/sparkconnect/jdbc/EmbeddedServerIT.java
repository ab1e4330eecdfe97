package io.sparkconnect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * {@code jdbc:sc://local[1]} starts an embedded server ({@code spark-connect-local} is on the test
 * classpath) and stops it with the connection. Not in the compat subset: the embedded server is
 * the default version whatever server the other tests use.
 */
class EmbeddedServerIT {
  @Test
  void localUrlStartsAndStopsAServer() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sc://local[1]");
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sum(id) FROM range(10)")) {
      assertTrue(rs.next());
      assertEquals(45, rs.getLong(1));
      assertTrue(c.getMetaData().getURL().startsWith("jdbc:sc://local[1]"), c.getMetaData().getURL());
    }
    c.close();
    assertTrue(c.isClosed());
  }
}
