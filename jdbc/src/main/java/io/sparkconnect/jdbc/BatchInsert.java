package io.sparkconnect.jdbc;

import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.RowFactory;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A batch of {@code INSERT ... VALUES (?, ...)} rows sent as one upload: the parameter rows
 * become one local relation (a temporary view for the statement's lifetime), and one
 * {@code INSERT ... SELECT} over it applies the row's expressions, so the server sees one insert
 * whatever the number of rows.
 */
final class BatchInsert {
  private final SqlText.InsertValues insert;
  private final int parameters;

  private BatchInsert(SqlText.InsertValues insert, int parameters) {
    this.insert = insert;
    this.parameters = parameters;
  }

  /** The plan for {@code sql}, or {@code null} when it is not a one-row {@code INSERT ... VALUES} whose markers all lie in that row. */
  static BatchInsert of(String sql, int markers) {
    SqlText.InsertValues insert = SqlText.insertValues(sql);
    if (insert == null || insert.rows().size() != 1) {
      return null;
    }
    int inRow = 0;
    for (String item : insert.rows().get(0)) {
      inRow += SqlText.markers(item).size();
    }
    return inRow == markers ? new BatchInsert(insert, markers) : null;
  }

  /**
   * The SQL that inserts the rows of {@code view}: the row's expressions with the {@code k}-th
   * marker replaced by the view's column {@code _p<k>}.
   */
  String insertSql(String view) {
    StringBuilder select = new StringBuilder();
    int k = 0;
    for (String item : insert.rows().get(0)) {
      if (select.length() > 0) {
        select.append(", ");
      }
      List<Integer> at = SqlText.markers(item);
      int from = 0;
      for (int pos : at) {
        select.append(item, from, pos).append("`_p").append(k++).append('`');
        from = pos + 1;
      }
      select.append(item.substring(from));
    }
    return "INSERT " + insert.mode() + " " + insert.table() + " " + (insert.columns() == null ? "" : insert.columns())
        + " SELECT " + select + " FROM `" + view + "`";
  }

  /** The upload's schema: each parameter's type from its values, {@code null}s taking the others' type. */
  StructType schema(List<Object[]> rows) {
    StructField[] fields = new StructField[parameters];
    for (int p = 0; p < parameters; p++) {
      DataType t = null;
      for (Object[] r : rows) {
        t = widen(t, r[p]);
      }
      fields[p] = new StructField("_p" + p, t == null ? DataTypes.StringType : t, true);
    }
    return new StructType(fields);
  }

  private static DataType widen(DataType t, Object v) {
    if (v == null) {
      return t;
    }
    DataType vt = typeOf(v);
    if (t == null || t.equals(vt)) {
      return vt;
    }
    if (isIntegral(t) && isIntegral(vt)) {
      return DataTypes.LongType;
    }
    if (t instanceof DecimalType a && vt instanceof DecimalType b) {
      int scale = Math.max(a.scale(), b.scale());
      int whole = Math.max(a.precision() - a.scale(), b.precision() - b.scale());
      return new DecimalType(Math.min(38, whole + scale), Math.min(scale, 38));
    }
    if (isNumeric(t) && isNumeric(vt)) {
      return DataTypes.DoubleType;
    }
    // Mixed kinds in one column: leave the conversion to Spark's insert, from text.
    return DataTypes.StringType;
  }

  private static boolean isIntegral(DataType t) {
    return t == DataTypes.ByteType || t == DataTypes.ShortType || t == DataTypes.IntegerType
        || t == DataTypes.LongType;
  }

  private static boolean isNumeric(DataType t) {
    return isIntegral(t) || t == DataTypes.FloatType || t == DataTypes.DoubleType || t instanceof DecimalType;
  }

  static DataType typeOf(Object v) {
    if (v instanceof Boolean) {
      return DataTypes.BooleanType;
    } else if (v instanceof Byte) {
      return DataTypes.ByteType;
    } else if (v instanceof Short) {
      return DataTypes.ShortType;
    } else if (v instanceof Integer) {
      return DataTypes.IntegerType;
    } else if (v instanceof Long) {
      return DataTypes.LongType;
    } else if (v instanceof Float) {
      return DataTypes.FloatType;
    } else if (v instanceof Double) {
      return DataTypes.DoubleType;
    } else if (v instanceof BigDecimal d) {
      int scale = Math.max(d.scale(), 0);
      return new DecimalType(Math.min(38, Math.max(d.precision() - d.scale(), 1) + scale), Math.min(scale, 38));
    } else if (v instanceof byte[]) {
      return DataTypes.BinaryType;
    } else if (v instanceof LocalDate) {
      return DataTypes.DateType;
    } else if (v instanceof Instant) {
      return DataTypes.TimestampType;
    } else if (v instanceof LocalDateTime) {
      return DataTypes.TimestampNTZType;
    }
    return DataTypes.StringType;
  }

  /** Whether every value can travel in the upload as it is (else the batch runs row by row). */
  static boolean uploadable(List<Object[]> rows) {
    for (Object[] r : rows) {
      for (Object v : r) {
        if (v != null && typeOf(v) == DataTypes.StringType && !(v instanceof String)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Inserts the rows: one upload, one insert; the temporary view is dropped afterwards. */
  void run(SparkSession session, List<Object[]> rows) {
    StructType schema = schema(rows);
    List<Row> data = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      Object[] values = new Object[parameters];
      for (int p = 0; p < parameters; p++) {
        values[p] = cast(r[p], schema.fields()[p].dataType());
      }
      data.add(RowFactory.create(values));
    }
    String view = "spark_connect_jdbc_batch_" + UUID.randomUUID().toString().replace("-", "");
    DataFrame df = session.createDataFrame(data, schema);
    df.createOrReplaceTempView(view);
    try {
      session.sql(insertSql(view));
    } finally {
      try {
        session.catalog().dropTempView(view);
      } catch (RuntimeException e) {
        // The view lives in this session only and ends with it.
      }
    }
  }

  private static Object cast(Object v, DataType t) {
    if (v == null) {
      return null;
    }
    if (t == DataTypes.LongType && v instanceof Number n) {
      return n.longValue();
    } else if (t == DataTypes.DoubleType && v instanceof Number n) {
      return n.doubleValue();
    } else if (t instanceof DecimalType d && v instanceof BigDecimal b) {
      return b.setScale(d.scale());
    } else if (t == DataTypes.StringType && !(v instanceof String)) {
      return JdbcValues.string(v);
    }
    return v;
  }
}
