package io.sparkconnect.jdbc;

import io.sparkconnect.sql.CloseableIterator;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.StructType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.rowset.serial.SerialBlob;
import javax.sql.rowset.serial.SerialClob;

/**
 * The rows of one result, read forward only: a query's rows stream from the server through
 * {@code toLocalIterator} (one Arrow batch in memory at a time); metadata results are lists.
 * Read-only, forward-only, {@code HOLD_CURSORS_OVER_COMMIT}. Closing it stops the query on the
 * server. Not thread-safe, except that {@link Statement#cancel()} may end it from another thread.
 */
final class SparkConnectResultSet extends ReadOnlyResultSet {
  private final SparkConnectStatement statement;
  private final StructType schema;
  private final Iterator<Row> rows;
  /** The execution the rows come from, or {@code null} for lists. */
  private final Execution execution;
  private Map<String, Integer> columnIndex;
  private Row current;
  private int rowNumber;
  private boolean afterLast;
  private boolean wasNull;
  private volatile boolean closed;
  private int fetchSize;

  private SparkConnectResultSet(SparkConnectStatement statement, StructType schema, Iterator<Row> rows,
      Execution execution) {
    this.statement = statement;
    this.schema = schema;
    this.rows = rows;
    this.execution = execution;
  }

  /** A result set over rows already in memory. */
  static SparkConnectResultSet of(SparkConnectStatement statement, StructType schema, List<Row> rows) {
    return new SparkConnectResultSet(statement, schema, rows.iterator(), null);
  }

  /**
   * A result set streaming from the server; waits for the first rows (or the end), so that a
   * failing query fails here.
   */
  static SparkConnectResultSet streaming(SparkConnectStatement statement, StructType schema,
      CloseableIterator<Row> rows, Execution execution) throws SQLException {
    SparkConnectResultSet rs = new SparkConnectResultSet(statement, schema, rows, execution);
    try {
      rs.advance(true);
    } catch (SQLException | RuntimeException e) {
      rows.close();
      throw e;
    }
    return rs;
  }

  private Row lookahead;
  private boolean exhausted;

  /** Fills {@link #lookahead} with the next row, or sets {@link #exhausted}. */
  private void advance(boolean first) throws SQLException {
    if (lookahead != null || exhausted) {
      return;
    }
    try {
      // The first read waits for the server instead: a cancel then ends it through the
      // operation's own failure, which proves the operation ended on the server too.
      if (execution != null && !first) {
        execution.checkNotCancelled();
      }
      if (rows.hasNext()) {
        lookahead = rows.next();
      } else {
        exhausted = true;
      }
    } catch (SparkConnectException e) {
      exhausted = true;
      throw execution != null ? execution.translate(e) : SqlErrors.of(e);
    } catch (RuntimeException e) {
      exhausted = true;
      throw SqlErrors.of(e);
    }
  }

  private void checkOpen() throws SQLException {
    if (closed) {
      throw SqlErrors.closed("result set");
    }
  }

  @Override
  public boolean next() throws SQLException {
    checkOpen();
    advance(false);
    if (lookahead == null) {
      if (current != null || rowNumber > 0) {
        afterLast = true;
      }
      current = null;
      return false;
    }
    current = lookahead;
    lookahead = null;
    rowNumber++;
    return true;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    current = null;
    lookahead = null;
    if (rows instanceof CloseableIterator<?> c) {
      c.close();
    }
    if (statement != null) {
      statement.resultSetClosed(this);
    }
  }

