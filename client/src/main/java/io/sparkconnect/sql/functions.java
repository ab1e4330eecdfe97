package io.sparkconnect.sql;

import io.sparkconnect.proto.Expression;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Functions that build {@link Column}s, with Spark's names and overloads.
 *
 * <pre>{@code
 * import static io.sparkconnect.sql.functions.*;
 * df.groupBy(col("dept")).agg(sum("salary").alias("total"));
 * }</pre>
 *
 * <p>Every function is evaluated by the server; this class only builds expressions. Stateless and
 * thread-safe. The families, in source order:
 *
 * <ul>
 *   <li>column references and literals: {@code col}, {@code lit}, {@code expr}, {@code call_function};
 *   <li>sort: {@code asc}, {@code desc_nulls_last}, ...;
 *   <li>aggregate: {@code count}, {@code sum}, {@code avg}, {@code collect_list}, {@code percentile_approx},
 *       sketches ({@code hll_*}, {@code theta_*}, {@code kll_*}, {@code tuple_*}), ...;
 *   <li>window: {@code rank}, {@code row_number}, {@code lag}, {@code lead}, ... (use with
 *       {@link Column#over(io.sparkconnect.sql.expressions.WindowSpec)});
 *   <li>math, bitwise, string, hash and encryption, null and conditional, misc;
 *   <li>date and time, including {@code window} and {@code session_window};
 *   <li>collection (arrays) and map, including higher-order functions taking Java lambdas
 *       ({@code transform(col("xs"), x -> x.plus(1))}, {@code filter}, {@code aggregate}, ...);
 *   <li>JSON, CSV and XML ({@code from_json} with a {@link StructType} or DDL schema, ...), variant,
 *       geospatial;
 *   <li>partition transforms ({@code years}, {@code bucket}, ...) for table writers.
 * </ul>
 *
 * <p>Most plain wrappers are generated from {@code client/src/build/functions.spec} by
 * {@code client/src/build/GenerateFunctions.java}; the rest are written by hand.
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

  /** The square root. */
  public static Column sqrt(String columnName) {
    return sqrt(col(columnName));
  }

  /** A struct of the named columns. */
  public static Column struct(String colName, String... colNames) {
    return struct(names(colName, colNames));
  }

  /** A struct of name-value pairs: {@code named_struct(lit("a"), col("x"), lit("b"), col("y"))}. */
  public static Column named_struct(Column... cols) {
    return Column.fn("named_struct", cols);
  }

  /** An array of the named columns. */
  public static Column array(String colName, String... colNames) {
    return array(names(colName, colNames));
  }

  /** A map of key-value pairs: {@code map(lit("a"), col("x"), lit("b"), col("y"))}. */
  public static Column map(Column... cols) {
    return Column.fn("map", cols);
  }

  /** Same as {@link #lit(Object)}: the literal's type follows from the Java value. */
  public static Column typedLit(Object literal) {
    return lit(literal);
  }

  /** Same as {@link #lit(Object)}. */
  public static Column typedlit(Object literal) {
    return lit(literal);
  }

  /**
   * Deprecated name of {@link #call_udf(String, Column...)}: calls the registered function
   * {@code udfName} with {@code cols}.
   *
   * @param udfName the registered function's name
   * @param cols the arguments
   * @return the result column
   */
  @Deprecated
  public static Column callUDF(String udfName, Column... cols) {
    return call_udf(udfName, cols);
  }

  /**
   * A user-defined function of 0 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF0<?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 0, returnType);
  }

  /**
   * A user-defined function of 1 argument from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF1<?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 1, returnType);
  }

  /**
   * A user-defined function of 2 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF2<?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 2, returnType);
  }

  /**
   * A user-defined function of 3 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF3<?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 3, returnType);
  }

  /**
   * A user-defined function of 4 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF4<?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 4, returnType);
  }

  /**
   * A user-defined function of 5 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF5<?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 5, returnType);
  }

  /**
   * A user-defined function of 6 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF6<?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 6, returnType);
  }

  /**
   * A user-defined function of 7 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF7<?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 7, returnType);
  }

  /**
   * A user-defined function of 8 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF8<?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 8, returnType);
  }

  /**
   * A user-defined function of 9 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF9<?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 9, returnType);
  }

  /**
   * A user-defined function of 10 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF10<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 10, returnType);
  }

  /**
   * A user-defined function of 11 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF11<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 11, returnType);
  }

  /**
   * A user-defined function of 12 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF12<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 12, returnType);
  }

  /**
   * A user-defined function of 13 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF13<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 13, returnType);
  }

  /**
   * A user-defined function of 14 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF14<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 14, returnType);
  }

  /**
   * A user-defined function of 15 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF15<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 15, returnType);
  }

  /**
   * A user-defined function of 16 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF16<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 16, returnType);
  }

  /**
   * A user-defined function of 17 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF17<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 17, returnType);
  }

  /**
   * A user-defined function of 18 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF18<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 18, returnType);
  }

  /**
   * A user-defined function of 19 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF19<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 19, returnType);
  }

  /**
   * A user-defined function of 20 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF20<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 20, returnType);
  }

  /**
   * A user-defined function of 21 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF21<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 21, returnType);
  }

  /**
   * A user-defined function of 22 arguments from a Java function; it runs on the server.
   * The function (a lambda, or an instance of a class) must be serializable, and so must what it
   * captures: otherwise this fails here, naming the type. Its classes are sent to the server
   * before the next query of each session. Arguments are the Java values of {@link Row} (null
   * for SQL NULL); the result must fit {@code returnType} (rows, records, beans for structs;
   * lists, arrays for arrays; maps for maps).
   *
   * @param f the function
   * @param returnType the type of its result
   * @return the user-defined function, to apply to columns or register by name
   * @throws IllegalArgumentException if {@code f} cannot be serialized
   */
  public static io.sparkconnect.sql.expressions.UserDefinedFunction udf(io.sparkconnect.sql.api.java.UDF22<?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?> f, io.sparkconnect.sql.types.DataType returnType) {
    return Udfs.scalar(f, 22, returnType);
  }

  /**
   * A user-defined aggregate function from an {@link io.sparkconnect.sql.expressions.Aggregator}; it
   * runs on the server. Apply it to the input columns (one per field of {@code inputEncoder}'s
   * schema, or one column for a single-value encoder), e.g. in {@code groupBy(...).agg(...)}, or
   * register it with {@code spark.udf().register(name, udaf)}. Needs a Spark 4.0 or later server;
   * on Spark 3.5 the query fails before it is sent with {@code UNSUPPORTED_BY_SERVER_VERSION}.
   *
   * @param agg the aggregator (serializable)
   * @param inputEncoder the encoder of its input values
   * @param <IN> the input type
   * @param <BUF> the buffer type
   * @param <OUT> the result type
   * @return the user-defined function
   * @throws IllegalArgumentException if the aggregator cannot be serialized
   */
  public static <IN, BUF, OUT> io.sparkconnect.sql.expressions.UserDefinedFunction udaf(
      io.sparkconnect.sql.expressions.Aggregator<IN, BUF, OUT> agg, Encoder<IN> inputEncoder) {
    return Udfs.aggregate(agg, inputEncoder);
  }

  /** Calls the registered (user-defined or built-in) function {@code udfName} with {@code cols}. */
  public static Column call_udf(String udfName, Column... cols) {
    return call_function(udfName, cols);
  }

  /** Marks a DataFrame as small enough to broadcast in joins (the {@code broadcast} hint). */
  public static DataFrame broadcast(DataFrame df) {
    return df.hint("broadcast");
  }

  // ---- sort helpers

  /** Ascending sort on the column, nulls first. */
  public static Column asc_nulls_first(String columnName) {
    return col(columnName).asc_nulls_first();
  }

  /** Ascending sort on the column, nulls last. */
  public static Column asc_nulls_last(String columnName) {
    return col(columnName).asc_nulls_last();
  }

  /** Descending sort on the column, nulls first. */
  public static Column desc_nulls_first(String columnName) {
    return col(columnName).desc_nulls_first();
  }

  /** Descending sort on the column, nulls last. */
  public static Column desc_nulls_last(String columnName) {
    return col(columnName).desc_nulls_last();
  }

  // ---- aggregates with options

  /** The number of distinct non-null combinations of the named columns. */
  public static Column countDistinct(String columnName, String... columnNames) {
    return countDistinct(col(columnName), names(columnNames));
  }

  /** The number of distinct non-null combinations of the columns. */
  public static Column count_distinct(Column expr, Column... exprs) {
    return countDistinct(expr, exprs);
  }

  /** The sum of the distinct values. */
  public static Column sum_distinct(Column e) {
    return Column.fnDistinct("sum", e);
  }

  /** The sum of the distinct values (same as {@link #sum_distinct(Column)}). */
  public static Column sumDistinct(Column e) {
    return sum_distinct(e);
  }

  /** The sum of the distinct values of the named column. */
  public static Column sumDistinct(String columnName) {
    return sum_distinct(col(columnName));
  }

  /** Aggregate: the first value of the group (order not guaranteed without a window ordering). */
  public static Column first(Column e) {
    return first(e, false);
  }

  /** Aggregate: the first value of the named column in the group. */
  public static Column first(String columnName) {
    return first(col(columnName), false);
  }

  /** Aggregate: the first value of the group, the first non-null one when {@code ignoreNulls}. */
  public static Column first(Column e, boolean ignoreNulls) {
    return Column.fn("first", e, ignoreNulls);
  }

  /** Aggregate: the first value of the named column, the first non-null one when {@code ignoreNulls}. */
  public static Column first(String columnName, boolean ignoreNulls) {
    return first(col(columnName), ignoreNulls);
  }

  /** Aggregate: the last value of the group (order not guaranteed without a window ordering). */
  public static Column last(Column e) {
    return last(e, false);
  }

  /** Aggregate: the last value of the named column in the group. */
  public static Column last(String columnName) {
    return last(col(columnName), false);
  }

  /** Aggregate: the last value of the group, the last non-null one when {@code ignoreNulls}. */
  public static Column last(Column e, boolean ignoreNulls) {
    return Column.fn("last", e, ignoreNulls);
  }

  /** Aggregate: the last value of the named column, the last non-null one when {@code ignoreNulls}. */
  public static Column last(String columnName, boolean ignoreNulls) {
    return last(col(columnName), ignoreNulls);
  }

  // ---- random values (the seed is chosen here so that a plan evaluates the same way twice)

  /** A random double in [0, 1), uniformly distributed, from {@code seed}. */
  public static Column rand(long seed) {
    return Column.fn("rand", seed);
  }

  /** A random double in [0, 1), uniformly distributed. */
  public static Column rand() {
    return rand(ThreadLocalRandom.current().nextLong());
  }

  /** A random double from the standard normal distribution, from {@code seed}. */
  public static Column randn(long seed) {
    return Column.fn("randn", seed);
  }

  /** A random double from the standard normal distribution. */
  public static Column randn() {
    return randn(ThreadLocalRandom.current().nextLong());
  }

  // ---- time windows

  /**
   * Buckets rows into time windows of {@code windowDuration} (e.g. {@code "10 minutes"}), sliding
   * every {@code slideDuration} and offset by {@code startTime}; a struct column with
   * {@code start} and {@code end}.
   */
  public static Column window(Column timeColumn, String windowDuration, String slideDuration, String startTime) {
    return Column.fn("window", timeColumn, windowDuration, slideDuration, startTime);
  }

  /** Sliding time windows starting at the epoch; see {@link #window(Column, String, String, String)}. */
  public static Column window(Column timeColumn, String windowDuration, String slideDuration) {
    return window(timeColumn, windowDuration, slideDuration, "0 second");
  }

  /** Tumbling (non-overlapping) time windows; see {@link #window(Column, String, String, String)}. */
  public static Column window(Column timeColumn, String windowDuration) {
    return window(timeColumn, windowDuration, windowDuration, "0 second");
  }

  /** Session windows: a window closes after {@code gapDuration} without events. */
  public static Column session_window(Column timeColumn, String gapDuration) {
    return Column.fn("session_window", timeColumn, gapDuration);
  }

  /** Session windows with a gap computed per row. */
  public static Column session_window(Column timeColumn, Column gapDuration) {
    return Column.fn("session_window", timeColumn, gapDuration);
  }

  // ---- higher-order functions (Java lambdas become the protocol's lambda functions)

  /** Applies {@code f} to each element of an array: {@code transform(col("xs"), x -> x.plus(1))}. */
  public static Column transform(Column column, Function<Column, Column> f) {
    return Column.fn("transform", column, lambda(f));
  }

  /** Applies {@code f} to each element and its 0-based index. */
  public static Column transform(Column column, BiFunction<Column, Column, Column> f) {
    return Column.fn("transform", column, lambda(f));
  }

  /** The elements of an array for which {@code f} is true. */
  public static Column filter(Column column, Function<Column, Column> f) {
    return Column.fn("filter", column, lambda(f));
  }

  /** The elements of an array for which {@code f(element, index)} is true. */
  public static Column filter(Column column, BiFunction<Column, Column, Column> f) {
    return Column.fn("filter", column, lambda(f));
  }

  /** Whether {@code f} is true for some element of the array. */
  public static Column exists(Column column, Function<Column, Column> f) {
    return Column.fn("exists", column, lambda(f));
  }

  /** Whether {@code f} is true for every element of the array. */
  public static Column forall(Column column, Function<Column, Column> f) {
    return Column.fn("forall", column, lambda(f));
  }

  /**
   * Folds an array: starts at {@code initialValue}, merges each element with {@code merge}, then
   * applies {@code finish} to the result.
   */
  public static Column aggregate(Column expr, Column initialValue, BiFunction<Column, Column, Column> merge,
      Function<Column, Column> finish) {
    return Column.fn("aggregate", expr, initialValue, lambda(merge), lambda(finish));
  }

  /** Folds an array: starts at {@code initialValue} and merges each element with {@code merge}. */
  public static Column aggregate(Column expr, Column initialValue, BiFunction<Column, Column, Column> merge) {
    return Column.fn("aggregate", expr, initialValue, lambda(merge));
  }

  /** Same as {@link #aggregate(Column, Column, BiFunction, Function)}. */
  public static Column reduce(Column expr, Column initialValue, BiFunction<Column, Column, Column> merge,
      Function<Column, Column> finish) {
    return Column.fn("reduce", expr, initialValue, lambda(merge), lambda(finish));
  }

  /** Same as {@link #aggregate(Column, Column, BiFunction)}. */
  public static Column reduce(Column expr, Column initialValue, BiFunction<Column, Column, Column> merge) {
    return Column.fn("reduce", expr, initialValue, lambda(merge));
  }

  /** Merges two arrays element-wise with {@code f} (the shorter padded with nulls). */
  public static Column zip_with(Column left, Column right, BiFunction<Column, Column, Column> f) {
    return Column.fn("zip_with", left, right, lambda(f));
  }

  /** Sorts an array with a comparator returning a negative, zero or positive integer. */
  public static Column array_sort(Column e, BiFunction<Column, Column, Column> comparator) {
    return Column.fn("array_sort", e, lambda(comparator));
  }

  /** The entries of a map for which {@code f(key, value)} is true. */
  public static Column map_filter(Column expr, BiFunction<Column, Column, Column> f) {
    return Column.fn("map_filter", expr, lambda(f));
  }

  /** The map with each key replaced by {@code f(key, value)}. */
  public static Column transform_keys(Column expr, BiFunction<Column, Column, Column> f) {
    return Column.fn("transform_keys", expr, lambda(f));
  }

  /** The map with each value replaced by {@code f(key, value)}. */
  public static Column transform_values(Column expr, BiFunction<Column, Column, Column> f) {
    return Column.fn("transform_values", expr, lambda(f));
  }

  /** Merges two maps by key with {@code f(key, value1, value2)} (null for a missing side). */
  public static Column map_zip_with(Column left, Column right, Function3<Column, Column, Column, Column> f) {
    Column k = lambdaVariable("k");
    Column v1 = lambdaVariable("v1");
    Column v2 = lambdaVariable("v2");
    return Column.fn("map_zip_with", left, right, lambdaOf(f.apply(k, v1, v2), k, v1, v2));
  }

  private static final AtomicLong LAMBDA_IDS = new AtomicLong();

  /** A lambda variable; a unique name keeps nested lambdas from capturing each other's variables. */
  private static Column lambdaVariable(String name) {
    return new Column(Expression.newBuilder().setUnresolvedNamedLambdaVariable(
        Expression.UnresolvedNamedLambdaVariable.newBuilder().addNameParts(name + "_" + LAMBDA_IDS.incrementAndGet()))
        .build());
  }

  private static Column lambdaOf(Column body, Column... variables) {
    Expression.LambdaFunction.Builder l = Expression.LambdaFunction.newBuilder().setFunction(body.expr);
    for (Column v : variables) {
      l.addArguments(v.expr.getUnresolvedNamedLambdaVariable());
    }
    return new Column(Expression.newBuilder().setLambdaFunction(l).build());
  }

  private static Column lambda(Function<Column, Column> f) {
    Column x = lambdaVariable("x");
    return lambdaOf(f.apply(x), x);
  }

  private static Column lambda(BiFunction<Column, Column, Column> f) {
    Column x = lambdaVariable("x");
    Column y = lambdaVariable("y");
    return lambdaOf(f.apply(x, y), x, y);
  }

  // ---- trimming (Spark puts the characters to strip first)

  /** Strips the characters of {@code trimString} from the start. */
  public static Column ltrim(Column e, String trimString) {
    return Column.fn("ltrim", trimString, e);
  }

  /** Strips the characters of {@code trimString} from the end. */
  public static Column rtrim(Column e, String trimString) {
    return Column.fn("rtrim", trimString, e);
  }

  /** Strips the characters of {@code trimString} from both ends. */
  public static Column trim(Column e, String trimString) {
    return Column.fn("trim", trimString, e);
  }

  // ---- JSON, CSV and XML with schemas and options

  /** Parses a JSON string into a struct of {@code schema}, with data-source options. */
  public static Column from_json(Column e, StructType schema, Map<String, String> options) {
    return from_json(e, (DataType) schema, options);
  }

  /** Parses a JSON string into a value of {@code schema} (struct, array or map), with options. */
  public static Column from_json(Column e, DataType schema, Map<String, String> options) {
    return withOptions("from_json", options, e, schema.json());
  }

  /** Parses a JSON string into a struct of {@code schema}. */
  public static Column from_json(Column e, StructType schema) {
    return Column.fn("from_json", e, schema.json());
  }

  /** Parses a JSON string into a value of {@code schema} (struct, array or map). */
  public static Column from_json(Column e, DataType schema) {
    return Column.fn("from_json", e, schema.json());
  }

  /** Parses a JSON string into a value of a schema in DDL ({@code "a INT, b STRING"}) or JSON form. */
  public static Column from_json(Column e, String schema, Map<String, String> options) {
    return withOptions("from_json", options, e, schema);
  }

  /** Parses a JSON string into a value of a schema given as a column (e.g. {@code schema_of_json}). */
  public static Column from_json(Column e, Column schema) {
    return Column.fn("from_json", e, schema);
  }

  /** Parses a JSON string into a value of a schema given as a column, with options. */
  public static Column from_json(Column e, Column schema, Map<String, String> options) {
    return withOptions("from_json", options, e, schema);
  }

  /** The schema of a JSON string, in DDL form. */
  public static Column schema_of_json(String json) {
    return Column.fn("schema_of_json", json);
  }

  /** The schema of a JSON string, in DDL form. */
  public static Column schema_of_json(Column json) {
    return Column.fn("schema_of_json", json);
  }

  /** The schema of a JSON string, in DDL form, parsed with options. */
  public static Column schema_of_json(Column json, Map<String, String> options) {
    return withOptions("schema_of_json", options, json);
  }

  /** A struct, array, map or variant as a JSON string. */
  public static Column to_json(Column e) {
    return Column.fn("to_json", e);
  }

  /** A struct, array, map or variant as a JSON string, with options. */
  public static Column to_json(Column e, Map<String, String> options) {
    return withOptions("to_json", options, e);
  }

  /** Generator: the values of {@code fields} of a JSON object string, as columns {@code c0, c1, ...}. */
  public static Column json_tuple(Column json, String... fields) {
    if (fields.length == 0) {
      throw new IllegalArgumentException("json_tuple() needs at least one field name");
    }
    Object[] a = new Object[fields.length + 1];
    a[0] = json;
    System.arraycopy(fields, 0, a, 1, fields.length);
    return Column.fn("json_tuple", a);
  }

  /** Parses a CSV line into a struct of {@code schema}, with options. */
  public static Column from_csv(Column e, StructType schema, Map<String, String> options) {
    return withOptions("from_csv", options, e, ddl(schema));
  }

  /** Parses a CSV line into a struct of a DDL schema given as a column, with options. */
  public static Column from_csv(Column e, Column schema, Map<String, String> options) {
    return withOptions("from_csv", options, e, schema);
  }

  /** The schema of a CSV line, in DDL form. */
  public static Column schema_of_csv(String csv) {
    return Column.fn("schema_of_csv", csv);
  }

  /** The schema of a CSV line, in DDL form. */
  public static Column schema_of_csv(Column csv) {
    return Column.fn("schema_of_csv", csv);
  }

  /** The schema of a CSV line, in DDL form, parsed with options. */
  public static Column schema_of_csv(Column csv, Map<String, String> options) {
    return withOptions("schema_of_csv", options, csv);
  }

  /** A struct as a CSV line. */
  public static Column to_csv(Column e) {
    return Column.fn("to_csv", e);
  }

  /** A struct as a CSV line, with options. */
  public static Column to_csv(Column e, Map<String, String> options) {
    return withOptions("to_csv", options, e);
  }

  /** Parses an XML string into a struct of {@code schema}. */
  public static Column from_xml(Column e, StructType schema) {
    return Column.fn("from_xml", e, ddl(schema));
  }

  /** Parses an XML string into a struct of {@code schema}, with options. */
  public static Column from_xml(Column e, StructType schema, Map<String, String> options) {
    return withOptions("from_xml", options, e, ddl(schema));
  }

  /** Parses an XML string into a struct of a DDL schema, with options. */
  public static Column from_xml(Column e, String schema, Map<String, String> options) {
    return withOptions("from_xml", options, e, schema);
  }

  /** Parses an XML string into a struct of a DDL schema given as a column. */
  public static Column from_xml(Column e, Column schema) {
    return Column.fn("from_xml", e, schema);
  }

  /** Parses an XML string into a struct of a DDL schema given as a column, with options. */
  public static Column from_xml(Column e, Column schema, Map<String, String> options) {
    return withOptions("from_xml", options, e, schema);
  }

  /** The schema of an XML string, in DDL form. */
  public static Column schema_of_xml(String xml) {
    return Column.fn("schema_of_xml", xml);
  }

  /** The schema of an XML string, in DDL form. */
  public static Column schema_of_xml(Column xml) {
    return Column.fn("schema_of_xml", xml);
  }

  /** The schema of an XML string, in DDL form, parsed with options. */
  public static Column schema_of_xml(Column xml, Map<String, String> options) {
    return withOptions("schema_of_xml", options, xml);
  }

  /** A struct as an XML string. */
  public static Column to_xml(Column e) {
    return Column.fn("to_xml", e);
  }

  /** A struct as an XML string, with options. */
  public static Column to_xml(Column e, Map<String, String> options) {
    return withOptions("to_xml", options, e);
  }

  // BEGIN GENERATED by client/src/build/GenerateFunctions.java from functions.spec: do not edit

  // ---- aggregate functions

  /** Aggregate: the approximate number of distinct values (HyperLogLog++), with a maximum relative standard deviation {@code rsd} (default 0.05). */
  public static Column approx_count_distinct(Column e) {
    return Column.fn("approx_count_distinct", e);
  }

  /** Aggregate: the approximate number of distinct values (HyperLogLog++), with a maximum relative standard deviation {@code rsd} (default 0.05). */
  public static Column approx_count_distinct(String columnName) {
    return Column.fn("approx_count_distinct", col(columnName));
  }

  /** Aggregate: the approximate number of distinct values (HyperLogLog++), with a maximum relative standard deviation {@code rsd} (default 0.05). */
  public static Column approx_count_distinct(Column e, double rsd) {
    return Column.fn("approx_count_distinct", e, rsd);
  }

  /** Aggregate: the approximate number of distinct values (HyperLogLog++), with a maximum relative standard deviation {@code rsd} (default 0.05). */
  public static Column approx_count_distinct(String columnName, double rsd) {
    return Column.fn("approx_count_distinct", col(columnName), rsd);
  }

  /** Aggregate: same as {@code approx_count_distinct}. */
  public static Column approxCountDistinct(Column e) {
    return Column.fn("approx_count_distinct", e);
  }

  /** Aggregate: same as {@code approx_count_distinct}. */
  public static Column approxCountDistinct(String columnName) {
    return Column.fn("approx_count_distinct", col(columnName));
  }

  /** Aggregate: same as {@code approx_count_distinct}. */
  public static Column approxCountDistinct(Column e, double rsd) {
    return Column.fn("approx_count_distinct", e, rsd);
  }

  /** Aggregate: same as {@code approx_count_distinct}. */
  public static Column approxCountDistinct(String columnName, double rsd) {
    return Column.fn("approx_count_distinct", col(columnName), rsd);
  }

  /** Aggregate: the values of the group as an array, with duplicates (order not guaranteed). */
  public static Column collect_list(Column e) {
    return Column.fn("collect_list", e);
  }

  /** Aggregate: the values of the group as an array, with duplicates (order not guaranteed). */
  public static Column collect_list(String columnName) {
    return Column.fn("collect_list", col(columnName));
  }

  /** Aggregate: the distinct values of the group as an array. */
  public static Column collect_set(Column e) {
    return Column.fn("collect_set", e);
  }

  /** Aggregate: the distinct values of the group as an array. */
  public static Column collect_set(String columnName) {
    return Column.fn("collect_set", col(columnName));
  }

  /** Aggregate: the values of the group as an array, like {@code collect_list}. */
  public static Column array_agg(Column e) {
    return Column.fn("array_agg", e);
  }

  /** Aggregate: the Pearson correlation coefficient of two columns. */
  public static Column corr(Column column1, Column column2) {
    return Column.fn("corr", column1, column2);
  }

  /** Aggregate: the Pearson correlation coefficient of two columns. */
  public static Column corr(String columnName1, String columnName2) {
    return Column.fn("corr", col(columnName1), col(columnName2));
  }

  /** Aggregate: the population covariance of two columns. */
  public static Column covar_pop(Column column1, Column column2) {
    return Column.fn("covar_pop", column1, column2);
  }

  /** Aggregate: the population covariance of two columns. */
  public static Column covar_pop(String columnName1, String columnName2) {
    return Column.fn("covar_pop", col(columnName1), col(columnName2));
  }

  /** Aggregate: the sample covariance of two columns. */
  public static Column covar_samp(Column column1, Column column2) {
    return Column.fn("covar_samp", column1, column2);
  }

  /** Aggregate: the sample covariance of two columns. */
  public static Column covar_samp(String columnName1, String columnName2) {
    return Column.fn("covar_samp", col(columnName1), col(columnName2));
  }

  /** Aggregate: the first value of the group, skipping nulls when {@code ignoreNulls} is true. */
  public static Column first_value(Column e) {
    return Column.fn("first_value", e);
  }

  /** Aggregate: the first value of the group, skipping nulls when {@code ignoreNulls} is true. */
  public static Column first_value(Column e, Column ignoreNulls) {
    return Column.fn("first_value", e, ignoreNulls);
  }

  /** Aggregate: the last value of the group, skipping nulls when {@code ignoreNulls} is true. */
  public static Column last_value(Column e) {
    return Column.fn("last_value", e);
  }

  /** Aggregate: the last value of the group, skipping nulls when {@code ignoreNulls} is true. */
  public static Column last_value(Column e, Column ignoreNulls) {
    return Column.fn("last_value", e, ignoreNulls);
  }

  /** Aggregate: some value of the group. */
  public static Column any_value(Column e) {
    return Column.fn("any_value", e);
  }

  /** Aggregate: some value of the group. */
  public static Column any_value(Column e, Column ignoreNulls) {
    return Column.fn("any_value", e, ignoreNulls);
  }

  /** Aggregate: 1 when the column is aggregated away in a rollup/cube/grouping-sets row, else 0. */
  public static Column grouping(Column e) {
    return Column.fn("grouping", e);
  }

  /** Aggregate: 1 when the column is aggregated away in a rollup/cube/grouping-sets row, else 0. */
  public static Column grouping(String columnName) {
    return Column.fn("grouping", col(columnName));
  }

  /** Aggregate: the grouping level, one bit per grouping column (1: aggregated away). */
  public static Column grouping_id(Column... cols) {
    return Column.fn("grouping_id", args(new Object[] {}, cols));
  }

  /** Aggregate: the grouping level, one bit per grouping column (1: aggregated away). */
  public static Column grouping_id(String colName, String... colNames) {
    return Column.fn("grouping_id", args(new Object[] {col(colName)}, names(colNames)));
  }

  /** Aggregate: the kurtosis of the values. */
  public static Column kurtosis(Column e) {
    return Column.fn("kurtosis", e);
  }

  /** Aggregate: the kurtosis of the values. */
  public static Column kurtosis(String columnName) {
    return Column.fn("kurtosis", col(columnName));
  }

  /** Aggregate: the skewness of the values. */
  public static Column skewness(Column e) {
    return Column.fn("skewness", e);
  }

  /** Aggregate: the skewness of the values. */
  public static Column skewness(String columnName) {
    return Column.fn("skewness", col(columnName));
  }

  /** Aggregate: the sample standard deviation (same as {@code stddev_samp}). */
  public static Column stddev(Column e) {
    return Column.fn("stddev", e);
  }

  /** Aggregate: the sample standard deviation (same as {@code stddev_samp}). */
  public static Column stddev(String columnName) {
    return Column.fn("stddev", col(columnName));
  }

  /** Aggregate: the sample standard deviation. */
  public static Column std(Column e) {
    return Column.fn("std", e);
  }

  /** Aggregate: the sample standard deviation. */
  public static Column stddev_samp(Column e) {
    return Column.fn("stddev_samp", e);
  }

  /** Aggregate: the sample standard deviation. */
  public static Column stddev_samp(String columnName) {
    return Column.fn("stddev_samp", col(columnName));
  }

  /** Aggregate: the population standard deviation. */
  public static Column stddev_pop(Column e) {
    return Column.fn("stddev_pop", e);
  }

  /** Aggregate: the population standard deviation. */
  public static Column stddev_pop(String columnName) {
    return Column.fn("stddev_pop", col(columnName));
  }

  /** Aggregate: the sample variance (same as {@code var_samp}). */
  public static Column variance(Column e) {
    return Column.fn("variance", e);
  }

  /** Aggregate: the sample variance (same as {@code var_samp}). */
  public static Column variance(String columnName) {
    return Column.fn("variance", col(columnName));
  }

  /** Aggregate: the sample variance. */
  public static Column var_samp(Column e) {
    return Column.fn("var_samp", e);
  }

  /** Aggregate: the sample variance. */
  public static Column var_samp(String columnName) {
    return Column.fn("var_samp", col(columnName));
  }

  /** Aggregate: the population variance. */
  public static Column var_pop(Column e) {
    return Column.fn("var_pop", e);
  }

  /** Aggregate: the population variance. */
  public static Column var_pop(String columnName) {
    return Column.fn("var_pop", col(columnName));
  }

  /** Aggregate: the product of the values. */
  public static Column product(Column e) {
    return Column.fnInternal("product", e);
  }

  /** Aggregate: the median of the values. */
  public static Column median(Column e) {
    return Column.fn("median", e);
  }

  /** Aggregate: the most frequent value; with {@code deterministic}, the smallest of equally frequent values. */
  public static Column mode(Column e) {
    return Column.fn("mode", e);
  }

  /** Aggregate: the most frequent value; with {@code deterministic}, the smallest of equally frequent values. */
  public static Column mode(Column e, boolean deterministic) {
    return Column.fn("mode", e, deterministic);
  }

  /** Aggregate: the value of {@code e} on the row with the largest {@code ord}; with {@code k} (Spark 4.2), an array of the values of the {@code k} rows with the largest {@code ord}, largest first (k at most 100000). */
  public static Column max_by(Column e, Column ord) {
    return Column.fn("max_by", e, ord);
  }

  /** Aggregate: the value of {@code e} on the row with the largest {@code ord}; with {@code k} (Spark 4.2), an array of the values of the {@code k} rows with the largest {@code ord}, largest first (k at most 100000). */
  public static Column max_by(Column e, Column ord, int k) {
    return Column.fn("max_by", e, ord, k);
  }

  /** Aggregate: the value of {@code e} on the row with the largest {@code ord}; with {@code k} (Spark 4.2), an array of the values of the {@code k} rows with the largest {@code ord}, largest first (k at most 100000). */
  public static Column max_by(Column e, Column ord, Column k) {
    return Column.fn("max_by", e, ord, k);
  }

  /** Aggregate: the value of {@code e} on the row with the smallest {@code ord}; with {@code k} (Spark 4.2), an array of the values of the {@code k} rows with the smallest {@code ord}, smallest first (k at most 100000). */
  public static Column min_by(Column e, Column ord) {
    return Column.fn("min_by", e, ord);
  }

  /** Aggregate: the value of {@code e} on the row with the smallest {@code ord}; with {@code k} (Spark 4.2), an array of the values of the {@code k} rows with the smallest {@code ord}, smallest first (k at most 100000). */
  public static Column min_by(Column e, Column ord, int k) {
    return Column.fn("min_by", e, ord, k);
  }

  /** Aggregate: the value of {@code e} on the row with the smallest {@code ord}; with {@code k} (Spark 4.2), an array of the values of the {@code k} rows with the smallest {@code ord}, smallest first (k at most 100000). */
  public static Column min_by(Column e, Column ord, Column k) {
    return Column.fn("min_by", e, ord, k);
  }

  /** Aggregate: the exact percentile(s) of a numeric column; {@code percentage} is a number or an array of numbers in [0, 1]. */
  public static Column percentile(Column e, Column percentage) {
    return Column.fn("percentile", e, percentage);
  }

  /** Aggregate: the exact percentile(s) of a numeric column; {@code percentage} is a number or an array of numbers in [0, 1]. */
  public static Column percentile(Column e, Column percentage, Column frequency) {
    return Column.fn("percentile", e, percentage, frequency);
  }

  /** Aggregate: the approximate percentile(s); a larger {@code accuracy} gives better results at more memory. */
  public static Column percentile_approx(Column e, Column percentage, Column accuracy) {
    return Column.fn("percentile_approx", e, percentage, accuracy);
  }

  /** Aggregate: same as {@code percentile_approx}. */
  public static Column approx_percentile(Column e, Column percentage, Column accuracy) {
    return Column.fn("approx_percentile", e, percentage, accuracy);
  }

  /** Aggregate: the number of rows where the condition is true. */
  public static Column count_if(Column e) {
    return Column.fn("count_if", e);
  }

  /** Aggregate: true when the condition holds on every row. */
  public static Column bool_and(Column e) {
    return Column.fn("bool_and", e);
  }

  /** Aggregate: true when the condition holds on every row. */
  public static Column every(Column e) {
    return Column.fn("every", e);
  }

  /** Aggregate: true when the condition holds on at least one row. */
  public static Column bool_or(Column e) {
    return Column.fn("bool_or", e);
  }

  /** Aggregate: true when the condition holds on at least one row. */
  public static Column some(Column e) {
    return Column.fn("some", e);
  }

  /** Aggregate: true when the condition holds on at least one row. */
  public static Column any(Column e) {
    return Column.fn("any", e);
  }

  /** Aggregate: the bitwise AND of the values. */
  public static Column bit_and(Column e) {
    return Column.fn("bit_and", e);
  }

  /** Aggregate: the bitwise OR of the values. */
  public static Column bit_or(Column e) {
    return Column.fn("bit_or", e);
  }

  /** Aggregate: the bitwise XOR of the values. */
  public static Column bit_xor(Column e) {
    return Column.fn("bit_xor", e);
  }

  /** Aggregate: a count-min sketch of the values, as binary. */
  public static Column count_min_sketch(Column e, Column eps, Column confidence, Column seed) {
    return Column.fn("count_min_sketch", e, eps, confidence, seed);
  }

  /** Aggregate: a count-min sketch of the values, as binary. */
  public static Column count_min_sketch(Column e, Column eps, Column confidence) {
    return Column.fn("count_min_sketch", e, eps, confidence);
  }

  /** Aggregate: an approximate histogram with {@code nBins} bins, as an array of (x, y) structs. */
  public static Column histogram_numeric(Column e, Column nBins) {
    return Column.fn("histogram_numeric", e, nBins);
  }

  /** Aggregate: the mean of {@code x} over rows where both are non-null. */
  public static Column regr_avgx(Column y, Column x) {
    return Column.fn("regr_avgx", y, x);
  }

  /** Aggregate: the mean of {@code y} over rows where both are non-null. */
  public static Column regr_avgy(Column y, Column x) {
    return Column.fn("regr_avgy", y, x);
  }

  /** Aggregate: the number of rows where both are non-null. */
  public static Column regr_count(Column y, Column x) {
    return Column.fn("regr_count", y, x);
  }

  /** Aggregate: the intercept of the least-squares regression line. */
  public static Column regr_intercept(Column y, Column x) {
    return Column.fn("regr_intercept", y, x);
  }

  /** Aggregate: the coefficient of determination of the regression. */
  public static Column regr_r2(Column y, Column x) {
    return Column.fn("regr_r2", y, x);
  }

  /** Aggregate: the slope of the least-squares regression line. */
  public static Column regr_slope(Column y, Column x) {
    return Column.fn("regr_slope", y, x);
  }

  /** Aggregate: {@code regr_count * var_pop(x)} over rows where both are non-null. */
  public static Column regr_sxx(Column y, Column x) {
    return Column.fn("regr_sxx", y, x);
  }

  /** Aggregate: {@code regr_count * covar_pop(y, x)} over rows where both are non-null. */
  public static Column regr_sxy(Column y, Column x) {
    return Column.fn("regr_sxy", y, x);
  }

  /** Aggregate: {@code regr_count * var_pop(y)} over rows where both are non-null. */
  public static Column regr_syy(Column y, Column x) {
    return Column.fn("regr_syy", y, x);
  }

  /** Aggregate: the mean, null on overflow. */
  public static Column try_avg(Column e) {
    return Column.fn("try_avg", e);
  }

  /** Aggregate: the sum, null on overflow. */
  public static Column try_sum(Column e) {
    return Column.fn("try_sum", e);
  }

  /** Aggregate: the non-null strings (or binaries) concatenated, separated by {@code delimiter}. */
  public static Column listagg(Column e) {
    return Column.fn("listagg", e);
  }

  /** Aggregate: the non-null strings (or binaries) concatenated, separated by {@code delimiter}. */
  public static Column listagg(Column e, Column delimiter) {
    return Column.fn("listagg", e, delimiter);
  }

  /** Aggregate: the distinct non-null strings concatenated, separated by {@code delimiter}. */
  public static Column listagg_distinct(Column e) {
    return Column.fnDistinct("listagg", e);
  }

  /** Aggregate: the distinct non-null strings concatenated, separated by {@code delimiter}. */
  public static Column listagg_distinct(Column e, Column delimiter) {
    return Column.fnDistinct("listagg", e, delimiter);
  }

  /** Aggregate: same as {@code listagg}. */
  public static Column string_agg(Column e) {
    return Column.fn("string_agg", e);
  }

  /** Aggregate: same as {@code listagg}. */
  public static Column string_agg(Column e, Column delimiter) {
    return Column.fn("string_agg", e, delimiter);
  }

  /** Aggregate: same as {@code listagg_distinct}. */
  public static Column string_agg_distinct(Column e) {
    return Column.fnDistinct("string_agg", e);
  }

  /** Aggregate: same as {@code listagg_distinct}. */
  public static Column string_agg_distinct(Column e, Column delimiter) {
    return Column.fnDistinct("string_agg", e, delimiter);
  }

  /** Aggregate: a bitmap with the bits of the positions set. */
  public static Column bitmap_construct_agg(Column col) {
    return Column.fn("bitmap_construct_agg", col);
  }

  /** Aggregate: the bitwise OR of bitmaps. */
  public static Column bitmap_or_agg(Column col) {
    return Column.fn("bitmap_or_agg", col);
  }

  /** Aggregate: the bitwise AND of bitmaps. */
  public static Column bitmap_and_agg(Column col) {
    return Column.fn("bitmap_and_agg", col);
  }

  /** Aggregate: a HyperLogLog sketch of the values, as binary. */
  public static Column hll_sketch_agg(Column e, Column lgConfigK) {
    return Column.fn("hll_sketch_agg", e, lgConfigK);
  }

  /** Aggregate: a HyperLogLog sketch of the values, as binary. */
  public static Column hll_sketch_agg(Column e, int lgConfigK) {
    return Column.fn("hll_sketch_agg", e, lgConfigK);
  }

  /** Aggregate: a HyperLogLog sketch of the values, as binary. */
  public static Column hll_sketch_agg(String columnName, int lgConfigK) {
    return Column.fn("hll_sketch_agg", col(columnName), lgConfigK);
  }

  /** Aggregate: a HyperLogLog sketch of the values, as binary. */
  public static Column hll_sketch_agg(Column e) {
    return Column.fn("hll_sketch_agg", e);
  }

  /** Aggregate: a HyperLogLog sketch of the values, as binary. */
  public static Column hll_sketch_agg(String columnName) {
    return Column.fn("hll_sketch_agg", col(columnName));
  }

  /** Aggregate: the union of HyperLogLog sketches, as binary. */
  public static Column hll_union_agg(Column e, Column allowDifferentLgConfigK) {
    return Column.fn("hll_union_agg", e, allowDifferentLgConfigK);
  }

  /** Aggregate: the union of HyperLogLog sketches, as binary. */
  public static Column hll_union_agg(Column e, boolean allowDifferentLgConfigK) {
    return Column.fn("hll_union_agg", e, allowDifferentLgConfigK);
  }

  /** Aggregate: the union of HyperLogLog sketches, as binary. */
  public static Column hll_union_agg(String columnName, boolean allowDifferentLgConfigK) {
    return Column.fn("hll_union_agg", col(columnName), allowDifferentLgConfigK);
  }

  /** Aggregate: the union of HyperLogLog sketches, as binary. */
  public static Column hll_union_agg(Column e) {
    return Column.fn("hll_union_agg", e);
  }

  /** Aggregate: the union of HyperLogLog sketches, as binary. */
  public static Column hll_union_agg(String columnName) {
    return Column.fn("hll_union_agg", col(columnName));
  }

  /** Aggregate: a Theta sketch of the values, as binary. */
  public static Column theta_sketch_agg(Column e, Column lgNomEntries) {
    return Column.fn("theta_sketch_agg", e, lgNomEntries);
  }

  /** Aggregate: a Theta sketch of the values, as binary. */
  public static Column theta_sketch_agg(Column e, int lgNomEntries) {
    return Column.fn("theta_sketch_agg", e, lgNomEntries);
  }

  /** Aggregate: a Theta sketch of the values, as binary. */
  public static Column theta_sketch_agg(String columnName, int lgNomEntries) {
    return Column.fn("theta_sketch_agg", col(columnName), lgNomEntries);
  }

  /** Aggregate: a Theta sketch of the values, as binary. */
  public static Column theta_sketch_agg(Column e) {
    return Column.fn("theta_sketch_agg", e);
  }

  /** Aggregate: a Theta sketch of the values, as binary. */
  public static Column theta_sketch_agg(String columnName) {
    return Column.fn("theta_sketch_agg", col(columnName));
  }

  /** Aggregate: the union of Theta sketches, as binary. */
  public static Column theta_union_agg(Column e, Column lgNomEntries) {
    return Column.fn("theta_union_agg", e, lgNomEntries);
  }

  /** Aggregate: the union of Theta sketches, as binary. */
  public static Column theta_union_agg(Column e, int lgNomEntries) {
    return Column.fn("theta_union_agg", e, lgNomEntries);
  }

  /** Aggregate: the union of Theta sketches, as binary. */
  public static Column theta_union_agg(String columnName, int lgNomEntries) {
    return Column.fn("theta_union_agg", col(columnName), lgNomEntries);
  }

  /** Aggregate: the union of Theta sketches, as binary. */
  public static Column theta_union_agg(Column e) {
    return Column.fn("theta_union_agg", e);
  }

  /** Aggregate: the union of Theta sketches, as binary. */
  public static Column theta_union_agg(String columnName) {
    return Column.fn("theta_union_agg", col(columnName));
  }

  /** Aggregate: the intersection of Theta sketches, as binary. */
  public static Column theta_intersection_agg(Column e) {
    return Column.fn("theta_intersection_agg", e);
  }

  /** Aggregate: the intersection of Theta sketches, as binary. */
  public static Column theta_intersection_agg(String columnName) {
    return Column.fn("theta_intersection_agg", col(columnName));
  }

  /** Aggregate: a KLL quantiles sketch of integral values, as binary. */
  public static Column kll_sketch_agg_bigint(Column e, Column k) {
    return Column.fn("kll_sketch_agg_bigint", e, k);
  }

  /** Aggregate: a KLL quantiles sketch of integral values, as binary. */
  public static Column kll_sketch_agg_bigint(Column e, int k) {
    return Column.fn("kll_sketch_agg_bigint", e, k);
  }

  /** Aggregate: a KLL quantiles sketch of integral values, as binary. */
  public static Column kll_sketch_agg_bigint(String columnName, int k) {
    return Column.fn("kll_sketch_agg_bigint", col(columnName), k);
  }

  /** Aggregate: a KLL quantiles sketch of integral values, as binary. */
  public static Column kll_sketch_agg_bigint(Column e) {
    return Column.fn("kll_sketch_agg_bigint", e);
  }

  /** Aggregate: a KLL quantiles sketch of integral values, as binary. */
  public static Column kll_sketch_agg_bigint(String columnName) {
    return Column.fn("kll_sketch_agg_bigint", col(columnName));
  }

  /** Aggregate: a KLL quantiles sketch of float values, as binary. */
  public static Column kll_sketch_agg_float(Column e, Column k) {
    return Column.fn("kll_sketch_agg_float", e, k);
  }

  /** Aggregate: a KLL quantiles sketch of float values, as binary. */
  public static Column kll_sketch_agg_float(Column e, int k) {
    return Column.fn("kll_sketch_agg_float", e, k);
  }

  /** Aggregate: a KLL quantiles sketch of float values, as binary. */
  public static Column kll_sketch_agg_float(String columnName, int k) {
    return Column.fn("kll_sketch_agg_float", col(columnName), k);
  }

  /** Aggregate: a KLL quantiles sketch of float values, as binary. */
  public static Column kll_sketch_agg_float(Column e) {
    return Column.fn("kll_sketch_agg_float", e);
  }

  /** Aggregate: a KLL quantiles sketch of float values, as binary. */
  public static Column kll_sketch_agg_float(String columnName) {
    return Column.fn("kll_sketch_agg_float", col(columnName));
  }

  /** Aggregate: a KLL quantiles sketch of double values, as binary. */
  public static Column kll_sketch_agg_double(Column e, Column k) {
    return Column.fn("kll_sketch_agg_double", e, k);
  }

  /** Aggregate: a KLL quantiles sketch of double values, as binary. */
  public static Column kll_sketch_agg_double(Column e, int k) {
    return Column.fn("kll_sketch_agg_double", e, k);
  }

  /** Aggregate: a KLL quantiles sketch of double values, as binary. */
  public static Column kll_sketch_agg_double(String columnName, int k) {
    return Column.fn("kll_sketch_agg_double", col(columnName), k);
  }

  /** Aggregate: a KLL quantiles sketch of double values, as binary. */
  public static Column kll_sketch_agg_double(Column e) {
    return Column.fn("kll_sketch_agg_double", e);
  }

  /** Aggregate: a KLL quantiles sketch of double values, as binary. */
  public static Column kll_sketch_agg_double(String columnName) {
    return Column.fn("kll_sketch_agg_double", col(columnName));
  }

  /** Aggregate: the merge of integral KLL sketches, as binary. */
  public static Column kll_merge_agg_bigint(Column e, Column k) {
    return Column.fn("kll_merge_agg_bigint", e, k);
  }

  /** Aggregate: the merge of integral KLL sketches, as binary. */
  public static Column kll_merge_agg_bigint(Column e, int k) {
    return Column.fn("kll_merge_agg_bigint", e, k);
  }

  /** Aggregate: the merge of integral KLL sketches, as binary. */
  public static Column kll_merge_agg_bigint(String columnName, int k) {
    return Column.fn("kll_merge_agg_bigint", col(columnName), k);
  }

  /** Aggregate: the merge of integral KLL sketches, as binary. */
  public static Column kll_merge_agg_bigint(Column e) {
    return Column.fn("kll_merge_agg_bigint", e);
  }

  /** Aggregate: the merge of integral KLL sketches, as binary. */
  public static Column kll_merge_agg_bigint(String columnName) {
    return Column.fn("kll_merge_agg_bigint", col(columnName));
  }

  /** Aggregate: the merge of float KLL sketches, as binary. */
  public static Column kll_merge_agg_float(Column e, Column k) {
    return Column.fn("kll_merge_agg_float", e, k);
  }

  /** Aggregate: the merge of float KLL sketches, as binary. */
  public static Column kll_merge_agg_float(Column e, int k) {
    return Column.fn("kll_merge_agg_float", e, k);
  }

  /** Aggregate: the merge of float KLL sketches, as binary. */
  public static Column kll_merge_agg_float(String columnName, int k) {
    return Column.fn("kll_merge_agg_float", col(columnName), k);
  }

  /** Aggregate: the merge of float KLL sketches, as binary. */
  public static Column kll_merge_agg_float(Column e) {
    return Column.fn("kll_merge_agg_float", e);
  }

  /** Aggregate: the merge of float KLL sketches, as binary. */
  public static Column kll_merge_agg_float(String columnName) {
    return Column.fn("kll_merge_agg_float", col(columnName));
  }

  /** Aggregate: the merge of double KLL sketches, as binary. */
  public static Column kll_merge_agg_double(Column e, Column k) {
    return Column.fn("kll_merge_agg_double", e, k);
  }

  /** Aggregate: the merge of double KLL sketches, as binary. */
  public static Column kll_merge_agg_double(Column e, int k) {
    return Column.fn("kll_merge_agg_double", e, k);
  }

  /** Aggregate: the merge of double KLL sketches, as binary. */
  public static Column kll_merge_agg_double(String columnName, int k) {
    return Column.fn("kll_merge_agg_double", col(columnName), k);
  }

  /** Aggregate: the merge of double KLL sketches, as binary. */
  public static Column kll_merge_agg_double(Column e) {
    return Column.fn("kll_merge_agg_double", e);
  }

  /** Aggregate: the merge of double KLL sketches, as binary. */
  public static Column kll_merge_agg_double(String columnName) {
    return Column.fn("kll_merge_agg_double", col(columnName));
  }

  /** Aggregate: a Tuple sketch with double summaries, as binary. */
  public static Column tuple_sketch_agg_double(Column key, Column summary, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_sketch_agg_double", key, summary, lgNomEntries, mode);
  }

  /** Aggregate: a Tuple sketch with double summaries, as binary. */
  public static Column tuple_sketch_agg_double(Column key, Column summary, int lgNomEntries, String mode) {
    return Column.fn("tuple_sketch_agg_double", key, summary, lgNomEntries, mode);
  }

  /** Aggregate: a Tuple sketch with double summaries, as binary. */
  public static Column tuple_sketch_agg_double(Column key, Column summary, int lgNomEntries) {
    return Column.fn("tuple_sketch_agg_double", key, summary, lgNomEntries);
  }

  /** Aggregate: a Tuple sketch with double summaries, as binary. */
  public static Column tuple_sketch_agg_double(Column key, Column summary) {
    return Column.fn("tuple_sketch_agg_double", key, summary);
  }

  /** Aggregate: a Tuple sketch with double summaries, as binary. */
  public static Column tuple_sketch_agg_double(String keyColumnName, String summaryColumnName, int lgNomEntries, String mode) {
    return Column.fn("tuple_sketch_agg_double", col(keyColumnName), col(summaryColumnName), lgNomEntries, mode);
  }

  /** Aggregate: a Tuple sketch with double summaries, as binary. */
  public static Column tuple_sketch_agg_double(String keyColumnName, String summaryColumnName, int lgNomEntries) {
    return Column.fn("tuple_sketch_agg_double", col(keyColumnName), col(summaryColumnName), lgNomEntries);
  }

  /** Aggregate: a Tuple sketch with double summaries, as binary. */
  public static Column tuple_sketch_agg_double(String keyColumnName, String summaryColumnName) {
    return Column.fn("tuple_sketch_agg_double", col(keyColumnName), col(summaryColumnName));
  }

  /** Aggregate: a Tuple sketch with integer summaries, as binary. */
  public static Column tuple_sketch_agg_integer(Column key, Column summary, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_sketch_agg_integer", key, summary, lgNomEntries, mode);
  }

  /** Aggregate: a Tuple sketch with integer summaries, as binary. */
  public static Column tuple_sketch_agg_integer(Column key, Column summary, int lgNomEntries, String mode) {
    return Column.fn("tuple_sketch_agg_integer", key, summary, lgNomEntries, mode);
  }

  /** Aggregate: a Tuple sketch with integer summaries, as binary. */
  public static Column tuple_sketch_agg_integer(Column key, Column summary, int lgNomEntries) {
    return Column.fn("tuple_sketch_agg_integer", key, summary, lgNomEntries);
  }

  /** Aggregate: a Tuple sketch with integer summaries, as binary. */
  public static Column tuple_sketch_agg_integer(Column key, Column summary) {
    return Column.fn("tuple_sketch_agg_integer", key, summary);
  }

  /** Aggregate: a Tuple sketch with integer summaries, as binary. */
  public static Column tuple_sketch_agg_integer(String keyColumnName, String summaryColumnName, int lgNomEntries, String mode) {
    return Column.fn("tuple_sketch_agg_integer", col(keyColumnName), col(summaryColumnName), lgNomEntries, mode);
  }

  /** Aggregate: a Tuple sketch with integer summaries, as binary. */
  public static Column tuple_sketch_agg_integer(String keyColumnName, String summaryColumnName, int lgNomEntries) {
    return Column.fn("tuple_sketch_agg_integer", col(keyColumnName), col(summaryColumnName), lgNomEntries);
  }

  /** Aggregate: a Tuple sketch with integer summaries, as binary. */
  public static Column tuple_sketch_agg_integer(String keyColumnName, String summaryColumnName) {
    return Column.fn("tuple_sketch_agg_integer", col(keyColumnName), col(summaryColumnName));
  }

  /** Aggregate: the union of double Tuple sketches, as binary. */
  public static Column tuple_union_agg_double(Column e, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_union_agg_double", e, lgNomEntries, mode);
  }

  /** Aggregate: the union of double Tuple sketches, as binary. */
  public static Column tuple_union_agg_double(Column e, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_agg_double", e, lgNomEntries, mode);
  }

  /** Aggregate: the union of double Tuple sketches, as binary. */
  public static Column tuple_union_agg_double(Column e, int lgNomEntries) {
    return Column.fn("tuple_union_agg_double", e, lgNomEntries);
  }

  /** Aggregate: the union of double Tuple sketches, as binary. */
  public static Column tuple_union_agg_double(Column e) {
    return Column.fn("tuple_union_agg_double", e);
  }

  /** Aggregate: the union of double Tuple sketches, as binary. */
  public static Column tuple_union_agg_double(String columnName, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_agg_double", col(columnName), lgNomEntries, mode);
  }

  /** Aggregate: the union of double Tuple sketches, as binary. */
  public static Column tuple_union_agg_double(String columnName, int lgNomEntries) {
    return Column.fn("tuple_union_agg_double", col(columnName), lgNomEntries);
  }

  /** Aggregate: the union of double Tuple sketches, as binary. */
  public static Column tuple_union_agg_double(String columnName) {
    return Column.fn("tuple_union_agg_double", col(columnName));
  }

  /** Aggregate: the union of integer Tuple sketches, as binary. */
  public static Column tuple_union_agg_integer(Column e, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_union_agg_integer", e, lgNomEntries, mode);
  }

  /** Aggregate: the union of integer Tuple sketches, as binary. */
  public static Column tuple_union_agg_integer(Column e, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_agg_integer", e, lgNomEntries, mode);
  }

  /** Aggregate: the union of integer Tuple sketches, as binary. */
  public static Column tuple_union_agg_integer(Column e, int lgNomEntries) {
    return Column.fn("tuple_union_agg_integer", e, lgNomEntries);
  }

  /** Aggregate: the union of integer Tuple sketches, as binary. */
  public static Column tuple_union_agg_integer(Column e) {
    return Column.fn("tuple_union_agg_integer", e);
  }

  /** Aggregate: the union of integer Tuple sketches, as binary. */
  public static Column tuple_union_agg_integer(String columnName, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_agg_integer", col(columnName), lgNomEntries, mode);
  }

  /** Aggregate: the union of integer Tuple sketches, as binary. */
  public static Column tuple_union_agg_integer(String columnName, int lgNomEntries) {
    return Column.fn("tuple_union_agg_integer", col(columnName), lgNomEntries);
  }

  /** Aggregate: the union of integer Tuple sketches, as binary. */
  public static Column tuple_union_agg_integer(String columnName) {
    return Column.fn("tuple_union_agg_integer", col(columnName));
  }

  /** Aggregate: the intersection of double Tuple sketches, as binary. */
  public static Column tuple_intersection_agg_double(Column e, Column mode) {
    return Column.fn("tuple_intersection_agg_double", e, mode);
  }

  /** Aggregate: the intersection of double Tuple sketches, as binary. */
  public static Column tuple_intersection_agg_double(Column e, String mode) {
    return Column.fn("tuple_intersection_agg_double", e, mode);
  }

  /** Aggregate: the intersection of double Tuple sketches, as binary. */
  public static Column tuple_intersection_agg_double(Column e) {
    return Column.fn("tuple_intersection_agg_double", e);
  }

  /** Aggregate: the intersection of double Tuple sketches, as binary. */
  public static Column tuple_intersection_agg_double(String columnName, String mode) {
    return Column.fn("tuple_intersection_agg_double", col(columnName), mode);
  }

  /** Aggregate: the intersection of double Tuple sketches, as binary. */
  public static Column tuple_intersection_agg_double(String columnName) {
    return Column.fn("tuple_intersection_agg_double", col(columnName));
  }

  /** Aggregate: the intersection of integer Tuple sketches, as binary. */
  public static Column tuple_intersection_agg_integer(Column e, Column mode) {
    return Column.fn("tuple_intersection_agg_integer", e, mode);
  }

  /** Aggregate: the intersection of integer Tuple sketches, as binary. */
  public static Column tuple_intersection_agg_integer(Column e, String mode) {
    return Column.fn("tuple_intersection_agg_integer", e, mode);
  }

  /** Aggregate: the intersection of integer Tuple sketches, as binary. */
  public static Column tuple_intersection_agg_integer(Column e) {
    return Column.fn("tuple_intersection_agg_integer", e);
  }

  /** Aggregate: the intersection of integer Tuple sketches, as binary. */
  public static Column tuple_intersection_agg_integer(String columnName, String mode) {
    return Column.fn("tuple_intersection_agg_integer", col(columnName), mode);
  }

  /** Aggregate: the intersection of integer Tuple sketches, as binary. */
  public static Column tuple_intersection_agg_integer(String columnName) {
    return Column.fn("tuple_intersection_agg_integer", col(columnName));
  }

  /** Aggregate: the merged schema of the variant values, in DDL form. */
  public static Column schema_of_variant_agg(Column v) {
    return Column.fn("schema_of_variant_agg", v);
  }

  // ---- window functions

  /** Window: the fraction of rows of the partition up to and including this one. */
  public static Column cume_dist() {
    return Column.fn("cume_dist");
  }

  /** Window: the rank of the row, without gaps. */
  public static Column dense_rank() {
    return Column.fn("dense_rank");
  }

  /** Window: the relative rank of the row, from 0 to 1. */
  public static Column percent_rank() {
    return Column.fn("percent_rank");
  }

  /** Window: the rank of the row, with gaps after ties. */
  public static Column rank() {
    return Column.fn("rank");
  }

  /** Window: the 1-based number of the row in its partition. */
  public static Column row_number() {
    return Column.fn("row_number");
  }

  /** Window: the bucket (1 to {@code n}) the row falls in. */
  public static Column ntile(int n) {
    return Column.fn("ntile", n);
  }

  /** Window: the value {@code offset} rows before this one, or {@code defaultValue} (null if not given). */
  public static Column lag(Column e, int offset) {
    return Column.fn("lag", e, offset);
  }

  /** Window: the value {@code offset} rows before this one, or {@code defaultValue} (null if not given). */
  public static Column lag(String columnName, int offset) {
    return Column.fn("lag", col(columnName), offset);
  }

  /** Window: the value {@code offset} rows before this one, or {@code defaultValue} (null if not given). */
  public static Column lag(String columnName, int offset, Object defaultValue) {
    return Column.fn("lag", col(columnName), offset, defaultValue);
  }

  /** Window: the value {@code offset} rows before this one, or {@code defaultValue} (null if not given). */
  public static Column lag(Column e, int offset, Object defaultValue) {
    return Column.fn("lag", e, offset, defaultValue);
  }

  /** Window: the value {@code offset} rows before this one, or {@code defaultValue} (null if not given). */
  public static Column lag(Column e, int offset, Object defaultValue, boolean ignoreNulls) {
    return Column.fn("lag", e, offset, defaultValue, ignoreNulls);
  }

  /** Window: the value {@code offset} rows after this one, or {@code defaultValue} (null if not given). */
  public static Column lead(Column e, int offset) {
    return Column.fn("lead", e, offset);
  }

  /** Window: the value {@code offset} rows after this one, or {@code defaultValue} (null if not given). */
  public static Column lead(String columnName, int offset) {
    return Column.fn("lead", col(columnName), offset);
  }

  /** Window: the value {@code offset} rows after this one, or {@code defaultValue} (null if not given). */
  public static Column lead(String columnName, int offset, Object defaultValue) {
    return Column.fn("lead", col(columnName), offset, defaultValue);
  }

  /** Window: the value {@code offset} rows after this one, or {@code defaultValue} (null if not given). */
  public static Column lead(Column e, int offset, Object defaultValue) {
    return Column.fn("lead", e, offset, defaultValue);
  }

  /** Window: the value {@code offset} rows after this one, or {@code defaultValue} (null if not given). */
  public static Column lead(Column e, int offset, Object defaultValue, boolean ignoreNulls) {
    return Column.fn("lead", e, offset, defaultValue, ignoreNulls);
  }

  /** Window: the value of the {@code offset}-th (1-based) row of the window frame. */
  public static Column nth_value(Column e, int offset) {
    return Column.fn("nth_value", e, offset);
  }

  /** Window: the value of the {@code offset}-th (1-based) row of the window frame. */
  public static Column nth_value(Column e, int offset, boolean ignoreNulls) {
    return Column.fn("nth_value", e, offset, ignoreNulls);
  }

  // ---- math functions

  /** The inverse cosine, in radians. */
  public static Column acos(Column e) {
    return Column.fn("acos", e);
  }

  /** The inverse cosine, in radians. */
  public static Column acos(String columnName) {
    return Column.fn("acos", col(columnName));
  }

  /** The inverse hyperbolic cosine. */
  public static Column acosh(Column e) {
    return Column.fn("acosh", e);
  }

  /** The inverse hyperbolic cosine. */
  public static Column acosh(String columnName) {
    return Column.fn("acosh", col(columnName));
  }

  /** The inverse sine, in radians. */
  public static Column asin(Column e) {
    return Column.fn("asin", e);
  }

  /** The inverse sine, in radians. */
  public static Column asin(String columnName) {
    return Column.fn("asin", col(columnName));
  }

  /** The inverse hyperbolic sine. */
  public static Column asinh(Column e) {
    return Column.fn("asinh", e);
  }

  /** The inverse hyperbolic sine. */
  public static Column asinh(String columnName) {
    return Column.fn("asinh", col(columnName));
  }

  /** The inverse tangent, in radians. */
  public static Column atan(Column e) {
    return Column.fn("atan", e);
  }

  /** The inverse tangent, in radians. */
  public static Column atan(String columnName) {
    return Column.fn("atan", col(columnName));
  }

  /** The inverse hyperbolic tangent. */
  public static Column atanh(Column e) {
    return Column.fn("atanh", e);
  }

  /** The inverse hyperbolic tangent. */
  public static Column atanh(String columnName) {
    return Column.fn("atanh", col(columnName));
  }

  /** The angle in radians between the positive x-axis and the point (x, y). */
  public static Column atan2(Column y, Column x) {
    return Column.fn("atan2", y, x);
  }

  /** The angle in radians between the positive x-axis and the point (x, y). */
  public static Column atan2(Column y, String xName) {
    return Column.fn("atan2", y, col(xName));
  }

  /** The angle in radians between the positive x-axis and the point (x, y). */
  public static Column atan2(String yName, Column x) {
    return Column.fn("atan2", col(yName), x);
  }

  /** The angle in radians between the positive x-axis and the point (x, y). */
  public static Column atan2(String yName, String xName) {
    return Column.fn("atan2", col(yName), col(xName));
  }

  /** The angle in radians between the positive x-axis and the point (x, y). */
  public static Column atan2(Column y, double xValue) {
    return Column.fn("atan2", y, xValue);
  }

  /** The angle in radians between the positive x-axis and the point (x, y). */
  public static Column atan2(String yName, double xValue) {
    return Column.fn("atan2", col(yName), xValue);
  }

  /** The angle in radians between the positive x-axis and the point (x, y). */
  public static Column atan2(double yValue, Column x) {
    return Column.fn("atan2", yValue, x);
  }

  /** The angle in radians between the positive x-axis and the point (x, y). */
  public static Column atan2(double yValue, String xName) {
    return Column.fn("atan2", yValue, col(xName));
  }

  /** The binary representation of a long, as a string. */
  public static Column bin(Column e) {
    return Column.fn("bin", e);
  }

  /** The binary representation of a long, as a string. */
  public static Column bin(String columnName) {
    return Column.fn("bin", col(columnName));
  }

  /** The cube root. */
  public static Column cbrt(Column e) {
    return Column.fn("cbrt", e);
  }

  /** The cube root. */
  public static Column cbrt(String columnName) {
    return Column.fn("cbrt", col(columnName));
  }

  /** The smallest integer not less than the value (rounded up at {@code scale} decimal places). */
  public static Column ceil(Column e) {
    return Column.fn("ceil", e);
  }

  /** The smallest integer not less than the value (rounded up at {@code scale} decimal places). */
  public static Column ceil(String columnName) {
    return Column.fn("ceil", col(columnName));
  }

  /** The smallest integer not less than the value (rounded up at {@code scale} decimal places). */
  public static Column ceil(Column e, Column scale) {
    return Column.fn("ceil", e, scale);
  }

  /** Same as {@code ceil}. */
  public static Column ceiling(Column e) {
    return Column.fn("ceiling", e);
  }

  /** Same as {@code ceil}. */
  public static Column ceiling(Column e, Column scale) {
    return Column.fn("ceiling", e, scale);
  }

  /** The largest integer not greater than the value (rounded down at {@code scale} decimal places). */
  public static Column floor(Column e) {
    return Column.fn("floor", e);
  }

  /** The largest integer not greater than the value (rounded down at {@code scale} decimal places). */
  public static Column floor(String columnName) {
    return Column.fn("floor", col(columnName));
  }

  /** The largest integer not greater than the value (rounded down at {@code scale} decimal places). */
  public static Column floor(Column e, Column scale) {
    return Column.fn("floor", e, scale);
  }

  /** Converts a number in a string from one base to another. */
  public static Column conv(Column num, int fromBase, int toBase) {
    return Column.fn("conv", num, fromBase, toBase);
  }

  /** The cosine of an angle in radians. */
  public static Column cos(Column e) {
    return Column.fn("cos", e);
  }

  /** The cosine of an angle in radians. */
  public static Column cos(String columnName) {
    return Column.fn("cos", col(columnName));
  }

  /** The hyperbolic cosine. */
  public static Column cosh(Column e) {
    return Column.fn("cosh", e);
  }

  /** The hyperbolic cosine. */
  public static Column cosh(String columnName) {
    return Column.fn("cosh", col(columnName));
  }

  /** The cotangent of an angle in radians. */
  public static Column cot(Column e) {
    return Column.fn("cot", e);
  }

  /** The cosecant of an angle in radians. */
  public static Column csc(Column e) {
    return Column.fn("csc", e);
  }

  /** The secant of an angle in radians. */
  public static Column sec(Column e) {
    return Column.fn("sec", e);
  }

  /** e raised to the value. */
  public static Column exp(Column e) {
    return Column.fn("exp", e);
  }

  /** e raised to the value. */
  public static Column exp(String columnName) {
    return Column.fn("exp", col(columnName));
  }

  /** {@code exp(x) - 1}. */
  public static Column expm1(Column e) {
    return Column.fn("expm1", e);
  }

  /** {@code exp(x) - 1}. */
  public static Column expm1(String columnName) {
    return Column.fn("expm1", col(columnName));
  }

  /** The factorial of a value in 0..20. */
  public static Column factorial(Column e) {
    return Column.fn("factorial", e);
  }

  /** The greatest value, skipping nulls. */
  public static Column greatest(Column... exprs) {
    return Column.fn("greatest", args(new Object[] {}, exprs));
  }

  /** The greatest value, skipping nulls. */
  public static Column greatest(String columnName, String... columnNames) {
    return Column.fn("greatest", args(new Object[] {col(columnName)}, names(columnNames)));
  }

  /** The least value, skipping nulls. */
  public static Column least(Column... exprs) {
    return Column.fn("least", args(new Object[] {}, exprs));
  }

  /** The least value, skipping nulls. */
  public static Column least(String columnName, String... columnNames) {
    return Column.fn("least", args(new Object[] {col(columnName)}, names(columnNames)));
  }

  /** The hexadecimal representation of a number, string or binary. */
  public static Column hex(Column column) {
    return Column.fn("hex", column);
  }

  /** The binary from a hexadecimal string. */
  public static Column unhex(Column column) {
    return Column.fn("unhex", column);
  }

  /** {@code sqrt(a^2 + b^2)} without intermediate overflow. */
  public static Column hypot(Column l, Column r) {
    return Column.fn("hypot", l, r);
  }

  /** {@code sqrt(a^2 + b^2)} without intermediate overflow. */
  public static Column hypot(Column l, String rightName) {
    return Column.fn("hypot", l, col(rightName));
  }

  /** {@code sqrt(a^2 + b^2)} without intermediate overflow. */
  public static Column hypot(String leftName, Column r) {
    return Column.fn("hypot", col(leftName), r);
  }

  /** {@code sqrt(a^2 + b^2)} without intermediate overflow. */
  public static Column hypot(String leftName, String rightName) {
    return Column.fn("hypot", col(leftName), col(rightName));
  }

  /** {@code sqrt(a^2 + b^2)} without intermediate overflow. */
  public static Column hypot(Column l, double r) {
    return Column.fn("hypot", l, r);
  }

  /** {@code sqrt(a^2 + b^2)} without intermediate overflow. */
  public static Column hypot(String leftName, double r) {
    return Column.fn("hypot", col(leftName), r);
  }

  /** {@code sqrt(a^2 + b^2)} without intermediate overflow. */
  public static Column hypot(double l, Column r) {
    return Column.fn("hypot", l, r);
  }

  /** {@code sqrt(a^2 + b^2)} without intermediate overflow. */
  public static Column hypot(double l, String rightName) {
    return Column.fn("hypot", l, col(rightName));
  }

  /** The natural logarithm. */
  public static Column ln(Column e) {
    return Column.fn("ln", e);
  }

  /** The natural logarithm, or the logarithm in {@code base}. */
  public static Column log(Column e) {
    return Column.fn("log", e);
  }

  /** The natural logarithm, or the logarithm in {@code base}. */
  public static Column log(String columnName) {
    return Column.fn("log", col(columnName));
  }

  /** The natural logarithm, or the logarithm in {@code base}. */
  public static Column log(double base, Column a) {
    return Column.fn("log", base, a);
  }

  /** The natural logarithm, or the logarithm in {@code base}. */
  public static Column log(double base, String columnName) {
    return Column.fn("log", base, col(columnName));
  }

  /** The base-10 logarithm. */
  public static Column log10(Column e) {
    return Column.fn("log10", e);
  }

  /** The base-10 logarithm. */
  public static Column log10(String columnName) {
    return Column.fn("log10", col(columnName));
  }

  /** The natural logarithm of the value plus one. */
  public static Column log1p(Column e) {
    return Column.fn("log1p", e);
  }

  /** The natural logarithm of the value plus one. */
  public static Column log1p(String columnName) {
    return Column.fn("log1p", col(columnName));
  }

  /** The base-2 logarithm. */
  public static Column log2(Column expr) {
    return Column.fn("log2", expr);
  }

  /** The base-2 logarithm. */
  public static Column log2(String columnName) {
    return Column.fn("log2", col(columnName));
  }

  /** The negated value. */
  public static Column negate(Column e) {
    return Column.fn("negative", e);
  }

  /** The negated value. */
  public static Column negative(Column e) {
    return Column.fn("negative", e);
  }

  /** The value itself. */
  public static Column positive(Column e) {
    return Column.fn("positive", e);
  }

  /** The constant pi. */
  public static Column pi() {
    return Column.fn("pi");
  }

  /** Euler's number e. */
  public static Column e() {
    return Column.fn("e");
  }

  /** The positive remainder of {@code dividend} divided by {@code divisor}. */
  public static Column pmod(Column dividend, Column divisor) {
    return Column.fn("pmod", dividend, divisor);
  }

  /** The first value raised to the power of the second. */
  public static Column pow(Column l, Column r) {
    return Column.fn("power", l, r);
  }

  /** The first value raised to the power of the second. */
  public static Column pow(Column l, String rightName) {
    return Column.fn("power", l, col(rightName));
  }

  /** The first value raised to the power of the second. */
  public static Column pow(String leftName, Column r) {
    return Column.fn("power", col(leftName), r);
  }

  /** The first value raised to the power of the second. */
  public static Column pow(String leftName, String rightName) {
    return Column.fn("power", col(leftName), col(rightName));
  }

  /** The first value raised to the power of the second. */
  public static Column pow(Column l, double r) {
    return Column.fn("power", l, r);
  }

  /** The first value raised to the power of the second. */
  public static Column pow(String leftName, double r) {
    return Column.fn("power", col(leftName), r);
  }

  /** The first value raised to the power of the second. */
  public static Column pow(double l, Column r) {
    return Column.fn("power", l, r);
  }

  /** The first value raised to the power of the second. */
  public static Column pow(double l, String rightName) {
    return Column.fn("power", l, col(rightName));
  }

  /** The first value raised to the power of the second. */
  public static Column power(Column l, Column r) {
    return Column.fn("power", l, r);
  }

  /** The double closest to the value that is a mathematical integer. */
  public static Column rint(Column e) {
    return Column.fn("rint", e);
  }

  /** The double closest to the value that is a mathematical integer. */
  public static Column rint(String columnName) {
    return Column.fn("rint", col(columnName));
  }

  /** Rounds half up to {@code scale} decimal places (0 if not given). */
  public static Column round(Column e) {
    return Column.fn("round", e);
  }

  /** Rounds half up to {@code scale} decimal places (0 if not given). */
  public static Column round(Column e, int scale) {
    return Column.fn("round", e, scale);
  }

  /** Rounds half up to {@code scale} decimal places (0 if not given). */
  public static Column round(Column e, Column scale) {
    return Column.fn("round", e, scale);
  }

  /** Rounds half to even to {@code scale} decimal places (0 if not given). */
  public static Column bround(Column e) {
    return Column.fn("bround", e);
  }

  /** Rounds half to even to {@code scale} decimal places (0 if not given). */
  public static Column bround(Column e, int scale) {
    return Column.fn("bround", e, scale);
  }

  /** Rounds half to even to {@code scale} decimal places (0 if not given). */
  public static Column bround(Column e, Column scale) {
    return Column.fn("bround", e, scale);
  }

  /** Shifts the bits left. */
  public static Column shiftleft(Column e, int numBits) {
    return Column.fn("shiftleft", e, numBits);
  }

  /** Shifts the bits left (same as {@code shiftleft}). */
  public static Column shiftLeft(Column e, int numBits) {
    return Column.fn("shiftleft", e, numBits);
  }

  /** Shifts the bits right, keeping the sign. */
  public static Column shiftright(Column e, int numBits) {
    return Column.fn("shiftright", e, numBits);
  }

  /** Shifts the bits right, keeping the sign (same as {@code shiftright}). */
  public static Column shiftRight(Column e, int numBits) {
    return Column.fn("shiftright", e, numBits);
  }

  /** Shifts the bits right, filling with zeros. */
  public static Column shiftrightunsigned(Column e, int numBits) {
    return Column.fn("shiftrightunsigned", e, numBits);
  }

  /** Shifts the bits right, filling with zeros (same as {@code shiftrightunsigned}). */
  public static Column shiftRightUnsigned(Column e, int numBits) {
    return Column.fn("shiftrightunsigned", e, numBits);
  }

  /** The sign of the value: -1, 0 or 1. */
  public static Column sign(Column e) {
    return Column.fn("sign", e);
  }

  /** The sign of the value: -1.0, 0.0 or 1.0. */
  public static Column signum(Column e) {
    return Column.fn("signum", e);
  }

  /** The sign of the value: -1.0, 0.0 or 1.0. */
  public static Column signum(String columnName) {
    return Column.fn("signum", col(columnName));
  }

  /** The sine of an angle in radians. */
  public static Column sin(Column e) {
    return Column.fn("sin", e);
  }

  /** The sine of an angle in radians. */
  public static Column sin(String columnName) {
    return Column.fn("sin", col(columnName));
  }

  /** The hyperbolic sine. */
  public static Column sinh(Column e) {
    return Column.fn("sinh", e);
  }

  /** The hyperbolic sine. */
  public static Column sinh(String columnName) {
    return Column.fn("sinh", col(columnName));
  }

  /** The tangent of an angle in radians. */
  public static Column tan(Column e) {
    return Column.fn("tan", e);
  }

  /** The tangent of an angle in radians. */
  public static Column tan(String columnName) {
    return Column.fn("tan", col(columnName));
  }

  /** The hyperbolic tangent. */
  public static Column tanh(Column e) {
    return Column.fn("tanh", e);
  }

  /** The hyperbolic tangent. */
  public static Column tanh(String columnName) {
    return Column.fn("tanh", col(columnName));
  }

  /** Converts radians to degrees. */
  public static Column degrees(Column e) {
    return Column.fn("degrees", e);
  }

  /** Converts radians to degrees. */
  public static Column degrees(String columnName) {
    return Column.fn("degrees", col(columnName));
  }

  /** Converts radians to degrees (same as {@code degrees}). */
  public static Column toDegrees(Column e) {
    return Column.fn("degrees", e);
  }

  /** Converts radians to degrees (same as {@code degrees}). */
  public static Column toDegrees(String columnName) {
    return Column.fn("degrees", col(columnName));
  }

  /** Converts degrees to radians. */
  public static Column radians(Column e) {
    return Column.fn("radians", e);
  }

  /** Converts degrees to radians. */
  public static Column radians(String columnName) {
    return Column.fn("radians", col(columnName));
  }

  /** Converts degrees to radians (same as {@code radians}). */
  public static Column toRadians(Column e) {
    return Column.fn("radians", e);
  }

  /** Converts degrees to radians (same as {@code radians}). */
  public static Column toRadians(String columnName) {
    return Column.fn("radians", col(columnName));
  }

  /** The bucket {@code v} falls in, of {@code numBucket} equal-width buckets between {@code min} and {@code max}. */
  public static Column width_bucket(Column v, Column min, Column max, Column numBucket) {
    return Column.fn("width_bucket", v, min, max, numBucket);
  }

  /** The first value unless it is NaN, else the second. */
  public static Column nanvl(Column col1, Column col2) {
    return Column.fn("nanvl", col1, col2);
  }

  /** {@code left + right}, null on overflow. */
  public static Column try_add(Column left, Column right) {
    return Column.fn("try_add", left, right);
  }

  /** {@code left - right}, null on overflow. */
  public static Column try_subtract(Column left, Column right) {
    return Column.fn("try_subtract", left, right);
  }

  /** {@code left * right}, null on overflow. */
  public static Column try_multiply(Column left, Column right) {
    return Column.fn("try_multiply", left, right);
  }

  /** {@code left / right}, null when dividing by zero. */
  public static Column try_divide(Column left, Column right) {
    return Column.fn("try_divide", left, right);
  }

  /** {@code left % right}, null when dividing by zero. */
  public static Column try_mod(Column left, Column right) {
    return Column.fn("try_mod", left, right);
  }

  /** A random double in [0, 1), with an optional seed. */
  public static Column random() {
    return Column.fn("random");
  }

  /** A random double in [0, 1), with an optional seed. */
  public static Column random(Column seed) {
    return Column.fn("random", seed);
  }

  /** A random number between {@code min} and {@code max}. */
  public static Column uniform(Column min, Column max) {
    return Column.fn("uniform", min, max);
  }

  /** A random number between {@code min} and {@code max}. */
  public static Column uniform(Column min, Column max, Column seed) {
    return Column.fn("uniform", min, max, seed);
  }

  /** 0 when the value is null, else the value. */
  public static Column zeroifnull(Column col) {
    return Column.fn("zeroifnull", col);
  }

  /** Null when the value is 0, else the value. */
  public static Column nullifzero(Column col) {
    return Column.fn("nullifzero", col);
  }

  // ---- bitwise functions

  /** The bitwise NOT (same as {@code bitwise_not}). */
  public static Column bitwiseNOT(Column e) {
    return Column.fn("~", e);
  }

  /** The bitwise NOT. */
  public static Column bitwise_not(Column e) {
    return Column.fn("~", e);
  }

  /** The number of bits set. */
  public static Column bit_count(Column e) {
    return Column.fn("bit_count", e);
  }

  /** The bit (0 or 1) at 0-based position {@code pos}, counted from the right. */
  public static Column bit_get(Column e, Column pos) {
    return Column.fn("bit_get", e, pos);
  }

  /** Same as {@code bit_get}. */
  public static Column getbit(Column e, Column pos) {
    return Column.fn("getbit", e, pos);
  }

  /** The bit position of a value within its bitmap bucket. */
  public static Column bitmap_bit_position(Column col) {
    return Column.fn("bitmap_bit_position", col);
  }

  /** The bitmap bucket of a value. */
  public static Column bitmap_bucket_number(Column col) {
    return Column.fn("bitmap_bucket_number", col);
  }

  /** The number of bits set in a bitmap. */
  public static Column bitmap_count(Column col) {
    return Column.fn("bitmap_count", col);
  }

  // ---- string functions

  /** The code of the first character. */
  public static Column ascii(Column e) {
    return Column.fn("ascii", e);
  }

  /** The Base64 encoding of a binary. */
  public static Column base64(Column e) {
    return Column.fn("base64", e);
  }

  /** The binary decoded from Base64. */
  public static Column unbase64(Column e) {
    return Column.fn("unbase64", e);
  }

  /** The length in bits. */
  public static Column bit_length(Column e) {
    return Column.fn("bit_length", e);
  }

  /** The length in bytes. */
  public static Column octet_length(Column e) {
    return Column.fn("octet_length", e);
  }

  /** The length in characters. */
  public static Column char_length(Column str) {
    return Column.fn("char_length", str);
  }

  /** The length in characters. */
  public static Column character_length(Column str) {
    return Column.fn("character_length", str);
  }

  /** The length in characters. */
  public static Column len(Column e) {
    return Column.fn("len", e);
  }

  /** Strips spaces (or the characters of {@code trim}) from both ends. */
  public static Column btrim(Column str) {
    return Column.fn("btrim", str);
  }

  /** Strips spaces (or the characters of {@code trim}) from both ends. */
  public static Column btrim(Column str, Column trim) {
    return Column.fn("btrim", str, trim);
  }

  /** The character with the given code. */
  public static Column chr(Column n) {
    return Column.fn("chr", n);
  }

  /** Concatenates strings with a separator, skipping nulls. */
  public static Column concat_ws(String sep, Column... exprs) {
    return Column.fn("concat_ws", args(new Object[] {sep}, exprs));
  }

  /** Whether {@code left} contains {@code right}. */
  public static Column contains(Column left, Column right) {
    return Column.fn("contains", left, right);
  }

  /** Whether {@code str} starts with {@code prefix}. */
  public static Column startswith(Column str, Column prefix) {
    return Column.fn("startswith", str, prefix);
  }

  /** Whether {@code str} ends with {@code suffix}. */
  public static Column endswith(Column str, Column suffix) {
    return Column.fn("endswith", str, suffix);
  }

  /** Decodes a binary into a string in {@code charset}. */
  public static Column decode(Column value, String charset) {
    return Column.fn("decode", value, charset);
  }

  /** Encodes a string into a binary in {@code charset}. */
  public static Column encode(Column value, String charset) {
    return Column.fn("encode", value, charset);
  }

  /** The {@code n}-th of the inputs, where {@code n} is the first input. */
  public static Column elt(Column... inputs) {
    return Column.fn("elt", args(new Object[] {}, inputs));
  }

  /** The 1-based position of {@code str} in a comma-separated list, 0 if absent. */
  public static Column find_in_set(Column str, Column strArray) {
    return Column.fn("find_in_set", str, strArray);
  }

  /** Formats a number like {@code #,###,###.##}, with {@code d} decimal places. */
  public static Column format_number(Column x, int d) {
    return Column.fn("format_number", x, d);
  }

  /** Formats the arguments printf-style. */
  public static Column format_string(String format, Column... arguments) {
    return Column.fn("format_string", args(new Object[] {format}, arguments));
  }

  /** Formats the arguments printf-style. */
  public static Column printf(Column format, Column... arguments) {
    return Column.fn("printf", args(new Object[] {format}, arguments));
  }

  /** Capitalises the first letter of each word. */
  public static Column initcap(Column e) {
    return Column.fn("initcap", e);
  }

  /** The 1-based position of the first occurrence of {@code substring}, 0 if absent. */
  public static Column instr(Column str, String substring) {
    return Column.fn("instr", str, substring);
  }

  /** The 1-based position of the first occurrence of {@code substring}, 0 if absent. */
  public static Column instr(Column str, Column substring) {
    return Column.fn("instr", str, substring);
  }

  /** The 1-based position of the first occurrence of {@code substr} at or after {@code pos}, 0 if absent. */
  public static Column locate(String substr, Column str) {
    return Column.fn("locate", substr, str);
  }

  /** The 1-based position of the first occurrence of {@code substr} at or after {@code pos}, 0 if absent. */
  public static Column locate(String substr, Column str, int pos) {
    return Column.fn("locate", substr, str, pos);
  }

  /** The 1-based position of the first occurrence of {@code substr} at or after {@code start}, 0 if absent. */
  public static Column position(Column substr, Column str) {
    return Column.fn("position", substr, str);
  }

  /** The 1-based position of the first occurrence of {@code substr} at or after {@code start}, 0 if absent. */
  public static Column position(Column substr, Column str, Column start) {
    return Column.fn("position", substr, str, start);
  }

  /** Lower-cases a string. */
  public static Column lcase(Column str) {
    return Column.fn("lcase", str);
  }

  /** Upper-cases a string. */
  public static Column ucase(Column str) {
    return Column.fn("ucase", str);
  }

  /** The leftmost {@code len} characters. */
  public static Column left(Column str, Column len) {
    return Column.fn("left", str, len);
  }

  /** The rightmost {@code len} characters. */
  public static Column right(Column str, Column len) {
    return Column.fn("right", str, len);
  }

  /** The Levenshtein distance, or -1 when it exceeds {@code threshold}. */
  public static Column levenshtein(Column l, Column r) {
    return Column.fn("levenshtein", l, r);
  }

  /** The Levenshtein distance, or -1 when it exceeds {@code threshold}. */
  public static Column levenshtein(Column l, Column r, int threshold) {
    return Column.fn("levenshtein", l, r, threshold);
  }

  /** SQL {@code LIKE}. */
  public static Column like(Column str, Column pattern) {
    return Column.fn("like", str, pattern);
  }

  /** SQL {@code LIKE}. */
  public static Column like(Column str, Column pattern, Column escapeChar) {
    return Column.fn("like", str, pattern, escapeChar);
  }

  /** Case-insensitive SQL {@code LIKE}. */
  public static Column ilike(Column str, Column pattern) {
    return Column.fn("ilike", str, pattern);
  }

  /** Case-insensitive SQL {@code LIKE}. */
  public static Column ilike(Column str, Column pattern, Column escapeChar) {
    return Column.fn("ilike", str, pattern, escapeChar);
  }

  /** Whether {@code str} matches the regular expression. */
  public static Column rlike(Column str, Column regexp) {
    return Column.fn("rlike", str, regexp);
  }

  /** Whether {@code str} matches the regular expression. */
  public static Column regexp(Column str, Column regexp) {
    return Column.fn("regexp", str, regexp);
  }

  /** Whether {@code str} matches the regular expression. */
  public static Column regexp_like(Column str, Column regexp) {
    return Column.fn("regexp_like", str, regexp);
  }

  /** The number of matches of the regular expression. */
  public static Column regexp_count(Column str, Column regexp) {
    return Column.fn("regexp_count", str, regexp);
  }

  /** The group {@code groupIdx} of the first match, empty if none. */
  public static Column regexp_extract(Column e, String exp, int groupIdx) {
    return Column.fn("regexp_extract", e, exp, groupIdx);
  }

  /** The group {@code idx} (default 1) of every match. */
  public static Column regexp_extract_all(Column str, Column regexp) {
    return Column.fn("regexp_extract_all", str, regexp);
  }

  /** The group {@code idx} (default 1) of every match. */
  public static Column regexp_extract_all(Column str, Column regexp, Column idx) {
    return Column.fn("regexp_extract_all", str, regexp, idx);
  }

  /** The 1-based position of the first match, 0 if none. */
  public static Column regexp_instr(Column str, Column regexp) {
    return Column.fn("regexp_instr", str, regexp);
  }

  /** The 1-based position of the first match, 0 if none. */
  public static Column regexp_instr(Column str, Column regexp, Column idx) {
    return Column.fn("regexp_instr", str, regexp, idx);
  }

  /** Replaces every match of the pattern. */
  public static Column regexp_replace(Column e, String pattern, String replacement) {
    return Column.fn("regexp_replace", e, pattern, replacement);
  }

  /** Replaces every match of the pattern. */
  public static Column regexp_replace(Column e, Column pattern, Column replacement) {
    return Column.fn("regexp_replace", e, pattern, replacement);
  }

  /** The first match, null if none. */
  public static Column regexp_substr(Column str, Column regexp) {
    return Column.fn("regexp_substr", str, regexp);
  }

  /** Left-pads to {@code len} characters with {@code pad} (a binary column to {@code len} bytes with {@code byte[]} padding). */
  public static Column lpad(Column str, int len, String pad) {
    return Column.fn("lpad", str, len, pad);
  }

  /** Left-pads to {@code len} characters with {@code pad} (a binary column to {@code len} bytes with {@code byte[]} padding). */
  public static Column lpad(Column str, Column len, Column pad) {
    return Column.fn("lpad", str, len, pad);
  }

  /** Left-pads to {@code len} characters with {@code pad} (a binary column to {@code len} bytes with {@code byte[]} padding). */
  public static Column lpad(Column str, int len, byte[] pad) {
    return Column.fn("lpad", str, len, pad);
  }

  /** Right-pads to {@code len} characters with {@code pad} (a binary column to {@code len} bytes with {@code byte[]} padding). */
  public static Column rpad(Column str, int len, String pad) {
    return Column.fn("rpad", str, len, pad);
  }

  /** Right-pads to {@code len} characters with {@code pad} (a binary column to {@code len} bytes with {@code byte[]} padding). */
  public static Column rpad(Column str, Column len, Column pad) {
    return Column.fn("rpad", str, len, pad);
  }

  /** Right-pads to {@code len} characters with {@code pad} (a binary column to {@code len} bytes with {@code byte[]} padding). */
  public static Column rpad(Column str, int len, byte[] pad) {
    return Column.fn("rpad", str, len, pad);
  }

  /** Strips spaces from the start. */
  public static Column ltrim(Column e) {
    return Column.fn("ltrim", e);
  }

  /** Strips spaces from the end. */
  public static Column rtrim(Column e) {
    return Column.fn("rtrim", e);
  }

  /** Strips spaces from both ends. */
  public static Column trim(Column e) {
    return Column.fn("trim", e);
  }

  /** Masks letters and digits (X, x, n by default). */
  public static Column mask(Column input) {
    return Column.fn("mask", input);
  }

  /** Masks letters and digits (X, x, n by default). */
  public static Column mask(Column input, Column upperChar) {
    return Column.fn("mask", input, upperChar);
  }

  /** Masks letters and digits (X, x, n by default). */
  public static Column mask(Column input, Column upperChar, Column lowerChar) {
    return Column.fn("mask", input, upperChar, lowerChar);
  }

  /** Masks letters and digits (X, x, n by default). */
  public static Column mask(Column input, Column upperChar, Column lowerChar, Column digitChar) {
    return Column.fn("mask", input, upperChar, lowerChar, digitChar);
  }

  /** Masks letters and digits (X, x, n by default). */
  public static Column mask(Column input, Column upperChar, Column lowerChar, Column digitChar, Column otherChar) {
    return Column.fn("mask", input, upperChar, lowerChar, digitChar, otherChar);
  }

  /** Replaces {@code len} characters (default: the length of {@code replace}) from 1-based {@code pos}. */
  public static Column overlay(Column src, Column replace, Column pos, Column len) {
    return Column.fn("overlay", src, replace, pos, len);
  }

  /** Replaces {@code len} characters (default: the length of {@code replace}) from 1-based {@code pos}. */
  public static Column overlay(Column src, Column replace, Column pos) {
    return Column.fn("overlay", src, replace, pos);
  }

  /** Quotes a string as a SQL literal. */
  public static Column quote(Column str) {
    return Column.fn("quote", str);
  }

  /** The string repeated {@code n} times. */
  public static Column repeat(Column str, int n) {
    return Column.fn("repeat", str, n);
  }

  /** The string repeated {@code n} times. */
  public static Column repeat(Column str, Column n) {
    return Column.fn("repeat", str, n);
  }

  /** Replaces every occurrence of {@code search} (with the empty string by default). */
  public static Column replace(Column src, Column search) {
    return Column.fn("replace", src, search);
  }

  /** Replaces every occurrence of {@code search} (with the empty string by default). */
  public static Column replace(Column src, Column search, Column replace) {
    return Column.fn("replace", src, search, replace);
  }

  /** Reverses a string or an array. */
  public static Column reverse(Column e) {
    return Column.fn("reverse", e);
  }

  /** Splits text into arrays of words per sentence. */
  public static Column sentences(Column string) {
    return Column.fn("sentences", string);
  }

  /** Splits text into arrays of words per sentence. */
  public static Column sentences(Column string, Column language) {
    return Column.fn("sentences", string, language);
  }

  /** Splits text into arrays of words per sentence. */
  public static Column sentences(Column string, Column language, Column country) {
    return Column.fn("sentences", string, language, country);
  }

  /** The Soundex code of a string. */
  public static Column soundex(Column e) {
    return Column.fn("soundex", e);
  }

  /** Splits around matches of a regular expression, into at most {@code limit} parts when positive. */
  public static Column split(Column str, String pattern) {
    return Column.fn("split", str, pattern);
  }

  /** Splits around matches of a regular expression, into at most {@code limit} parts when positive. */
  public static Column split(Column str, String pattern, int limit) {
    return Column.fn("split", str, pattern, limit);
  }

  /** Splits around matches of a regular expression, into at most {@code limit} parts when positive. */
  public static Column split(Column str, Column pattern) {
    return Column.fn("split", str, pattern);
  }

  /** Splits around matches of a regular expression, into at most {@code limit} parts when positive. */
  public static Column split(Column str, Column pattern, Column limit) {
    return Column.fn("split", str, pattern, limit);
  }

  /** The 1-based {@code partNum}-th part of {@code str} split by {@code delimiter}. */
  public static Column split_part(Column str, Column delimiter, Column partNum) {
    return Column.fn("split_part", str, delimiter, partNum);
  }

  /** The substring from 1-based {@code pos}, {@code len} long. */
  public static Column substring(Column str, int pos, int len) {
    return Column.fn("substring", str, pos, len);
  }

  /** The substring from 1-based {@code pos}, {@code len} long. */
  public static Column substring(Column str, Column pos, Column len) {
    return Column.fn("substring", str, pos, len);
  }

  /** The substring from 1-based {@code pos}, {@code len} long (to the end if not given). */
  public static Column substr(Column str, Column pos) {
    return Column.fn("substr", str, pos);
  }

  /** The substring from 1-based {@code pos}, {@code len} long (to the end if not given). */
  public static Column substr(Column str, Column pos, Column len) {
    return Column.fn("substr", str, pos, len);
  }

  /** The part before the {@code count}-th {@code delim} (from the end when negative). */
  public static Column substring_index(Column str, String delim, int count) {
    return Column.fn("substring_index", str, delim, count);
  }

  /** Replaces each character of {@code matchingString} with the one at the same position of {@code replaceString}. */
  public static Column translate(Column src, String matchingString, String replaceString) {
    return Column.fn("translate", src, matchingString, replaceString);
  }

  /** Converts a string to binary in a format (hex, utf-8, base64). */
  public static Column to_binary(Column e) {
    return Column.fn("to_binary", e);
  }

  /** Converts a string to binary in a format (hex, utf-8, base64). */
  public static Column to_binary(Column e, Column format) {
    return Column.fn("to_binary", e, format);
  }

  /** Like {@code to_binary}, null when the input does not convert. */
  public static Column try_to_binary(Column e) {
    return Column.fn("try_to_binary", e);
  }

  /** Like {@code to_binary}, null when the input does not convert. */
  public static Column try_to_binary(Column e, Column format) {
    return Column.fn("try_to_binary", e, format);
  }

  /** Formats a number, date or binary as a string. */
  public static Column to_char(Column e, Column format) {
    return Column.fn("to_char", e, format);
  }

  /** Same as {@code to_char}. */
  public static Column to_varchar(Column e, Column format) {
    return Column.fn("to_varchar", e, format);
  }

  /** Parses a string into a decimal in a format. */
  public static Column to_number(Column e, Column format) {
    return Column.fn("to_number", e, format);
  }

  /** Like {@code to_number}, null when the input does not parse. */
  public static Column try_to_number(Column e, Column format) {
    return Column.fn("try_to_number", e, format);
  }

  /** URL-encodes a string. */
  public static Column url_encode(Column str) {
    return Column.fn("url_encode", str);
  }

  /** URL-decodes a string. */
  public static Column url_decode(Column str) {
    return Column.fn("url_decode", str);
  }

  /** URL-decodes a string, null on malformed input. */
  public static Column try_url_decode(Column str) {
    return Column.fn("try_url_decode", str);
  }

  /** A part of a URL (HOST, PATH, QUERY, ...), or the query parameter {@code key}. */
  public static Column parse_url(Column url, Column partToExtract) {
    return Column.fn("parse_url", url, partToExtract);
  }

  /** A part of a URL (HOST, PATH, QUERY, ...), or the query parameter {@code key}. */
  public static Column parse_url(Column url, Column partToExtract, Column key) {
    return Column.fn("parse_url", url, partToExtract, key);
  }

  /** Like {@code parse_url}, null on an invalid URL. */
  public static Column try_parse_url(Column url, Column partToExtract) {
    return Column.fn("try_parse_url", url, partToExtract);
  }

  /** Like {@code parse_url}, null on an invalid URL. */
  public static Column try_parse_url(Column url, Column partToExtract, Column key) {
    return Column.fn("try_parse_url", url, partToExtract, key);
  }

  /** The string with a collation. */
  public static Column collate(Column e, String collation) {
    return Column.fn("collate", e, collation);
  }

  /** The collation name of a string. */
  public static Column collation(Column e) {
    return Column.fn("collation", e);
  }

  /** Whether the string is valid UTF-8. */
  public static Column is_valid_utf8(Column str) {
    return Column.fn("is_valid_utf8", str);
  }

  /** Replaces invalid UTF-8 sequences with the replacement character. */
  public static Column make_valid_utf8(Column str) {
    return Column.fn("make_valid_utf8", str);
  }

  /** The string, failing when it is not valid UTF-8. */
  public static Column validate_utf8(Column str) {
    return Column.fn("validate_utf8", str);
  }

  /** The string, or null when it is not valid UTF-8. */
  public static Column try_validate_utf8(Column str) {
    return Column.fn("try_validate_utf8", str);
  }

  /** A random string of {@code length} letters and digits. */
  public static Column randstr(Column length) {
    return Column.fn("randstr", length);
  }

  /** A random string of {@code length} letters and digits. */
  public static Column randstr(Column length, Column seed) {
    return Column.fn("randstr", length, seed);
  }

  // ---- hash and encryption functions

  /** The CRC32 checksum. */
  public static Column crc32(Column e) {
    return Column.fn("crc32", e);
  }

  /** A 32-bit Murmur3 hash of the columns. */
  public static Column hash(Column... cols) {
    return Column.fn("hash", args(new Object[] {}, cols));
  }

  /** A 64-bit xxHash of the columns. */
  public static Column xxhash64(Column... cols) {
    return Column.fn("xxhash64", args(new Object[] {}, cols));
  }

  /** The MD5 digest, as 32 hex characters. */
  public static Column md5(Column e) {
    return Column.fn("md5", e);
  }

  /** The SHA-1 digest, as 40 hex characters. */
  public static Column sha1(Column e) {
    return Column.fn("sha1", e);
  }

  /** The SHA-1 digest, as 40 hex characters. */
  public static Column sha(Column col) {
    return Column.fn("sha", col);
  }

  /** The SHA-2 digest of {@code numBits} (224, 256, 384, 512) bits, as hex. */
  public static Column sha2(Column e, int numBits) {
    return Column.fn("sha2", e, numBits);
  }

  /** AES encryption with a 16, 24 or 32-byte key (GCM mode by default). */
  public static Column aes_encrypt(Column input, Column key) {
    return Column.fn("aes_encrypt", input, key);
  }

  /** AES encryption with a 16, 24 or 32-byte key (GCM mode by default). */
  public static Column aes_encrypt(Column input, Column key, Column mode) {
    return Column.fn("aes_encrypt", input, key, mode);
  }

  /** AES encryption with a 16, 24 or 32-byte key (GCM mode by default). */
  public static Column aes_encrypt(Column input, Column key, Column mode, Column padding) {
    return Column.fn("aes_encrypt", input, key, mode, padding);
  }

  /** AES encryption with a 16, 24 or 32-byte key (GCM mode by default). */
  public static Column aes_encrypt(Column input, Column key, Column mode, Column padding, Column iv) {
    return Column.fn("aes_encrypt", input, key, mode, padding, iv);
  }

  /** AES encryption with a 16, 24 or 32-byte key (GCM mode by default). */
  public static Column aes_encrypt(Column input, Column key, Column mode, Column padding, Column iv, Column aad) {
    return Column.fn("aes_encrypt", input, key, mode, padding, iv, aad);
  }

  /** AES decryption of {@code aes_encrypt}'s output. */
  public static Column aes_decrypt(Column input, Column key) {
    return Column.fn("aes_decrypt", input, key);
  }

  /** AES decryption of {@code aes_encrypt}'s output. */
  public static Column aes_decrypt(Column input, Column key, Column mode) {
    return Column.fn("aes_decrypt", input, key, mode);
  }

  /** AES decryption of {@code aes_encrypt}'s output. */
  public static Column aes_decrypt(Column input, Column key, Column mode, Column padding) {
    return Column.fn("aes_decrypt", input, key, mode, padding);
  }

  /** AES decryption of {@code aes_encrypt}'s output. */
  public static Column aes_decrypt(Column input, Column key, Column mode, Column padding, Column aad) {
    return Column.fn("aes_decrypt", input, key, mode, padding, aad);
  }

  /** Like {@code aes_decrypt}, null when decryption fails. */
  public static Column try_aes_decrypt(Column input, Column key) {
    return Column.fn("try_aes_decrypt", input, key);
  }

  /** Like {@code aes_decrypt}, null when decryption fails. */
  public static Column try_aes_decrypt(Column input, Column key, Column mode) {
    return Column.fn("try_aes_decrypt", input, key, mode);
  }

  /** Like {@code aes_decrypt}, null when decryption fails. */
  public static Column try_aes_decrypt(Column input, Column key, Column mode, Column padding) {
    return Column.fn("try_aes_decrypt", input, key, mode, padding);
  }

  /** Like {@code aes_decrypt}, null when decryption fails. */
  public static Column try_aes_decrypt(Column input, Column key, Column mode, Column padding, Column aad) {
    return Column.fn("try_aes_decrypt", input, key, mode, padding, aad);
  }

  // ---- null and conditional functions

  /** Whether the value is NaN. */
  public static Column isnan(Column e) {
    return Column.fn("isnan", e);
  }

  /** Whether the value is not null. */
  public static Column isnotnull(Column col) {
    return Column.fn("isnotnull", col);
  }

  /** Null-safe equality: true when both are null. */
  public static Column equal_null(Column col1, Column col2) {
    return Column.fn("equal_null", col1, col2);
  }

  /** {@code col2} when {@code col1} is null, else {@code col1}. */
  public static Column ifnull(Column col1, Column col2) {
    return Column.fn("ifnull", col1, col2);
  }

  /** {@code col2} when {@code col1} is null, else {@code col1}. */
  public static Column nvl(Column col1, Column col2) {
    return Column.fn("nvl", col1, col2);
  }

  /** {@code col2} when {@code col1} is not null, else {@code col3}. */
  public static Column nvl2(Column col1, Column col2, Column col3) {
    return Column.fn("nvl2", col1, col2, col3);
  }

  /** Null when the two are equal, else {@code col1}. */
  public static Column nullif(Column col1, Column col2) {
    return Column.fn("nullif", col1, col2);
  }

  /** Null when the condition holds, else fails with the message {@code e}. */
  public static Column assert_true(Column c) {
    return Column.fn("assert_true", c);
  }

  /** Null when the condition holds, else fails with the message {@code e}. */
  public static Column assert_true(Column c, Column e) {
    return Column.fn("assert_true", c, e);
  }

  /** Fails with the message. */
  public static Column raise_error(Column c) {
    return Column.fn("raise_error", c);
  }

  // ---- misc functions

  /** The current catalog. */
  public static Column current_catalog() {
    return Column.fn("current_catalog");
  }

  /** The current database. */
  public static Column current_database() {
    return Column.fn("current_database");
  }

  /** The current database (schema). */
  public static Column current_schema() {
    return Column.fn("current_schema");
  }

  /** The current user. */
  public static Column current_user() {
    return Column.fn("current_user");
  }

  /** The current SQL path (the schemas searched for unqualified names). */
  public static Column current_path() {
    return Column.fn("current_path");
  }

  /** The current user. */
  public static Column user() {
    return Column.fn("user");
  }

  /** The user of the session. */
  public static Column session_user() {
    return Column.fn("session_user");
  }

  /** The name of the file being read, or the empty string. */
  public static Column input_file_name() {
    return Column.fn("input_file_name");
  }

  /** The start offset of the file block being read, or -1. */
  public static Column input_file_block_start() {
    return Column.fn("input_file_block_start");
  }

  /** The length of the file block being read, or -1. */
  public static Column input_file_block_length() {
    return Column.fn("input_file_block_length");
  }

  /** A 64-bit id, increasing and unique but not consecutive. */
  public static Column monotonically_increasing_id() {
    return Column.fn("monotonically_increasing_id");
  }

  /** Same as {@code monotonically_increasing_id}. */
  public static Column monotonicallyIncreasingId() {
    return Column.fn("monotonically_increasing_id");
  }

  /** The id of the partition. */
  public static Column spark_partition_id() {
    return Column.fn("spark_partition_id");
  }

  /** A random UUID string. */
  public static Column uuid() {
    return Column.fn("uuid");
  }

  /** A random UUID string. */
  public static Column uuid(Column seed) {
    return Column.fn("uuid", seed);
  }

  /** The Spark version of the server. */
  public static Column version() {
    return Column.fn("version");
  }

  /** The SQL type name of the value. */
  public static Column typeof(Column col) {
    return Column.fn("typeof", col);
  }

  /** Calls a static Java method by reflection. */
  public static Column java_method(Column... cols) {
    return Column.fn("java_method", args(new Object[] {}, cols));
  }

  /** Calls a static Java method by reflection. */
  public static Column reflect(Column... cols) {
    return Column.fn("reflect", args(new Object[] {}, cols));
  }

  /** Like {@code reflect}, null when the method fails. */
  public static Column try_reflect(Column... cols) {
    return Column.fn("try_reflect", args(new Object[] {}, cols));
  }

  /** Generator: separates {@code cols[1..]} into {@code cols[0]} rows. */
  public static Column stack(Column... cols) {
    return Column.fn("stack", args(new Object[] {}, cols));
  }

  /** The estimated number of distinct values of a HyperLogLog sketch. */
  public static Column hll_sketch_estimate(Column c) {
    return Column.fn("hll_sketch_estimate", c);
  }

  /** The estimated number of distinct values of a HyperLogLog sketch. */
  public static Column hll_sketch_estimate(String columnName) {
    return Column.fn("hll_sketch_estimate", col(columnName));
  }

  /** The union of two HyperLogLog sketches. */
  public static Column hll_union(Column c1, Column c2) {
    return Column.fn("hll_union", c1, c2);
  }

  /** The union of two HyperLogLog sketches. */
  public static Column hll_union(String columnName1, String columnName2) {
    return Column.fn("hll_union", col(columnName1), col(columnName2));
  }

  /** The union of two HyperLogLog sketches. */
  public static Column hll_union(Column c1, Column c2, boolean allowDifferentLgConfigK) {
    return Column.fn("hll_union", c1, c2, allowDifferentLgConfigK);
  }

  /** The union of two HyperLogLog sketches. */
  public static Column hll_union(String columnName1, String columnName2, boolean allowDifferentLgConfigK) {
    return Column.fn("hll_union", col(columnName1), col(columnName2), allowDifferentLgConfigK);
  }

  /** The estimated number of distinct values of a Theta sketch. */
  public static Column theta_sketch_estimate(Column c) {
    return Column.fn("theta_sketch_estimate", c);
  }

  /** The estimated number of distinct values of a Theta sketch. */
  public static Column theta_sketch_estimate(String columnName) {
    return Column.fn("theta_sketch_estimate", col(columnName));
  }

  /** The union of two Theta sketches. */
  public static Column theta_union(Column c1, Column c2) {
    return Column.fn("theta_union", c1, c2);
  }

  /** The union of two Theta sketches. */
  public static Column theta_union(String columnName1, String columnName2) {
    return Column.fn("theta_union", col(columnName1), col(columnName2));
  }

  /** The union of two Theta sketches. */
  public static Column theta_union(Column c1, Column c2, int lgNomEntries) {
    return Column.fn("theta_union", c1, c2, lgNomEntries);
  }

  /** The union of two Theta sketches. */
  public static Column theta_union(Column c1, Column c2, Column lgNomEntries) {
    return Column.fn("theta_union", c1, c2, lgNomEntries);
  }

  /** The union of two Theta sketches. */
  public static Column theta_union(String columnName1, String columnName2, int lgNomEntries) {
    return Column.fn("theta_union", col(columnName1), col(columnName2), lgNomEntries);
  }

  /** The intersection of two Theta sketches. */
  public static Column theta_intersection(Column c1, Column c2) {
    return Column.fn("theta_intersection", c1, c2);
  }

  /** The intersection of two Theta sketches. */
  public static Column theta_intersection(String columnName1, String columnName2) {
    return Column.fn("theta_intersection", col(columnName1), col(columnName2));
  }

  /** The values of the first Theta sketch not in the second. */
  public static Column theta_difference(Column c1, Column c2) {
    return Column.fn("theta_difference", c1, c2);
  }

  /** The values of the first Theta sketch not in the second. */
  public static Column theta_difference(String columnName1, String columnName2) {
    return Column.fn("theta_difference", col(columnName1), col(columnName2));
  }

  /** The number of values an integral KLL sketch summarises. */
  public static Column kll_sketch_get_n_bigint(Column e) {
    return Column.fn("kll_sketch_get_n_bigint", e);
  }

  /** The number of values a float KLL sketch summarises. */
  public static Column kll_sketch_get_n_float(Column e) {
    return Column.fn("kll_sketch_get_n_float", e);
  }

  /** The number of values a double KLL sketch summarises. */
  public static Column kll_sketch_get_n_double(Column e) {
    return Column.fn("kll_sketch_get_n_double", e);
  }

  /** The quantile(s) at the rank(s) of an integral KLL sketch. */
  public static Column kll_sketch_get_quantile_bigint(Column sketch, Column rank) {
    return Column.fn("kll_sketch_get_quantile_bigint", sketch, rank);
  }

  /** The quantile(s) at the rank(s) of a float KLL sketch. */
  public static Column kll_sketch_get_quantile_float(Column sketch, Column rank) {
    return Column.fn("kll_sketch_get_quantile_float", sketch, rank);
  }

  /** The quantile(s) at the rank(s) of a double KLL sketch. */
  public static Column kll_sketch_get_quantile_double(Column sketch, Column rank) {
    return Column.fn("kll_sketch_get_quantile_double", sketch, rank);
  }

  /** The rank(s) of the quantile(s) in an integral KLL sketch. */
  public static Column kll_sketch_get_rank_bigint(Column sketch, Column quantile) {
    return Column.fn("kll_sketch_get_rank_bigint", sketch, quantile);
  }

  /** The rank(s) of the quantile(s) in a float KLL sketch. */
  public static Column kll_sketch_get_rank_float(Column sketch, Column quantile) {
    return Column.fn("kll_sketch_get_rank_float", sketch, quantile);
  }

  /** The rank(s) of the quantile(s) in a double KLL sketch. */
  public static Column kll_sketch_get_rank_double(Column sketch, Column quantile) {
    return Column.fn("kll_sketch_get_rank_double", sketch, quantile);
  }

  /** Merges two integral KLL sketches. */
  public static Column kll_sketch_merge_bigint(Column left, Column right) {
    return Column.fn("kll_sketch_merge_bigint", left, right);
  }

  /** Merges two float KLL sketches. */
  public static Column kll_sketch_merge_float(Column left, Column right) {
    return Column.fn("kll_sketch_merge_float", left, right);
  }

  /** Merges two double KLL sketches. */
  public static Column kll_sketch_merge_double(Column left, Column right) {
    return Column.fn("kll_sketch_merge_double", left, right);
  }

  /** A readable summary of an integral KLL sketch. */
  public static Column kll_sketch_to_string_bigint(Column e) {
    return Column.fn("kll_sketch_to_string_bigint", e);
  }

  /** A readable summary of a float KLL sketch. */
  public static Column kll_sketch_to_string_float(Column e) {
    return Column.fn("kll_sketch_to_string_float", e);
  }

  /** A readable summary of a double KLL sketch. */
  public static Column kll_sketch_to_string_double(Column e) {
    return Column.fn("kll_sketch_to_string_double", e);
  }

  /** The estimated number of distinct keys of a double Tuple sketch. */
  public static Column tuple_sketch_estimate_double(Column e) {
    return Column.fn("tuple_sketch_estimate_double", e);
  }

  /** The estimated number of distinct keys of a double Tuple sketch. */
  public static Column tuple_sketch_estimate_double(String columnName) {
    return Column.fn("tuple_sketch_estimate_double", col(columnName));
  }

  /** The estimated number of distinct keys of an integer Tuple sketch. */
  public static Column tuple_sketch_estimate_integer(Column e) {
    return Column.fn("tuple_sketch_estimate_integer", e);
  }

  /** The estimated number of distinct keys of an integer Tuple sketch. */
  public static Column tuple_sketch_estimate_integer(String columnName) {
    return Column.fn("tuple_sketch_estimate_integer", col(columnName));
  }

  /** The aggregated summary of a double Tuple sketch. */
  public static Column tuple_sketch_summary_double(Column e) {
    return Column.fn("tuple_sketch_summary_double", e);
  }

  /** The aggregated summary of a double Tuple sketch. */
  public static Column tuple_sketch_summary_double(Column e, Column mode) {
    return Column.fn("tuple_sketch_summary_double", e, mode);
  }

  /** The aggregated summary of a double Tuple sketch. */
  public static Column tuple_sketch_summary_double(Column e, String mode) {
    return Column.fn("tuple_sketch_summary_double", e, mode);
  }

  /** The aggregated summary of a double Tuple sketch. */
  public static Column tuple_sketch_summary_double(String columnName) {
    return Column.fn("tuple_sketch_summary_double", col(columnName));
  }

  /** The aggregated summary of a double Tuple sketch. */
  public static Column tuple_sketch_summary_double(String columnName, String mode) {
    return Column.fn("tuple_sketch_summary_double", col(columnName), mode);
  }

  /** The aggregated summary of an integer Tuple sketch. */
  public static Column tuple_sketch_summary_integer(Column e) {
    return Column.fn("tuple_sketch_summary_integer", e);
  }

  /** The aggregated summary of an integer Tuple sketch. */
  public static Column tuple_sketch_summary_integer(Column e, Column mode) {
    return Column.fn("tuple_sketch_summary_integer", e, mode);
  }

  /** The aggregated summary of an integer Tuple sketch. */
  public static Column tuple_sketch_summary_integer(Column e, String mode) {
    return Column.fn("tuple_sketch_summary_integer", e, mode);
  }

  /** The aggregated summary of an integer Tuple sketch. */
  public static Column tuple_sketch_summary_integer(String columnName) {
    return Column.fn("tuple_sketch_summary_integer", col(columnName));
  }

  /** The aggregated summary of an integer Tuple sketch. */
  public static Column tuple_sketch_summary_integer(String columnName, String mode) {
    return Column.fn("tuple_sketch_summary_integer", col(columnName), mode);
  }

  /** The theta value of a double Tuple sketch, as a double: the fraction of keys it retains (1.0 while it is exact). */
  public static Column tuple_sketch_theta_double(Column e) {
    return Column.fn("tuple_sketch_theta_double", e);
  }

  /** The theta value of a double Tuple sketch, as a double: the fraction of keys it retains (1.0 while it is exact). */
  public static Column tuple_sketch_theta_double(String columnName) {
    return Column.fn("tuple_sketch_theta_double", col(columnName));
  }

  /** The theta value of an integer Tuple sketch, as a double: the fraction of keys it retains (1.0 while it is exact). */
  public static Column tuple_sketch_theta_integer(Column e) {
    return Column.fn("tuple_sketch_theta_integer", e);
  }

  /** The theta value of an integer Tuple sketch, as a double: the fraction of keys it retains (1.0 while it is exact). */
  public static Column tuple_sketch_theta_integer(String columnName) {
    return Column.fn("tuple_sketch_theta_integer", col(columnName));
  }

  /** The union of two double Tuple sketches. */
  public static Column tuple_union_double(Column c1, Column c2) {
    return Column.fn("tuple_union_double", c1, c2);
  }

  /** The union of two double Tuple sketches. */
  public static Column tuple_union_double(Column c1, Column c2, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_union_double", c1, c2, lgNomEntries, mode);
  }

  /** The union of two double Tuple sketches. */
  public static Column tuple_union_double(Column c1, Column c2, int lgNomEntries) {
    return Column.fn("tuple_union_double", c1, c2, lgNomEntries);
  }

  /** The union of two double Tuple sketches. */
  public static Column tuple_union_double(Column c1, Column c2, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_double", c1, c2, lgNomEntries, mode);
  }

  /** The union of two double Tuple sketches. */
  public static Column tuple_union_double(String columnName1, String columnName2) {
    return Column.fn("tuple_union_double", col(columnName1), col(columnName2));
  }

  /** The union of two double Tuple sketches. */
  public static Column tuple_union_double(String columnName1, String columnName2, int lgNomEntries) {
    return Column.fn("tuple_union_double", col(columnName1), col(columnName2), lgNomEntries);
  }

  /** The union of two double Tuple sketches. */
  public static Column tuple_union_double(String columnName1, String columnName2, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_double", col(columnName1), col(columnName2), lgNomEntries, mode);
  }

  /** The union of two integer Tuple sketches. */
  public static Column tuple_union_integer(Column c1, Column c2) {
    return Column.fn("tuple_union_integer", c1, c2);
  }

  /** The union of two integer Tuple sketches. */
  public static Column tuple_union_integer(Column c1, Column c2, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_union_integer", c1, c2, lgNomEntries, mode);
  }

  /** The union of two integer Tuple sketches. */
  public static Column tuple_union_integer(Column c1, Column c2, int lgNomEntries) {
    return Column.fn("tuple_union_integer", c1, c2, lgNomEntries);
  }

  /** The union of two integer Tuple sketches. */
  public static Column tuple_union_integer(Column c1, Column c2, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_integer", c1, c2, lgNomEntries, mode);
  }

  /** The union of two integer Tuple sketches. */
  public static Column tuple_union_integer(String columnName1, String columnName2) {
    return Column.fn("tuple_union_integer", col(columnName1), col(columnName2));
  }

  /** The union of two integer Tuple sketches. */
  public static Column tuple_union_integer(String columnName1, String columnName2, int lgNomEntries) {
    return Column.fn("tuple_union_integer", col(columnName1), col(columnName2), lgNomEntries);
  }

  /** The union of two integer Tuple sketches. */
  public static Column tuple_union_integer(String columnName1, String columnName2, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_integer", col(columnName1), col(columnName2), lgNomEntries, mode);
  }

  /** The union of a double Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_double(Column c1, Column c2) {
    return Column.fn("tuple_union_theta_double", c1, c2);
  }

  /** The union of a double Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_double(Column c1, Column c2, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_union_theta_double", c1, c2, lgNomEntries, mode);
  }

  /** The union of a double Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_double(Column c1, Column c2, int lgNomEntries) {
    return Column.fn("tuple_union_theta_double", c1, c2, lgNomEntries);
  }

  /** The union of a double Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_double(Column c1, Column c2, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_theta_double", c1, c2, lgNomEntries, mode);
  }

  /** The union of a double Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_double(String columnName1, String columnName2) {
    return Column.fn("tuple_union_theta_double", col(columnName1), col(columnName2));
  }

  /** The union of a double Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_double(String columnName1, String columnName2, int lgNomEntries) {
    return Column.fn("tuple_union_theta_double", col(columnName1), col(columnName2), lgNomEntries);
  }

  /** The union of a double Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_double(String columnName1, String columnName2, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_theta_double", col(columnName1), col(columnName2), lgNomEntries, mode);
  }

  /** The union of an integer Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_integer(Column c1, Column c2) {
    return Column.fn("tuple_union_theta_integer", c1, c2);
  }

  /** The union of an integer Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_integer(Column c1, Column c2, Column lgNomEntries, Column mode) {
    return Column.fn("tuple_union_theta_integer", c1, c2, lgNomEntries, mode);
  }

  /** The union of an integer Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_integer(Column c1, Column c2, int lgNomEntries) {
    return Column.fn("tuple_union_theta_integer", c1, c2, lgNomEntries);
  }

  /** The union of an integer Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_integer(Column c1, Column c2, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_theta_integer", c1, c2, lgNomEntries, mode);
  }

  /** The union of an integer Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_integer(String columnName1, String columnName2) {
    return Column.fn("tuple_union_theta_integer", col(columnName1), col(columnName2));
  }

  /** The union of an integer Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_integer(String columnName1, String columnName2, int lgNomEntries) {
    return Column.fn("tuple_union_theta_integer", col(columnName1), col(columnName2), lgNomEntries);
  }

  /** The union of an integer Tuple sketch and a Theta sketch. */
  public static Column tuple_union_theta_integer(String columnName1, String columnName2, int lgNomEntries, String mode) {
    return Column.fn("tuple_union_theta_integer", col(columnName1), col(columnName2), lgNomEntries, mode);
  }

  /** The intersection of two double Tuple sketches. */
  public static Column tuple_intersection_double(Column c1, Column c2) {
    return Column.fn("tuple_intersection_double", c1, c2);
  }

  /** The intersection of two double Tuple sketches. */
  public static Column tuple_intersection_double(Column c1, Column c2, Column mode) {
    return Column.fn("tuple_intersection_double", c1, c2, mode);
  }

  /** The intersection of two double Tuple sketches. */
  public static Column tuple_intersection_double(Column c1, Column c2, String mode) {
    return Column.fn("tuple_intersection_double", c1, c2, mode);
  }

  /** The intersection of two double Tuple sketches. */
  public static Column tuple_intersection_double(String columnName1, String columnName2) {
    return Column.fn("tuple_intersection_double", col(columnName1), col(columnName2));
  }

  /** The intersection of two double Tuple sketches. */
  public static Column tuple_intersection_double(String columnName1, String columnName2, String mode) {
    return Column.fn("tuple_intersection_double", col(columnName1), col(columnName2), mode);
  }

  /** The intersection of two integer Tuple sketches. */
  public static Column tuple_intersection_integer(Column c1, Column c2) {
    return Column.fn("tuple_intersection_integer", c1, c2);
  }

  /** The intersection of two integer Tuple sketches. */
  public static Column tuple_intersection_integer(Column c1, Column c2, Column mode) {
    return Column.fn("tuple_intersection_integer", c1, c2, mode);
  }

  /** The intersection of two integer Tuple sketches. */
  public static Column tuple_intersection_integer(Column c1, Column c2, String mode) {
    return Column.fn("tuple_intersection_integer", c1, c2, mode);
  }

  /** The intersection of two integer Tuple sketches. */
  public static Column tuple_intersection_integer(String columnName1, String columnName2) {
    return Column.fn("tuple_intersection_integer", col(columnName1), col(columnName2));
  }

  /** The intersection of two integer Tuple sketches. */
  public static Column tuple_intersection_integer(String columnName1, String columnName2, String mode) {
    return Column.fn("tuple_intersection_integer", col(columnName1), col(columnName2), mode);
  }

  /** The intersection of a double Tuple sketch and a Theta sketch. */
  public static Column tuple_intersection_theta_double(Column c1, Column c2) {
    return Column.fn("tuple_intersection_theta_double", c1, c2);
  }

  /** The intersection of a double Tuple sketch and a Theta sketch. */
  public static Column tuple_intersection_theta_double(Column c1, Column c2, Column mode) {
    return Column.fn("tuple_intersection_theta_double", c1, c2, mode);
  }

  /** The intersection of a double Tuple sketch and a Theta sketch. */
  public static Column tuple_intersection_theta_double(Column c1, Column c2, String mode) {
    return Column.fn("tuple_intersection_theta_double", c1, c2, mode);
  }

  /** The intersection of a double Tuple sketch and a Theta sketch. */
  public static Column tuple_intersection_theta_double(String columnName1, String columnName2) {
    return Column.fn("tuple_intersection_theta_double", col(columnName1), col(columnName2));
  }

  /** The intersection of a double Tuple sketch and a Theta sketch. */
  public static Column tuple_intersection_theta_double(String columnName1, String columnName2, String mode) {
    return Column.fn("tuple_intersection_theta_double", col(columnName1), col(columnName2), mode);
  }

  /** The intersection of an integer Tuple sketch and a Theta sketch. */
  public static Column tuple_intersection_theta_integer(Column c1, Column c2) {
    return Column.fn("tuple_intersection_theta_integer", c1, c2);
  }

  /** The intersection of an integer Tuple sketch and a Theta sketch. */
  public static Column tuple_intersection_theta_integer(Column c1, Column c2, Column mode) {
    return Column.fn("tuple_intersection_theta_integer", c1, c2, mode);
  }

  /** The intersection of an integer Tuple sketch and a Theta sketch. */
  public static Column tuple_intersection_theta_integer(Column c1, Column c2, String mode) {
    return Column.fn("tuple_intersection_theta_integer", c1, c2, mode);
  }

  /** The intersection of an integer Tuple sketch and a Theta sketch. */
  public static Column tuple_intersection_theta_integer(String columnName1, String columnName2) {
    return Column.fn("tuple_intersection_theta_integer", col(columnName1), col(columnName2));
  }

  /** The intersection of an integer Tuple sketch and a Theta sketch. */
  public static Column tuple_intersection_theta_integer(String columnName1, String columnName2, String mode) {
    return Column.fn("tuple_intersection_theta_integer", col(columnName1), col(columnName2), mode);
  }

  /** The keys of the first double Tuple sketch not in the second. */
  public static Column tuple_difference_double(Column c1, Column c2) {
    return Column.fn("tuple_difference_double", c1, c2);
  }

  /** The keys of the first double Tuple sketch not in the second. */
  public static Column tuple_difference_double(String columnName1, String columnName2) {
    return Column.fn("tuple_difference_double", col(columnName1), col(columnName2));
  }

  /** The keys of the first integer Tuple sketch not in the second. */
  public static Column tuple_difference_integer(Column c1, Column c2) {
    return Column.fn("tuple_difference_integer", c1, c2);
  }

  /** The keys of the first integer Tuple sketch not in the second. */
  public static Column tuple_difference_integer(String columnName1, String columnName2) {
    return Column.fn("tuple_difference_integer", col(columnName1), col(columnName2));
  }

  /** The keys of a double Tuple sketch not in a Theta sketch. */
  public static Column tuple_difference_theta_double(Column c1, Column c2) {
    return Column.fn("tuple_difference_theta_double", c1, c2);
  }

  /** The keys of a double Tuple sketch not in a Theta sketch. */
  public static Column tuple_difference_theta_double(String columnName1, String columnName2) {
    return Column.fn("tuple_difference_theta_double", col(columnName1), col(columnName2));
  }

  /** The keys of an integer Tuple sketch not in a Theta sketch. */
  public static Column tuple_difference_theta_integer(Column c1, Column c2) {
    return Column.fn("tuple_difference_theta_integer", c1, c2);
  }

  /** The keys of an integer Tuple sketch not in a Theta sketch. */
  public static Column tuple_difference_theta_integer(String columnName1, String columnName2) {
    return Column.fn("tuple_difference_theta_integer", col(columnName1), col(columnName2));
  }

  /** The underlying value of a user-defined type. */
  public static Column unwrap_udt(Column column) {
    return Column.fnInternal("unwrap_udt", column);
  }

  // ---- date and time functions

  /** The date {@code numMonths} months after {@code startDate}. */
  public static Column add_months(Column startDate, int numMonths) {
    return Column.fn("add_months", startDate, numMonths);
  }

  /** The date {@code numMonths} months after {@code startDate}. */
  public static Column add_months(Column startDate, Column numMonths) {
    return Column.fn("add_months", startDate, numMonths);
  }

  /** The current date. */
  public static Column curdate() {
    return Column.fn("curdate");
  }

  /** The current date at the start of the query. */
  public static Column current_date() {
    return Column.fn("current_date");
  }

  /** The current timestamp at the start of the query. */
  public static Column current_timestamp() {
    return Column.fn("current_timestamp");
  }

  /** The current timestamp at the start of the query. */
  public static Column now() {
    return Column.fn("now");
  }

  /** The current timestamp without time zone. */
  public static Column localtimestamp() {
    return Column.fn("localtimestamp");
  }

  /** The session time zone. */
  public static Column current_timezone() {
    return Column.fn("current_timezone");
  }

  /** The current time of day, with {@code precision} fractional digits (default 6). */
  public static Column current_time() {
    return Column.fn("current_time");
  }

  /** The current time of day, with {@code precision} fractional digits (default 6). */
  public static Column current_time(int precision) {
    return Column.fn("current_time", precision);
  }

  /** Formats a date or timestamp with a datetime pattern. */
  public static Column date_format(Column dateExpr, String format) {
    return Column.fn("date_format", dateExpr, format);
  }

  /** The date {@code days} days after {@code start}. */
  public static Column date_add(Column start, int days) {
    return Column.fn("date_add", start, days);
  }

  /** The date {@code days} days after {@code start}. */
  public static Column date_add(Column start, Column days) {
    return Column.fn("date_add", start, days);
  }

  /** The date {@code days} days after {@code start}. */
  public static Column dateadd(Column start, Column days) {
    return Column.fn("dateadd", start, days);
  }

  /** The date {@code days} days before {@code start}. */
  public static Column date_sub(Column start, int days) {
    return Column.fn("date_sub", start, days);
  }

  /** The date {@code days} days before {@code start}. */
  public static Column date_sub(Column start, Column days) {
    return Column.fn("date_sub", start, days);
  }

  /** The number of days from {@code start} to {@code end}. */
  public static Column datediff(Column end, Column start) {
    return Column.fn("datediff", end, start);
  }

  /** The number of days from {@code start} to {@code end}. */
  public static Column date_diff(Column end, Column start) {
    return Column.fn("date_diff", end, start);
  }

  /** The date {@code days} days after 1970-01-01. */
  public static Column date_from_unix_date(Column days) {
    return Column.fn("date_from_unix_date", days);
  }

  /** The year. */
  public static Column year(Column e) {
    return Column.fn("year", e);
  }

  /** The quarter (1-4). */
  public static Column quarter(Column e) {
    return Column.fn("quarter", e);
  }

  /** The month (1-12). */
  public static Column month(Column e) {
    return Column.fn("month", e);
  }

  /** The three-letter month name. */
  public static Column monthname(Column timeExp) {
    return Column.fn("monthname", timeExp);
  }

  /** The day of the month. */
  public static Column day(Column e) {
    return Column.fn("day", e);
  }

  /** The day of the month. */
  public static Column dayofmonth(Column e) {
    return Column.fn("dayofmonth", e);
  }

  /** The day of the week, 1 (Sunday) to 7 (Saturday). */
  public static Column dayofweek(Column e) {
    return Column.fn("dayofweek", e);
  }

  /** The day of the week, 0 (Monday) to 6 (Sunday). */
  public static Column weekday(Column e) {
    return Column.fn("weekday", e);
  }

  /** The three-letter day name. */
  public static Column dayname(Column timeExp) {
    return Column.fn("dayname", timeExp);
  }

  /** The day of the year. */
  public static Column dayofyear(Column e) {
    return Column.fn("dayofyear", e);
  }

  /** The ISO week of the year. */
  public static Column weekofyear(Column e) {
    return Column.fn("weekofyear", e);
  }

  /** The hour. */
  public static Column hour(Column e) {
    return Column.fn("hour", e);
  }

  /** The minute. */
  public static Column minute(Column e) {
    return Column.fn("minute", e);
  }

  /** The second. */
  public static Column second(Column e) {
    return Column.fn("second", e);
  }

  /** A part (YEAR, MONTH, DAY, HOUR, ...) of a date, timestamp or interval. */
  public static Column extract(Column field, Column source) {
    return Column.fn("extract", field, source);
  }

  /** A part (YEAR, MONTH, DAY, HOUR, ...) of a date, timestamp or interval. */
  public static Column date_part(Column field, Column source) {
    return Column.fn("date_part", field, source);
  }

  /** A part (YEAR, MONTH, DAY, HOUR, ...) of a date, timestamp or interval. */
  public static Column datepart(Column field, Column source) {
    return Column.fn("datepart", field, source);
  }

  /** The last day of the month. */
  public static Column last_day(Column e) {
    return Column.fn("last_day", e);
  }

  /** The date of the year, month and day. */
  public static Column make_date(Column year, Column month, Column day) {
    return Column.fn("make_date", year, month, day);
  }

  /** The number of months from {@code start} to {@code end}, rounded to 8 digits unless {@code roundOff} is false. */
  public static Column months_between(Column end, Column start) {
    return Column.fn("months_between", end, start);
  }

  /** The number of months from {@code start} to {@code end}, rounded to 8 digits unless {@code roundOff} is false. */
  public static Column months_between(Column end, Column start, boolean roundOff) {
    return Column.fn("months_between", end, start, roundOff);
  }

  /** The first date after {@code date} on the given day of the week. */
  public static Column next_day(Column date, String dayOfWeek) {
    return Column.fn("next_day", date, dayOfWeek);
  }

  /** The first date after {@code date} on the given day of the week. */
  public static Column next_day(Column date, Column dayOfWeek) {
    return Column.fn("next_day", date, dayOfWeek);
  }

  /** Formats seconds since the epoch in the session time zone. */
  public static Column from_unixtime(Column ut) {
    return Column.fn("from_unixtime", ut);
  }

  /** Formats seconds since the epoch in the session time zone. */
  public static Column from_unixtime(Column ut, String f) {
    return Column.fn("from_unixtime", ut, f);
  }

  /** Seconds since the epoch: now, or of a timestamp string (in pattern {@code p}). */
  public static Column unix_timestamp() {
    return Column.fn("unix_timestamp");
  }

  /** Seconds since the epoch: now, or of a timestamp string (in pattern {@code p}). */
  public static Column unix_timestamp(Column s) {
    return Column.fn("unix_timestamp", s);
  }

  /** Seconds since the epoch: now, or of a timestamp string (in pattern {@code p}). */
  public static Column unix_timestamp(Column s, String p) {
    return Column.fn("unix_timestamp", s, p);
  }

  /** Seconds since the epoch of a timestamp string. */
  public static Column to_unix_timestamp(Column timeExp) {
    return Column.fn("to_unix_timestamp", timeExp);
  }

  /** Seconds since the epoch of a timestamp string. */
  public static Column to_unix_timestamp(Column timeExp, Column format) {
    return Column.fn("to_unix_timestamp", timeExp, format);
  }

  /** Parses a timestamp (in pattern {@code fmt}). */
  public static Column to_timestamp(Column s) {
    return Column.fn("to_timestamp", s);
  }

  /** Parses a timestamp (in pattern {@code fmt}). */
  public static Column to_timestamp(Column s, String fmt) {
    return Column.fn("to_timestamp", s, fmt);
  }

  /** Parses a timestamp, null when it does not parse. */
  public static Column try_to_timestamp(Column s) {
    return Column.fn("try_to_timestamp", s);
  }

  /** Parses a timestamp, null when it does not parse. */
  public static Column try_to_timestamp(Column s, Column format) {
    return Column.fn("try_to_timestamp", s, format);
  }

  /** Parses a timestamp with local time zone. */
  public static Column to_timestamp_ltz(Column timestamp) {
    return Column.fn("to_timestamp_ltz", timestamp);
  }

  /** Parses a timestamp with local time zone. */
  public static Column to_timestamp_ltz(Column timestamp, Column format) {
    return Column.fn("to_timestamp_ltz", timestamp, format);
  }

  /** Parses a timestamp without time zone. */
  public static Column to_timestamp_ntz(Column timestamp) {
    return Column.fn("to_timestamp_ntz", timestamp);
  }

  /** Parses a timestamp without time zone. */
  public static Column to_timestamp_ntz(Column timestamp, Column format) {
    return Column.fn("to_timestamp_ntz", timestamp, format);
  }

  /** Parses a date (in pattern {@code fmt}). */
  public static Column to_date(Column e) {
    return Column.fn("to_date", e);
  }

  /** Parses a date (in pattern {@code fmt}). */
  public static Column to_date(Column e, String fmt) {
    return Column.fn("to_date", e, fmt);
  }

  /** Parses a date, null when it does not parse. */
  public static Column try_to_date(Column e) {
    return Column.fn("try_to_date", e);
  }

  /** Parses a date, null when it does not parse. */
  public static Column try_to_date(Column e, String fmt) {
    return Column.fn("try_to_date", e, fmt);
  }

  /** The number of days since 1970-01-01. */
  public static Column unix_date(Column e) {
    return Column.fn("unix_date", e);
  }

  /** Microseconds since the epoch. */
  public static Column unix_micros(Column e) {
    return Column.fn("unix_micros", e);
  }

  /** Milliseconds since the epoch. */
  public static Column unix_millis(Column e) {
    return Column.fn("unix_millis", e);
  }

  /** Seconds since the epoch. */
  public static Column unix_seconds(Column e) {
    return Column.fn("unix_seconds", e);
  }

  /** Truncates a date to the unit of {@code format} (year, month, week, quarter). */
  public static Column trunc(Column date, String format) {
    return Column.fn("trunc", date, format);
  }

  /** Truncates a timestamp to the unit of {@code format}. */
  public static Column date_trunc(String format, Column timestamp) {
    return Column.fn("date_trunc", format, timestamp);
  }

  /** Renders a UTC timestamp in the time zone {@code tz}. */
  public static Column from_utc_timestamp(Column ts, String tz) {
    return Column.fn("from_utc_timestamp", ts, tz);
  }

  /** Renders a UTC timestamp in the time zone {@code tz}. */
  public static Column from_utc_timestamp(Column ts, Column tz) {
    return Column.fn("from_utc_timestamp", ts, tz);
  }

  /** Interprets a timestamp in the time zone {@code tz} as UTC. */
  public static Column to_utc_timestamp(Column ts, String tz) {
    return Column.fn("to_utc_timestamp", ts, tz);
  }

  /** Interprets a timestamp in the time zone {@code tz} as UTC. */
  public static Column to_utc_timestamp(Column ts, Column tz) {
    return Column.fn("to_utc_timestamp", ts, tz);
  }

  /** Converts a timestamp without time zone from one time zone to another. */
  public static Column convert_timezone(Column targetTz, Column sourceTs) {
    return Column.fn("convert_timezone", targetTz, sourceTs);
  }

  /** Converts a timestamp without time zone from one time zone to another. */
  public static Column convert_timezone(Column sourceTz, Column targetTz, Column sourceTs) {
    return Column.fn("convert_timezone", sourceTz, targetTz, sourceTs);
  }

  /** The timestamp from seconds since the epoch. */
  public static Column timestamp_seconds(Column e) {
    return Column.fn("timestamp_seconds", e);
  }

  /** The timestamp from milliseconds since the epoch. */
  public static Column timestamp_millis(Column e) {
    return Column.fn("timestamp_millis", e);
  }

  /** The timestamp from microseconds since the epoch. */
  public static Column timestamp_micros(Column e) {
    return Column.fn("timestamp_micros", e);
  }

  /** The timestamp plus {@code quantity} units. */
  public static Column timestamp_add(String unit, Column quantity, Column ts) {
    return Column.fnInternal("timestampadd", unit, quantity, ts);
  }

  /** The number of whole units between two timestamps. */
  public static Column timestamp_diff(String unit, Column start, Column end) {
    return Column.fnInternal("timestampdiff", unit, start, end);
  }

  /** The event time of a time window: its end minus one microsecond. */
  public static Column window_time(Column windowColumn) {
    return Column.fn("window_time", windowColumn);
  }

  /** A day-time interval. */
  public static Column make_dt_interval() {
    return Column.fn("make_dt_interval");
  }

  /** A day-time interval. */
  public static Column make_dt_interval(Column days) {
    return Column.fn("make_dt_interval", days);
  }

  /** A day-time interval. */
  public static Column make_dt_interval(Column days, Column hours) {
    return Column.fn("make_dt_interval", days, hours);
  }

  /** A day-time interval. */
  public static Column make_dt_interval(Column days, Column hours, Column mins) {
    return Column.fn("make_dt_interval", days, hours, mins);
  }

  /** A day-time interval. */
  public static Column make_dt_interval(Column days, Column hours, Column mins, Column secs) {
    return Column.fn("make_dt_interval", days, hours, mins, secs);
  }

  /** A year-month interval. */
  public static Column make_ym_interval() {
    return Column.fn("make_ym_interval");
  }

  /** A year-month interval. */
  public static Column make_ym_interval(Column years) {
    return Column.fn("make_ym_interval", years);
  }

  /** A year-month interval. */
  public static Column make_ym_interval(Column years, Column months) {
    return Column.fn("make_ym_interval", years, months);
  }

  /** A calendar interval. */
  public static Column make_interval() {
    return Column.fn("make_interval");
  }

  /** A calendar interval. */
  public static Column make_interval(Column years) {
    return Column.fn("make_interval", years);
  }

  /** A calendar interval. */
  public static Column make_interval(Column years, Column months) {
    return Column.fn("make_interval", years, months);
  }

  /** A calendar interval. */
  public static Column make_interval(Column years, Column months, Column weeks) {
    return Column.fn("make_interval", years, months, weeks);
  }

  /** A calendar interval. */
  public static Column make_interval(Column years, Column months, Column weeks, Column days) {
    return Column.fn("make_interval", years, months, weeks, days);
  }

  /** A calendar interval. */
  public static Column make_interval(Column years, Column months, Column weeks, Column days, Column hours) {
    return Column.fn("make_interval", years, months, weeks, days, hours);
  }

  /** A calendar interval. */
  public static Column make_interval(Column years, Column months, Column weeks, Column days, Column hours, Column mins) {
    return Column.fn("make_interval", years, months, weeks, days, hours, mins);
  }

  /** A calendar interval. */
  public static Column make_interval(Column years, Column months, Column weeks, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("make_interval", years, months, weeks, days, hours, mins, secs);
  }

  /** A calendar interval, null on overflow. */
  public static Column try_make_interval(Column years) {
    return Column.fn("try_make_interval", years);
  }

  /** A calendar interval, null on overflow. */
  public static Column try_make_interval(Column years, Column months) {
    return Column.fn("try_make_interval", years, months);
  }

  /** A calendar interval, null on overflow. */
  public static Column try_make_interval(Column years, Column months, Column weeks) {
    return Column.fn("try_make_interval", years, months, weeks);
  }

  /** A calendar interval, null on overflow. */
  public static Column try_make_interval(Column years, Column months, Column weeks, Column days) {
    return Column.fn("try_make_interval", years, months, weeks, days);
  }

  /** A calendar interval, null on overflow. */
  public static Column try_make_interval(Column years, Column months, Column weeks, Column days, Column hours) {
    return Column.fn("try_make_interval", years, months, weeks, days, hours);
  }

  /** A calendar interval, null on overflow. */
  public static Column try_make_interval(Column years, Column months, Column weeks, Column days, Column hours, Column mins) {
    return Column.fn("try_make_interval", years, months, weeks, days, hours, mins);
  }

  /** A calendar interval, null on overflow. */
  public static Column try_make_interval(Column years, Column months, Column weeks, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("try_make_interval", years, months, weeks, days, hours, mins, secs);
  }

  /** A timestamp of its parts. */
  public static Column make_timestamp(Column years, Column months, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("make_timestamp", years, months, days, hours, mins, secs);
  }

  /** A timestamp of its parts. */
  public static Column make_timestamp(Column years, Column months, Column days, Column hours, Column mins, Column secs, Column timezone) {
    return Column.fn("make_timestamp", years, months, days, hours, mins, secs, timezone);
  }

  /** A timestamp of its parts. */
  public static Column make_timestamp(Column date, Column time) {
    return Column.fn("make_timestamp", date, time);
  }

  /** A timestamp of its parts. */
  public static Column make_timestamp(Column date, Column time, Column timezone) {
    return Column.fn("make_timestamp", date, time, timezone);
  }

  /** A timestamp of its parts, null when they are invalid. */
  public static Column try_make_timestamp(Column years, Column months, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("try_make_timestamp", years, months, days, hours, mins, secs);
  }

  /** A timestamp of its parts, null when they are invalid. */
  public static Column try_make_timestamp(Column years, Column months, Column days, Column hours, Column mins, Column secs, Column timezone) {
    return Column.fn("try_make_timestamp", years, months, days, hours, mins, secs, timezone);
  }

  /** A timestamp of its parts, null when they are invalid. */
  public static Column try_make_timestamp(Column date, Column time) {
    return Column.fn("try_make_timestamp", date, time);
  }

  /** A timestamp of its parts, null when they are invalid. */
  public static Column try_make_timestamp(Column date, Column time, Column timezone) {
    return Column.fn("try_make_timestamp", date, time, timezone);
  }

  /** A timestamp with local time zone of its parts. */
  public static Column make_timestamp_ltz(Column years, Column months, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("make_timestamp_ltz", years, months, days, hours, mins, secs);
  }

  /** A timestamp with local time zone of its parts. */
  public static Column make_timestamp_ltz(Column years, Column months, Column days, Column hours, Column mins, Column secs, Column timezone) {
    return Column.fn("make_timestamp_ltz", years, months, days, hours, mins, secs, timezone);
  }

  /** A timestamp with local time zone of its parts, null when they are invalid. */
  public static Column try_make_timestamp_ltz(Column years, Column months, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("try_make_timestamp_ltz", years, months, days, hours, mins, secs);
  }

  /** A timestamp with local time zone of its parts, null when they are invalid. */
  public static Column try_make_timestamp_ltz(Column years, Column months, Column days, Column hours, Column mins, Column secs, Column timezone) {
    return Column.fn("try_make_timestamp_ltz", years, months, days, hours, mins, secs, timezone);
  }

  /** A timestamp without time zone of its parts. */
  public static Column make_timestamp_ntz(Column years, Column months, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("make_timestamp_ntz", years, months, days, hours, mins, secs);
  }

  /** A timestamp without time zone of its parts. */
  public static Column make_timestamp_ntz(Column date, Column time) {
    return Column.fn("make_timestamp_ntz", date, time);
  }

  /** A timestamp without time zone of its parts, null when they are invalid. */
  public static Column try_make_timestamp_ntz(Column years, Column months, Column days, Column hours, Column mins, Column secs) {
    return Column.fn("try_make_timestamp_ntz", years, months, days, hours, mins, secs);
  }

  /** A timestamp without time zone of its parts, null when they are invalid. */
  public static Column try_make_timestamp_ntz(Column date, Column time) {
    return Column.fn("try_make_timestamp_ntz", date, time);
  }

  /** A time of day of its parts. */
  public static Column make_time(Column hour, Column minute, Column second) {
    return Column.fn("make_time", hour, minute, second);
  }

  /** Parses a time of day. */
  public static Column to_time(Column str) {
    return Column.fn("to_time", str);
  }

  /** Parses a time of day. */
  public static Column to_time(Column str, Column format) {
    return Column.fn("to_time", str, format);
  }

  /** Parses a time of day, null when it does not parse. */
  public static Column try_to_time(Column str) {
    return Column.fn("try_to_time", str);
  }

  /** Parses a time of day, null when it does not parse. */
  public static Column try_to_time(Column str, Column format) {
    return Column.fn("try_to_time", str, format);
  }

  /** The number of whole units between two times of day. */
  public static Column time_diff(Column unit, Column start, Column end) {
    return Column.fn("time_diff", unit, start, end);
  }

  /** Truncates a time of day to a unit. */
  public static Column time_trunc(Column unit, Column time) {
    return Column.fn("time_trunc", unit, time);
  }

  /** The start of the fixed-width bucket a time falls in. */
  public static Column time_bucket(Column bucketWidth, Column ts) {
    return Column.fn("time_bucket", bucketWidth, ts);
  }

  /** The start of the fixed-width bucket a time falls in. */
  public static Column time_bucket(Column bucketWidth, Column ts, Column origin) {
    return Column.fn("time_bucket", bucketWidth, ts, origin);
  }

  /** The time of day from seconds since midnight. */
  public static Column time_from_seconds(Column e) {
    return Column.fn("time_from_seconds", e);
  }

  /** The time of day from milliseconds since midnight. */
  public static Column time_from_millis(Column e) {
    return Column.fn("time_from_millis", e);
  }

  /** The time of day from microseconds since midnight. */
  public static Column time_from_micros(Column e) {
    return Column.fn("time_from_micros", e);
  }

  /** Seconds since midnight of a time of day. */
  public static Column time_to_seconds(Column e) {
    return Column.fn("time_to_seconds", e);
  }

  /** Milliseconds since midnight of a time of day. */
  public static Column time_to_millis(Column e) {
    return Column.fn("time_to_millis", e);
  }

  /** Microseconds since midnight of a time of day. */
  public static Column time_to_micros(Column e) {
    return Column.fn("time_to_micros", e);
  }

  // ---- collection functions (arrays)

  /** Whether the array contains the value. */
  public static Column array_contains(Column column, Object value) {
    return Column.fn("array_contains", column, value);
  }

  /** Whether the arrays have a non-null element in common. */
  public static Column arrays_overlap(Column a1, Column a2) {
    return Column.fn("arrays_overlap", a1, a2);
  }

  /** The {@code length} elements from 1-based {@code start} (from the end when negative). */
  public static Column slice(Column x, int start, int length) {
    return Column.fn("slice", x, start, length);
  }

  /** The {@code length} elements from 1-based {@code start} (from the end when negative). */
  public static Column slice(Column x, Column start, Column length) {
    return Column.fn("slice", x, start, length);
  }

  /** The elements joined with a delimiter (nulls skipped or replaced). */
  public static Column array_join(Column column, String delimiter) {
    return Column.fn("array_join", column, delimiter);
  }

  /** The elements joined with a delimiter (nulls skipped or replaced). */
  public static Column array_join(Column column, String delimiter, String nullReplacement) {
    return Column.fn("array_join", column, delimiter, nullReplacement);
  }

  /** The 1-based position of the value, 0 if absent. */
  public static Column array_position(Column column, Object value) {
    return Column.fn("array_position", column, value);
  }

  /** The array element at 1-based index, or the map value of a key. */
  public static Column element_at(Column column, Object value) {
    return Column.fn("element_at", column, value);
  }

  /** Like {@code element_at}, null when the index is out of bounds. */
  public static Column try_element_at(Column column, Column value) {
    return Column.fn("try_element_at", column, value);
  }

  /** The array element at 0-based index, null when out of bounds. */
  public static Column get(Column column, Column index) {
    return Column.fn("get", column, index);
  }

  /** Sorts an array ascending, nulls last. */
  public static Column array_sort(Column e) {
    return Column.fn("array_sort", e);
  }

  /** The array without the elements equal to {@code element}. */
  public static Column array_remove(Column column, Object element) {
    return Column.fn("array_remove", column, element);
  }

  /** The array without duplicates. */
  public static Column array_distinct(Column e) {
    return Column.fn("array_distinct", e);
  }

  /** The distinct elements in both arrays. */
  public static Column array_intersect(Column col1, Column col2) {
    return Column.fn("array_intersect", col1, col2);
  }

  /** The distinct elements in either array. */
  public static Column array_union(Column col1, Column col2) {
    return Column.fn("array_union", col1, col2);
  }

  /** The distinct elements of the first array that are not in the second. */
  public static Column array_except(Column col1, Column col2) {
    return Column.fn("array_except", col1, col2);
  }

  /** The array with {@code value} inserted at 1-based {@code pos}. */
  public static Column array_insert(Column arr, Column pos, Column value) {
    return Column.fn("array_insert", arr, pos, value);
  }

  /** The array without nulls. */
  public static Column array_compact(Column column) {
    return Column.fn("array_compact", column);
  }

  /** The array with {@code element} at the end. */
  public static Column array_append(Column column, Object element) {
    return Column.fn("array_append", column, element);
  }

  /** The array with {@code element} at the start. */
  public static Column array_prepend(Column column, Object element) {
    return Column.fn("array_prepend", column, element);
  }

  /** The number of elements. */
  public static Column array_size(Column e) {
    return Column.fn("array_size", e);
  }

  /** The largest element. */
  public static Column array_max(Column e) {
    return Column.fn("array_max", e);
  }

  /** The smallest element. */
  public static Column array_min(Column e) {
    return Column.fn("array_min", e);
  }

  /** An array of the value repeated {@code count} times. */
  public static Column array_repeat(Column left, Column right) {
    return Column.fn("array_repeat", left, right);
  }

  /** An array of the value repeated {@code count} times. */
  public static Column array_repeat(Column e, int count) {
    return Column.fn("array_repeat", e, count);
  }

  /** An array of structs: the N-th struct holds the N-th elements of each array. */
  public static Column arrays_zip(Column... e) {
    return Column.fn("arrays_zip", args(new Object[] {}, e));
  }

  /** An array of arrays flattened into one array. */
  public static Column flatten(Column e) {
    return Column.fn("flatten", e);
  }

  /** The numbers (or dates) from {@code start} to {@code stop}. */
  public static Column sequence(Column start, Column stop) {
    return Column.fn("sequence", start, stop);
  }

  /** The numbers (or dates) from {@code start} to {@code stop}. */
  public static Column sequence(Column start, Column stop, Column step) {
    return Column.fn("sequence", start, stop, step);
  }

  /** The array in a random order. */
  public static Column shuffle(Column e) {
    return Column.fn("shuffle", e);
  }

  /** The array in a random order. */
  public static Column shuffle(Column e, Column seed) {
    return Column.fn("shuffle", e, seed);
  }

  /** The number of elements of an array or map (-1 for null). */
  public static Column size(Column e) {
    return Column.fn("size", e);
  }

  /** The number of elements of an array or map (-1 for null). */
  public static Column cardinality(Column e) {
    return Column.fn("cardinality", e);
  }

  /** Sorts an array, ascending (nulls first) or descending (nulls last). */
  public static Column sort_array(Column e) {
    return Column.fn("sort_array", e);
  }

  /** Sorts an array, ascending (nulls first) or descending (nulls last). */
  public static Column sort_array(Column e, boolean asc) {
    return Column.fn("sort_array", e, asc);
  }

  /** Generator: one row per element of an array (or key and value of a map). */
  public static Column explode(Column e) {
    return Column.fn("explode", e);
  }

  /** Like {@code explode}, with a null row for an empty or null collection. */
  public static Column explode_outer(Column e) {
    return Column.fn("explode_outer", e);
  }

  /** Generator: one row per element, with its position. */
  public static Column posexplode(Column e) {
    return Column.fn("posexplode", e);
  }

  /** Like {@code posexplode}, with a null row for an empty or null collection. */
  public static Column posexplode_outer(Column e) {
    return Column.fn("posexplode_outer", e);
  }

  /** Generator: one row per struct of an array of structs. */
  public static Column inline(Column e) {
    return Column.fn("inline", e);
  }

  /** Like {@code inline}, with a null row for an empty or null array. */
  public static Column inline_outer(Column e) {
    return Column.fn("inline_outer", e);
  }

  // ---- map functions

  /** A map from an array of keys and an array of values. */
  public static Column map_from_arrays(Column keys, Column values) {
    return Column.fn("map_from_arrays", keys, values);
  }

  /** A map from an array of key-value structs. */
  public static Column map_from_entries(Column e) {
    return Column.fn("map_from_entries", e);
  }

  /** The keys of a map, as an array. */
  public static Column map_keys(Column e) {
    return Column.fn("map_keys", e);
  }

  /** The values of a map, as an array. */
  public static Column map_values(Column e) {
    return Column.fn("map_values", e);
  }

  /** The entries of a map, as an array of key-value structs. */
  public static Column map_entries(Column e) {
    return Column.fn("map_entries", e);
  }

  /** The union of maps. */
  public static Column map_concat(Column... cols) {
    return Column.fn("map_concat", args(new Object[] {}, cols));
  }

  /** Whether the map has the key. */
  public static Column map_contains_key(Column column, Object key) {
    return Column.fn("map_contains_key", column, key);
  }

  /** A map from text split into pairs (by {@code ,}) and keys and values (by {@code :}). */
  public static Column str_to_map(Column text) {
    return Column.fn("str_to_map", text);
  }

  /** A map from text split into pairs (by {@code ,}) and keys and values (by {@code :}). */
  public static Column str_to_map(Column text, Column pairDelim) {
    return Column.fn("str_to_map", text, pairDelim);
  }

  /** A map from text split into pairs (by {@code ,}) and keys and values (by {@code :}). */
  public static Column str_to_map(Column text, Column pairDelim, Column keyValueDelim) {
    return Column.fn("str_to_map", text, pairDelim, keyValueDelim);
  }

  // ---- JSON, CSV and XML functions

  /** The value at a JSON path, as a string. */
  public static Column get_json_object(Column e, String path) {
    return Column.fn("get_json_object", e, path);
  }

  /** The number of elements of the outermost JSON array. */
  public static Column json_array_length(Column e) {
    return Column.fn("json_array_length", e);
  }

  /** The keys of the outermost JSON object, as an array. */
  public static Column json_object_keys(Column e) {
    return Column.fn("json_object_keys", e);
  }

  /** The texts the XPath selects, as an array of strings. */
  public static Column xpath(Column xml, Column path) {
    return Column.fn("xpath", xml, path);
  }

  /** Whether the XPath matches. */
  public static Column xpath_boolean(Column xml, Column path) {
    return Column.fn("xpath_boolean", xml, path);
  }

  /** The XPath's value as a double. */
  public static Column xpath_double(Column xml, Column path) {
    return Column.fn("xpath_double", xml, path);
  }

  /** The XPath's value as a double. */
  public static Column xpath_number(Column xml, Column path) {
    return Column.fn("xpath_number", xml, path);
  }

  /** The XPath's value as a float. */
  public static Column xpath_float(Column xml, Column path) {
    return Column.fn("xpath_float", xml, path);
  }

  /** The XPath's value as an int. */
  public static Column xpath_int(Column xml, Column path) {
    return Column.fn("xpath_int", xml, path);
  }

  /** The XPath's value as a long. */
  public static Column xpath_long(Column xml, Column path) {
    return Column.fn("xpath_long", xml, path);
  }

  /** The XPath's value as a short. */
  public static Column xpath_short(Column xml, Column path) {
    return Column.fn("xpath_short", xml, path);
  }

  /** The text of the first node the XPath selects. */
  public static Column xpath_string(Column xml, Column path) {
    return Column.fn("xpath_string", xml, path);
  }

  // ---- variant functions

  /** Parses JSON text into a variant. */
  public static Column parse_json(Column json) {
    return Column.fn("parse_json", json);
  }

  /** Parses JSON text into a variant, null when it does not parse. */
  public static Column try_parse_json(Column json) {
    return Column.fn("try_parse_json", json);
  }

  /** Whether the variant is a JSON null. */
  public static Column is_variant_null(Column v) {
    return Column.fn("is_variant_null", v);
  }

  /** Whether the binary value is a valid variant. */
  public static Column is_valid_variant(Column v) {
    return Column.fn("is_valid_variant", v);
  }

  /** The value at a path of a variant, cast to {@code targetType}. */
  public static Column variant_get(Column v, String path, String targetType) {
    return Column.fn("variant_get", v, path, targetType);
  }

  /** The value at a path of a variant, cast to {@code targetType}. */
  public static Column variant_get(Column v, Column path, String targetType) {
    return Column.fn("variant_get", v, path, targetType);
  }

  /** Like {@code variant_get}, null when the cast fails. */
  public static Column try_variant_get(Column v, String path, String targetType) {
    return Column.fn("try_variant_get", v, path, targetType);
  }

  /** Like {@code variant_get}, null when the cast fails. */
  public static Column try_variant_get(Column v, Column path, String targetType) {
    return Column.fn("try_variant_get", v, path, targetType);
  }

  /** The schema of a variant, in DDL form. */
  public static Column schema_of_variant(Column v) {
    return Column.fn("schema_of_variant", v);
  }

  /** Converts a nested struct, map or array to a variant object. */
  public static Column to_variant_object(Column col) {
    return Column.fn("to_variant_object", col);
  }

  // ---- geospatial functions

  /** The well-known binary (WKB) of a geometry or geography, little-endian ({@code NDR}, the default) or big-endian ({@code XDR}). */
  public static Column st_asbinary(Column geo) {
    return Column.fn("st_asbinary", geo);
  }

  /** The well-known binary (WKB) of a geometry or geography, little-endian ({@code NDR}, the default) or big-endian ({@code XDR}). */
  public static Column st_asbinary(Column geo, Column endianness) {
    return Column.fn("st_asbinary", geo, endianness);
  }

  /** The well-known binary (WKB) of a geometry or geography, little-endian ({@code NDR}, the default) or big-endian ({@code XDR}). */
  public static Column st_asbinary(Column geo, String endianness) {
    return Column.fn("st_asbinary", geo, endianness);
  }

  /** A geography from well-known binary. */
  public static Column st_geogfromwkb(Column wkb) {
    return Column.fn("st_geogfromwkb", wkb);
  }

  /** A geometry from well-known binary, with the spatial reference id {@code srid} (default 0). */
  public static Column st_geomfromwkb(Column wkb) {
    return Column.fn("st_geomfromwkb", wkb);
  }

  /** A geometry from well-known binary, with the spatial reference id {@code srid} (default 0). */
  public static Column st_geomfromwkb(Column wkb, Column srid) {
    return Column.fn("st_geomfromwkb", wkb, srid);
  }

  /** A geometry from well-known binary, with the spatial reference id {@code srid} (default 0). */
  public static Column st_geomfromwkb(Column wkb, int srid) {
    return Column.fn("st_geomfromwkb", wkb, srid);
  }

  /** The geometry or geography with a new SRID. */
  public static Column st_setsrid(Column geo, Column srid) {
    return Column.fn("st_setsrid", geo, srid);
  }

  /** The geometry or geography with a new SRID. */
  public static Column st_setsrid(Column geo, int srid) {
    return Column.fn("st_setsrid", geo, srid);
  }

  /** The SRID of a geometry or geography. */
  public static Column st_srid(Column geo) {
    return Column.fn("st_srid", geo);
  }

  // ---- partition transforms (for DataFrameWriterV2.partitionedBy; not evaluable in queries)

  /** Partition transform: by year of a date or timestamp. */
  public static Column years(Column e) {
    return Column.fn("years", e);
  }

  /** Partition transform: by month of a date or timestamp. */
  public static Column months(Column e) {
    return Column.fn("months", e);
  }

  /** Partition transform: by day of a date or timestamp. */
  public static Column days(Column e) {
    return Column.fn("days", e);
  }

  /** Partition transform: by hour of a timestamp. */
  public static Column hours(Column e) {
    return Column.fn("hours", e);
  }

  /** Partition transform: by a hash of the value into {@code numBuckets} buckets. */
  public static Column bucket(Column numBuckets, Column e) {
    return Column.fn("bucket", numBuckets, e);
  }

  /** Partition transform: by a hash of the value into {@code numBuckets} buckets. */
  public static Column bucket(int numBuckets, Column e) {
    return Column.fn("bucket", numBuckets, e);
  }
  // END GENERATED

  // ---- helpers of the generated code

  /**
   * Calls {@code name} with {@code args} and then the options, left out when empty: the server
   * wants a map of strings, and an empty {@code map()} has no key type.
   */
  private static Column withOptions(String name, Map<String, String> options, Object... args) {
    if (options.isEmpty()) {
      return Column.fn(name, args);
    }
    Object[] all = new Object[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = options(options);
    return Column.fn(name, all);
  }

  /** Options as a {@code map(key, value, ...)} expression, which the server reads as constants. */
  private static Column options(Map<String, String> options) {
    Object[] kv = new Object[options.size() * 2];
    int i = 0;
    for (Map.Entry<String, String> e : options.entrySet()) {
      kv[i++] = e.getKey();
      kv[i++] = e.getValue();
    }
    return Column.fn("map", kv);
  }

  private static String ddl(StructType schema) {
    StringBuilder sb = new StringBuilder();
    for (StructField f : schema.fields()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append('`').append(f.name().replace("`", "``")).append("` ").append(f.dataType().sql());
      if (!f.nullable()) {
        sb.append(" NOT NULL");
      }
    }
    return sb.toString();
  }

  private static Object[] args(Object[] head, Object[] tail) {
    Object[] all = new Object[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  private static Column[] names(String... names) {
    Column[] c = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      c[i] = col(names[i]);
    }
    return c;
  }

  private static Column[] names(String first, String[] rest) {
    return prepend(col(first), names(rest));
  }

  private static Column[] prepend(Column first, Column[] rest) {
    Column[] all = new Column[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
