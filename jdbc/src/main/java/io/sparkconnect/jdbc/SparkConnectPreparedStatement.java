package io.sparkconnect.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.BatchUpdateException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * A statement with {@code ?} parameters, sent as Spark's parameterised SQL: the text goes to the
 * server as written and the values as typed literals in their own message field (Spark binds
 * them; nothing is spliced into the text). {@link #executeBatch()} of a one-row
 * {@code INSERT ... VALUES (?, ...)} uploads all rows at once and inserts them with one statement.
 * Thread-safety as {@link SparkConnectStatement}.
 */
final class SparkConnectPreparedStatement extends SparkConnectStatement implements PreparedStatement {
  private final String sql;
  private final int count;
  private final Object[] values;
  private final boolean[] set;
  private final List<Object[]> batchRows = new ArrayList<>();
  private final BatchInsert batchInsert;

  SparkConnectPreparedStatement(SparkConnectConnection connection, String sql) throws SQLException {
    super(connection);
    if (sql == null || sql.isBlank()) {
      throw new SQLException("The SQL text is empty", "42000");
    }
    this.sql = sql;
    this.count = SqlText.markers(sql).size();
    this.values = new Object[count];
    this.set = new boolean[count];
    this.batchInsert = BatchInsert.of(sql, count);
  }

  private void bind(int index, Object value) throws SQLException {
    checkOpen();
    if (index < 1 || index > count) {
      throw new SQLException("Parameter index " + index + " is out of range: the statement has " + count
          + " parameters", "07009");
    }
    values[index - 1] = value;
    set[index - 1] = true;
  }

  private Object[] bound() throws SQLException {
    for (int i = 0; i < count; i++) {
      if (!set[i]) {
        throw new SQLException("Parameter " + (i + 1) + " has no value: set every parameter before executing",
            "07001");
      }
    }
    return values.clone();
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    if (!run(sql, bound(), false)) {
      throw new SQLException("The statement returned no result set (it is not a query): use execute or executeUpdate",
          "02000");
    }
    return getResultSet();
  }

  @Override
  public int executeUpdate() throws SQLException {
    run(sql, bound(), true);
    return getUpdateCount();
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    run(sql, bound(), true);
    return getLargeUpdateCount();
  }

  @Override
  public boolean execute() throws SQLException {
    return run(sql, bound(), false);
  }

  private SQLException noText(String method) {
    return new SQLException(method + "(String) cannot be called on a PreparedStatement", "HY000");
  }

  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    throw noText("executeQuery");
  }

  @Override
  public int executeUpdate(String sql) throws SQLException {
    throw noText("executeUpdate");
  }

  @Override
  public boolean execute(String sql) throws SQLException {
    throw noText("execute");
  }

  @Override
  public void addBatch(String sql) throws SQLException {
    throw noText("addBatch");
  }

  @Override
  public void clearParameters() throws SQLException {
    checkOpen();
    Arrays.fill(values, null);
    Arrays.fill(set, false);
  }

  @Override
  public void addBatch() throws SQLException {
    checkOpen();
    batchRows.add(bound());
  }

  @Override
  public void clearBatch() throws SQLException {
    checkOpen();
    batchRows.clear();
  }

  @Override
  public int[] executeBatch() throws SQLException {
    long[] counts = executeLargeBatch();
    int[] out = new int[counts.length];
    for (int i = 0; i < counts.length; i++) {
      out[i] = (int) Math.min(counts[i], Integer.MAX_VALUE);
    }
    return out;
  }

  /**
   * Runs the batch: a one-row {@code INSERT ... VALUES} as one upload and one insert (each row
   * counts 1; on failure no row counts, as the insert is one statement); anything else row by row.
   */
  @Override
  public long[] executeLargeBatch() throws SQLException {
    checkOpen();
    List<Object[]> rows = new ArrayList<>(batchRows);
    batchRows.clear();
    if (rows.isEmpty()) {
      return new long[0];
    }
    if (batchInsert != null && BatchInsert.uploadable(rows)) {
      Execution ex = new Execution(session, getQueryTimeout());
      startBatch(ex);
      try {
        batchInsert.run(session, rows);
      } catch (RuntimeException e) {
        SQLException s = ex.translate(e);
        throw new BatchUpdateException(s.getMessage(), s.getSQLState(), 0, new long[0], s);
      } finally {
        ex.endRunning();
      }
      long[] counts = new long[rows.size()];
      Arrays.fill(counts, 1);
      return counts;
    }
    long[] counts = new long[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      try {
        run(sql, rows.get(i), true);
        counts[i] = getLargeUpdateCount();
      } catch (SQLException e) {
        throw new BatchUpdateException(e.getMessage(), e.getSQLState(), e.getErrorCode(), Arrays.copyOf(counts, i), e);
      }
    }
    return counts;
  }

  /** The parameters' metadata: their count, and each bound value's type (unbound: {@code OTHER}). */
  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    checkOpen();
    return new SparkConnectParameterMetaData(values.clone(), set.clone());
  }

  /**
   * The result's columns, from the server's analysis of the statement with the parameters bound
   * so far (unbound ones as {@code NULL}); {@code null} for a statement that is not a query.
   */
  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    if (!SqlText.isQuery(sql)) {
      return null;
    }
    try {
      return new SparkConnectResultSetMetaData(count == 0 ? session.sql(sql).schema()
          : session.sql(sql, values.clone()).schema());
    } catch (RuntimeException e) {
      throw SqlErrors.of(e);
    }
  }

  // ------------------------------------------------------------------------------- setters

  @Override
  public void setNull(int parameterIndex, int sqlType) throws SQLException {
    bind(parameterIndex, null);
  }

  @Override
  public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
    bind(parameterIndex, null);
  }

  @Override
  public void setBoolean(int parameterIndex, boolean x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setByte(int parameterIndex, byte x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setShort(int parameterIndex, short x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setInt(int parameterIndex, int x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setLong(int parameterIndex, long x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setFloat(int parameterIndex, float x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setDouble(int parameterIndex, double x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setString(int parameterIndex, String x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setNString(int parameterIndex, String value) throws SQLException {
    bind(parameterIndex, value);
  }

  @Override
  public void setBytes(int parameterIndex, byte[] x) throws SQLException {
    bind(parameterIndex, x == null ? null : x.clone());
  }

  @Override
  public void setDate(int parameterIndex, Date x) throws SQLException {
    bind(parameterIndex, x == null ? null : x.toLocalDate());
  }

  @Override
  public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
    bind(parameterIndex, Parameters.date(x, cal));
  }

  @Override
  public void setTime(int parameterIndex, Time x) throws SQLException {
    bind(parameterIndex, Parameters.normalize(x));
  }

  @Override
  public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
    bind(parameterIndex, x == null ? null : cal == null ? Parameters.normalize(x)
        : java.time.Instant.ofEpochMilli(x.getTime()).atZone(cal.getTimeZone().toZoneId()).toLocalTime());
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
    bind(parameterIndex, x == null ? null : x.toInstant());
  }

  @Override
  public void setTimestamp(int parameterIndex, Timestamp x, Calendar cal) throws SQLException {
    bind(parameterIndex, Parameters.timestamp(x, cal));
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
    bind(parameterIndex, Parameters.ascii(x, length));
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
    bind(parameterIndex, Parameters.ascii(x, length));
  }

  @Override
  public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
    bind(parameterIndex, Parameters.ascii(x, -1));
  }

  @Override
  @Deprecated
  public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
    byte[] b = Parameters.readAll(x, length);
    bind(parameterIndex, b == null ? null : new String(b, java.nio.charset.StandardCharsets.UTF_16BE));
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
    bind(parameterIndex, Parameters.readAll(x, length));
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
    bind(parameterIndex, Parameters.readAll(x, length));
  }

  @Override
  public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
    bind(parameterIndex, Parameters.readAll(x, -1));
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, int length) throws SQLException {
    bind(parameterIndex, Parameters.readAll(reader, length));
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException {
    bind(parameterIndex, Parameters.readAll(reader, length));
  }

  @Override
  public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
    bind(parameterIndex, Parameters.readAll(reader, -1));
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value, long length) throws SQLException {
    bind(parameterIndex, Parameters.readAll(value, length));
  }

  @Override
  public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
    bind(parameterIndex, Parameters.readAll(value, -1));
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
    bind(parameterIndex, Parameters.convert(x, targetSqlType));
  }

  @Override
  public void setObject(int parameterIndex, Object x) throws SQLException {
    bind(parameterIndex, Parameters.normalize(x));
  }

  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType, int scaleOrLength) throws SQLException {
    Object v = Parameters.convert(x, targetSqlType);
    if (v instanceof BigDecimal d && (targetSqlType == java.sql.Types.DECIMAL
        || targetSqlType == java.sql.Types.NUMERIC)) {
      v = d.setScale(scaleOrLength, java.math.RoundingMode.HALF_UP);
    }
    bind(parameterIndex, v);
  }

  @Override
  public void setObject(int parameterIndex, Object x, SQLType targetSqlType, int scaleOrLength) throws SQLException {
    setObject(parameterIndex, x, targetSqlType.getVendorTypeNumber() == null ? java.sql.Types.OTHER
        : targetSqlType.getVendorTypeNumber(), scaleOrLength);
  }

  @Override
  public void setObject(int parameterIndex, Object x, SQLType targetSqlType) throws SQLException {
    setObject(parameterIndex, x, targetSqlType.getVendorTypeNumber() == null ? java.sql.Types.OTHER
        : targetSqlType.getVendorTypeNumber());
  }

  @Override
  public void setArray(int parameterIndex, Array x) throws SQLException {
    bind(parameterIndex, Parameters.normalize(x));
  }

  @Override
  public void setBlob(int parameterIndex, Blob x) throws SQLException {
    bind(parameterIndex, Parameters.normalize(x));
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream, long length) throws SQLException {
    bind(parameterIndex, Parameters.readAll(inputStream, length));
  }

  @Override
  public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
    bind(parameterIndex, Parameters.readAll(inputStream, -1));
  }

  @Override
  public void setClob(int parameterIndex, Clob x) throws SQLException {
    bind(parameterIndex, Parameters.normalize(x));
  }

  @Override
  public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
    bind(parameterIndex, Parameters.readAll(reader, length));
  }

  @Override
  public void setClob(int parameterIndex, Reader reader) throws SQLException {
    bind(parameterIndex, Parameters.readAll(reader, -1));
  }

  @Override
  public void setNClob(int parameterIndex, NClob value) throws SQLException {
    bind(parameterIndex, Parameters.normalize(value));
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
    bind(parameterIndex, Parameters.readAll(reader, length));
  }

  @Override
  public void setNClob(int parameterIndex, Reader reader) throws SQLException {
    bind(parameterIndex, Parameters.readAll(reader, -1));
  }

  @Override
  public void setURL(int parameterIndex, URL x) throws SQLException {
    bind(parameterIndex, x == null ? null : x.toString());
  }

  @Override
  public void setRef(int parameterIndex, Ref x) throws SQLException {
    throw SqlErrors.unsupported("Ref parameters");
  }

  @Override
  public void setRowId(int parameterIndex, RowId x) throws SQLException {
    throw SqlErrors.unsupported("RowId parameters");
  }

  @Override
  public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
    throw SqlErrors.unsupported("SQLXML parameters");
  }
}
