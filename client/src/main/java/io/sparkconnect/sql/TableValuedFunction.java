package io.sparkconnect.sql;

import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.UnresolvedTableValuedFunction;
import java.util.Objects;

/**
 * Spark's table-valued functions, each returning its table as a DataFrame; from
 * {@link SparkSession#tvf()}:
 *
 * <pre>{@code
 * spark.tvf().explode(array(lit(1), lit(2))).show();          // one row per element, column "col"
 * spark.tvf().stack(lit(2), lit("a"), lit(1), lit("b"), lit(2)); // two rows of two columns
 * }</pre>
 *
 * <p>All but {@code range} need a Spark 4.0+ server. Immutable and thread-safe.
 */
public final class TableValuedFunction {
  private final SparkSession session;

  TableValuedFunction(SparkSession session) {
    this.session = session;
  }

  private DataFrame fn(String name, Column... args) {
    UnresolvedTableValuedFunction.Builder f = UnresolvedTableValuedFunction.newBuilder().setFunctionName(name);
    for (Column c : args) {
      f.addArguments(Objects.requireNonNull(c, "argument").expr);
    }
    return session.newDataFrame(Relation.newBuilder().setUnresolvedTableValuedFunction(f));
  }

  private static Column[] prepend(Column first, Column[] rest) {
    Column[] all = new Column[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** Same as {@link SparkSession#range(long)}: a column {@code id} from 0 to {@code end - 1}. */
  public DataFrame range(long end) {
    return session.range(end);
  }

  /** Same as {@link SparkSession#range(long, long)}. */
  public DataFrame range(long start, long end) {
    return session.range(start, end);
  }

  /** Same as {@link SparkSession#range(long, long, long)}. */
  public DataFrame range(long start, long end, long step) {
    return session.range(start, end, step);
  }

  /** Same as {@link SparkSession#range(long, long, long, int)}. */
  public DataFrame range(long start, long end, long step, int numPartitions) {
    return session.range(start, end, step, numPartitions);
  }

  /** One row per element of an array (column {@code col}) or entry of a map (columns {@code key}, {@code value}). */
  public DataFrame explode(Column collection) {
    return fn("explode", collection);
  }

  /** Like {@link #explode(Column)}, but a null or empty collection gives one row of nulls. */
  public DataFrame explode_outer(Column collection) {
    return fn("explode_outer", collection);
  }

  /** One row per struct of an array of structs, one column per struct field. */
  public DataFrame inline(Column input) {
    return fn("inline", input);
  }

  /** Like {@link #inline(Column)}, but a null or empty array gives one row of nulls. */
  public DataFrame inline_outer(Column input) {
    return fn("inline_outer", input);
  }

  /** One row with the values of the JSON fields {@code fields} (columns {@code c0}, {@code c1}, ...) of the JSON text {@code input}. */
  public DataFrame json_tuple(Column input, Column... fields) {
    return fn("json_tuple", prepend(input, fields));
  }

  /** Like {@link #explode(Column)}, with the position as a first column {@code pos}. */
  public DataFrame posexplode(Column collection) {
    return fn("posexplode", collection);
  }

  /** Like {@link #explode_outer(Column)}, with the position as a first column {@code pos}. */
  public DataFrame posexplode_outer(Column collection) {
    return fn("posexplode_outer", collection);
  }

  /** {@code fields} laid out in {@code n} rows (columns {@code col0}, {@code col1}, ...). */
  public DataFrame stack(Column n, Column... fields) {
    return fn("stack", prepend(n, fields));
  }

  /** The collations the server supports. */
  public DataFrame collations() {
    return fn("collations");
  }

  /** The SQL keywords of the server and whether each is reserved. */
  public DataFrame sql_keywords() {
    return fn("sql_keywords");
  }

  /** One row per element of a variant array or field of a variant object (columns {@code pos}, {@code key}, {@code value}). */
  public DataFrame variant_explode(Column input) {
    return fn("variant_explode", input);
  }

  /** Like {@link #variant_explode(Column)}, but a null or non-container variant gives one row of nulls. */
  public DataFrame variant_explode_outer(Column input) {
    return fn("variant_explode_outer", input);
  }

  /** The logs of the server's Python workers (Spark 4.2+; empty unless the server keeps them). */
  public DataFrame python_worker_logs() {
    return fn("python_worker_logs");
  }
}