  /** Ends the stream from another thread (cancel, statement close). */
  void closeFromStatement() {
    if (closed) {
      return;
    }
    closed = true;
    if (rows instanceof CloseableIterator<?> c) {
      c.close();
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public boolean wasNull() throws SQLException {
    checkOpen();
    return wasNull;
  }

  private Object value(int column) throws SQLException {
    checkOpen();
    if (current == null) {
      throw new SQLException(rowNumber == 0 ? "The result set is before its first row: call next() first"
          : "The result set is after its last row", "24000");
    }
    if (column < 1 || column > schema.fields().length) {
      throw new SQLException("Column index " + column + " is out of range: the result has "
          + schema.fields().length + " columns", "07009");
    }
    Object v = current.get(column - 1);
    wasNull = v == null;
    return v;
  }

  private DataType type(int column) {
    return schema.fields()[column - 1].dataType();
  }

  @Override
  public int findColumn(String columnLabel) throws SQLException {
    checkOpen();
    if (columnIndex == null) {
      Map<String, Integer> m = new HashMap<>();
      for (int i = schema.fields().length - 1; i >= 0; i--) {
        m.put(schema.fields()[i].name().toLowerCase(Locale.ROOT), i + 1);
      }
      for (int i = schema.fields().length - 1; i >= 0; i--) {
        m.put(schema.fields()[i].name(), i + 1);
      }
      columnIndex = m;
    }
    Integer i = columnLabel == null ? null : columnIndex.get(columnLabel);
    if (i == null && columnLabel != null) {
      i = columnIndex.get(columnLabel.toLowerCase(Locale.ROOT));
    }
    if (i == null) {
      throw new SQLException("No column '" + columnLabel + "' in this result", "42703");
    }
    return i;
  }

  // ------------------------------------------------------------------------------------ getters

  @Override
  public String getString(int columnIndex) throws SQLException {
    return JdbcValues.string(value(columnIndex));
  }

  @Override
  public boolean getBoolean(int columnIndex) throws SQLException {
    return JdbcValues.bool(value(columnIndex));
  }

  @Override
  public byte getByte(int columnIndex) throws SQLException {
    return (byte) JdbcValues.integral(value(columnIndex), Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
  }

  @Override
  public short getShort(int columnIndex) throws SQLException {
    return (short) JdbcValues.integral(value(columnIndex), Short.MIN_VALUE, Short.MAX_VALUE, "short");
  }

  @Override
  public int getInt(int columnIndex) throws SQLException {
    return (int) JdbcValues.integral(value(columnIndex), Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
  }

  @Override
  public long getLong(int columnIndex) throws SQLException {
    return JdbcValues.integral(value(columnIndex), Long.MIN_VALUE, Long.MAX_VALUE, "long");
  }

  @Override
  public float getFloat(int columnIndex) throws SQLException {
    return (float) JdbcValues.floating(value(columnIndex), "float");
  }

  @Override
  public double getDouble(int columnIndex) throws SQLException {
    return JdbcValues.floating(value(columnIndex), "double");
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
    BigDecimal d = getBigDecimal(columnIndex);
    return d == null ? null : d.setScale(scale, RoundingMode.HALF_UP);
  }

  @Override
  public BigDecimal getBigDecimal(int columnIndex) throws SQLException {
    return JdbcValues.decimal(value(columnIndex));
  }

  @Override
  public byte[] getBytes(int columnIndex) throws SQLException {
    return JdbcValues.bytes(value(columnIndex));
  }

  @Override
  public Date getDate(int columnIndex) throws SQLException {
    return JdbcValues.date(value(columnIndex), null);
  }

  @Override
  public Time getTime(int columnIndex) throws SQLException {
    return JdbcValues.time(value(columnIndex), null);
  }

  @Override
  public Timestamp getTimestamp(int columnIndex) throws SQLException {
    return JdbcValues.timestamp(value(columnIndex), null);
  }

  @Override
  public Date getDate(int columnIndex, Calendar cal) throws SQLException {
    return JdbcValues.date(value(columnIndex), cal);
  }

  @Override
  public Time getTime(int columnIndex, Calendar cal) throws SQLException {
    return JdbcValues.time(value(columnIndex), cal);
  }

  @Override
  public Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
    return JdbcValues.timestamp(value(columnIndex), cal);
  }

  @Override
  public InputStream getAsciiStream(int columnIndex) throws SQLException {
    String s = getString(columnIndex);
    return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  @Deprecated
  public InputStream getUnicodeStream(int columnIndex) throws SQLException {
    String s = getString(columnIndex);
    return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_16BE));
  }

  @Override
  public InputStream getBinaryStream(int columnIndex) throws SQLException {
    byte[] b = getBytes(columnIndex);
    return b == null ? null : new ByteArrayInputStream(b);
  }

  @Override
  public Reader getCharacterStream(int columnIndex) throws SQLException {
    String s = getString(columnIndex);
    return s == null ? null : new StringReader(s);
  }

  @Override
  public Reader getNCharacterStream(int columnIndex) throws SQLException {
    return getCharacterStream(columnIndex);
  }

  @Override
  public String getNString(int columnIndex) throws SQLException {
    return getString(columnIndex);
  }

  @Override
  public Object getObject(int columnIndex) throws SQLException {
    return JdbcValues.standard(value(columnIndex), type(columnIndex));
  }

  @Override
  public Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
    return getObject(columnIndex);
  }

  @Override
  public <T> T getObject(int columnIndex, Class<T> type) throws SQLException {
    return JdbcValues.as(value(columnIndex), type(columnIndex), type);
  }

  @Override
  public Array getArray(int columnIndex) throws SQLException {
    Object v = getObject(columnIndex);
    if (v == null || v instanceof Array) {
      return (Array) v;
    }
    throw JdbcValues.cannot(v, "Array");
  }

  @Override
  public Blob getBlob(int columnIndex) throws SQLException {
    byte[] b = getBytes(columnIndex);
    return b == null ? null : new SerialBlob(b);
  }

  @Override
  public Clob getClob(int columnIndex) throws SQLException {
    String s = getString(columnIndex);
    return s == null ? null : new SerialClob(s.toCharArray());
  }

  @Override
  public NClob getNClob(int columnIndex) throws SQLException {
    throw SqlErrors.unsupported("NClob");
  }

  @Override
  public Ref getRef(int columnIndex) throws SQLException {
    throw SqlErrors.unsupported("Ref");
  }

  @Override
  public RowId getRowId(int columnIndex) throws SQLException {
    throw SqlErrors.unsupported("RowId");
  }

  @Override
  public SQLXML getSQLXML(int columnIndex) throws SQLException {
    throw SqlErrors.unsupported("SQLXML");
  }

  @Override
  public URL getURL(int columnIndex) throws SQLException {
    String s = getString(columnIndex);
    try {
      return s == null ? null : new URL(s);
    } catch (MalformedURLException e) {
      throw new SQLException("Not a URL: " + s, "22018", e);
    }
  }

  // ---------------------------------------------------------------------------- by label

  @Override
  public String getString(String columnLabel) throws SQLException {
    return getString(findColumn(columnLabel));
  }

  @Override
  public boolean getBoolean(String columnLabel) throws SQLException {
    return getBoolean(findColumn(columnLabel));
  }

  @Override
  public byte getByte(String columnLabel) throws SQLException {
    return getByte(findColumn(columnLabel));
  }

  @Override
  public short getShort(String columnLabel) throws SQLException {
    return getShort(findColumn(columnLabel));
  }

  @Override
  public int getInt(String columnLabel) throws SQLException {
    return getInt(findColumn(columnLabel));
  }

  @Override
  public long getLong(String columnLabel) throws SQLException {
    return getLong(findColumn(columnLabel));
  }

  @Override
  public float getFloat(String columnLabel) throws SQLException {
    return getFloat(findColumn(columnLabel));
  }

  @Override
  public double getDouble(String columnLabel) throws SQLException {
    return getDouble(findColumn(columnLabel));
  }

  @Override
  @Deprecated
  public BigDecimal getBigDecimal(String columnLabel, int scale) throws SQLException {
    return getBigDecimal(findColumn(columnLabel), scale);
  }

  @Override
  public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
    return getBigDecimal(findColumn(columnLabel));
  }

