package io.sparkconnect.sql;

import io.sparkconnect.proto.Expression;
import java.util.List;

/**
 * Functions that build {@link Column}s, with Spark's names and overloads.
 *
 * <pre>{@code
 * import static io.sparkconnect.sql.functions.*;
 * df.groupBy(col("dept")).agg(sum("salary").alias("total"));
 * }</pre>
 *
 * <p>Every function is evaluated by the server; this class only builds expressions. Stateless and
 * thread-safe.
 */
@SuppressWarnings("checkstyle:TypeName")
public final class functions {
  private functions() {}

  // ---- column references and literals

  /**
   * A reference to a column by name. {@code "*"} selects all columns, {@code "t.*"} all columns of
   * {@code t}; nested fields use dots ({@code "a.b"}); back-quote names with special characters.
   */
  public static Column col(String colName) {
    if (colName.equals("*")) {
      return new Column(Expression.newBuilder().setUnresolvedStar(Expression.UnresolvedStar.getDefaultInstance()).build());
    }
    if (colName.endsWith(".*")) {
      return new Column(Expression.newBuilder().setUnresolvedStar(
          Expression.UnresolvedStar.newBuilder().setUnparsedTarget(colName)).build());
    }
    return new Column(Expression.newBuilder().setUnresolvedAttribute(
        Expression.UnresolvedAttribute.newBuilder().setUnparsedIdentifier(colName)).build());
  }

  /** Same as {@link #col(String)}. */
  public static Column column(String colName) {
    return col(colName);
  }

  /**
   * A literal. Accepts null, boxed primitives, {@code String}, {@code BigDecimal}, {@code byte[]},
   * {@code LocalDate}, {@code Instant}, {@code LocalDateTime}, {@code Duration}, {@code Period},
   * {@code List}, {@code Map} and arrays; a {@code Column} is returned unchanged.
   *
   * @throws IllegalArgumentException for a value of any other type
   */
  public static Column lit(Object literal) {
    if (literal instanceof Column) {
      return (Column) literal;
    }
    return new Column(Expression.newBuilder().setLiteral(Literals.of(literal)).build());
  }

  /** A column from a SQL expression, e.g. {@code expr("price * qty AS total")}. */
  public static Column expr(String expr) {
    return new Column(Expression.newBuilder().setExpressionString(
        Expression.ExpressionString.newBuilder().setExpression(expr)).build());
  }

  /** Calls the function {@code funcName} (built-in or registered) with {@code cols}. */
  public static Column call_function(String funcName, Column... cols) {
    return Column.fn(funcName, cols);
  }

  // ---- sort

  /** Ascending sort on the column {@code columnName}. */
  public static Column asc(String columnName) {
    return col(columnName).asc();
  }

  /** Descending sort on the column {@code columnName}. */
  public static Column desc(String columnName) {
    return col(columnName).desc();
  }

  // ---- aggregates

  /** The number of rows where {@code e} is not null; {@code count(lit(1))} counts all rows. */
  public static Column count(Column e) {
    return Column.fn("count", e);
  }

  /** The number of rows where the column is not null; {@code "*"} counts all rows. */
  public static Column count(String columnName) {
    return columnName.equals("*") ? Column.fn("count", lit(1)) : count(col(columnName));
  }

  /** The number of distinct non-null combinations of the columns. */
  public static Column countDistinct(Column expr, Column... exprs) {
    Column[] all = prepend(expr, exprs);
    Expression.UnresolvedFunction.Builder f = Column.fn("count", all).expr.getUnresolvedFunction().toBuilder().setIsDistinct(true);
    return new Column(Expression.newBuilder().setUnresolvedFunction(f).build());
  }

  /** The sum of the column. */
  public static Column sum(Column e) {
    return Column.fn("sum", e);
  }

  /** The sum of the column. */
  public static Column sum(String columnName) {
    return sum(col(columnName));
  }

  /** The mean of the column. */
  public static Column avg(Column e) {
    return Column.fn("avg", e);
  }

  /** The mean of the column. */
  public static Column avg(String columnName) {
    return avg(col(columnName));
  }

  /** The mean of the column. */
  public static Column mean(Column e) {
    return Column.fn("mean", e);
  }

  /** The mean of the column. */
  public static Column mean(String columnName) {
    return mean(col(columnName));
  }

  /** The smallest value of the column. */
  public static Column min(Column e) {
    return Column.fn("min", e);
  }

  /** The smallest value of the column. */
  public static Column min(String columnName) {
    return min(col(columnName));
  }

  /** The largest value of the column. */
  public static Column max(Column e) {
    return Column.fn("max", e);
  }

  /** The largest value of the column. */
  public static Column max(String columnName) {
    return max(col(columnName));
  }

  // ---- conditionals and nulls

  /** Starts a {@code CASE WHEN} chain; continue with {@link Column#when} and {@link Column#otherwise}. */
  public static Column when(Column condition, Object value) {
    return Column.caseWhen(List.of(condition.expr, Column.of(value).expr));
  }

  /** Logical NOT. */
  public static Column not(Column e) {
    return e.not();
  }

  /** The first non-null of the columns. */
  public static Column coalesce(Column... e) {
    return Column.fn("coalesce", e);
  }

  /** Whether the value is null. */
  public static Column isnull(Column e) {
    return e.isNull();
  }

  // ---- a few common scalar functions

  /** Upper-cases a string. */
  public static Column upper(Column e) {
    return Column.fn("upper", e);
  }

  /** Lower-cases a string. */
  public static Column lower(Column e) {
    return Column.fn("lower", e);
  }

  /** The length of a string in characters, or of binary data in bytes. */
  public static Column length(Column e) {
    return Column.fn("length", e);
  }

  /** Concatenates strings, binaries or arrays. */
  public static Column concat(Column... exprs) {
    return Column.fn("concat", exprs);
  }

  /** The absolute value. */
  public static Column abs(Column e) {
    return Column.fn("abs", e);
  }

  /** The square root. */
  public static Column sqrt(Column e) {
    return Column.fn("sqrt", e);
  }

  /** A struct of the columns. */
  public static Column struct(Column... cols) {
    return Column.fn("struct", cols);
  }

  /** An array of the columns. */
  public static Column array(Column... cols) {
    return Column.fn("array", cols);
  }

  private static Column[] prepend(Column first, Column[] rest) {
    Column[] all = new Column[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
