package io.sparkconnect.jdbc;

import java.sql.ParameterMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The parameters of a prepared statement: Spark does not describe parameters before they are
 * bound, so each one's type is that of the value bound to it ({@code OTHER} while unbound); all
 * are input parameters and nullable. Immutable; thread-safe.
 */
final class SparkConnectParameterMetaData implements ParameterMetaData {
  private final Object[] values;
  private final boolean[] set;

  SparkConnectParameterMetaData(Object[] values, boolean[] set) {
    this.values = values;
    this.set = set;
  }

  private Object value(int param) throws SQLException {
    if (param < 1 || param > values.length) {
      throw new SQLException("Parameter index " + param + " is out of range: the statement has " + values.length
          + " parameters", "07009");
    }
    return values[param - 1];
  }

  private io.sparkconnect.sql.types.DataType type(int param) throws SQLException {
    Object v = value(param);
    if (v == null) {
      return null;
    }
    if (v instanceof java.util.List<?>) {
      return new io.sparkconnect.sql.types.ArrayType(io.sparkconnect.sql.types.DataTypes.NullType);
    }
    if (v instanceof java.time.LocalTime) {
      return io.sparkconnect.sql.types.TimeType.DEFAULT;
    }
    return BatchInsert.typeOf(v);
  }

  @Override
  public int getParameterCount() {
    return values.length;
  }

  @Override
  public int isNullable(int param) throws SQLException {
    value(param);
    return parameterNullable;
  }

  @Override
  public boolean isSigned(int param) throws SQLException {
    io.sparkconnect.sql.types.DataType t = type(param);
    return t != null && JdbcTypes.signed(t);
  }

  @Override
  public int getPrecision(int param) throws SQLException {
    io.sparkconnect.sql.types.DataType t = type(param);
    return t == null ? 0 : JdbcTypes.precision(t);
  }

  @Override
  public int getScale(int param) throws SQLException {
    io.sparkconnect.sql.types.DataType t = type(param);
    return t == null ? 0 : JdbcTypes.scale(t);
  }

  @Override
  public int getParameterType(int param) throws SQLException {
    io.sparkconnect.sql.types.DataType t = type(param);
    if (t == null) {
      return set[param - 1] ? Types.NULL : Types.OTHER;
    }
    return JdbcTypes.typeCode(t);
  }

  @Override
  public String getParameterTypeName(int param) throws SQLException {
    io.sparkconnect.sql.types.DataType t = type(param);
    return t == null ? (set[param - 1] ? "void" : "unknown") : JdbcTypes.typeName(t);
  }

  @Override
  public String getParameterClassName(int param) throws SQLException {
    Object v = value(param);
    return v == null ? Object.class.getName() : v.getClass().getName();
  }

  @Override
  public int getParameterMode(int param) throws SQLException {
    value(param);
    return parameterModeIn;
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
