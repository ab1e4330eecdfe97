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
import io.sparkconnect.proto.Tail;
import io.sparkconnect.proto.ToDF;
import io.sparkconnect.proto.WithColumns;
import io.sparkconnect.proto.WithColumnsRenamed;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

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

  // ------------------------------------------------------------------ actions

  /** Runs the query and returns every row. Mind the memory: use {@link #toLocalIterator()} for large results. */
  public Row[] collect() {
    return collectAsList().toArray(new Row[0]);
  }

  /** Runs the query and returns every row, as a list. */
  public List<Row> collectAsList() {
    List<Row> rows = new ArrayList<>();
    try (RowReader reader = new RowReader(session.execute(plan()))) {
      reader.forEachRemaining(rows::add);
    }
    return rows;
  }

  /**
   * Runs the query and streams its rows, one Arrow batch in memory at a time. Close the iterator
   * if you stop early: that cancels the query on the server.
   */
  public CloseableIterator<Row> toLocalIterator() {
    return new RowReader(session.execute(plan()));
  }

  /** The number of rows. */
  public long count() {
    DataFrame counted = derive(Relation.newBuilder().setAggregate(io.sparkconnect.proto.Aggregate.newBuilder()
        .setInput(relation)
        .setGroupType(io.sparkconnect.proto.Aggregate.GroupType.GROUP_TYPE_GROUPBY)
        .addAggregateExpressions(functions.count(functions.lit(1)).alias("count").expr)));
    return counted.collectAsList().get(0).getLong(0);
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
      DataType t = DataTypeProtos.fromProto(r.getSchema().getSchema());
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
