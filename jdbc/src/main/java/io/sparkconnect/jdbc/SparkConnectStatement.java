package io.sparkconnect.jdbc;

import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.types.LongType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A statement of a Spark Connect connection: each execution runs Spark SQL as one (cancellable)
 * execution; its result is a streaming result set, or an update count for statements without
 * output. Update counts: Spark reports the rows a DML statement touched only where the table
 * format does ({@code num_affected_rows}); an {@code INSERT ... VALUES} counts its rows; other
 * statements count 0, as JDBC specifies for statements that return nothing.
 *
 * <p>Thread-safety: one thread executes at a time; {@link #cancel()} and {@link #close()} may be
 * called from any other thread at any moment.
 */
class SparkConnectStatement implements Statement {
  final SparkConnectConnection connection;
  final SparkSession session;
  private volatile boolean closed;
  private boolean closeOnCompletion;
  private long maxRows;
  private int fetchSize;
  private int queryTimeout;
  private int maxFieldSize;
  private volatile SparkConnectResultSet resultSet;
  private long updateCount = -1;
  private volatile Execution execution;
  private final List<String> batch = new ArrayList<>();
  private SQLWarning warnings;

  SparkConnectStatement(SparkConnectConnection connection) {
    this.connection = connection;
    this.session = connection.session();
  }

  void checkOpen() throws SQLException {
    if (closed) {
      throw SqlErrors.closed("statement");
    }
    connection.checkOpen();
  }

  /**
   * Runs {@code sql} with positional {@code args} (or none): the statement's whole execution path,
   * shared by the prepared statement.
   *
   * @param forUpdate whether the caller wants an update count (executeUpdate), which refuses queries
   * @return whether the result is a result set
   */
  boolean run(String sql, Object[] args, boolean forUpdate) throws SQLException {
    checkOpen();
    if (sql == null || sql.isBlank()) {
      throw new SQLException("The SQL text is empty", "42000");
    }
    closeResult();
    updateCount = -1;
    if (forUpdate && SqlText.isQuery(sql)) {
      throw new SQLException("executeUpdate cannot run a query (it returns rows): use executeQuery or execute",
          "07000");
    }
    // Published before anything is sent: from here on a cancel from another thread reaches this
    // execution (one that came before finds none and has no effect, as on an idle statement).
    Execution ex = new Execution(session, queryTimeout);
    execution = ex;
    try {
      ex.start();
      ex.checkNotCancelled();
      DataFrame df = args == null || args.length == 0 ? session.sql(sql) : session.sql(sql, args);
      ex.checkNotCancelled();
      StructType schema = df.schema();
      if (schema.fields().length == 0) {
        updateCount = impliedCount(sql);
        return false;
      }
      if (isAffectedRows(schema, sql)) {
        List<Row> rows = df.collectAsList();
        updateCount = rows.isEmpty() || rows.get(0).isNullAt(0) ? 0 : rows.get(0).getLong(0);
        return false;
      }
      if (forUpdate) {
        // A command with output (SET, SHOW ...) already ran; its rows are not wanted here.
        updateCount = 0;
        return false;
      }
      if (maxRows > 0) {
        df = df.limit((int) Math.min(maxRows, Integer.MAX_VALUE));
      }
      ex.checkNotCancelled();
      SparkConnectResultSet rs = SparkConnectResultSet.streaming(this, schema, df.toLocalIterator(), ex);
      resultSet = rs;
      if (closed) {
        rs.closeFromStatement();
        throw SqlErrors.closed("statement");
      }
      return true;
    } catch (RuntimeException e) {
      throw ex.translate(e);
    } finally {
      ex.endRunning();
    }
  }

  /** Makes {@code ex} this statement's running execution (for work that does not go through {@link #run}). */
  void startBatch(Execution ex) throws SQLException {
    checkOpen();
    closeResult();
    updateCount = -1;
    execution = ex;
    ex.start();
  }

  /** Whether the output is Spark's DML row count, e.g. {@code num_affected_rows} of an UPDATE on a table format that counts. */
  private static boolean isAffectedRows(StructType schema, String sql) {
    StructField first = schema.fields()[0];
    String k = SqlText.firstKeyword(sql);
    return first.name().equals("num_affected_rows") && first.dataType() instanceof LongType
        && (k.equals("INSERT") || k.equals("UPDATE") || k.equals("DELETE") || k.equals("MERGE"));
  }

  /** Rows an {@code INSERT ... VALUES} adds; 0 for statements whose count the server does not report. */
  static long impliedCount(String sql) {
    SqlText.InsertValues values = SqlText.insertValues(sql);
    return values == null ? 0 : values.rows().size();
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    if (!run(sql, null, false)) {
      throw new SQLException("The statement returned no result set (it is not a query): use execute or executeUpdate",
          "02000");
    }
    return resultSet;
  }

  @Override
  public int executeUpdate(String sql) throws SQLException {
    run(sql, null, true);
    return (int) Math.min(updateCount, Integer.MAX_VALUE);
  }

  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    run(sql, null, true);
    return updateCount;
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    return run(sql, null, false);
  }

  @Override
  public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
    return execute(sql);
  }

  @Override
  public boolean execute(String sql, int[] columnIndexes) throws SQLException {
    return execute(sql);
  }

  @Override
  public boolean execute(String sql, String[] columnNames) throws SQLException {
    return execute(sql);
  }

  @Override
  public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
    return executeUpdate(sql);
  }

  @Override
  public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
    return executeUpdate(sql);
  }

  @Override
  public int executeUpdate(String sql, String[] columnNames) throws SQLException {
    return executeUpdate(sql);
  }

  @Override
  public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
    return executeLargeUpdate(sql);
  }

  @Override
  public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
    return executeLargeUpdate(sql);
  }

  @Override
  public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
    return executeLargeUpdate(sql);
  }

  /** An empty result: Spark generates no keys. */
  @Override
  public ResultSet getGeneratedKeys() throws SQLException {
    checkOpen();
    return SparkConnectResultSet.of(this, new StructType(), List.of());
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    checkOpen();
    return resultSet;
  }

  @Override
  public int getUpdateCount() throws SQLException {
    checkOpen();
    return (int) Math.min(updateCount, Integer.MAX_VALUE);
  }

  @Override
  public long getLargeUpdateCount() throws SQLException {
    checkOpen();
    return updateCount;
  }

  /** There is only ever one result: closes the current result set and reports no more. */
  @Override
  public boolean getMoreResults() throws SQLException {
    return getMoreResults(CLOSE_CURRENT_RESULT);
  }

  @Override
  public boolean getMoreResults(int current) throws SQLException {
    checkOpen();
    if (current != CLOSE_CURRENT_RESULT && current != KEEP_CURRENT_RESULT && current != CLOSE_ALL_RESULTS) {
      throw new SQLException("getMoreResults takes CLOSE_CURRENT_RESULT, KEEP_CURRENT_RESULT or CLOSE_ALL_RESULTS",
          "HY024");
    }
    SparkConnectResultSet rs = resultSet;
    if (rs != null && current != KEEP_CURRENT_RESULT) {
      rs.closeFromStatement();
    }
    resultSet = null;
    updateCount = -1;
    return false;
  }

  void resultSetClosed(SparkConnectResultSet rs) {
    if (resultSet == rs && closeOnCompletion) {
      close();
    }
  }

  private void closeResult() {
    SparkConnectResultSet rs = resultSet;
    if (rs != null) {
      rs.closeFromStatement();
      resultSet = null;
    }
  }

  /**
   * Interrupts the running execution on the server, from any thread, also before its first
   * request reached the server or its first row arrived; the executing thread gets an
   * {@link SQLException} with SQLSTATE {@code HY008}. A result set still streaming ends. On an idle
   * statement (before {@code execute} was entered) it does nothing.
   */
  @Override
  public void cancel() throws SQLException {
    checkOpen();
    Execution ex = execution;
    if (ex != null) {
      ex.cancel(false);
    }
  }

  /** Closes the statement; work still running on the server is interrupted. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    Execution ex = execution;
    SparkConnectResultSet rs = resultSet;
    if (ex != null && ex.isRunning()) {
      ex.cancel(false);
    }
    if (rs != null) {
      rs.closeFromStatement();
    }
    resultSet = null;
    connection.statementClosed(this);
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  /** Whether an execution is in its running phase (before its first rows or update count). */
  boolean isRunning() {
    Execution ex = execution;
    return ex != null && ex.isRunning();
  }

  @Override
  public void closeOnCompletion() throws SQLException {
    checkOpen();
    closeOnCompletion = true;
  }

  @Override
  public boolean isCloseOnCompletion() throws SQLException {
    checkOpen();
    return closeOnCompletion;
  }

  @Override
  public int getMaxFieldSize() throws SQLException {
    checkOpen();
    return maxFieldSize;
  }

  /** Recorded only: values are never truncated. */
  @Override
  public void setMaxFieldSize(int max) throws SQLException {
    checkOpen();
    if (max < 0) {
      throw new SQLException("The maximum field size cannot be negative: " + max, "HY024");
    }
    maxFieldSize = max;
  }

  @Override
  public int getMaxRows() throws SQLException {
    checkOpen();
    return (int) Math.min(maxRows, Integer.MAX_VALUE);
  }

  /** Limits the rows of later queries (as {@code LIMIT}, on the server); 0 means no limit. */
  @Override
  public void setMaxRows(int max) throws SQLException {
    setLargeMaxRows(max);
  }

  @Override
  public long getLargeMaxRows() throws SQLException {
    checkOpen();
    return maxRows;
  }

  @Override
  public void setLargeMaxRows(long max) throws SQLException {
    checkOpen();
    if (max < 0) {
      throw new SQLException("The maximum number of rows cannot be negative: " + max, "HY024");
    }
    maxRows = max;
  }

  /** Escapes ({@code {fn ...}}) are passed to Spark as written; recorded only. */
  @Override
  public void setEscapeProcessing(boolean enable) throws SQLException {
    checkOpen();
  }

  @Override
  public int getQueryTimeout() throws SQLException {
    checkOpen();
    return queryTimeout;
  }

  /**
   * Limits later executions to {@code seconds} (0: no limit), until their first rows arrive: one
   * that runs longer is interrupted on the server and fails with {@link java.sql.SQLTimeoutException}.
   */
  @Override
  public void setQueryTimeout(int seconds) throws SQLException {
    checkOpen();
    if (seconds < 0) {
      throw new SQLException("The query timeout cannot be negative: " + seconds, "HY024");
    }
    queryTimeout = seconds;
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

  void addWarning(SQLWarning w) {
    if (warnings == null) {
      warnings = w;
    } else {
      warnings.setNextWarning(w);
    }
  }

  /** Spark has no positioned updates, so cursor names have no use: a no-op, as JDBC specifies. */
  @Override
  public void setCursorName(String name) throws SQLException {
    checkOpen();
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != ResultSet.FETCH_FORWARD) {
      throw new SQLException("Only FETCH_FORWARD: results are forward-only", "HY106");
    }
  }

  @Override
  public int getFetchDirection() throws SQLException {
    checkOpen();
    return ResultSet.FETCH_FORWARD;
  }

  /** A hint only: the server sizes its Arrow batches; one batch is in memory at a time. */
  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0) {
      throw new SQLException("The fetch size cannot be negative: " + rows, "HY024");
    }
    fetchSize = rows;
  }

  @Override
  public int getFetchSize() throws SQLException {
    checkOpen();
    return fetchSize;
  }

  @Override
  public int getResultSetConcurrency() throws SQLException {
    checkOpen();
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getResultSetType() throws SQLException {
    checkOpen();
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    checkOpen();
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    checkOpen();
    if (sql == null || sql.isBlank()) {
      throw new SQLException("The SQL text is empty", "42000");
    }
    batch.add(sql);
  }

  @Override
  public void clearBatch() throws SQLException {
    checkOpen();
    batch.clear();
  }

  /** Runs the batch's statements in order; one that returns rows or fails stops it with a {@link BatchUpdateException}. */
  @Override
  public int[] executeBatch() throws SQLException {
    long[] counts = executeLargeBatch();
    int[] out = new int[counts.length];
    for (int i = 0; i < counts.length; i++) {
      out[i] = (int) Math.min(counts[i], Integer.MAX_VALUE);
    }
    return out;
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    checkOpen();
    List<String> todo = new ArrayList<>(batch);
    batch.clear();
    long[] counts = new long[todo.size()];
    for (int i = 0; i < todo.size(); i++) {
      try {
        if (run(todo.get(i), null, true)) {
          throw new SQLException("A batch statement returned a result set", "07000");
        }
        counts[i] = updateCount;
      } catch (SQLException e) {
        long[] done = java.util.Arrays.copyOf(counts, i);
        throw new BatchUpdateException(e.getMessage(), e.getSQLState(), e.getErrorCode(), done, e);
      }
    }
    updateCount = -1;
    return counts;
  }

  @Override
  public Connection getConnection() throws SQLException {
    checkOpen();
    return connection;
  }

  @Override
  public void setPoolable(boolean poolable) throws SQLException {
    checkOpen();
  }

  @Override
  public boolean isPoolable() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public String enquoteIdentifier(String identifier, boolean alwaysQuote) throws SQLException {
    if (!alwaysQuote && identifier.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return identifier;
    }
    return "`" + identifier.replace("`", "``") + "`";
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper of " + iface.getName(), "HY000");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }
}