  @Override
  public byte[] getBytes(String columnLabel) throws SQLException {
    return getBytes(findColumn(columnLabel));
  }

  @Override
  public Date getDate(String columnLabel) throws SQLException {
    return getDate(findColumn(columnLabel));
  }

  @Override
  public Time getTime(String columnLabel) throws SQLException {
    return getTime(findColumn(columnLabel));
  }

  @Override
  public Timestamp getTimestamp(String columnLabel) throws SQLException {
    return getTimestamp(findColumn(columnLabel));
  }

  @Override
  public Date getDate(String columnLabel, Calendar cal) throws SQLException {
    return getDate(findColumn(columnLabel), cal);
  }

  @Override
  public Time getTime(String columnLabel, Calendar cal) throws SQLException {
    return getTime(findColumn(columnLabel), cal);
  }

  @Override
  public Timestamp getTimestamp(String columnLabel, Calendar cal) throws SQLException {
    return getTimestamp(findColumn(columnLabel), cal);
  }

  @Override
  public InputStream getAsciiStream(String columnLabel) throws SQLException {
    return getAsciiStream(findColumn(columnLabel));
  }

  @Override
  @Deprecated
  public InputStream getUnicodeStream(String columnLabel) throws SQLException {
    return getUnicodeStream(findColumn(columnLabel));
  }

  @Override
  public InputStream getBinaryStream(String columnLabel) throws SQLException {
    return getBinaryStream(findColumn(columnLabel));
  }

  @Override
  public Reader getCharacterStream(String columnLabel) throws SQLException {
    return getCharacterStream(findColumn(columnLabel));
  }

