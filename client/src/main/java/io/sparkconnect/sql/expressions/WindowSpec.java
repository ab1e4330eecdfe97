package io.sparkconnect.sql.expressions;

import io.sparkconnect.client.ExpressionBridge;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.sql.Column;
import io.sparkconnect.sql.functions;
import java.util.ArrayList;
import java.util.List;

/**
 * A window specification: partitioning, ordering and frame, for {@link Column#over(WindowSpec)}.
 * Start from {@link Window}. Immutable and thread-safe: every method returns a new spec.
 */
public final class WindowSpec {
  static {
    ExpressionBridge.registerWindows((function, spec) -> spec.apply(function));
  }

  static final WindowSpec EMPTY = new WindowSpec(List.of(), List.of(), null);

  private final List<Expression> partitionSpec;
  private final List<Expression.SortOrder> orderSpec;
  private final Expression.Window.WindowFrame frame;

  private WindowSpec(List<Expression> partitionSpec, List<Expression.SortOrder> orderSpec,
      Expression.Window.WindowFrame frame) {
    this.partitionSpec = partitionSpec;
    this.orderSpec = orderSpec;
    this.frame = frame;
  }

  /** This window, partitioned by the named columns instead. */
  public WindowSpec partitionBy(String colName, String... colNames) {
    return partitionBy(named(colName, colNames));
  }

  /** This window, partitioned by the columns instead. */
  public WindowSpec partitionBy(Column... cols) {
    List<Expression> p = new ArrayList<>(cols.length);
    for (Column c : cols) {
      p.add(ExpressionBridge.expr(c));
    }
    return new WindowSpec(List.copyOf(p), orderSpec, frame);
  }

  /** This window, ordered by the named columns (ascending) instead. */
  public WindowSpec orderBy(String colName, String... colNames) {
    return orderBy(named(colName, colNames));
  }

  /** This window, ordered by the columns instead ({@code asc()}/{@code desc()} set the direction). */
  public WindowSpec orderBy(Column... cols) {
    List<Expression.SortOrder> o = new ArrayList<>(cols.length);
    for (Column c : cols) {
      Expression e = ExpressionBridge.expr(c);
      o.add(e.hasSortOrder() ? e.getSortOrder() : Expression.SortOrder.newBuilder().setChild(e)
          .setDirection(Expression.SortOrder.SortDirection.SORT_DIRECTION_ASCENDING)
          .setNullOrdering(Expression.SortOrder.NullOrdering.SORT_NULLS_FIRST).build());
    }
    return new WindowSpec(partitionSpec, List.copyOf(o), frame);
  }

  /**
   * This window with a ROWS frame from {@code start} to {@code end} rows relative to the current
   * row: negative is before, 0 ({@link Window#currentRow()}) the row itself, and
   * {@link Window#unboundedPreceding()} / {@link Window#unboundedFollowing()} the partition's ends.
   *
   * @throws IllegalArgumentException if a bounded offset does not fit in an int
   */
  public WindowSpec rowsBetween(long start, long end) {
    return withFrame(Expression.Window.WindowFrame.FrameType.FRAME_TYPE_ROW, start, end);
  }

  /**
   * This window with a RANGE frame: rows whose ordering value lies between the current row's
   * value plus {@code start} and plus {@code end}; {@link Window#unboundedPreceding()},
   * {@link Window#currentRow()} and {@link Window#unboundedFollowing()} work as for rows.
   */
  public WindowSpec rangeBetween(long start, long end) {
    return withFrame(Expression.Window.WindowFrame.FrameType.FRAME_TYPE_RANGE, start, end);
  }

  private WindowSpec withFrame(Expression.Window.WindowFrame.FrameType type, long start, long end) {
    Expression.Window.WindowFrame f = Expression.Window.WindowFrame.newBuilder().setFrameType(type)
        .setLower(boundary(type, start, Long.MIN_VALUE)).setUpper(boundary(type, end, Long.MAX_VALUE)).build();
    return new WindowSpec(partitionSpec, orderSpec, f);
  }

  private static Expression.Window.WindowFrame.FrameBoundary boundary(
      Expression.Window.WindowFrame.FrameType type, long value, long unbounded) {
    Expression.Window.WindowFrame.FrameBoundary.Builder b = Expression.Window.WindowFrame.FrameBoundary.newBuilder();
    if (value == Long.MIN_VALUE || value == Long.MAX_VALUE) {
      if (value != unbounded) {
        throw new IllegalArgumentException("A frame cannot start at unboundedFollowing or end at unboundedPreceding");
      }
      return b.setUnbounded(true).build();
    }
    if (value == 0) {
      return b.setCurrentRow(true).build();
    }
    Object literal;
    if (type == Expression.Window.WindowFrame.FrameType.FRAME_TYPE_ROW) {
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("A ROWS frame boundary must fit in an int, not " + value);
      }
      // ROWS offsets are ints on the server.
      literal = (int) value;
    } else {
      literal = value;
    }
    return b.setValue(ExpressionBridge.expr(functions.lit(literal))).build();
  }

  private Column apply(Column function) {
    Expression.Window.Builder w = Expression.Window.newBuilder().setWindowFunction(ExpressionBridge.expr(function))
        .addAllPartitionSpec(partitionSpec).addAllOrderSpec(orderSpec);
    if (frame != null) {
      w.setFrameSpec(frame);
    }
    return ExpressionBridge.column(Expression.newBuilder().setWindow(w).build());
  }

  private static Column[] named(String first, String... rest) {
    Column[] c = new Column[rest.length + 1];
    c[0] = functions.col(first);
    for (int i = 0; i < rest.length; i++) {
      c[i + 1] = functions.col(rest[i]);
    }
    return c;
  }
}
