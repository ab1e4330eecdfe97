package io.sparkconnect.client;

import io.sparkconnect.proto.Expression;
import io.sparkconnect.sql.Column;
import io.sparkconnect.sql.expressions.WindowSpec;

/**
 * Internal: lets the public packages {@code io.sparkconnect.sql} and
 * {@code io.sparkconnect.sql.expressions} reach each other's protocol-level internals without
 * putting protocol types in public signatures. {@link Column} and {@link WindowSpec} register
 * their access objects from their static initialisers. Not part of the API.
 */
public final class ExpressionBridge {
  /** Converts between columns and protocol expressions. */
  public interface ColumnAccess {
    /** The column's protocol expression. */
    Expression expr(Column column);

    /** A column of a protocol expression. */
    Column column(Expression expr);

    /** The typed column of an aggregator ({@code Aggregator.toColumn()}). */
    Column aggregatorColumn(io.sparkconnect.sql.expressions.Aggregator<?, ?, ?> aggregator);
  }

  /** Applies window specifications. */
  public interface WindowAccess {
    /** {@code function} evaluated over {@code spec}. */
    Column over(Column function, WindowSpec spec);
  }

  private static volatile ColumnAccess columns;
  private static volatile WindowAccess windows;

  private ExpressionBridge() {}

  /** Called once by {@link Column}. */
  public static void registerColumns(ColumnAccess access) {
    columns = access;
  }

  /** Called once by {@link WindowSpec}. */
  public static void registerWindows(WindowAccess access) {
    windows = access;
  }

  /** The column's protocol expression. */
  public static Expression expr(Column column) {
    return columns().expr(column);
  }

  /** A column of a protocol expression. */
  public static Column column(Expression expr) {
    return columns().column(expr);
  }

  /** The typed column of an aggregator ({@code Aggregator.toColumn()}). */
  public static Column aggregatorColumn(io.sparkconnect.sql.expressions.Aggregator<?, ?, ?> aggregator) {
    return columns().aggregatorColumn(aggregator);
  }

  /** {@code function} evaluated over {@code spec}. */
  public static Column over(Column function, WindowSpec spec) {
    // A WindowSpec instance exists, so its class (and registration) is initialised.
    return windows.over(function, spec);
  }

  private static ColumnAccess columns() {
    ColumnAccess c = columns;
    if (c == null) {
      initialise("io.sparkconnect.sql.Column");
      c = columns;
    }
    return c;
  }

  private static void initialise(String className) {
    try {
      Class.forName(className, true, ExpressionBridge.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