  @Override
  public Reader getNCharacterStream(String columnLabel) throws SQLException {
    return getNCharacterStream(findColumn(columnLabel));
  }

  @Override
  public String getNString(String columnLabel) throws SQLException {
    return getNString(findColumn(columnLabel));
  }

  @Override
  public Object getObject(String columnLabel) throws SQLException {
    return getObject(findColumn(columnLabel));
  }

  @Override
  public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
    return getObject(findColumn(columnLabel), map);
  }

  @Override
  public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
    return getObject(findColumn(columnLabel), type);
  }

  @Override
  public Array getArray(String columnLabel) throws SQLException {
    return getArray(findColumn(columnLabel));
  }

  @Override
  public Blob getBlob(String columnLabel) throws SQLException {
    return getBlob(findColumn(columnLabel));
  }

  @Override
  public Clob getClob(String columnLabel) throws SQLException {
    return getClob(findColumn(columnLabel));
  }

  @Override
  public NClob getNClob(String columnLabel) throws SQLException {
    return getNClob(findColumn(columnLabel));
  }

  @Override
  public Ref getRef(String columnLabel) throws SQLException {
    return getRef(findColumn(columnLabel));
  }

  @Override
  public RowId getRowId(String columnLabel) throws SQLException {
    return getRowId(findColumn(columnLabel));
  }

  @Override
  public SQLXML getSQLXML(String columnLabel) throws SQLException {
    return getSQLXML(findColumn(columnLabel));
  }

  @Override
  public URL getURL(String columnLabel) throws SQLException {
    return getURL(findColumn(columnLabel));
  }

  // ---------------------------------------------------------------------------- position

  private SQLException forwardOnly(String what) {
    return new SQLException(what + " is not possible: this result set is forward-only (TYPE_FORWARD_ONLY);"
        + " read it with next()", "24000");
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    checkOpen();
    if (rowNumber > 0) {
      return false;
    }
    advance(false);
    return lookahead != null;
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    checkOpen();
    return afterLast;
  }

  @Override
  public boolean isFirst() throws SQLException {
    checkOpen();
    return rowNumber == 1 && current != null;
  }

  @Override
  public boolean isLast() throws SQLException {
    checkOpen();
    if (current == null) {
      return false;
    }
    advance(false);
    return lookahead == null;
  }

  @Override
  public void beforeFirst() throws SQLException {
    checkOpen();
    throw forwardOnly("beforeFirst()");
  }

  @Override
  public void afterLast() throws SQLException {
    checkOpen();
    throw forwardOnly("afterLast()");
  }

  @Override
  public boolean first() throws SQLException {
    checkOpen();
    throw forwardOnly("first()");
  }

  @Override
  public boolean last() throws SQLException {
    checkOpen();
    throw forwardOnly("last()");
  }

  @Override
  public int getRow() throws SQLException {
    checkOpen();
    return current == null ? 0 : rowNumber;
  }

  @Override
  public boolean absolute(int row) throws SQLException {
    checkOpen();
    throw forwardOnly("absolute(" + row + ")");
  }

  @Override
  public boolean relative(int rows) throws SQLException {
    checkOpen();
    throw forwardOnly("relative(" + rows + ")");
  }

  @Override
  public boolean previous() throws SQLException {
    checkOpen();
    throw forwardOnly("previous()");
  }

  @Override
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != FETCH_FORWARD) {
      throw new SQLException("Only FETCH_FORWARD: this result set is forward-only", "HY106");
    }
  }

  @Override
  public int getFetchDirection() throws SQLException {
    checkOpen();
    return FETCH_FORWARD;
  }

  /** A hint only: the server decides how many rows each Arrow batch holds. */
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
  public int getType() throws SQLException {
    checkOpen();
    return TYPE_FORWARD_ONLY;
  }

  @Override
  public int getConcurrency() throws SQLException {
    checkOpen();
    return CONCUR_READ_ONLY;
  }

  @Override
  public boolean rowUpdated() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean rowInserted() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public boolean rowDeleted() throws SQLException {
    checkOpen();
    return false;
  }

  @Override
  public Statement getStatement() throws SQLException {
    checkOpen();
    return statement;
  }

  @Override
  public int getHoldability() throws SQLException {
    checkOpen();
    return HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
  }

  @Override
  public String getCursorName() throws SQLException {
    throw SqlErrors.unsupported("Named cursors (getCursorName)");
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return new SparkConnectResultSetMetaData(schema);
  }

  StructType schema() {
    return schema;
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
}
