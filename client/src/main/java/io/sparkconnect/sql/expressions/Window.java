package io.sparkconnect.sql.expressions;

import io.sparkconnect.sql.Column;

/**
 * Builds {@link WindowSpec}s for window functions:
 *
 * <pre>{@code
 * WindowSpec w = Window.partitionBy("dept").orderBy(col("salary").desc());
 * df.select(col("name"), rank().over(w), sum("salary").over(w.rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
 * }</pre>
 *
 * <p>Without an ordering, the frame is the whole partition; with one, it runs from the start of
 * the partition to the current row (a RANGE frame), as in SQL.
 */
public final class Window {
  private Window() {}

  /** A window partitioned by the named columns. */
  public static WindowSpec partitionBy(String colName, String... colNames) {
    return WindowSpec.EMPTY.partitionBy(colName, colNames);
  }

  /** A window partitioned by the columns. */
  public static WindowSpec partitionBy(Column... cols) {
    return WindowSpec.EMPTY.partitionBy(cols);
  }

  /** A window ordered by the named columns, ascending. */
  public static WindowSpec orderBy(String colName, String... colNames) {
    return WindowSpec.EMPTY.orderBy(colName, colNames);
  }

  /** A window ordered by the columns ({@code asc()}/{@code desc()} set the direction). */
  public static WindowSpec orderBy(Column... cols) {
    return WindowSpec.EMPTY.orderBy(cols);
  }

  /**
   * A window with a ROWS frame from {@code start} to {@code end} rows relative to the current row
   * (negative: before); see {@link WindowSpec#rowsBetween(long, long)}.
   */
  public static WindowSpec rowsBetween(long start, long end) {
    return WindowSpec.EMPTY.rowsBetween(start, end);
  }

  /**
   * A window with a RANGE frame from {@code start} to {@code end} relative to the current row's
   * ordering value; see {@link WindowSpec#rangeBetween(long, long)}.
   */
  public static WindowSpec rangeBetween(long start, long end) {
    return WindowSpec.EMPTY.rangeBetween(start, end);
  }

  /** The frame boundary "the start of the partition" ({@code Long.MIN_VALUE}). */
  public static long unboundedPreceding() {
    return Long.MIN_VALUE;
  }

  /** The frame boundary "the end of the partition" ({@code Long.MAX_VALUE}). */
  public static long unboundedFollowing() {
    return Long.MAX_VALUE;
  }

  /** The frame boundary "the current row" (0). */
  public static long currentRow() {
    return 0;
  }
}
