package io.sparkconnect.jdbc;

import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.types.DataType;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

/**
 * A connection: one Spark Connect session. The catalog and schema are Spark's current catalog and
 * database. Spark has no transactions: the connection is always in auto-commit mode;
 * {@code commit()} and {@code rollback()} do nothing, {@code setAutoCommit(false)} is refused.
 * Result sets are forward-only and read-only (other types are downgraded with a warning).
 * Thread-safe: statements may run in several threads at once; closing the connection cancels
 * their running work and releases the session.
 */
final class SparkConnectConnection implements Connection {
  private final SparkSession session;
  private final JdbcUrl url;
  private final Set<SparkConnectStatement> statements = ConcurrentHashMap.newKeySet();
  private final Properties clientInfo = new Properties();
  private volatile boolean closed;
  private volatile SQLWarning warnings;
  private volatile int networkTimeout;

  SparkConnectConnection(SparkSession session, JdbcUrl url) {
    this.session = session;
    this.url = url;
  }

  SparkSession session() {
    return session;
  }

  JdbcUrl url() {
    return url;
  }

  void checkOpen() throws SQLException {
    if (closed) {
      throw SqlErrors.closed("connection");
    }
    if (session.isClosed()) {
      throw SqlErrors.closed("connection's session");
    }
  }

  void statementClosed(SparkConnectStatement s) {
    statements.remove(s);
  }

  private <T extends SparkConnectStatement> T track(T s) {
    statements.add(s);
    return s;
  }

