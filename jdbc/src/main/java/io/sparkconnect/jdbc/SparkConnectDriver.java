package io.sparkconnect.jdbc;

import io.sparkconnect.client.SparkConnectClient;
import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.SparkSession;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for Spark Connect servers: URLs {@code jdbc:sc://host[:port][/;key=value;...]}
 * (the keys of Spark's connection string: {@code token}, {@code use_ssl}, {@code user_id},
 * {@code user_agent}, {@code session_id}, {@code grpc_max_message_size}; any other key becomes a
 * header on every call), and {@code jdbc:sc://local} or {@code jdbc:sc://local[N]}, which start an
 * embedded server when {@code io.sparkconnect:spark-connect-local} is on the classpath.
 *
 * <p>{@link Properties} given to {@link #connect} add to the URL: the connection string's keys,
 * {@code user} (as {@code user_id}) and {@code password} (as {@code token}) when the URL has
 * neither, and {@code spark.*} keys, which are set as the session's configuration. Each
 * connection is one Spark Connect session.
 *
 * <p>Registered with {@link DriverManager} through {@code META-INF/services/java.sql.Driver} and
 * when this class loads. Thread-safe.
 */
public final class SparkConnectDriver implements Driver {
  /** The prefix of the URLs this driver accepts. */
  public static final String URL_PREFIX = "jdbc:sc://";
  static final int MAJOR = 0;
  static final int MINOR = 1;

  static {
    try {
      DriverManager.registerDriver(new SparkConnectDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A driver; {@link DriverManager} finds one on its own, so applications rarely need this. */
  public SparkConnectDriver() {}

  /**
   * Opens a connection: one new Spark Connect session.
   *
   * @return the connection, or {@code null} if this driver does not accept {@code url} (as JDBC requires)
   * @throws SQLException if the URL is malformed or the server cannot be reached
   */
  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    JdbcUrl parsed = JdbcUrl.parse(url, info == null ? new Properties() : info);
    SparkSession session;
    try {
      SparkSession.Builder builder = SparkSession.builder().remote(parsed.remote());
      for (Map.Entry<String, String> e : parsed.sparkConf().entrySet()) {
        builder.config(e.getKey(), e.getValue());
      }
      session = builder.create();
      // Reaches the server now, so that a wrong address or token fails here and not on first use.
      session.version();
    } catch (SparkConnectException e) {
      throw SqlErrors.of(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new java.sql.SQLNonTransientConnectionException(e.getMessage(), "08001", e);
    }
    return new SparkConnectConnection(session, parsed);
  }

  /** Whether {@code url} starts with {@code jdbc:sc://}. */
  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.regionMatches(true, 0, URL_PREFIX, 0, URL_PREFIX.length());
  }

  /**
   * The settings a connection dialog can offer, with the values {@code url} and {@code info}
   * already give.
   */
  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    Map<String, String> given = acceptsURL(url)
        ? JdbcUrl.parse(url, info == null ? new Properties() : info).keys() : Map.of();
    List<DriverPropertyInfo> out = new ArrayList<>();
    out.add(property(given, "token", "Bearer token sent with every call; implies TLS except to localhost", false));
    DriverPropertyInfo ssl = property(given, "use_ssl", "Whether to use TLS", false);
    ssl.choices = new String[] {"true", "false"};
    out.add(ssl);
    out.add(property(given, "user_id", "The user name the server sees (default: the JVM's user.name)", false));
    out.add(property(given, "user_agent", "The client's name reported to the server", false));
    out.add(property(given, "session_id", "A UUID to use as the session id (default: a new one)", false));
    out.add(property(given, "grpc_max_message_size", "Largest message accepted, in bytes (default 128 MiB)", false));
    return out.toArray(new DriverPropertyInfo[0]);
  }

  private static DriverPropertyInfo property(Map<String, String> given, String name, String description,
      boolean required) {
    DriverPropertyInfo p = new DriverPropertyInfo(name, given.get(name));
    p.description = description;
    p.required = required;
    return p;
  }

  /** This driver's major version. */
  @Override
  public int getMajorVersion() {
    return MAJOR;
  }

  /** This driver's minor version. */
  @Override
  public int getMinorVersion() {
    return MINOR;
  }

  /** The driver's full version, e.g. {@code 0.1.0}. */
  static String version() {
    return SparkConnectClient.VERSION;
  }

  /** {@code false}: Spark SQL is not a fully SQL-92 entry level compliant database in JDBC's sense. */
  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  /** Not supported: the driver logs through SLF4J. */
  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("The Spark Connect JDBC driver does not log through java.util.logging");
  }
}
