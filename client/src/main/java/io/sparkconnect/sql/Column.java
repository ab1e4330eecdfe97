package io.sparkconnect.sql;

import io.sparkconnect.client.DataTypeProtos;
import io.sparkconnect.client.ExpressionBridge;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.sql.types.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A column expression, evaluated by the server: a reference to a column, a literal, or a
 * function of other columns. Build them with {@link functions#col(String)},
 * {@link functions#lit(Object)} and {@link functions#expr(String)}:
 *
 * <pre>{@code
 * Column total = col("price").multiply(col("qty")).alias("total");
 * df.select(col("id"), total).where(col("qty").gt(0));
 * }</pre>
 *
 * <p>Immutable and thread-safe: every method returns a new column. Methods that take an
 * {@code Object} accept a {@code Column} or a Java value (turned into a literal).
 */
public class Column {
  static {
    ExpressionBridge.registerColumns(new ExpressionBridge.ColumnAccess() {
      @Override
      public Expression expr(Column column) {
        return column.expr;
      }

      @Override
      public Column column(Expression expr) {
        return new Column(expr);
      }

      @Override
      public Column aggregatorColumn(io.sparkconnect.sql.expressions.Aggregator<?, ?, ?> aggregator) {
        return TypedColumn.of(aggregator);
      }
    });
  }

  final Expression expr;

  Column(Expression expr) {
    this.expr = Objects.requireNonNull(expr, "expr");
  }

  /** A reference to the column {@code name}, like {@link functions#col(String)}. */
  public Column(String name) {
    this(functions.col(name).expr);
  }

  /** The protocol expression; internal. */
  Expression expr() {
    return expr;
  }

  static Column of(Object value) {
    return value instanceof Column ? (Column) value : functions.lit(value);
  }

  static Column fn(String name, Object... args) {
    Expression.UnresolvedFunction.Builder f = Expression.UnresolvedFunction.newBuilder().setFunctionName(name);
    for (Object a : args) {
      f.addArguments(of(a).expr);
    }
    return new Column(Expression.newBuilder().setUnresolvedFunction(f).build());
  }

  static Column fn(String name, Column[] args) {
    return fn(name, (Object[]) args);
  }

  /** A DISTINCT aggregate, such as {@code count(DISTINCT a)}. */
  static Column fnDistinct(String name, Object... args) {
    return new Column(Expression.newBuilder().setUnresolvedFunction(
        fn(name, args).expr.getUnresolvedFunction().toBuilder().setIsDistinct(true)).build());
  }

  /** A function the server resolves among its internal functions rather than by SQL name. */
  static Column fnInternal(String name, Object... args) {
    return new Column(Expression.newBuilder().setUnresolvedFunction(
        fn(name, args).expr.getUnresolvedFunction().toBuilder().setIsInternal(true)).build());
  }

  // ---- arithmetic

  /** {@code this + other}. */
  public Column plus(Object other) {
    return fn("+", this, other);
  }

  /** {@code this - other}. */
  public Column minus(Object other) {
    return fn("-", this, other);
  }

  /** {@code this * other}. */
  public Column multiply(Object other) {
    return fn("*", this, other);
  }

  /** {@code this / other} (always fractional division, as in Spark). */
  public Column divide(Object other) {
    return fn("/", this, other);
  }

  /** {@code this % other}. */
  public Column mod(Object other) {
    return fn("%", this, other);
  }

  /** Unary minus. */
  public Column unary_$minus() {
    return fn("negative", this);
  }

  // ---- comparison

  /** {@code this = other}. */
  public Column equalTo(Object other) {
    return fn("==", this, other);
  }

  /** {@code this <> other}. */
  public Column notEqual(Object other) {
    return equalTo(other).not();
  }

  /** {@code this > other}. */
  public Column gt(Object other) {
    return fn(">", this, other);
  }

  /** {@code this >= other}. */
  public Column geq(Object other) {
    return fn(">=", this, other);
  }

  /** {@code this < other}. */
  public Column lt(Object other) {
    return fn("<", this, other);
  }

  /** {@code this <= other}. */
  public Column leq(Object other) {
    return fn("<=", this, other);
  }

  /** Null-safe equality {@code this <=> other}: true when both are null. */
  public Column eqNullSafe(Object other) {
    return fn("<=>", this, other);
  }

  /** {@code lower <= this AND this <= upper}. */
  public Column between(Object lower, Object upper) {
    return geq(lower).and(leq(upper));
  }

  /** Whether this equals any of {@code values}. */
  public Column isin(Object... values) {
    Object[] args = new Object[values.length + 1];
    args[0] = this;
    System.arraycopy(values, 0, args, 1, values.length);
    return fn("in", args);
  }

  /**
   * {@code this IN (subquery)}: whether this equals a value of the single column of
   * {@code values}, a DataFrame used as a subquery (it may refer to the outer query's columns
   * through {@link #outer()}). Needs a Spark 4.1+ server.
   */
  public Column isin(DataFrame values) {
    return new Column(SubqueryReferences.subquery(values,
        io.sparkconnect.proto.SubqueryExpression.SubqueryType.SUBQUERY_TYPE_IN, List.of(expr)));
  }

  /** Whether this equals any value of {@code values} (any {@link Iterable}, as Spark's Java API takes). */
  public Column isInCollection(Iterable<?> values) {
    Objects.requireNonNull(values, "values");
    List<Object> all = new ArrayList<>();
    values.forEach(all::add);
    return isin(all.toArray());
  }

  // ---- logic and nulls

  /** Logical AND. */
  public Column and(Column other) {
    return fn("and", this, other);
  }

  /** Logical OR. */
  public Column or(Column other) {
    return fn("or", this, other);
  }

  /** Logical NOT. */
  public Column not() {
    return fn("not", this);
  }

  /** Whether the value is null. */
  public Column isNull() {
    return fn("isnull", this);
  }

  /** Whether the value is not null. */
  public Column isNotNull() {
    return fn("isnotnull", this);
  }

  /** Whether the value is NaN. */
  public Column isNaN() {
    return fn("isnan", this);
  }

  // ---- strings

  /** SQL {@code LIKE} with {@code _} and {@code %} wildcards. */
  public Column like(String pattern) {
    return fn("like", this, pattern);
  }

  /** Case-insensitive {@code LIKE}. */
  public Column ilike(String pattern) {
    return fn("ilike", this, pattern);
  }

  /** Regular-expression match. */
  public Column rlike(String regex) {
    return fn("rlike", this, regex);
  }

  /** Whether the string contains {@code other}. */
  public Column contains(Object other) {
    return fn("contains", this, other);
  }

  /** Whether the string starts with {@code prefix}. */
  public Column startsWith(Object prefix) {
    return fn("startswith", this, prefix);
  }

  /** Whether the string ends with {@code suffix}. */
  public Column endsWith(Object suffix) {
    return fn("endswith", this, suffix);
  }

  /** The substring from 1-based {@code startPos}, {@code len} long. */
  public Column substr(int startPos, int len) {
    return fn("substr", this, startPos, len);
  }

  /** The substring from 1-based {@code startPos}, {@code len} long. */
  public Column substr(Column startPos, Column len) {
    return fn("substr", this, startPos, len);
  }

  // ---- naming, types and ordering

  /** Gives the column a name. */
  public Column alias(String alias) {
    return new Column(Expression.newBuilder()
        .setAlias(Expression.Alias.newBuilder().setExpr(expr).addName(alias)).build());
  }

  /** Same as {@link #alias(String)}. */
  public Column as(String alias) {
    return alias(alias);
  }

  /** Names the fields a multi-valued expression (such as {@code inline}) produces. */
  public Column as(String... aliases) {
    return new Column(Expression.newBuilder()
        .setAlias(Expression.Alias.newBuilder().setExpr(expr).addAllName(Arrays.asList(aliases))).build());
  }

  /**
   * This column with its values read as {@code U} through {@code encoder}, for the typed
   * operations ({@link TypedDataFrame#select(TypedColumn)}, {@link KeyValueGroupedDataset#agg(TypedColumn)}).
   *
   * @param encoder how the values are read
   * @param <U> the type of the values
   * @return the typed column
   */
  public <U> TypedColumn<Object, U> as(Encoder<U> encoder) {
    return new TypedColumn<>(expr, Objects.requireNonNull(encoder, "encoder"));
  }

  /** Same as {@link #alias(String)}. */
  public Column name(String alias) {
    return alias(alias);
  }

  /** Casts to {@code type}. */
  public Column cast(DataType type) {
    return new Column(Expression.newBuilder().setCast(Expression.Cast.newBuilder()
        .setExpr(expr).setType(DataTypeProtos.toProto(type))).build());
  }

  /** Casts to a type written in SQL, e.g. {@code "decimal(10,2)"}. */
  public Column cast(String type) {
    return new Column(Expression.newBuilder().setCast(Expression.Cast.newBuilder()
        .setExpr(expr).setTypeStr(type)).build());
  }

  /** Casts to {@code type}, giving null where the value does not convert. */
  public Column try_cast(DataType type) {
    return new Column(Expression.newBuilder().setCast(Expression.Cast.newBuilder()
        .setExpr(expr).setType(DataTypeProtos.toProto(type))
        .setEvalMode(Expression.Cast.EvalMode.EVAL_MODE_TRY)).build());
  }

  /** Casts to a type written in SQL, giving null where the value does not convert. */
  public Column try_cast(String type) {
    return new Column(Expression.newBuilder().setCast(Expression.Cast.newBuilder()
        .setExpr(expr).setTypeStr(type).setEvalMode(Expression.Cast.EvalMode.EVAL_MODE_TRY)).build());
  }

  /** Ascending order, nulls first. */
  public Column asc() {
    return sort(Expression.SortOrder.SortDirection.SORT_DIRECTION_ASCENDING, Expression.SortOrder.NullOrdering.SORT_NULLS_FIRST);
  }

  /** Ascending order, nulls first. */
  public Column asc_nulls_first() {
    return asc();
  }

  /** Ascending order, nulls last. */
  public Column asc_nulls_last() {
    return sort(Expression.SortOrder.SortDirection.SORT_DIRECTION_ASCENDING, Expression.SortOrder.NullOrdering.SORT_NULLS_LAST);
  }

  /** Descending order, nulls last. */
  public Column desc() {
    return sort(Expression.SortOrder.SortDirection.SORT_DIRECTION_DESCENDING, Expression.SortOrder.NullOrdering.SORT_NULLS_LAST);
  }

  /** Descending order, nulls first. */
  public Column desc_nulls_first() {
    return sort(Expression.SortOrder.SortDirection.SORT_DIRECTION_DESCENDING, Expression.SortOrder.NullOrdering.SORT_NULLS_FIRST);
  }

  /** Descending order, nulls last. */
  public Column desc_nulls_last() {
    return desc();
  }

  private Column sort(Expression.SortOrder.SortDirection direction, Expression.SortOrder.NullOrdering nulls) {
    Expression child = expr.hasSortOrder() ? expr.getSortOrder().getChild() : expr;
    return new Column(Expression.newBuilder().setSortOrder(Expression.SortOrder.newBuilder()
        .setChild(child).setDirection(direction).setNullOrdering(nulls)).build());
  }

  /** Sort order to use when a column is given to a sort without a direction. */
  Expression.SortOrder sortOrder() {
    return expr.hasSortOrder() ? expr.getSortOrder() : asc().expr.getSortOrder();
  }

  // ---- nested values

  /** The element at {@code key} of an array (0-based) or map. */
  public Column getItem(Object key) {
    return new Column(Expression.newBuilder().setUnresolvedExtractValue(
        Expression.UnresolvedExtractValue.newBuilder().setChild(expr).setExtraction(of(key).expr)).build());
  }

  /** The field {@code fieldName} of a struct. */
  public Column getField(String fieldName) {
    return getItem(fieldName);
  }

  /** Same as {@link #getItem(Object)}. */
  public Column apply(Object extraction) {
    return getItem(extraction);
  }

  // ---- conditionals

  /**
   * Adds a branch to a {@link functions#when(Column, Object)} chain.
   *
   * @throws IllegalArgumentException if this column is not a {@code when} chain, or already has
   *     an {@code otherwise}
   */
  public Column when(Column condition, Object value) {
    List<Expression> args = caseArgs("when");
    if (args.size() % 2 == 1) {
      throw new IllegalArgumentException("when() cannot be applied once otherwise() is applied");
    }
    args.add(condition.expr);
    args.add(of(value).expr);
    return caseWhen(args);
  }

  /**
   * The value of a {@link functions#when(Column, Object)} chain when no branch matches.
   *
   * @throws IllegalArgumentException if this column is not a {@code when} chain, or already has
   *     an {@code otherwise}
   */
  public Column otherwise(Object value) {
    List<Expression> args = caseArgs("otherwise");
    if (args.size() % 2 == 1) {
      throw new IllegalArgumentException("otherwise() can only be applied once on a Column previously generated by when()");
    }
    args.add(of(value).expr);
    return caseWhen(args);
  }

  private List<Expression> caseArgs(String method) {
    if (!expr.hasUnresolvedFunction() || !expr.getUnresolvedFunction().getFunctionName().equals("when")) {
      throw new IllegalArgumentException(method + "() can only be applied on a Column previously generated by when()");
    }
    return new ArrayList<>(expr.getUnresolvedFunction().getArgumentsList());
  }

  static Column caseWhen(List<Expression> args) {
    return new Column(Expression.newBuilder().setUnresolvedFunction(Expression.UnresolvedFunction.newBuilder()
        .setFunctionName("when").addAllArguments(args)).build());
  }

  // ---- bitwise

  /** Bitwise AND. */
  public Column bitwiseAND(Object other) {
    return fn("&", this, other);
  }

  /** Bitwise OR. */
  public Column bitwiseOR(Object other) {
    return fn("|", this, other);
  }

  /** Bitwise XOR. */
  public Column bitwiseXOR(Object other) {
    return fn("^", this, other);
  }

  // ---- structs

  /**
   * The struct with the field {@code fieldName} added or replaced by {@code col}; a dotted name
   * ({@code "a.b"}) reaches into nested structs.
   */
  public Column withField(String fieldName, Column col) {
    if (fieldName == null || col == null) {
      throw new IllegalArgumentException("withField() needs a field name and a column");
    }
    return new Column(Expression.newBuilder().setUpdateFields(Expression.UpdateFields.newBuilder()
        .setStructExpression(expr).setFieldName(fieldName).setValueExpression(col.expr)).build());
  }

  /** The struct without the fields {@code fieldNames}; dotted names reach into nested structs. */
  public Column dropFields(String... fieldNames) {
    Expression e = expr;
    for (String name : fieldNames) {
      e = Expression.newBuilder().setUpdateFields(Expression.UpdateFields.newBuilder()
          .setStructExpression(e).setFieldName(name)).build();
    }
    return new Column(e);
  }

  // ---- windows and transforms

  /** This window or aggregate function evaluated over a window, e.g. {@code rank().over(w)}. */
  public Column over(io.sparkconnect.sql.expressions.WindowSpec window) {
    return ExpressionBridge.over(this, window);
  }

  /** This function over one window spanning all rows (no partitioning, ordering or frame). */
  public Column over() {
    return over(io.sparkconnect.sql.expressions.Window.partitionBy(new Column[0]));
  }

  /** {@code f} applied to this column, for chaining: {@code col("a").transform(c -> c.plus(1))}. */
  public Column transform(java.util.function.Function<Column, Column> f) {
    return f.apply(this);
  }

  /**
   * Marks this column as a reference to the outer query inside a subquery or lateral join (see
   * {@link DataFrame#scalar()}, {@link DataFrame#exists()}, {@link DataFrame#lateralJoin}).
   * Returns the column unchanged: the server resolves names it cannot find in the subquery
   * against the outer query by itself (Spark's classic API needs the mark only to delay analysis,
   * which Spark Connect always does).
   */
  public Column outer() {
    return this;
  }

  /** Prints the expression to standard output. */
  public void explain(boolean extended) {
    System.out.println(extended ? expr.toString() : toString());
  }

  /** The expression, in a SQL-like form. */
  @Override
  public String toString() {
    return ColumnPrinter.print(expr);
  }

  /** Columns are equal when their expressions are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Column && ((Column) o).expr.equals(expr);
  }

  @Override
  public int hashCode() {
    return expr.hashCode();
  }
}
