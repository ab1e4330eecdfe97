package io.sparkconnect.jdbc;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.StructType;
import java.sql.SQLException;
import java.sql.Struct;
import java.util.Map;

/** A struct value of a result: its fields' values as {@code getObject} gives them. Immutable; thread-safe. */
final class SparkConnectStruct implements Struct {
  private final Row row;
  private final StructType type;

  SparkConnectStruct(Row row, StructType type) {
    this.row = row;
    this.type = type;
  }

  @Override
  public String getSQLTypeName() {
    return JdbcTypes.typeName(type);
  }

  @Override
  public Object[] getAttributes() {
    Object[] out = new Object[row.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = JdbcValues.standard(row.get(i), type.fields()[i].dataType());
    }
    return out;
  }

  @Override
  public Object[] getAttributes(Map<String, Class<?>> map) throws SQLException {
    return getAttributes();
  }

  @Override
  public String toString() {
    return JdbcValues.string(row);
  }
}
