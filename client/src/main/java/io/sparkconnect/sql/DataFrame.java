package io.sparkconnect.sql;

import io.sparkconnect.client.DataTypeProtos;
import io.sparkconnect.proto.AnalyzePlanRequest;
import io.sparkconnect.proto.AnalyzePlanResponse;
import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.CreateDataFrameViewCommand;
import io.sparkconnect.proto.Drop;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.Filter;
import io.sparkconnect.proto.Limit;
import io.sparkconnect.proto.Offset;
import io.sparkconnect.proto.Plan;
import io.sparkconnect.proto.Project;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.ShowString;
import io.sparkconnect.proto.Sort;
import io.sparkconnect.proto.SubqueryAlias;
import io.sparkconnect.proto.SubqueryExpression;
import io.sparkconnect.proto.Tail;
import io.sparkconnect.proto.ToDF;
import io.sparkconnect.proto.WithColumns;
import io.sparkconnect.proto.WithColumnsRenamed;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.vectorized.ColumnarBatch;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A distributed collection of rows with named columns: Spark's {@code Dataset<Row>}. A DataFrame
 * is a plan; nothing runs on the server until an action ({@link #collect()}, {@link #count()},
 * {@link #show()}, ...) is called.
 *
 * <pre>{@code
 * DataFrame adults = spark.table("people").filter(col("age").geq(18)).select("name", "age");
 * adults.show();
 * List<Row> rows = adults.orderBy(col("age").desc()).limit(10).collectAsList();
 * }</pre>
 *
 * <p>Immutable and thread-safe: every transformation returns a new DataFrame.
 */
public final class DataFrame {
  private final SparkSession session;
  private final Relation relation;
  private volatile StructType schema;

  DataFrame(SparkSession session, Relation relation) {
    this.session = session;
    this.relation = relation;
  }

  /** The session this DataFrame belongs to. */
  public SparkSession sparkSession() {
    return session;
  }

  Relation relation() {
    return relation;
  }

  Plan plan() {
    return Plan.newBuilder().setRoot(relation).build();
  }

  private DataFrame derive(Relation.Builder builder) {
    return session.newDataFrame(builder);
  }

  private static List<Expression> exprs(Column... cols) {
    List<Expression> out = new ArrayList<>(cols.length);
    for (Column c : cols) {
      out.add(c.expr);
    }
    return out;
  }

  // ------------------------------------------------------------------ transformations

  /** Selects columns or expressions. */
  public DataFrame select(Column... cols) {
    return derive(Relation.newBuilder().setProject(Project.newBuilder().setInput(relation).addAllExpressions(exprs(cols))));
  }

  /** Selects columns by name ({@code "*"} for all). */
  public DataFrame select(String... cols) {
    Column[] c = new Column[cols.length];
    for (int i = 0; i < cols.length; i++) {
      c[i] = functions.col(cols[i]);
    }
    return select(c);
  }

  /** Selects SQL expressions, e.g. {@code selectExpr("id", "id * 2 AS twice")}. */
  public DataFrame selectExpr(String... exprs) {
    Column[] c = new Column[exprs.length];
    for (int i = 0; i < exprs.length; i++) {
      c[i] = functions.expr(exprs[i]);
    }
    return select(c);
  }

  /** The rows where {@code condition} is true. */
  public DataFrame filter(Column condition) {
    return derive(Relation.newBuilder().setFilter(Filter.newBuilder().setInput(relation).setCondition(condition.expr)));
  }

  /** The rows where the SQL condition is true, e.g. {@code filter("age > 18")}. */
  public DataFrame filter(String conditionExpr) {
    return filter(functions.expr(conditionExpr));
  }

  /** Same as {@link #filter(Column)}. */
  public DataFrame where(Column condition) {
    return filter(condition);
  }

  /** Same as {@link #filter(String)}. */
  public DataFrame where(String conditionExpr) {
    return filter(conditionExpr);
  }

  /** The first {@code n} rows. */
  public DataFrame limit(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("The limit must be zero or positive, not " + n);
    }
    return derive(Relation.newBuilder().setLimit(Limit.newBuilder().setInput(relation).setLimit(n)));
  }

  /** All rows but the first {@code n}. */
  public DataFrame offset(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("The offset must be zero or positive, not " + n);
    }
    return derive(Relation.newBuilder().setOffset(Offset.newBuilder().setInput(relation).setOffset(n)));
  }

  /** Adds a column, or replaces the column of the same name. */
  public DataFrame withColumn(String colName, Column col) {
    return withColumns(Map.of(colName, col));
  }

  /** Adds or replaces several columns at once, in the map's iteration order. */
  public DataFrame withColumns(Map<String, Column> colsMap) {
    WithColumns.Builder w = WithColumns.newBuilder().setInput(relation);
    colsMap.forEach((name, c) -> w.addAliases(Expression.Alias.newBuilder().setExpr(c.expr).addName(name)));
    return derive(Relation.newBuilder().setWithColumns(w));
  }

  /** Renames a column; a no-op if there is no such column. */
  public DataFrame withColumnRenamed(String existingName, String newName) {
    return withColumnsRenamed(Map.of(existingName, newName));
  }

  /** Renames several columns; names that do not exist are ignored. */
  @SuppressWarnings("deprecation")
  public DataFrame withColumnsRenamed(Map<String, String> colsMap) {
    // The map form is understood by every server version.
    return derive(Relation.newBuilder().setWithColumnsRenamed(
        WithColumnsRenamed.newBuilder().setInput(relation).putAllRenameColumnsMap(colsMap)));
  }

  /** Drops columns by name; names that do not exist are ignored. */
  public DataFrame drop(String... colNames) {
    return derive(Relation.newBuilder().setDrop(Drop.newBuilder().setInput(relation).addAllColumnNames(Arrays.asList(colNames))));
  }

  /** Drops columns. */
  public DataFrame drop(Column... cols) {
    return derive(Relation.newBuilder().setDrop(Drop.newBuilder().setInput(relation).addAllColumns(exprs(cols))));
  }

  /** Sorts by the columns; a column without {@code asc()}/{@code desc()} sorts ascending. */
  public DataFrame orderBy(Column... sortExprs) {
    return sort(true, sortExprs);
  }

  /** Sorts by the named columns, ascending. */
  public DataFrame orderBy(String sortCol, String... sortCols) {
    return orderBy(named(sortCol, sortCols));
  }

  /** Same as {@link #orderBy(Column...)}. */
  public DataFrame sort(Column... sortExprs) {
    return orderBy(sortExprs);
  }

  /** Same as {@link #orderBy(String, String...)}. */
  public DataFrame sort(String sortCol, String... sortCols) {
    return orderBy(sortCol, sortCols);
  }

  /** Sorts each partition by the columns, without a global order. */
  public DataFrame sortWithinPartitions(Column... sortExprs) {
    return sort(false, sortExprs);
  }

  /** Sorts each partition by the named columns, without a global order. */
  public DataFrame sortWithinPartitions(String sortCol, String... sortCols) {
    return sort(false, named(sortCol, sortCols));
  }

  private DataFrame sort(boolean global, Column... sortExprs) {
    Sort.Builder s = Sort.newBuilder().setInput(relation).setIsGlobal(global);
    for (Column c : sortExprs) {
      s.addOrder(c.sortOrder());
    }
    return derive(Relation.newBuilder().setSort(s));
  }

  private static Column[] named(String first, String... rest) {
    Column[] c = new Column[rest.length + 1];
    c[0] = functions.col(first);
    for (int i = 0; i < rest.length; i++) {
      c[i + 1] = functions.col(rest[i]);
    }
    return c;
  }

  /** Gives the DataFrame a name, so its columns can be qualified: {@code alias("t")}, then {@code col("t.id")}. */
  public DataFrame alias(String alias) {
    return derive(Relation.newBuilder().setSubqueryAlias(SubqueryAlias.newBuilder().setInput(relation).setAlias(alias)));
  }

  /** Same as {@link #alias(String)}. */
  public DataFrame as(String alias) {
    return alias(alias);
  }

  /** Renames all columns, in order. */
  public DataFrame toDF(String... colNames) {
    return derive(Relation.newBuilder().setToDf(ToDF.newBuilder().setInput(relation).addAllColumnNames(Arrays.asList(colNames))));
  }

  /** A reference to this DataFrame's column {@code colName}, unambiguous in self-joins. */
  public Column col(String colName) {
    long planId = relation.getCommon().getPlanId();
    if (colName.equals("*")) {
      return new Column(Expression.newBuilder().setUnresolvedStar(
          Expression.UnresolvedStar.newBuilder().setPlanId(planId)).build());
    }
    return new Column(Expression.newBuilder().setUnresolvedAttribute(
        Expression.UnresolvedAttribute.newBuilder().setUnparsedIdentifier(colName).setPlanId(planId)).build());
  }

  /** Same as {@link #col(String)}. */
  public Column apply(String colName) {
    return col(colName);
  }

  /** Groups rows by the columns, for {@link GroupedData#agg(Column, Column...)}. */
  public GroupedData groupBy(Column... cols) {
    return new GroupedData(this, exprs(cols), io.sparkconnect.proto.Aggregate.GroupType.GROUP_TYPE_GROUPBY);
  }

  /** Groups rows by the named columns. */
  public GroupedData groupBy(String col1, String... cols) {
    return groupBy(named(col1, cols));
  }

  /** Aggregates over all rows: {@code df.agg(max("age"), avg("salary"))}. */
  public DataFrame agg(Column expr, Column... exprs) {
    return groupBy(new Column[0]).agg(expr, exprs);
  }

  /** Aggregates over all rows, given as column name to function name. */
  public DataFrame agg(Map<String, String> exprs) {
    return groupBy(new Column[0]).agg(exprs);
  }

  /**
   * Adds a hint for the optimiser, e.g. {@code hint("broadcast")} or
   * {@code hint("repartition", 4)}; parameters are columns, names or literal values.
   */
  public DataFrame hint(String name, Object... parameters) {
    io.sparkconnect.proto.Hint.Builder h = io.sparkconnect.proto.Hint.newBuilder().setInput(relation).setName(name);
    for (Object p : parameters) {
      h.addParameters(Column.of(p).expr);
    }
    return derive(Relation.newBuilder().setHint(h));
  }

  // ------------------------------------------------------------------ joins

  private static final String JOIN_TYPES = "inner, cross, outer, full, fullouter, full_outer, left, leftouter, "
      + "left_outer, right, rightouter, right_outer, semi, leftsemi, left_semi, anti, leftanti, left_anti";

  static io.sparkconnect.proto.Join.JoinType joinType(String joinType) {
    if (joinType == null) {
      throw new IllegalArgumentException("The join type must not be null; expected one of: " + JOIN_TYPES);
    }
    switch (joinType.toLowerCase(Locale.ROOT).replace("_", "")) {
      case "inner": return io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_INNER;
      case "cross": return io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_CROSS;
      case "outer": case "full": case "fullouter": return io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_FULL_OUTER;
      case "left": case "leftouter": return io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_LEFT_OUTER;
      case "right": case "rightouter": return io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_RIGHT_OUTER;
      case "semi": case "leftsemi": return io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_LEFT_SEMI;
      case "anti": case "leftanti": return io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_LEFT_ANTI;
      default:
        throw new IllegalArgumentException("Unsupported join type '" + joinType + "'. Supported join types include: " + JOIN_TYPES);
    }
  }

  private DataFrame join(DataFrame right, Column condition, List<String> using, io.sparkconnect.proto.Join.JoinType type) {
    io.sparkconnect.proto.Join.Builder j = io.sparkconnect.proto.Join.newBuilder().setLeft(relation)
        .setRight(right.relation).setJoinType(type);
    if (condition != null) {
      j.setJoinCondition(condition.expr);
    }
    if (using != null) {
      j.addAllUsingColumns(using);
    }
    return derive(Relation.newBuilder().setJoin(j));
  }

  /** Inner join without a condition: every pair of rows (use {@link #crossJoin} to say so explicitly). */
  public DataFrame join(DataFrame right) {
    return join(right, null, null, io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_INNER);
  }

  /** Inner equi-join on a column both sides have; the result has that column once. */
  public DataFrame join(DataFrame right, String usingColumn) {
    return join(right, List.of(usingColumn));
  }

  /** Inner equi-join on columns both sides have; the result has each of them once. */
  public DataFrame join(DataFrame right, String[] usingColumns) {
    return join(right, Arrays.asList(usingColumns));
  }

  /** Inner equi-join on columns both sides have; the result has each of them once. */
  public DataFrame join(DataFrame right, List<String> usingColumns) {
    return join(right, usingColumns, "inner");
  }

  /** Equi-join of a type ({@code inner}, {@code left}, {@code full}, {@code semi}, ...) on a column both sides have. */
  public DataFrame join(DataFrame right, String usingColumn, String joinType) {
    return join(right, List.of(usingColumn), joinType);
  }

  /** Equi-join of a type on columns both sides have. */
  public DataFrame join(DataFrame right, String[] usingColumns, String joinType) {
    return join(right, Arrays.asList(usingColumns), joinType);
  }

  /**
   * Equi-join of a type on columns both sides have.
   *
   * @throws IllegalArgumentException for an unknown join type
   */
  public DataFrame join(DataFrame right, List<String> usingColumns, String joinType) {
    return join(right, null, List.copyOf(usingColumns), joinType(joinType));
  }

  /** Inner join on a condition: {@code a.join(b, a.col("id").equalTo(b.col("id")))}. */
  public DataFrame join(DataFrame right, Column joinExprs) {
    return join(right, joinExprs, "inner");
  }

  /**
   * Join of a type on a condition. Types, as Spark accepts them: inner, cross, outer, full,
   * fullouter, full_outer, left, leftouter, left_outer, right, rightouter, right_outer, semi,
   * leftsemi, left_semi, anti, leftanti, left_anti.
   *
   * @throws IllegalArgumentException for an unknown join type
   */
  public DataFrame join(DataFrame right, Column joinExprs, String joinType) {
    return join(right, joinExprs, null, joinType(joinType));
  }

  /** The cartesian product: every pair of rows. */
  public DataFrame crossJoin(DataFrame right) {
    return join(right, null, null, io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_CROSS);
  }

  /**
   * Lateral join: {@code right} may refer to this DataFrame's columns (mark them with
   * {@link Column#outer()}), e.g. to explode or filter per row. Needs a Spark 4.0+ server.
   */
  public DataFrame lateralJoin(DataFrame right) {
    return lateralJoin(right, null, io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_INNER);
  }

  /** Lateral join on a condition; see {@link #lateralJoin(DataFrame)}. */
  public DataFrame lateralJoin(DataFrame right, Column joinExprs) {
    return lateralJoin(right, joinExprs, io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_INNER);
  }

  /** Lateral join of a type ({@code inner}, {@code left}, {@code cross}); see {@link #lateralJoin(DataFrame)}. */
  public DataFrame lateralJoin(DataFrame right, String joinType) {
    return lateralJoin(right, null, joinType(joinType));
  }

  /** Lateral join of a type on a condition; see {@link #lateralJoin(DataFrame)}. */
  public DataFrame lateralJoin(DataFrame right, Column joinExprs, String joinType) {
    return lateralJoin(right, joinExprs, joinType(joinType));
  }

  private DataFrame lateralJoin(DataFrame right, Column condition, io.sparkconnect.proto.Join.JoinType type) {
    io.sparkconnect.proto.LateralJoin.Builder j = io.sparkconnect.proto.LateralJoin.newBuilder().setLeft(relation)
        .setRight(right.relation).setJoinType(type);
    if (condition != null) {
      j.setJoinCondition(condition.expr);
    }
    return derive(Relation.newBuilder().setLateralJoin(j));
  }

  // ------------------------------------------------------------------ set operations

  private DataFrame setOp(DataFrame other, io.sparkconnect.proto.SetOperation.SetOpType type, boolean all,
      boolean byName, boolean allowMissing) {
    io.sparkconnect.proto.SetOperation.Builder s = io.sparkconnect.proto.SetOperation.newBuilder()
        .setLeftInput(relation).setRightInput(other.relation).setSetOpType(type).setIsAll(all).setByName(byName);
    if (byName) {
      s.setAllowMissingColumns(allowMissing);
    }
    return derive(Relation.newBuilder().setSetOp(s));
  }

  /** The rows of both, by column position, keeping duplicates (SQL {@code UNION ALL}). */
  public DataFrame union(DataFrame other) {
    return setOp(other, io.sparkconnect.proto.SetOperation.SetOpType.SET_OP_TYPE_UNION, true, false, false);
  }

  /** Same as {@link #union(DataFrame)}. */
  public DataFrame unionAll(DataFrame other) {
    return union(other);
  }

  /** The rows of both, matching columns by name, keeping duplicates. */
  public DataFrame unionByName(DataFrame other) {
    return unionByName(other, false);
  }

  /** The rows of both, matching columns by name; with {@code allowMissingColumns}, absent columns are null. */
  public DataFrame unionByName(DataFrame other, boolean allowMissingColumns) {
    return setOp(other, io.sparkconnect.proto.SetOperation.SetOpType.SET_OP_TYPE_UNION, true, true, allowMissingColumns);
  }

  /** The distinct rows in both (SQL {@code INTERSECT}). */
  public DataFrame intersect(DataFrame other) {
    return setOp(other, io.sparkconnect.proto.SetOperation.SetOpType.SET_OP_TYPE_INTERSECT, false, false, false);
  }

  /** The rows in both, keeping duplicates (SQL {@code INTERSECT ALL}). */
  public DataFrame intersectAll(DataFrame other) {
    return setOp(other, io.sparkconnect.proto.SetOperation.SetOpType.SET_OP_TYPE_INTERSECT, true, false, false);
  }

  /** The distinct rows not in {@code other} (SQL {@code EXCEPT}). */
  public DataFrame except(DataFrame other) {
    return setOp(other, io.sparkconnect.proto.SetOperation.SetOpType.SET_OP_TYPE_EXCEPT, false, false, false);
  }

  /** The rows not in {@code other}, keeping duplicates (SQL {@code EXCEPT ALL}). */
  public DataFrame exceptAll(DataFrame other) {
    return setOp(other, io.sparkconnect.proto.SetOperation.SetOpType.SET_OP_TYPE_EXCEPT, true, false, false);
  }

  // ------------------------------------------------------------------ grouping

  /** Groups by the columns with subtotals for each prefix and a grand total (SQL {@code ROLLUP}). */
  public GroupedData rollup(Column... cols) {
    return new GroupedData(this, exprs(cols), io.sparkconnect.proto.Aggregate.GroupType.GROUP_TYPE_ROLLUP);
  }

  /** Groups by the named columns with subtotals for each prefix and a grand total. */
  public GroupedData rollup(String col1, String... cols) {
    return rollup(named(col1, cols));
  }

  /** Groups by every combination of the columns (SQL {@code CUBE}). */
  public GroupedData cube(Column... cols) {
    return new GroupedData(this, exprs(cols), io.sparkconnect.proto.Aggregate.GroupType.GROUP_TYPE_CUBE);
  }

  /** Groups by every combination of the named columns. */
  public GroupedData cube(String col1, String... cols) {
    return cube(named(col1, cols));
  }

  /**
   * Groups by each of the grouping sets (SQL {@code GROUPING SETS}); {@code groupingColumns}
   * lists every column the sets use.
   */
  public GroupedData groupingSets(List<List<Column>> groupingSets, Column... groupingColumns) {
    List<List<Expression>> sets = new ArrayList<>();
    for (List<Column> set : groupingSets) {
      sets.add(exprs(set.toArray(new Column[0])));
    }
    return new GroupedData(this, exprs(groupingColumns), sets);
  }

  // ------------------------------------------------------------------ more transformations

  /** The distinct rows. */
  public DataFrame distinct() {
    return dropDuplicates();
  }

  /** The distinct rows. */
  public DataFrame dropDuplicates() {
    return derive(Relation.newBuilder().setDeduplicate(io.sparkconnect.proto.Deduplicate.newBuilder()
        .setInput(relation).setAllColumnsAsKeys(true)));
  }

  /** One row per distinct combination of the named columns (which row is kept is not defined). */
  public DataFrame dropDuplicates(String[] colNames) {
    return dedup(Arrays.asList(colNames), false);
  }

  /** One row per distinct combination of the named columns. */
  public DataFrame dropDuplicates(String col1, String... cols) {
    List<String> all = new ArrayList<>();
    all.add(col1);
    all.addAll(Arrays.asList(cols));
    return dedup(all, false);
  }

  /** For streaming queries: drops duplicates within the watermark; on batch data, like {@link #dropDuplicates()}. */
  public DataFrame dropDuplicatesWithinWatermark() {
    return derive(Relation.newBuilder().setDeduplicate(io.sparkconnect.proto.Deduplicate.newBuilder()
        .setInput(relation).setAllColumnsAsKeys(true).setWithinWatermark(true)));
  }

  /** For streaming queries: drops duplicates of the named columns within the watermark. */
  public DataFrame dropDuplicatesWithinWatermark(String[] colNames) {
    return dedup(Arrays.asList(colNames), true);
  }

  /** For streaming queries: drops duplicates of the named columns within the watermark. */
  public DataFrame dropDuplicatesWithinWatermark(String col1, String... cols) {
    List<String> all = new ArrayList<>();
    all.add(col1);
    all.addAll(Arrays.asList(cols));
    return dedup(all, true);
  }

  private DataFrame dedup(List<String> cols, boolean withinWatermark) {
    io.sparkconnect.proto.Deduplicate.Builder d = io.sparkconnect.proto.Deduplicate.newBuilder().setInput(relation)
        .addAllColumnNames(cols);
    if (withinWatermark) {
      d.setWithinWatermark(true);
    }
    return derive(Relation.newBuilder().setDeduplicate(d));
  }

  /** Count, mean, stddev, min and max of the named (or all numeric and string) columns, as strings. */
  public DataFrame describe(String... cols) {
    return derive(Relation.newBuilder().setDescribe(io.sparkconnect.proto.StatDescribe.newBuilder()
        .setInput(relation).addAllCols(Arrays.asList(cols))));
  }

  /**
   * Statistics of every numeric and string column: by default count, mean, stddev, min, 25%, 50%,
   * 75%, max; or the given ones (also {@code count_distinct}, {@code approx_count_distinct},
   * other percentiles like {@code "90%"}).
   */
  public DataFrame summary(String... statistics) {
    return derive(Relation.newBuilder().setSummary(io.sparkconnect.proto.StatSummary.newBuilder()
        .setInput(relation).addAllStatistics(Arrays.asList(statistics))));
  }

  /** A random sample of about {@code fraction} of the rows, without replacement. */
  public DataFrame sample(double fraction) {
    return sample(false, fraction, ThreadLocalRandom.current().nextLong());
  }

  /** A random sample of about {@code fraction} of the rows, without replacement, from a seed. */
  public DataFrame sample(double fraction, long seed) {
    return sample(false, fraction, seed);
  }

  /** A random sample of about {@code fraction} of the rows. */
  public DataFrame sample(boolean withReplacement, double fraction) {
    return sample(withReplacement, fraction, ThreadLocalRandom.current().nextLong());
  }

  /**
   * A random sample of about {@code fraction} of the rows (with replacement: the expected number
   * of times each row is chosen), from a seed.
   *
   * @throws IllegalArgumentException if {@code fraction} is negative, or above 1 without replacement
   */
  public DataFrame sample(boolean withReplacement, double fraction, long seed) {
    if (fraction < 0 || (!withReplacement && fraction > 1)) {
      throw new IllegalArgumentException("The sample fraction must be in [0, 1] (or >= 0 with replacement), not " + fraction);
    }
    return derive(Relation.newBuilder().setSample(io.sparkconnect.proto.Sample.newBuilder().setInput(relation)
        .setLowerBound(0).setUpperBound(fraction).setWithReplacement(withReplacement).setSeed(seed)));
  }

  /** Splits the rows randomly by the weights (normalised to sum to 1). */
  public DataFrame[] randomSplit(double[] weights) {
    return randomSplit(weights, ThreadLocalRandom.current().nextLong());
  }

  /**
   * Splits the rows randomly by the weights (normalised to sum to 1), from a seed: each row lands
   * in exactly one split.
   *
   * @throws IllegalArgumentException if a weight is negative or all are zero
   */
  public DataFrame[] randomSplit(double[] weights, long seed) {
    double sum = 0;
    for (double w : weights) {
      if (w < 0) {
        throw new IllegalArgumentException("Weights must be non-negative, not " + w);
      }
      sum += w;
    }
    if (weights.length == 0 || sum <= 0) {
      throw new IllegalArgumentException("The sum of the weights must be positive");
    }
    DataFrame[] out = new DataFrame[weights.length];
    double lower = 0;
    for (int i = 0; i < weights.length; i++) {
      double upper = i == weights.length - 1 ? 1.0 : lower + weights[i] / sum;
      // deterministic_order makes the server sort each partition, so that the splits partition
      // the same row order and do not overlap.
      out[i] = derive(Relation.newBuilder().setSample(io.sparkconnect.proto.Sample.newBuilder().setInput(relation)
          .setLowerBound(lower).setUpperBound(upper).setWithReplacement(false).setSeed(seed).setDeterministicOrder(true)));
      lower = upper;
    }
    return out;
  }

  /** Same as {@link #randomSplit(double[], long)}, as a list. */
  public List<DataFrame> randomSplitAsList(double[] weights, long seed) {
    return List.of(randomSplit(weights, seed));
  }

  /** Redistributes the rows into {@code numPartitions} partitions (a shuffle). */
  public DataFrame repartition(int numPartitions) {
    return repartition(numPartitions, true);
  }

  /** Redistributes the rows into {@code numPartitions} partitions by a hash of the columns. */
  public DataFrame repartition(int numPartitions, Column... partitionExprs) {
    return repartitionBy(numPartitions, exprs(partitionExprs));
  }

  /** Redistributes the rows by a hash of the columns (the number of partitions from the configuration). */
  public DataFrame repartition(Column... partitionExprs) {
    return repartitionBy(null, exprs(partitionExprs));
  }

  /** Redistributes the rows into {@code numPartitions} partitions by ranges of the columns' order. */
  public DataFrame repartitionByRange(int numPartitions, Column... partitionExprs) {
    return repartitionBy(numPartitions, sortExprs(partitionExprs));
  }

  /** Redistributes the rows by ranges of the columns' order. */
  public DataFrame repartitionByRange(Column... partitionExprs) {
    return repartitionBy(null, sortExprs(partitionExprs));
  }

  /**
   * Redistributes the rows by a hash of the columns, into {@code numPartitions} partitions or,
   * when it is {@code null}, the configured number: the general form of {@link #repartition(int,
   * Column...)} and {@link #repartition(Column...)}.
   */
  public DataFrame repartitionByExpression(Integer numPartitions, Column... partitionExprs) {
    return repartitionBy(numPartitions, exprs(partitionExprs));
  }

  private static List<Expression> sortExprs(Column... cols) {
    if (cols.length == 0) {
      throw new IllegalArgumentException("repartitionByRange() needs at least one column");
    }
    List<Expression> out = new ArrayList<>();
    for (Column c : cols) {
      out.add(Expression.newBuilder().setSortOrder(c.sortOrder()).build());
    }
    return out;
  }

  private DataFrame repartitionBy(Integer numPartitions, List<Expression> partitionExprs) {
    io.sparkconnect.proto.RepartitionByExpression.Builder r = io.sparkconnect.proto.RepartitionByExpression.newBuilder()
        .setInput(relation).addAllPartitionExprs(partitionExprs);
    if (numPartitions != null) {
      checkPartitions(numPartitions);
      r.setNumPartitions(numPartitions);
    }
    return derive(Relation.newBuilder().setRepartitionByExpression(r));
  }

  /**
   * Redistributes the rows into {@code numPartitions} partitions, putting each row into the
   * partition whose number {@code partitionIdExpr} gives (an integer from 0 to
   * {@code numPartitions - 1}; other values fail at run time). Needs a Spark 4.1+ server.
   *
   * @throws IllegalArgumentException when {@code numPartitions} is not positive
   */
  public DataFrame repartitionById(int numPartitions, Column partitionIdExpr) {
    Objects.requireNonNull(partitionIdExpr, "partitionIdExpr");
    return repartitionBy(numPartitions, List.of(Expression.newBuilder().setDirectShufflePartitionId(
        Expression.DirectShufflePartitionID.newBuilder().setChild(partitionIdExpr.expr)).build()));
  }

  /** Reduces the number of partitions to {@code numPartitions} without a shuffle. */
  public DataFrame coalesce(int numPartitions) {
    return repartition(numPartitions, false);
  }

  private DataFrame repartition(int numPartitions, boolean shuffle) {
    checkPartitions(numPartitions);
    return derive(Relation.newBuilder().setRepartition(io.sparkconnect.proto.Repartition.newBuilder()
        .setInput(relation).setNumPartitions(numPartitions).setShuffle(shuffle)));
  }

  private static void checkPartitions(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("The number of partitions must be positive, not " + n);
    }
  }

  /** Replaces the metadata of column {@code columnName}. */
  public DataFrame withMetadata(String columnName, io.sparkconnect.sql.types.Metadata metadata) {
    WithColumns.Builder w = WithColumns.newBuilder().setInput(relation);
    w.addAliases(Expression.Alias.newBuilder().setExpr(functions.col(columnName).expr).addName(columnName)
        .setMetadata(metadata.json()));
    return derive(Relation.newBuilder().setWithColumns(w));
  }

  /**
   * Unpivots from wide to long: keeps the {@code ids} columns and turns each of the {@code values}
   * columns into a row of ({@code variableColumnName}: its name, {@code valueColumnName}: its value).
   */
  public DataFrame unpivot(Column[] ids, Column[] values, String variableColumnName, String valueColumnName) {
    io.sparkconnect.proto.Unpivot.Builder u = unpivotBuilder(ids, variableColumnName, valueColumnName);
    u.setValues(io.sparkconnect.proto.Unpivot.Values.newBuilder().addAllValues(exprs(values)));
    return derive(Relation.newBuilder().setUnpivot(u));
  }

  /** Unpivots every column that is not one of {@code ids}; see {@link #unpivot(Column[], Column[], String, String)}. */
  public DataFrame unpivot(Column[] ids, String variableColumnName, String valueColumnName) {
    return derive(Relation.newBuilder().setUnpivot(unpivotBuilder(ids, variableColumnName, valueColumnName)));
  }

  private io.sparkconnect.proto.Unpivot.Builder unpivotBuilder(Column[] ids, String variable, String value) {
    return io.sparkconnect.proto.Unpivot.newBuilder().setInput(relation).addAllIds(exprs(ids))
        .setVariableColumnName(variable).setValueColumnName(value);
  }

  /** Same as {@link #unpivot(Column[], Column[], String, String)}. */
  public DataFrame melt(Column[] ids, Column[] values, String variableColumnName, String valueColumnName) {
    return unpivot(ids, values, variableColumnName, valueColumnName);
  }

  /** Same as {@link #unpivot(Column[], String, String)}. */
  public DataFrame melt(Column[] ids, String variableColumnName, String valueColumnName) {
    return unpivot(ids, variableColumnName, valueColumnName);
  }

  /** Swaps rows and columns, the first column's values becoming the new column names. */
  public DataFrame transpose() {
    return derive(Relation.newBuilder().setTranspose(io.sparkconnect.proto.Transpose.newBuilder().setInput(relation)));
  }

  /** Swaps rows and columns, {@code indexColumn}'s values becoming the new column names. */
  public DataFrame transpose(Column indexColumn) {
    return derive(Relation.newBuilder().setTranspose(io.sparkconnect.proto.Transpose.newBuilder().setInput(relation)
        .addIndexColumns(indexColumn.expr)));
  }

    /**
   * This DataFrame as a scalar subquery: a column whose value is the single value of its single
   * column (null when it has no row; an error at run time when it has more than one). Use it in
   * another DataFrame's expressions; columns of the outer query are marked with
   * {@link Column#outer()}:
   *
   * <pre>{@code
   * emp.where(col("salary").gt(emp.select(avg("salary")).scalar()));
   * dept.as("d").select(col("dept"), emp.where(col("dept").equalTo(col("d.dept").outer())).select(count(lit(1))).scalar());
   * }</pre>
   *
   * Needs a Spark 4.0+ server.
   */
  public Column scalar() {
    return new Column(SubqueryReferences.subquery(this, SubqueryExpression.SubqueryType.SUBQUERY_TYPE_SCALAR, List.of()));
  }

  /**
   * This DataFrame as an {@code EXISTS} subquery: a boolean column, true when this DataFrame has at
   * least one row (usually correlated with the outer query through {@link Column#outer()}):
   *
   * <pre>{@code emp.as("e").where(dept.where(col("dept").equalTo(col("e.dept").outer())).exists()); }</pre>
   *
   * Needs a Spark 4.0+ server.
   */
  public Column exists() {
    return new Column(SubqueryReferences.subquery(this, SubqueryExpression.SubqueryType.SUBQUERY_TYPE_EXISTS, List.of()));
  }

  /** Same as {@link #zipWithIndex(String)} with the column name {@code index}. */
  public DataFrame zipWithIndex() {
    return zipWithIndex("index");
  }

  /**
   * All columns plus a column {@code indexColumnName} numbering the rows consecutively from 0, in
   * the order of the partitions and of the rows within them (the order {@code collect()} returns
   * them in for an unsorted DataFrame). Needs a Spark 4.0+ server.
   */
  public DataFrame zipWithIndex(String indexColumnName) {
    Objects.requireNonNull(indexColumnName, "indexColumnName");
    return select(functions.col("*"), Column.fnInternal("distributed_sequence_id").alias(indexColumnName));
  }

  /**
   * Inner nearest-neighbour join: for each row of this DataFrame, the (at most) {@code numResults}
   * rows of {@code right} that rank first by {@code rankingExpression}, which is evaluated over a
   * row of each side. See {@link #nearestByJoin(DataFrame, Column, int, String, String, String)}.
   */
  public DataFrame nearestByJoin(DataFrame right, Column rankingExpression, int numResults, String mode,
      String direction) {
    return nearestByJoin(right, rankingExpression, numResults, mode, direction, "inner");
  }

  /**
   * Nearest-neighbour join: for each row of this DataFrame, the (at most) {@code numResults} rows of
   * {@code right} that rank first by {@code rankingExpression}, evaluated over a row of each side
   * (e.g. a distance between two vectors).
   *
   * @param numResults 1 to 100000
   * @param mode {@code "exact"} or {@code "approx"} (the server may answer approximately)
   * @param direction {@code "distance"} (smallest first) or {@code "similarity"} (largest first)
   * @param joinType {@code "inner"} or {@code "leftouter"} ({@code "left"}, {@code "left_outer"}):
   *     whether rows of this DataFrame without a match are kept, with nulls for {@code right}
   * @throws IllegalArgumentException for a value out of these ranges
   */
  public DataFrame nearestByJoin(DataFrame right, Column rankingExpression, int numResults, String mode,
      String direction, String joinType) {
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(rankingExpression, "rankingExpression");
    if (numResults < 1 || numResults > 100_000) {
      throw new IllegalArgumentException("numResults must be between 1 and 100000, not " + numResults);
    }
    return derive(Relation.newBuilder().setNearestByJoin(io.sparkconnect.proto.NearestByJoin.newBuilder()
        .setLeft(relation).setRight(right.relation).setRankingExpression(rankingExpression.expr)
        .setNumResults(numResults)
        .setJoinType(oneOf("joinType", joinType, Map.of("inner", "inner", "left", "leftouter", "leftouter", "leftouter")))
        .setMode(oneOf("mode", mode, Map.of("exact", "exact", "approx", "approx")))
        .setDirection(oneOf("direction", direction, Map.of("distance", "distance", "similarity", "similarity")))));
  }

  private static String oneOf(String what, String value, Map<String, String> accepted) {
    String v = value == null ? null : accepted.get(value.toLowerCase(Locale.ROOT).replace("_", ""));
    if (v == null) {
      throw new IllegalArgumentException("Unsupported " + what + " '" + value + "'; expected one of "
          + new java.util.TreeSet<>(accepted.keySet()));
    }
    return v;
  }

  /**
   * Declares {@code eventTime} (a timestamp column) as this DataFrame's event time, with
   * {@code delayThreshold} (an interval such as {@code "10 minutes"}) as the lateness after which a
   * streaming query drops late data. On a batch DataFrame it is accepted and changes nothing.
   */
  public DataFrame withWatermark(String eventTime, String delayThreshold) {
    Objects.requireNonNull(eventTime, "eventTime");
    Objects.requireNonNull(delayThreshold, "delayThreshold");
    return derive(Relation.newBuilder().setWithWatermark(io.sparkconnect.proto.WithWatermark.newBuilder()
        .setInput(relation).setEventTime(eventTime).setDelayThreshold(delayThreshold)));
  }

/** {@code t} applied to this DataFrame, for chaining custom transformations. */
  public DataFrame transform(java.util.function.Function<DataFrame, DataFrame> t) {
    return t.apply(this);
  }

  /** The columns whose names match a regular expression given in back-quotes, e.g. {@code colRegex("`a.*`")}. */
  public Column colRegex(String colName) {
    return new Column(Expression.newBuilder().setUnresolvedRegex(Expression.UnresolvedRegex.newBuilder()
        .setColName(colName).setPlanId(relation.getCommon().getPlanId())).build());
  }

  /** A metadata column of this DataFrame's source, such as {@code _metadata} of a file source. */
  public Column metadataColumn(String colName) {
    return new Column(Expression.newBuilder().setUnresolvedAttribute(Expression.UnresolvedAttribute.newBuilder()
        .setUnparsedIdentifier(colName).setPlanId(relation.getCommon().getPlanId()).setIsMetadataColumn(true)).build());
  }

  /** The rows cast and reordered to {@code schema}, matching columns by name. */
  public DataFrame to(StructType schema) {
    return derive(Relation.newBuilder().setToSchema(io.sparkconnect.proto.ToSchema.newBuilder().setInput(relation)
        .setSchema(DataTypeProtos.toProto(schema))));
  }

  /**
   * Computes aggregate metrics while the query runs; the server reports them under {@code name}
   * (see {@link #observe(Observation, Column, Column...)} to read them).
   */
  public DataFrame observe(String name, Column expr, Column... exprs) {
    io.sparkconnect.proto.CollectMetrics.Builder c = io.sparkconnect.proto.CollectMetrics.newBuilder()
        .setInput(relation).setName(name).addMetrics(expr.expr).addAllMetrics(exprs(exprs));
    return derive(Relation.newBuilder().setCollectMetrics(c));
  }

  /** Computes aggregate metrics while the first action runs, delivered to {@code observation}. */
  public DataFrame observe(Observation observation, Column expr, Column... exprs) {
    Observations.register(observation);
    return observe(observation.name(), expr, exprs);
  }

  /** Each row as a JSON object string, in a column {@code value}. */
  public DataFrame toJSON() {
    return select(functions.to_json(functions.struct(functions.col("*"))).alias("value"));
  }

  /** Returns null-value handling functions: {@code df.na().fill(0)}. */
  public DataFrameNaFunctions na() {
    return new DataFrameNaFunctions(this);
  }

  /** Returns statistic functions: {@code df.stat().corr("a", "b")}. */
  public DataFrameStatFunctions stat() {
    return new DataFrameStatFunctions(this);
  }

  // ------------------------------------------------------------------ caching and plan facts

  /** Caches the rows on the server at {@link StorageLevel#MEMORY_AND_DISK} once computed; returns this DataFrame. */
  public DataFrame cache() {
    return persist();
  }

  /** Same as {@link #cache()}. */
  public DataFrame persist() {
    session.client().analyze(b -> b.setPersist(AnalyzePlanRequest.Persist.newBuilder().setRelation(relation)));
    return this;
  }

  /** Caches the rows on the server at {@code storageLevel}; returns this DataFrame. */
  public DataFrame persist(StorageLevel storageLevel) {
    session.client().analyze(b -> b.setPersist(AnalyzePlanRequest.Persist.newBuilder().setRelation(relation)
        .setStorageLevel(storageLevel.toProto())));
    return this;
  }

  /** Drops the cached rows, without waiting. */
  public DataFrame unpersist() {
    return unpersist(false);
  }

  /** Drops the cached rows; {@code blocking} waits until they are gone. */
  public DataFrame unpersist(boolean blocking) {
    session.client().analyze(b -> b.setUnpersist(AnalyzePlanRequest.Unpersist.newBuilder().setRelation(relation)
        .setBlocking(blocking)));
    return this;
  }

  /** The storage level this DataFrame is cached at ({@link StorageLevel#NONE} if not cached). */
  public StorageLevel storageLevel() {
    return StorageLevel.fromProto(session.client().analyze(b -> b.setGetStorageLevel(
        AnalyzePlanRequest.GetStorageLevel.newBuilder().setRelation(relation))).getGetStorageLevel().getStorageLevel());
  }

  /** Computes the rows now and keeps them in reliable storage, cutting the plan's lineage. */
  public DataFrame checkpoint() {
    return checkpoint(true);
  }

  /** Keeps the rows in reliable storage (computed now when {@code eager}), cutting the plan's lineage. */
  public DataFrame checkpoint(boolean eager) {
    return checkpoint(false, eager, null);
  }

  /** Computes the rows now and keeps them on the executors, cutting the plan's lineage. */
  public DataFrame localCheckpoint() {
    return localCheckpoint(true);
  }

  /** Keeps the rows on the executors (computed now when {@code eager}), cutting the plan's lineage. */
  public DataFrame localCheckpoint(boolean eager) {
    return checkpoint(true, eager, null);
  }

  /** Keeps the rows on the executors at a storage level, cutting the plan's lineage. */
  public DataFrame localCheckpoint(boolean eager, StorageLevel storageLevel) {
    return checkpoint(true, eager, storageLevel);
  }

  private DataFrame checkpoint(boolean local, boolean eager, StorageLevel level) {
    io.sparkconnect.proto.CheckpointCommand.Builder c = io.sparkconnect.proto.CheckpointCommand.newBuilder()
        .setRelation(relation).setLocal(local).setEager(eager);
    if (level != null) {
      c.setStorageLevel(level.toProto());
    }
    for (io.sparkconnect.proto.ExecutePlanResponse r : session.executeCommand(Command.newBuilder().setCheckpointCommand(c).build())) {
      if (r.hasCheckpointCommandResult()) {
        return derive(Relation.newBuilder().setCachedRemoteRelation(r.getCheckpointCommandResult().getRelation()));
      }
    }
    throw new SparkConnectException("The server did not return the checkpointed relation");
  }

  /** The files this DataFrame reads, as far as the server can tell. */
  public String[] inputFiles() {
    return session.client().analyze(b -> b.setInputFiles(AnalyzePlanRequest.InputFiles.newBuilder().setPlan(plan())))
        .getInputFiles().getFilesList().toArray(new String[0]);
  }

  /** Whether {@link #collect()} can run without executors (e.g. a local relation). */
  public boolean isLocal() {
    return session.client().analyze(b -> b.setIsLocal(AnalyzePlanRequest.IsLocal.newBuilder().setPlan(plan())))
        .getIsLocal().getIsLocal();
  }

  /** Whether this DataFrame reads a streaming source. */
  public boolean isStreaming() {
    return session.client().analyze(b -> b.setIsStreaming(AnalyzePlanRequest.IsStreaming.newBuilder().setPlan(plan())))
        .getIsStreaming().getIsStreaming();
  }

  /** Whether the two DataFrames compute the same rows by plan (after the server's canonicalisation). */
  public boolean sameSemantics(DataFrame other) {
    return session.client().analyze(b -> b.setSameSemantics(AnalyzePlanRequest.SameSemantics.newBuilder()
        .setTargetPlan(plan()).setOtherPlan(other.plan()))).getSameSemantics().getResult();
  }

  /** A hash of the canonicalised plan: equal for DataFrames of the {@link #sameSemantics same semantics}. */
  public int semanticHash() {
    return session.client().analyze(b -> b.setSemanticHash(AnalyzePlanRequest.SemanticHash.newBuilder().setPlan(plan())))
        .getSemanticHash().getResult();
  }

  /**
   * A typed view whose rows are read as {@code T}: a record or JavaBean (columns matched to fields
   * by name) or, for a single value type such as {@code String} or {@code Long}, the first column.
   * See {@link TypedDataFrame} for the conversion rules.
   */
  public <T> TypedDataFrame<T> as(Class<T> type) {
    if (type.isPrimitive() || type == void.class) {
      throw new IllegalArgumentException("Use the boxed class instead of " + type.getName());
    }
    return new TypedDataFrame<>(this, type);
  }

  /**
   * A typed view whose rows are read through {@code encoder}: records and beans by column name, a
   * single value from the first column (Spark's {@code Dataset.as(Encoder)}).
   */
  public <T> TypedDataFrame<T> as(Encoder<T> encoder) {
    return new TypedDataFrame<>(this, Objects.requireNonNull(encoder, "encoder"));
  }

  // The typed operations on rows: the function sees this DataFrame's rows as Row objects (with
  // their schema), read on the server through a row encoder of this DataFrame's schema.
  private TypedDataFrame<Row> typedRows() {
    return new TypedDataFrame<>(this, Encoders.row(schema()));
  }

  /**
   * One typed column over the rows, such as an {@code Aggregator<Row, B, U1>}'s
   * {@code toColumn()}, as Spark's {@code Dataset<Row>.select(TypedColumn<Row, U1>)}: the result is
   * typed. A {@code Column.as(Encoder)} column ({@code TypedColumn<Object, U>}) is not a
   * {@code TypedColumn<Row, U>}, so it goes to {@link #select(Column...)} and gives rows, as in
   * Spark. Asks the server for this DataFrame's schema, which the column reads the rows by; see
   * {@link TypedDataFrame#select(TypedColumn)}.
   *
   * @param c1 the column
   * @param <U1> the type of its values
   * @return the typed result
   */
  public <U1> TypedDataFrame<U1> select(TypedColumn<Row, U1> c1) {
    return typedRows().select(c1);
  }

  /** Two typed columns over the rows, as {@link Tuple2}s; see {@link #select(TypedColumn)}. */
  public <U1, U2> TypedDataFrame<Tuple2<U1, U2>> select(TypedColumn<Row, U1> c1, TypedColumn<Row, U2> c2) {
    return typedRows().select(c1, c2);
  }

  /** Three typed columns over the rows, as {@link Tuple3}s; see {@link #select(TypedColumn)}. */
  public <U1, U2, U3> TypedDataFrame<Tuple3<U1, U2, U3>> select(TypedColumn<Row, U1> c1, TypedColumn<Row, U2> c2,
      TypedColumn<Row, U3> c3) {
    return typedRows().select(c1, c2, c3);
  }

  /** Four typed columns over the rows, as {@link Tuple4}s; see {@link #select(TypedColumn)}. */
  public <U1, U2, U3, U4> TypedDataFrame<Tuple4<U1, U2, U3, U4>> select(TypedColumn<Row, U1> c1,
      TypedColumn<Row, U2> c2, TypedColumn<Row, U3> c3, TypedColumn<Row, U4> c4) {
    return typedRows().select(c1, c2, c3, c4);
  }

  /** Five typed columns over the rows, as {@link Tuple5}s; see {@link #select(TypedColumn)}. */
  public <U1, U2, U3, U4, U5> TypedDataFrame<Tuple5<U1, U2, U3, U4, U5>> select(TypedColumn<Row, U1> c1,
      TypedColumn<Row, U2> c2, TypedColumn<Row, U3> c3, TypedColumn<Row, U4> c4, TypedColumn<Row, U5> c5) {
    return typedRows().select(c1, c2, c3, c4, c5);
  }

  /** Applies {@code func} to each row on the server; see {@link TypedDataFrame#map}. */
  public <U> TypedDataFrame<U> map(io.sparkconnect.api.java.function.MapFunction<Row, U> func, Encoder<U> encoder) {
    return typedRows().map(func, encoder);
  }

  /** Applies {@code f} to each row on the server; see {@link TypedDataFrame#flatMap}. */
  public <U> TypedDataFrame<U> flatMap(io.sparkconnect.api.java.function.FlatMapFunction<Row, U> f,
      Encoder<U> encoder) {
    return typedRows().flatMap(f, encoder);
  }

  /** Applies {@code f} to each partition's rows on the server; see {@link TypedDataFrame#mapPartitions}. */
  public <U> TypedDataFrame<U> mapPartitions(io.sparkconnect.api.java.function.MapPartitionsFunction<Row, U> f,
      Encoder<U> encoder) {
    return typedRows().mapPartitions(f, encoder);
  }

  /** The rows for which {@code func}, run on the server, returns true. */
  public DataFrame filter(io.sparkconnect.api.java.function.FilterFunction<Row> func) {
    return typedRows().filter(func).toDF();
  }

  /** Runs {@code f} on each row, on the server, for its effect; returns when all have run. */
  public void foreach(io.sparkconnect.api.java.function.ForeachFunction<Row> f) {
    typedRows().foreach(f);
  }

  /** Runs {@code f} on each partition's rows, on the server, for its effect; returns when all have run. */
  public void foreachPartition(io.sparkconnect.api.java.function.ForeachPartitionFunction<Row> f) {
    typedRows().foreachPartition(f);
  }

  /**
   * Combines all rows into one with {@code func} (associative and commutative), on the server.
   *
   * @throws UnsupportedOperationException if there are no rows (as Spark)
   */
  public Row reduce(io.sparkconnect.api.java.function.ReduceFunction<Row> func) {
    return typedRows().reduce(func);
  }

  /** Groups the rows by the key {@code func} computes for each, on the server; see {@link KeyValueGroupedDataset}. */
  public <K> KeyValueGroupedDataset<K, Row> groupByKey(io.sparkconnect.api.java.function.MapFunction<Row, K> func,
      Encoder<K> encoder) {
    return typedRows().groupByKey(func, encoder);
  }

  /**
   * Adds the rows {@code f} returns for each row: {@code f} gets a row of the {@code input}
   * columns' values and returns any number of {@code A}s; each becomes a row of this DataFrame's
   * columns followed by {@code A}'s columns (its fields, as {@code encoder} stores them). Runs on
   * the server. Deprecated in Spark: use {@link #flatMap} or {@code functions.explode}.
   *
   * @deprecated as in Spark; use {@link #flatMap} or {@link functions#explode(Column)}
   */
  @Deprecated
  public <A> DataFrame explode(Column[] input, io.sparkconnect.api.java.function.FlatMapFunction<Row, A> f,
      Encoder<A> encoder) {
    Objects.requireNonNull(f, "f");
    if (!TypedEncoding.isStruct(encoder)) {
      throw new IllegalArgumentException("explode(Column[], f, encoder) needs a record, bean or tuple encoder, not "
          + encoder);
    }
    String tmp = "__explode_" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    @SuppressWarnings({"unchecked", "rawtypes"})
    DataFrame exploded = explode(functions.struct(input), tmp, (io.sparkconnect.api.java.function.FlatMapFunction) f,
        encoder);
    List<Column> cols = new ArrayList<>();
    for (String c : columns()) {
      cols.add(functions.col("`" + c.replace("`", "``") + "`"));
    }
    cols.add(functions.col(tmp + ".*"));
    return exploded.select(cols.toArray(new Column[0]));
  }

  /**
   * Adds column {@code outputColumn}: for each row, one row per value {@code f} returns for the
   * value of {@code inputColumn} (none when it returns none), as {@code encoder} stores it. Runs on
   * the server.
   *
   * @deprecated as in Spark; use {@link #flatMap} or {@link functions#explode(Column)}
   */
  @Deprecated
  public <A, B> DataFrame explode(String inputColumn, String outputColumn,
      io.sparkconnect.api.java.function.FlatMapFunction<A, B> f, Encoder<B> encoder) {
    return explode(col(inputColumn), outputColumn, f, encoder);
  }

  private <A, B> DataFrame explode(Column input, String outputColumn,
      io.sparkconnect.api.java.function.FlatMapFunction<A, B> f, Encoder<B> encoder) {
    Objects.requireNonNull(f, "f");
    String in = "__explode_in_" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    DataFrame withInput = withColumn(in, input);
    StructType base = schema();
    List<StructField> fields = new ArrayList<>(Arrays.asList(base.fields()));
    fields.add(new StructField(outputColumn, TypedEncoding.dataType(encoder), true));
    StructType out = new StructType(fields.toArray(new StructField[0]));
    return withInput.mapPartitions(new TypedAdapters.Explode<A, B>(f, base.fields().length), Encoders.row(out)).toDF();
  }

  /**
   * Inner join returning each matching pair of rows as a {@link Tuple2} of the two sides' rows
   * (Spark's {@code joinWith}).
   */
  public TypedDataFrame<Tuple2<Row, Row>> joinWith(DataFrame other, Column condition) {
    return joinWith(other, condition, "inner");
  }

  /**
   * Join of a type returning each pair as a {@link Tuple2} of rows; a side without a match is
   * null. See {@link TypedDataFrame#joinWith(TypedDataFrame, Column, String)} for the types.
   */
  public TypedDataFrame<Tuple2<Row, Row>> joinWith(DataFrame other, Column condition, String joinType) {
    return TypedDataFrame.joinWith(this, Encoders.row(schema()), other, Encoders.row(other.schema()), condition,
        joinType);
  }

  /** Inner join with a typed DataFrame, each pair as a {@link Tuple2} of this side's row and the other's object. */
  public <U> TypedDataFrame<Tuple2<Row, U>> joinWith(TypedDataFrame<U> other, Column condition) {
    return joinWith(other, condition, "inner");
  }

  /** Join of a type with a typed DataFrame; see {@link TypedDataFrame#joinWith(TypedDataFrame, Column, String)}. */
  public <U> TypedDataFrame<Tuple2<Row, U>> joinWith(TypedDataFrame<U> other, Column condition, String joinType) {
    return TypedDataFrame.joinWith(this, Encoders.row(schema()), other.toDF(), other.encoder(), condition, joinType);
  }

  /**
   * Runs the query and returns every row as a {@code T}; same as {@code as(type).collectAsList()}.
   *
   * @throws IllegalArgumentException naming the field when a column is missing or cannot be converted
   */
  public <T> List<T> collectAs(Class<T> type) {
    return as(type).collectAsList();
  }

  /** Writes this DataFrame's rows to the catalog table {@code table} through the table API (create, append, overwrite, ...). */
  public DataFrameWriterV2 writeTo(String table) {
    return new DataFrameWriterV2(this, table);
  }

  /**
   * Merges this DataFrame's rows into the table {@code table}, matching rows on {@code condition};
   * add clauses, then call {@link MergeIntoWriter#merge()}.
   */
  public MergeIntoWriter mergeInto(String table, Column condition) {
    return new MergeIntoWriter(this, table, condition);
  }

  /** Writes this DataFrame's rows to files or tables. */
  public DataFrameWriter write() {
    return new DataFrameWriter(this);
  }

  /**
   * Writes this streaming DataFrame (one read with {@link SparkSession#readStream()}) to a sink,
   * as a streaming query started by {@link io.sparkconnect.sql.streaming.DataStreamWriter#start()}.
   */
  public io.sparkconnect.sql.streaming.DataStreamWriter<Row> writeStream() {
    return io.sparkconnect.client.StreamingBridge.streaming().writer(this);
  }

  // ------------------------------------------------------------------ actions

  /** Runs the query and returns every row. Mind the memory: use {@link #toLocalIterator()} for large results. */
  public Row[] collect() {
    return collectAsList().toArray(new Row[0]);
  }

  /** Runs the query and returns every row, as a list. */
  public List<Row> collectAsList() {
    return new RowReader(session.execute(plan())).drainToList();
  }

  /**
   * Runs the query and streams its rows, one Arrow batch in memory at a time. Close the iterator
   * if you stop early: that cancels the query on the server.
   */
  public CloseableIterator<Row> toLocalIterator() {
    return new RowReader(session.execute(plan()));
  }

  /**
   * Runs the query and streams its result as {@link ColumnarBatch}es, one per chunk the server
   * sends (a few thousand to a few million rows, as the server's Arrow batch size allows),
   * holding one chunk at a time unless you keep the batches. The fastest way to read a large
   * result: each column's primitive getters read straight from the data the server sent, with
   * no row objects and no boxing; {@link ColumnarBatch#getRow} gives row views where wanted.
   * Batches stay valid after the iterator moves on. Close the iterator if you stop early: that
   * cancels the query on the server. A result without rows gives no batch.
   *
   * <pre>{@code
   * try (CloseableIterator<ColumnarBatch> batches = df.toColumnarBatches()) {
   *   while (batches.hasNext()) {
   *     ColumnarBatch b = batches.next();
   *     ColumnVector ids = b.column(0);
   *     for (int i = 0; i < b.numRows(); i++) {
   *       sum += ids.getLong(i);
   *     }
   *   }
   * }
   * }</pre>
   */
  public CloseableIterator<ColumnarBatch> toColumnarBatches() {
    return new ColumnarBatchIterator(new RowReader(session.execute(plan())));
  }

  /** The number of rows. */
  public long count() {
    return counted().collectAsList().get(0).getLong(0);
  }

  private DataFrame counted() {
    return derive(Relation.newBuilder().setAggregate(io.sparkconnect.proto.Aggregate.newBuilder()
        .setInput(relation)
        .setGroupType(io.sparkconnect.proto.Aggregate.GroupType.GROUP_TYPE_GROUPBY)
        .addAggregateExpressions(functions.count(functions.lit(1)).alias("count").expr)));
  }

  /** The first {@code n} rows. */
  public Row[] head(int n) {
    return limit(n).collect();
  }

  /**
   * The first row.
   *
   * @throws NoSuchElementException if there are no rows
   */
  public Row head() {
    Row[] rows = head(1);
    if (rows.length == 0) {
      throw new NoSuchElementException("The DataFrame is empty: it has no first row");
    }
    return rows[0];
  }

  /** Same as {@link #head()}. */
  public Row first() {
    return head();
  }

  /** The first {@code n} rows. */
  public Row[] take(int n) {
    return head(n);
  }

  /** The first {@code n} rows, as a list. */
  public List<Row> takeAsList(int n) {
    return limit(n).collectAsList();
  }

  /** The last {@code n} rows. */
  public Row[] tail(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("tail() needs zero or more rows, not " + n);
    }
    return derive(Relation.newBuilder().setTail(Tail.newBuilder().setInput(relation).setLimit(n))).collect();
  }

  /** Whether there are no rows. */
  public boolean isEmpty() {
    return select(new Column[0]).limit(1).collectAsList().isEmpty();
  }

  // ------------------------------------------------------------------ asynchronous actions

  /**
   * {@link #collect()} without blocking: the query starts at once, and the future completes with
   * every row when the result has arrived.
   *
   * <p>Like every {@code ...Async} action: no thread waits for the query (any number of pending
   * queries share the network thread and a few pool threads); cancelling the future
   * ({@code cancel(true)} or {@code cancel(false)}), or completing it any other way such as
   * {@code orTimeout}, interrupts the query on the server and releases it; a broken connection is
   * reattached and retried as for {@link #collect()}; failures complete the future exceptionally
   * with the exception {@link #collect()} would throw (a {@link SparkConnectException}, or an
   * {@link IllegalStateException} for a closed session). Results are decoded, and the future is
   * completed, on the session's executor of asynchronous results
   * ({@link SparkSession.Builder#asyncExecutor}), never on the network thread; dependent stages
   * that are not {@code ...Async} run there too, so keep them short and never block in them
   * (use {@code thenApplyAsync(fn, yourExecutor)} for slow work).
   *
   * <pre>{@code
   * CompletableFuture<Row[]> rows = spark.table("events").where("day = current_date()").collectAsync();
   * rows.orTimeout(30, TimeUnit.SECONDS).thenAccept(r -> System.out.println(r.length + " events"));
   * }</pre>
   */
  public CompletableFuture<Row[]> collectAsync() {
    return AsyncResults.collect(session, plan(), batches -> new RowList(batches).toArray(new Row[0]));
  }

  /** {@link #collectAsList()} without blocking; see {@link #collectAsync()}. */
  public CompletableFuture<List<Row>> collectAsListAsync() {
    return AsyncResults.collect(session, plan(), RowList::new);
  }

  /** {@link #count()} without blocking; see {@link #collectAsync()}. */
  public CompletableFuture<Long> countAsync() {
    return AsyncResults.collect(session, counted().plan(), batches -> new RowList(batches).get(0).getLong(0));
  }

  /**
   * {@link #first()} without blocking; see {@link #collectAsync()}. The future fails with
   * {@link NoSuchElementException} if there are no rows.
   */
  public CompletableFuture<Row> firstAsync() {
    return AsyncResults.collect(session, limit(1).plan(), batches -> {
      List<Row> rows = new RowList(batches);
      if (rows.isEmpty()) {
        throw new NoSuchElementException("The DataFrame is empty: it has no first row");
      }
      return rows.get(0);
    });
  }

  /** {@link #take(int)} without blocking; see {@link #collectAsync()}. */
  public CompletableFuture<Row[]> takeAsync(int n) {
    return limit(n).collectAsync();
  }

  /** {@link #takeAsList(int)} without blocking; see {@link #collectAsync()}. */
  public CompletableFuture<List<Row>> takeAsListAsync(int n) {
    return limit(n).collectAsListAsync();
  }

  /**
   * The rows as a {@link Flow.Publisher}, for reactive pipelines: each subscription runs the query
   * once, and the subscriber's demand drives the transfer, so that a slow subscriber holds about
   * one Arrow batch of the result in memory while the server waits (gRPC flow control), however
   * large the result. Follows the Reactive Streams rules (the publisher can be adapted with
   * {@code FlowAdapters} to Reactor, RxJava or Mutiny): signals never overlap, a non-positive
   * {@code request} fails the subscription (§3.9), and {@code cancel()} interrupts and releases
   * the query on the server. The query starts when the subscriber is subscribed. Signals run on
   * the session's executor of asynchronous results; a row stays valid after the next one arrives.
   *
   * <pre>{@code
   * spark.range(10_000_000).toPublisher().subscribe(new Flow.Subscriber<Row>() {
   *   private Flow.Subscription s;
   *   public void onSubscribe(Flow.Subscription s) { this.s = s; s.request(100); }
   *   public void onNext(Row row) { handle(row.getLong(0)); s.request(1); }
   *   public void onError(Throwable t) { t.printStackTrace(); }
   *   public void onComplete() { System.out.println("done"); }
   * });
   * }</pre>
   *
   * <p>The publisher is immutable and thread-safe; each subscription is used by one subscriber.
   */
  public Flow.Publisher<Row> toPublisher() {
    return new ResultPublisher<>(session, plan(), () -> ResultPublisher.ROWS);
  }

  /**
   * The result as a {@link Flow.Publisher} of {@link ColumnarBatch}es, one per Arrow batch the
   * server sends (those without rows are skipped): {@link #toColumnarBatches()} for reactive
   * pipelines, with the demand and cancellation rules of {@link #toPublisher()}. Each requested
   * batch is one message asked of the server, so at most about one batch beyond those the
   * subscriber keeps is in memory.
   */
  public Flow.Publisher<ColumnarBatch> toColumnarBatchPublisher() {
    return new ResultPublisher<>(session, plan(), () -> ResultPublisher.BATCHES);
  }

  // ------------------------------------------------------------------ show

  /** Prints the first 20 rows as a table, strings cut at 20 characters. */
  public void show() {
    show(20);
  }

  /** Prints the first {@code numRows} rows as a table, strings cut at 20 characters. */
  public void show(int numRows) {
    show(numRows, true);
  }

  /** Prints the first 20 rows; {@code truncate} cuts strings at 20 characters. */
  public void show(boolean truncate) {
    show(20, truncate);
  }

  /** Prints the first {@code numRows} rows; {@code truncate} cuts strings at 20 characters. */
  public void show(int numRows, boolean truncate) {
    show(numRows, truncate ? 20 : 0);
  }

  /** Prints the first {@code numRows} rows, strings cut at {@code truncate} characters (0: never). */
  public void show(int numRows, int truncate) {
    show(numRows, truncate, false);
  }

  /** Prints the first {@code numRows} rows, as a table or, when {@code vertical}, one block per row. */
  public void show(int numRows, int truncate, boolean vertical) {
    System.out.println(showString(numRows, truncate, vertical));
  }

  /** The text {@link #show(int, int, boolean)} prints, formatted by the server exactly as Spark does. */
  public String showString(int numRows, int truncate, boolean vertical) {
    DataFrame shown = derive(Relation.newBuilder().setShowString(ShowString.newBuilder()
        .setInput(relation).setNumRows(numRows).setTruncate(truncate).setVertical(vertical)));
    return shown.collectAsList().get(0).getString(0);
  }

  // ------------------------------------------------------------------ schema

  /** The schema, as the server resolves it (fetched once, then cached). */
  public StructType schema() {
    StructType s = schema;
    if (s == null) {
      AnalyzePlanResponse r = session.client().analyze(b -> b.setSchema(AnalyzePlanRequest.Schema.newBuilder().setPlan(plan())));
      DataType t = session.client().dataType(r.getSchema().getSchema());
      s = (StructType) t;
      schema = s;
    }
    return s;
  }

  /** Prints the schema as a tree. */
  public void printSchema() {
    System.out.println(treeString(null));
  }

  /** Prints the schema as a tree, down to {@code level} levels of nesting. */
  public void printSchema(int level) {
    System.out.println(treeString(level));
  }

  private String treeString(Integer level) {
    AnalyzePlanRequest.TreeString.Builder t = AnalyzePlanRequest.TreeString.newBuilder().setPlan(plan());
    if (level != null) {
      t.setLevel(level);
    }
    return session.client().analyze(b -> b.setTreeString(t)).getTreeString().getTreeString();
  }

  /** The column names, in order. */
  public String[] columns() {
    return schema().fieldNames();
  }

  /** Each column's name and type, as in {@code ("id", "bigint")}. */
  @SuppressWarnings("unchecked")
  public Map.Entry<String, String>[] dtypes() {
    StructField[] fields = schema().fields();
    Map.Entry<String, String>[] out = new Map.Entry[fields.length];
    for (int i = 0; i < fields.length; i++) {
      out[i] = new AbstractMap.SimpleImmutableEntry<>(fields[i].name(), fields[i].dataType().simpleString());
    }
    return out;
  }

  /** Prints the physical plan. */
  public void explain() {
    explain("simple");
  }

  /** Prints the logical and physical plans when {@code extended}, else the physical plan. */
  public void explain(boolean extended) {
    explain(extended ? "extended" : "simple");
  }

  /**
   * Prints the plan in a mode: {@code simple}, {@code extended}, {@code codegen}, {@code cost} or
   * {@code formatted}.
   */
  public void explain(String mode) {
    AnalyzePlanRequest.Explain.ExplainMode m;
    switch (mode.toLowerCase(Locale.ROOT)) {
      case "simple": m = AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_SIMPLE; break;
      case "extended": m = AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_EXTENDED; break;
      case "codegen": m = AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_CODEGEN; break;
      case "cost": m = AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_COST; break;
      case "formatted": m = AnalyzePlanRequest.Explain.ExplainMode.EXPLAIN_MODE_FORMATTED; break;
      default:
        throw new IllegalArgumentException("Unknown explain mode '" + mode
            + "': expected simple, extended, codegen, cost or formatted");
    }
    String text = session.client().analyze(b -> b.setExplain(
        AnalyzePlanRequest.Explain.newBuilder().setPlan(plan()).setExplainMode(m))).getExplain().getExplainString();
    System.out.println(text);
  }

  // ------------------------------------------------------------------ views

  /** Registers this DataFrame as a temporary view, replacing one of the same name. */
  public void createOrReplaceTempView(String viewName) {
    createView(viewName, false, true);
  }

  /**
   * Registers this DataFrame as a temporary view.
   *
   * @throws AnalysisException if a view of that name exists
   */
  public void createTempView(String viewName) {
    createView(viewName, false, false);
  }

  /** Registers this DataFrame as a global temporary view (in {@code global_temp}), replacing one of the same name. */
  public void createOrReplaceGlobalTempView(String viewName) {
    createView(viewName, true, true);
  }

  /** Registers this DataFrame as a global temporary view (in {@code global_temp}). */
  public void createGlobalTempView(String viewName) {
    createView(viewName, true, false);
  }

  private void createView(String name, boolean global, boolean replace) {
    session.executeCommand(Command.newBuilder().setCreateDataframeView(CreateDataFrameViewCommand.newBuilder()
        .setInput(relation).setName(name).setIsGlobal(global).setReplace(replace)).build());
  }

  /** The columns and their types, as in {@code [id: bigint, name: string]}; asks the server for the schema. */
  @Override
  public String toString() {
    try {
      StructType s = schema();
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < s.fields().length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(s.fields()[i].name()).append(": ").append(s.fields()[i].dataType().simpleString());
      }
      return sb.append(']').toString();
    } catch (RuntimeException e) {
      return "DataFrame[plan_id=" + relation.getCommon().getPlanId() + "]";
    }
  }
}
