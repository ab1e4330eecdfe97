package io.sparkconnect.jdbc;

import io.sparkconnect.sql.RowFactory;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An array value of a result: its elements as {@code getObject} gives them (dates as
 * {@link java.sql.Date}, nested arrays as {@link Array} ...). Immutable after {@link #free()}
 * aside; thread-safe.
 */
final class SparkConnectArray implements Array {
  private final List<?> values;
  private final DataType elementType;
  private volatile boolean freed;

  SparkConnectArray(List<?> values, DataType elementType) {
    this.values = values;
    this.elementType = elementType;
  }

  private void check() throws SQLException {
    if (freed) {
      throw new SQLException("This Array was freed", "HY010");
    }
  }

  @Override
  public String getBaseTypeName() throws SQLException {
    check();
    return JdbcTypes.typeName(elementType);
  }

  @Override
  public int getBaseType() throws SQLException {
    check();
    return JdbcTypes.typeCode(elementType);
  }

  @Override
  public Object getArray() throws SQLException {
    return getArray(1, values.size());
  }

  @Override
  public Object getArray(Map<String, Class<?>> map) throws SQLException {
    return getArray();
  }

  @Override
  public Object getArray(long index, int count) throws SQLException {
    check();
    List<Object> slice = slice(index, count);
    Object[] out = (Object[]) java.lang.reflect.Array.newInstance(elementClass(), slice.size());
    for (int i = 0; i < out.length; i++) {
      out[i] = JdbcValues.standard(slice.get(i), elementType);
    }
    return out;
  }

  private Class<?> elementClass() {
    try {
      Class<?> c = Class.forName(JdbcTypes.className(elementType));
      return c == byte[].class ? Object.class : c;
    } catch (ClassNotFoundException e) {
      return Object.class;
    }
  }

  private List<Object> slice(long index, int count) throws SQLException {
    if (index < 1 || count < 0 || index - 1 + count > values.size()) {
      throw new SQLException("Array slice from " + index + " of " + count + " elements is outside the array's "
          + values.size() + " elements", "2202E");
    }
    return new ArrayList<>(values.subList((int) index - 1, (int) index - 1 + count));
  }

  @Override
  public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
    return getArray(index, count);
  }

  @Override
  public ResultSet getResultSet() throws SQLException {
    return getResultSet(1, values.size());
  }

  @Override
  public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
    return getResultSet();
  }

  /** Rows of two columns, as JDBC specifies: {@code INDEX} (from 1) and {@code VALUE}. */
  @Override
  public ResultSet getResultSet(long index, int count) throws SQLException {
    check();
    List<Object> slice = slice(index, count);
    List<io.sparkconnect.sql.Row> rows = new ArrayList<>(slice.size());
    for (int i = 0; i < slice.size(); i++) {
      rows.add(RowFactory.create(index + i, slice.get(i)));
    }
    StructType schema = new StructType(new StructField[] {
        new StructField("INDEX", DataTypes.LongType, false), new StructField("VALUE", elementType, true)});
    return SparkConnectResultSet.of(null, schema, rows);
  }

  @Override
  public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
    return getResultSet(index, count);
  }

  @Override
  public void free() {
    freed = true;
  }

  @Override
  public String toString() {
    return JdbcValues.string(values);
  }
}
