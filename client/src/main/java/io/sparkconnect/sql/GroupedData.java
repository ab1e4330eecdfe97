package io.sparkconnect.sql;

import io.sparkconnect.proto.Aggregate;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.sql.types.ByteType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.DoubleType;
import io.sparkconnect.sql.types.FloatType;
import io.sparkconnect.sql.types.IntegerType;
import io.sparkconnect.sql.types.LongType;
import io.sparkconnect.sql.types.ShortType;
import io.sparkconnect.sql.types.StructField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Rows grouped by {@link DataFrame#groupBy(Column...)}, waiting for aggregates:
 *
 * <pre>{@code
 * df.groupBy(col("dept")).agg(sum("salary").alias("total"), max("age"));
 * df.groupBy("dept").count();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GroupedData {
  private final DataFrame df;
  private final List<Expression> grouping;
  private final Aggregate.GroupType type;
  private final List<List<Expression>> groupingSets;
  private final Aggregate.Pivot pivot;

  GroupedData(DataFrame df, List<Expression> grouping, Aggregate.GroupType type) {
    this(df, grouping, type, List.of(), null);
  }

  GroupedData(DataFrame df, List<Expression> grouping, List<List<Expression>> groupingSets) {
    this(df, grouping, Aggregate.GroupType.GROUP_TYPE_GROUPING_SETS, groupingSets, null);
  }

  private GroupedData(DataFrame df, List<Expression> grouping, Aggregate.GroupType type,
      List<List<Expression>> groupingSets, Aggregate.Pivot pivot) {
    this.df = df;
    this.grouping = grouping;
    this.type = type;
    this.groupingSets = groupingSets;
    this.pivot = pivot;
  }

  /**
   * Pivots: one output column per distinct value of {@code pivotColumn} (found by a query first)
   * for each aggregate. Only after {@link DataFrame#groupBy(Column...)}.
   */
  public GroupedData pivot(String pivotColumn) {
    return pivot(functions.col(pivotColumn));
  }

  /** Pivots on the given values of {@code pivotColumn}, one output column each, in order. */
  public GroupedData pivot(String pivotColumn, List<Object> values) {
    return pivot(functions.col(pivotColumn), values);
  }

  /** Pivots on the distinct values of a column; see {@link #pivot(String)}. */
  public GroupedData pivot(Column pivotColumn) {
    return pivotOf(pivotColumn, null);
  }

  /** Pivots on the given values of a column, one output column each, in order. */
  public GroupedData pivot(Column pivotColumn, List<Object> values) {
    return pivotOf(pivotColumn, values);
  }

  private GroupedData pivotOf(Column pivotColumn, List<Object> values) {
    if (type != Aggregate.GroupType.GROUP_TYPE_GROUPBY || pivot != null) {
      throw new IllegalArgumentException("pivot() applies once, after groupBy() (not rollup, cube or groupingSets)");
    }
    Aggregate.Pivot.Builder p = Aggregate.Pivot.newBuilder().setCol(pivotColumn.expr);
    if (values != null) {
      for (Object v : values) {
        p.addValues(literalOf(v));
      }
    }
    return new GroupedData(df, grouping, Aggregate.GroupType.GROUP_TYPE_PIVOT, groupingSets, p.build());
  }

  private static io.sparkconnect.proto.Expression.Literal literalOf(Object v) {
    if (v instanceof Column) {
      Expression e = ((Column) v).expr;
      if (!e.hasLiteral()) {
        throw new IllegalArgumentException("pivot() values must be literals, not " + v);
      }
      return e.getLiteral();
    }
    return Literals.of(v);
  }

  /**
   * The same groups as a {@link KeyValueGroupedDataset}: each group's key read from the grouping
   * columns with {@code keyEncoder} (a single-value encoder for one column; a bean, record or
   * tuple encoder reads several by name), its values from the rows with {@code valueEncoder}.
   * Only after {@link DataFrame#groupBy(Column...)}, without pivot.
   *
   * @throws IllegalArgumentException after rollup, cube, groupingSets or pivot
   */
  public <K, T> KeyValueGroupedDataset<K, T> as(Encoder<K> keyEncoder, Encoder<T> valueEncoder) {
    Objects.requireNonNull(keyEncoder, "keyEncoder");
    Objects.requireNonNull(valueEncoder, "valueEncoder");
    if (type != Aggregate.GroupType.GROUP_TYPE_GROUPBY || pivot != null) {
      throw new IllegalArgumentException("as(keyEncoder, valueEncoder) applies only after groupBy(), not after "
          + (pivot != null ? "pivot" : "rollup, cube or groupingSets"));
    }
    if (grouping.isEmpty()) {
      throw new IllegalArgumentException("as(keyEncoder, valueEncoder) needs at least one grouping column");
    }
    // Spark 3.5 needs the grouped input's attributes resolved: see TypedDataFrame.groupedInput.
    return KeyValueGroupedDataset.byColumns(df.withColumns(java.util.Map.of()), grouping, keyEncoder, valueEncoder);
  }

  /** Computes aggregates; the result has the grouping columns, then one column per aggregate. */
  public DataFrame agg(Column expr, Column... exprs) {
    Column[] all = new Column[exprs.length + 1];
    all[0] = Objects.requireNonNull(expr, "expr");
    System.arraycopy(exprs, 0, all, 1, exprs.length);
    return toDF(all);
  }

  /**
   * The grouping columns followed by one column per aggregate in {@code aggExprs}; with none, just
   * the grouping columns, one row per group.
   */
  public DataFrame toDF(Column... aggExprs) {
    Aggregate.Builder a = Aggregate.newBuilder().setInput(df.relation()).setGroupType(type)
        .addAllGroupingExpressions(grouping);
    for (List<Expression> set : groupingSets) {
      a.addGroupingSets(Aggregate.GroupingSets.newBuilder().addAllGroupingSet(set));
    }
    if (pivot != null) {
      a.setPivot(pivot);
    }
    for (Column c : aggExprs) {
      a.addAggregateExpressions(Objects.requireNonNull(c, "aggregate column").expr);
    }
    return df.sparkSession().newDataFrame(Relation.newBuilder().setAggregate(a));
  }

  /**
   * Computes aggregates given as column name to function name: {@code Map.of("age", "max")}. The
   * functions are {@code avg}, {@code mean}, {@code max}, {@code min}, {@code sum}, {@code count}
   * and any other aggregate function the server knows.
   */
  public DataFrame agg(Map<String, String> exprs) {
    if (exprs.isEmpty()) {
      throw new IllegalArgumentException("agg() needs at least one column and aggregate function");
    }
    Column[] cols = exprs.entrySet().stream()
        .map(e -> aggregate(e.getValue(), e.getKey()))
        .toArray(Column[]::new);
    Column[] rest = new Column[cols.length - 1];
    System.arraycopy(cols, 1, rest, 0, rest.length);
    return agg(cols[0], rest);
  }

  private static Column aggregate(String function, String column) {
    String f = function.toLowerCase(Locale.ROOT);
    if (f.equals("count") && column.equals("*")) {
      return functions.count(functions.lit(1)).alias("count(1)");
    }
    return Column.fn(f.equals("mean") ? "avg" : f, functions.col(column));
  }

  /** {@code function} of each named column; with no names, of every numeric column of the input, as Spark does. */
  private DataFrame each(String function, String... colNames) {
    String[] names = colNames.length > 0 ? colNames : numericColumns();
    Column[] cols = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      cols[i] = Column.fn(function, functions.col(names[i]));
    }
    return toDF(cols);
  }

  private String[] numericColumns() {
    List<String> out = new ArrayList<>();
    for (StructField f : df.schema().fields()) {
      DataType t = f.dataType();
      if (t instanceof ByteType || t instanceof ShortType || t instanceof IntegerType
          || t instanceof LongType || t instanceof FloatType || t instanceof DoubleType
          || t instanceof DecimalType) {
        // Quoted, so that names with dots or spaces stay one column.
        out.add("`" + f.name().replace("`", "``") + "`");
      }
    }
    return out.toArray(new String[0]);
  }

  /** The number of rows in each group, in a column {@code count}. */
  public DataFrame count() {
    return agg(functions.count(functions.lit(1)).alias("count"));
  }

  /** The mean of each named column per group (every numeric column when none is named). */
  public DataFrame avg(String... colNames) {
    return each("avg", colNames);
  }

  /** The mean of each named column per group (every numeric column when none is named). */
  public DataFrame mean(String... colNames) {
    return each("avg", colNames);
  }

  /** The sum of each named column per group (every numeric column when none is named). */
  public DataFrame sum(String... colNames) {
    return each("sum", colNames);
  }

  /** The smallest value of each named column per group (every numeric column when none is named). */
  public DataFrame min(String... colNames) {
    return each("min", colNames);
  }

  /** The largest value of each named column per group (every numeric column when none is named). */
  public DataFrame max(String... colNames) {
    return each("max", colNames);
  }
}
