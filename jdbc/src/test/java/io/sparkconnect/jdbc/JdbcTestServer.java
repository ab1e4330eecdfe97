package io.sparkconnect.jdbc;

import io.sparkconnect.local.LocalSparkServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One real Spark Connect server per test JVM, started on first use through the {@code local}
 * launcher and stopped when the JVM exits; as the client's tests do: {@code spark.server.version}
 * (default 4.2.0), {@code spark.test.workers}, or {@code spark.test.remote} for a running server.
 */
final class JdbcTestServer {
  private static LocalSparkServer server;

  private JdbcTestServer() {}

  /** The server's connection string, {@code sc://...}. */
  static synchronized String connectionString() {
    String remote = System.getProperty("spark.test.remote");
    if (remote != null && !remote.isBlank()) {
      return remote;
    }
    if (server == null || !server.isAlive()) {
      String version = System.getProperty("spark.server.version", "4.2.0");
      int workers = Integer.getInteger("spark.test.workers", 0);
      LocalSparkServer.Builder builder = LocalSparkServer.builder().sparkVersion(version);
      server = (workers > 0 ? builder.cluster(workers) : builder.master("local[2]")).start();
      System.out.println("JdbcTestServer: Spark " + version + " server, log " + server.logFile());
    }
    return server.connectionString();
  }

  /** The JDBC URL of the test server. */
  static String url() {
    return "jdbc:" + connectionString();
  }

  /** A new connection (a new session) through {@link DriverManager}. */
  static Connection connect() throws SQLException {
    return DriverManager.getConnection(url());
  }
}
