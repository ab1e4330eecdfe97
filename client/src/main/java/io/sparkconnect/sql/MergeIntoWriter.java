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
 * <p>Clauses apply in the order given. The clause classes ({@link WhenMatched}, ...) add their
 * clause through this writer's {@link #insertAll(Column)}, {@link #insert(Column, Map)},
 * {@link #updateAll(Column, boolean)}, {@link #update(Column, Map, boolean)} and
 * {@link #delete(Column, boolean)}, which take a nullable condition where Spark's take an
 * {@code Option}. A builder: not thread-safe.
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

  /**
   * Adds a {@code WHEN NOT MATCHED} clause that inserts the source row, column by column name;
   * {@link WhenNotMatched#insertAll()} calls it.
   *
   * @param condition the clause's extra condition, or null for none
   * @return this writer
   */
  public MergeIntoWriter insertAll(Column condition) {
    return addNotMatched(action(MergeAction.ActionType.ACTION_TYPE_INSERT_STAR, condition, null));
  }

  /**
   * Adds a {@code WHEN NOT MATCHED} clause that inserts a row whose target columns named by the
   * keys are set to the values; {@link WhenNotMatched#insert(Map)} calls it.
   *
   * @param condition the clause's extra condition, or null for none
   * @param map target column names to values (at least one)
   * @return this writer
   * @throws IllegalArgumentException if {@code map} is empty
   */
  public MergeIntoWriter insert(Column condition, Map<String, Column> map) {
    return addNotMatched(action(MergeAction.ActionType.ACTION_TYPE_INSERT, condition, Objects.requireNonNull(map, "map")));
  }

  /**
   * Adds a clause that sets every target column from the source column of the same name:
   * {@code WHEN MATCHED}, or {@code WHEN NOT MATCHED BY SOURCE} when {@code notMatchedBySource};
   * {@link WhenMatched#updateAll()} and {@link WhenNotMatchedBySource#updateAll()} call it.
   *
   * @param condition the clause's extra condition, or null for none
   * @param notMatchedBySource whether the clause is for target rows without a matching source row
   * @return this writer
   */
  public MergeIntoWriter updateAll(Column condition, boolean notMatchedBySource) {
    Expression e = action(MergeAction.ActionType.ACTION_TYPE_UPDATE_STAR, condition, null);
    return notMatchedBySource ? addNotMatchedBySource(e) : addMatched(e);
  }

  /**
   * Adds a clause that sets the target columns named by the keys to the values: {@code WHEN
   * MATCHED}, or {@code WHEN NOT MATCHED BY SOURCE} when {@code notMatchedBySource};
   * {@link WhenMatched#update(Map)} and {@link WhenNotMatchedBySource#update(Map)} call it.
   *
   * @param condition the clause's extra condition, or null for none
   * @param map target column names to values (at least one)
   * @param notMatchedBySource whether the clause is for target rows without a matching source row
   * @return this writer
   * @throws IllegalArgumentException if {@code map} is empty
   */
  public MergeIntoWriter update(Column condition, Map<String, Column> map, boolean notMatchedBySource) {
    Expression e = action(MergeAction.ActionType.ACTION_TYPE_UPDATE, condition, Objects.requireNonNull(map, "map"));
    return notMatchedBySource ? addNotMatchedBySource(e) : addMatched(e);
  }

  /**
   * Adds a clause that deletes the target row: {@code WHEN MATCHED}, or {@code WHEN NOT MATCHED BY
   * SOURCE} when {@code notMatchedBySource}; {@link WhenMatched#delete()} and
   * {@link WhenNotMatchedBySource#delete()} call it.
   *
   * @param condition the clause's extra condition, or null for none
   * @param notMatchedBySource whether the clause is for target rows without a matching source row
   * @return this writer
   */
  public MergeIntoWriter delete(Column condition, boolean notMatchedBySource) {
    Expression e = action(MergeAction.ActionType.ACTION_TYPE_DELETE, condition, null);
    return notMatchedBySource ? addNotMatchedBySource(e) : addMatched(e);
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