  private void checkResultSetKind(int type, int concurrency, int holdability) throws SQLException {
    if (type != ResultSet.TYPE_FORWARD_ONLY && type != ResultSet.TYPE_SCROLL_INSENSITIVE
        && type != ResultSet.TYPE_SCROLL_SENSITIVE) {
      throw new SQLException("Unknown result set type " + type, "HY024");
    }
    if (concurrency != ResultSet.CONCUR_READ_ONLY && concurrency != ResultSet.CONCUR_UPDATABLE) {
      throw new SQLException("Unknown result set concurrency " + concurrency, "HY024");
    }
    if (type != ResultSet.TYPE_FORWARD_ONLY || concurrency != ResultSet.CONCUR_READ_ONLY) {
      addWarning(new SQLWarning("Spark Connect result sets are forward-only and read-only: the statement gives"
          + " TYPE_FORWARD_ONLY, CONCUR_READ_ONLY result sets", "01S02"));
    }
    if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT && holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
      throw new SQLException("Unknown holdability " + holdability, "HY024");
    }
  }

  private void addWarning(SQLWarning w) {
    synchronized (this) {
      if (warnings == null) {
        warnings = w;
      } else {
        warnings.setNextWarning(w);
      }
    }
  }

  @Override
  public Statement createStatement() throws SQLException {
    checkOpen();
    return track(new SparkConnectStatement(this));
  }

  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
    return createStatement(resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
  }

  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    checkOpen();
    checkResultSetKind(resultSetType, resultSetConcurrency, resultSetHoldability);
    return createStatement();
  }

  @Override
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    checkOpen();
    return track(new SparkConnectPreparedStatement(this, sql));
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
      throws SQLException {
    return prepareStatement(sql, resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
      int resultSetHoldability) throws SQLException {
    checkOpen();
    checkResultSetKind(resultSetType, resultSetConcurrency, resultSetHoldability);
    return prepareStatement(sql);
  }

  /** As {@link #prepareStatement(String)}: Spark generates no keys. */
  @Override
  public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
    return prepareStatement(sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
    return prepareStatement(sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
    return prepareStatement(sql);
  }

  /** Not supported: Spark SQL has no stored procedures. */
  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    checkOpen();
    throw SqlErrors.unsupported("Stored procedure calls (prepareCall)");
  }

  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
    return prepareCall(sql);
  }

  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
      int resultSetHoldability) throws SQLException {
    return prepareCall(sql);
  }

  @Override
  public String nativeSQL(String sql) throws SQLException {
    checkOpen();
    return sql;
  }

  /** Only {@code true}: Spark has no transactions. */
  @Override
  public void setAutoCommit(boolean autoCommit) throws SQLException {
    checkOpen();
    if (!autoCommit) {
      throw new SQLFeatureNotSupportedException("Spark has no transactions: every statement commits on its own"
          + " (auto-commit cannot be turned off)", "0A000");
    }
  }

  @Override
  public boolean getAutoCommit() throws SQLException {
    checkOpen();
    return true;
  }

  /** A no-op: every statement has committed already (auto-commit). */
  @Override
  public void commit() throws SQLException {
    checkOpen();
  }

  /** A no-op: in auto-commit mode there is nothing to roll back. */
  @Override
  public void rollback() throws SQLException {
    checkOpen();
  }

  @Override
  public void rollback(Savepoint savepoint) throws SQLException {
    checkOpen();
    throw SqlErrors.unsupported("Savepoints");
  }

  @Override
  public Savepoint setSavepoint() throws SQLException {
    checkOpen();
    throw SqlErrors.unsupported("Savepoints");
  }

  @Override
  public Savepoint setSavepoint(String name) throws SQLException {
    checkOpen();
    throw SqlErrors.unsupported("Savepoints");
  }

  @Override
  public void releaseSavepoint(Savepoint savepoint) throws SQLException {
    checkOpen();
    throw SqlErrors.unsupported("Savepoints");
  }

  /**
   * Releases the session on the server; statements still running are cancelled first. Idempotent.
   * An embedded server started for {@code jdbc:sc://local} stops with it.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    SparkConnectStatement[] open = statements.toArray(new SparkConnectStatement[0]);
    boolean running = false;
    for (SparkConnectStatement s : open) {
      running |= s.isRunning();
      s.close();
    }
    if (running) {
      // Servers before 4.0 keep a session's operations running when the client leaves (they have
      // no ReleaseSession): interrupt them all, and let the statements see it, before leaving.
      try {
        session.interruptAll();
      } catch (RuntimeException e) {
        // The server is gone: nothing runs there any more.
      }
      long deadline = System.nanoTime() + 2_000_000_000L;
      for (SparkConnectStatement s : open) {
        while (s.isRunning() && System.nanoTime() < deadline) {
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
    }
    session.close();
  }

  @Override
  public boolean isClosed() {
    return closed || session.isClosed();
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    checkOpen();
    return new SparkConnectDatabaseMetaData(this);
  }

  /** A hint only: Spark Connect sessions cannot be made read-only. */
  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    checkOpen();
  }

  @Override
  public boolean isReadOnly() throws SQLException {
    checkOpen();
    return false;
  }

  /** Makes {@code catalog} Spark's current catalog. */
  @Override
  public void setCatalog(String catalog) throws SQLException {
    checkOpen();
    if (catalog == null) {
      return;
    }
    try {
      session.catalog().setCurrentCatalog(catalog);
    } catch (RuntimeException e) {
      throw SqlErrors.of(e);
    }
  }

  @Override
  public String getCatalog() throws SQLException {
    checkOpen();
    try {
      return session.catalog().currentCatalog();
    } catch (RuntimeException e) {
      throw SqlErrors.of(e);
    }
  }

  /** Makes {@code schema} Spark's current database (namespace) in the current catalog. */
  @Override
  public void setSchema(String schema) throws SQLException {
    checkOpen();
    if (schema == null) {
      return;
    }
    try {
      session.catalog().setCurrentDatabase(schema);
    } catch (RuntimeException e) {
      throw SqlErrors.of(e);
    }
  }

  @Override
  public String getSchema() throws SQLException {
    checkOpen();
    try {
      return session.catalog().currentDatabase();
    } catch (RuntimeException e) {
      throw SqlErrors.of(e);
    }
  }

  /** Only {@code TRANSACTION_NONE} holds; asking for another level leaves a warning, not a failure. */
  @Override
  public void setTransactionIsolation(int level) throws SQLException {
    checkOpen();
    if (level != TRANSACTION_NONE) {
      addWarning(new SQLWarning("Spark has no transactions: the isolation level stays TRANSACTION_NONE", "01000"));
    }
  }

  @Override
  public int getTransactionIsolation() throws SQLException {
    checkOpen();
    return TRANSACTION_NONE;
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return warnings;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
    warnings = null;
  }

  @Override
  public Map<String, Class<?>> getTypeMap() throws SQLException {
    checkOpen();
    return new java.util.HashMap<>();
  }

  @Override
  public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
    checkOpen();
    if (map != null && !map.isEmpty()) {
      throw SqlErrors.unsupported("Custom type maps");
    }
  }

  @Override
  public void setHoldability(int holdability) throws SQLException {
    checkOpen();
    if (holdability != ResultSet.HOLD_CURSORS_OVER_COMMIT && holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
      throw new SQLException("Unknown holdability " + holdability, "HY024");
    }
  }

  @Override
  public int getHoldability() throws SQLException {
    checkOpen();
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public Clob createClob() throws SQLException {
    checkOpen();
    return new SerialClob(new char[0]);
  }

  @Override
  public Blob createBlob() throws SQLException {
    checkOpen();
    return new SerialBlob(new byte[0]);
  }

  @Override
  public NClob createNClob() throws SQLException {
    checkOpen();
    throw SqlErrors.unsupported("NClob");
  }

  @Override
  public SQLXML createSQLXML() throws SQLException {
    checkOpen();
    throw SqlErrors.unsupported("SQLXML");
  }

  /**
   * Whether the server answers within {@code timeout} seconds (0: no limit) with this session
   * still alive there.
   */
  @Override
  public boolean isValid(int timeout) throws SQLException {
    if (timeout < 0) {
      throw new SQLException("The timeout cannot be negative: " + timeout, "HY024");
    }
    if (isClosed() || !session.isUsable()) {
      return false;
    }
    java.util.concurrent.Future<?> ping = java.util.concurrent.ForkJoinPool.commonPool()
        .submit(() -> session.conf().get("spark.sql.session.timeZone"));
    try {
      if (timeout == 0) {
        ping.get();
      } else {
        ping.get(timeout, TimeUnit.SECONDS);
      }
      return true;
    } catch (TimeoutException | ExecutionException e) {
      ping.cancel(true);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void setClientInfo(String name, String value) throws SQLClientInfoException {
    if (closed) {
      throw new SQLClientInfoException("This connection is closed", "08003", 0, Map.of());
    }
    if (value == null) {
      clientInfo.remove(name);
    } else {
      clientInfo.setProperty(name, value);
    }
  }

  @Override
  public void setClientInfo(Properties properties) throws SQLClientInfoException {
    if (closed) {
      throw new SQLClientInfoException("This connection is closed", "08003", 0, Map.of());
    }
    clientInfo.clear();
    if (properties != null) {
      clientInfo.putAll(properties);
    }
  }

  @Override
  public String getClientInfo(String name) throws SQLException {
    checkOpen();
    return clientInfo.getProperty(name);
  }

  @Override
  public Properties getClientInfo() throws SQLException {
    checkOpen();
    Properties p = new Properties();
    p.putAll(clientInfo);
    return p;
  }

  /** An array for a parameter, of elements of Spark's type {@code typeName} (e.g. {@code int}, {@code string}). */
  @Override
  public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
    checkOpen();
    DataType type;
    try {
      type = DataType.fromDDL(typeName);
    } catch (RuntimeException e) {
      throw new SQLException("Unknown element type '" + typeName + "'", "42704", e);
    }
    return new SparkConnectArray(elements == null ? List.of() : Arrays.asList(elements), type);
  }

  @Override
  public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
    checkOpen();
    throw SqlErrors.unsupported("Struct parameters (createStruct)");
  }

  @Override
  public void abort(Executor executor) throws SQLException {
    if (executor == null) {
      throw new SQLException("abort needs an executor", "HY009");
    }
    if (closed) {
      return;
    }
    executor.execute(this::close);
  }

  /** Recorded only: calls are bounded by the client's own connect and keepalive timeouts. */
  @Override
  public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
    checkOpen();
    if (milliseconds < 0) {
      throw new SQLException("The network timeout cannot be negative: " + milliseconds, "HY024");
    }
    networkTimeout = milliseconds;
  }

  @Override
  public int getNetworkTimeout() throws SQLException {
    checkOpen();
    return networkTimeout;
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    if (iface == SparkSession.class) {
      return iface.cast(session);
    }
    throw new SQLException("Not a wrapper of " + iface.getName(), "HY000");
  }

  /** Also a wrapper of its {@link SparkSession}: {@code unwrap(SparkSession.class)} gives the DataFrame API on the same session. */
  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this) || iface == SparkSession.class;
  }
}
