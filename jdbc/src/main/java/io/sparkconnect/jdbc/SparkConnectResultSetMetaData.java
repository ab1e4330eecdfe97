package io.sparkconnect.jdbc;

import io.sparkconnect.sql.types.CharType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.StringType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.types.VarcharType;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * The columns of a result, from the schema the server reported: JDBC type codes, Spark's type
 * names, precision and scale, nullability, display sizes. Immutable; thread-safe.
 */
final class SparkConnectResultSetMetaData implements ResultSetMetaData {
  private final StructType schema;

  SparkConnectResultSetMetaData(StructType schema) {
    this.schema = schema;
  }

  private StructField field(int column) throws SQLException {
    if (column < 1 || column > schema.fields().length) {
      throw new SQLException("Column index " + column + " is out of range: the result has "
          + schema.fields().length + " columns", "07009");
    }
    return schema.fields()[column - 1];
  }

  private DataType type(int column) throws SQLException {
    return field(column).dataType();
  }

  @Override
  public int getColumnCount() {
    return schema.fields().length;
  }

  @Override
  public boolean isAutoIncrement(int column) throws SQLException {
    field(column);
    return false;
  }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    DataType t = type(column);
    return t instanceof StringType || t instanceof CharType || t instanceof VarcharType;
  }

  @Override
  public boolean isSearchable(int column) throws SQLException {
    field(column);
    return true;
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    field(column);
    return false;
  }

  @Override
  public int isNullable(int column) throws SQLException {
    return field(column).nullable() ? columnNullable : columnNoNulls;
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return JdbcTypes.signed(type(column));
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    return JdbcTypes.displaySize(type(column));
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    return field(column).name();
  }

  @Override
  public String getColumnName(int column) throws SQLException {
    return field(column).name();
  }

  /** {@code ""}: the server does not say which table a result column comes from. */
  @Override
  public String getSchemaName(int column) throws SQLException {
    field(column);
    return "";
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    return JdbcTypes.precision(type(column));
  }

  @Override
  public int getScale(int column) throws SQLException {
    return JdbcTypes.scale(type(column));
  }

  @Override
  public String getTableName(int column) throws SQLException {
    field(column);
    return "";
  }

  @Override
  public String getCatalogName(int column) throws SQLException {
    field(column);
    return "";
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return JdbcTypes.typeCode(type(column));
  }

  /** Spark's name of the type, e.g. {@code bigint}, {@code decimal(23,1)}, {@code array<string>}. */
  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return JdbcTypes.typeName(type(column));
  }

  @Override
  public boolean isReadOnly(int column) throws SQLException {
    field(column);
    return true;
  }

  @Override
  public boolean isWritable(int column) throws SQLException {
    field(column);
    return false;
  }

  @Override
  public boolean isDefinitelyWritable(int column) throws SQLException {
    field(column);
    return false;
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    return JdbcTypes.className(type(column));
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
