package io.sparkconnect.sql;

import io.sparkconnect.proto.MergeAction;
import java.util.Map;

/** The action of a {@link MergeIntoWriter#whenNotMatched()} clause. */
public final class WhenNotMatched {
  private final MergeIntoWriter writer;
  private final Column condition;

  WhenNotMatched(MergeIntoWriter writer, Column condition) {
    this.writer = writer;
    this.condition = condition;
  }

  /** Inserts the source row, column by column name. */
  public MergeIntoWriter insertAll() {
    return writer.addNotMatched(MergeIntoWriter.action(MergeAction.ActionType.ACTION_TYPE_INSERT_STAR, condition, null));
  }

  /** Inserts a row with the target columns named by the keys set to the values. */
  public MergeIntoWriter insert(Map<String, Column> map) {
    return writer.addNotMatched(MergeIntoWriter.action(MergeAction.ActionType.ACTION_TYPE_INSERT, condition, map));
  }
}
