package io.sparkconnect.sql;

import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.MergeAction;
import io.sparkconnect.proto.MergeIntoTableCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a DataFrame's rows into a table ({@code df.mergeInto("target", condition)}), for tables
 * whose format supports row-level changes (Spark 4 servers):
 *
 * <pre>{@code
 * updates.mergeInto("accounts", col("accounts.id").equalTo(col("u.id")))
 *     .whenMatched().updateAll()
 *     .whenNotMatched().insertAll()
 *     .whenNotMatchedBySource().delete()
 *     .merge();
 * }</pre>
 *
 * <p>Clauses apply in the order given. A builder: not thread-safe.
 */
public final class MergeIntoWriter {
  private final DataFrame source;
  private final String table;
  private final Column condition;
  private final List<Expression> matched = new ArrayList<>();
  private final List<Expression> notMatched = new ArrayList<>();
  private final List<Expression> notMatchedBySource = new ArrayList<>();
  private boolean schemaEvolution;

  MergeIntoWriter(DataFrame source, String table, Column condition) {
    if (table == null || table.isBlank()) {
      throw new IllegalArgumentException("mergeInto() needs a table name");
    }
    this.source = source;
    this.table = table;
    this.condition = Objects.requireNonNull(condition, "condition");
  }

  /** Actions for target rows that have a matching source row. */
  public WhenMatched whenMatched() {
    return new WhenMatched(this, null);
  }

  /** Actions for target rows that have a matching source row and meet {@code condition}. */
  public WhenMatched whenMatched(Column condition) {
    return new WhenMatched(this, Objects.requireNonNull(condition, "condition"));
  }

  /** Actions for source rows without a matching target row. */
  public WhenNotMatched whenNotMatched() {
    return new WhenNotMatched(this, null);
  }

  /** Actions for source rows without a matching target row that meet {@code condition}. */
  public WhenNotMatched whenNotMatched(Column condition) {
    return new WhenNotMatched(this, Objects.requireNonNull(condition, "condition"));
  }

  /** Actions for target rows without a matching source row. */
  public WhenNotMatchedBySource whenNotMatchedBySource() {
    return new WhenNotMatchedBySource(this, null);
  }

  /** Actions for target rows without a matching source row that meet {@code condition}. */
  public WhenNotMatchedBySource whenNotMatchedBySource(Column condition) {
    return new WhenNotMatchedBySource(this, Objects.requireNonNull(condition, "condition"));
  }

  /** Lets the merge add source columns the target lacks, for formats that support it. */
  public MergeIntoWriter withSchemaEvolution() {
    schemaEvolution = true;
    return this;
  }

  /**
   * Runs the merge.
   *
   * @throws IllegalStateException if no clause was given
   */
  public void merge() {
    source.sparkSession().executeCommand(Command.newBuilder().setMergeIntoTableCommand(command()).build());
  }

  /**
   * {@link #merge()} without blocking: the merge starts at once and the future completes when the
   * server has finished it; cancelling the future interrupts it on the server. Failures complete
   * the future exceptionally with the exception {@link #merge()} would throw.
   */
  public java.util.concurrent.CompletableFuture<Void> mergeAsync() {
    return AsyncResults.command(source.sparkSession(),
        () -> Command.newBuilder().setMergeIntoTableCommand(command()).build());
  }

  MergeIntoTableCommand command() {
    if (matched.isEmpty() && notMatched.isEmpty() && notMatchedBySource.isEmpty()) {
      throw new IllegalStateException("A merge needs at least one whenMatched, whenNotMatched or whenNotMatchedBySource clause");
    }
    return MergeIntoTableCommand.newBuilder().setTargetTableName(table).setSourceTablePlan(source.relation())
        .setMergeCondition(condition.expr).addAllMatchActions(matched).addAllNotMatchedActions(notMatched)
        .addAllNotMatchedBySourceActions(notMatchedBySource).setWithSchemaEvolution(schemaEvolution).build();
  }

  static Expression action(MergeAction.ActionType type, Column condition, Map<String, Column> assignments) {
    MergeAction.Builder a = MergeAction.newBuilder().setActionType(type);
    if (condition != null) {
      a.setCondition(condition.expr);
    }
    if (assignments != null) {
      if (assignments.isEmpty()) {
        throw new IllegalArgumentException("An update or insert needs at least one column assignment");
      }
      assignments.forEach((k, v) -> a.addAssignments(MergeAction.Assignment.newBuilder()
          .setKey(functions.col(k).expr).setValue(Objects.requireNonNull(v, "value for " + k).expr)));
    }
    return Expression.newBuilder().setMergeAction(a).build();
  }

  MergeIntoWriter addMatched(Expression e) {
    matched.add(e);
    return this;
  }

  MergeIntoWriter addNotMatched(Expression e) {
    notMatched.add(e);
    return this;
  }

  MergeIntoWriter addNotMatchedBySource(Expression e) {
    notMatchedBySource.add(e);
    return this;
  }
}
