package io.sparkconnect.sql;

import io.sparkconnect.proto.MergeAction;
import java.util.Map;

/** The action of a {@link MergeIntoWriter#whenMatched()} clause. */
public final class WhenMatched {
  private final MergeIntoWriter writer;
  private final Column condition;

  WhenMatched(MergeIntoWriter writer, Column condition) {
    this.writer = writer;
    this.condition = condition;
  }

  /** Sets every target column from the source column of the same name. */
  public MergeIntoWriter updateAll() {
    return writer.addMatched(MergeIntoWriter.action(MergeAction.ActionType.ACTION_TYPE_UPDATE_STAR, condition, null));
  }

  /** Sets the target columns named by the keys to the values. */
  public MergeIntoWriter update(Map<String, Column> map) {
    return writer.addMatched(MergeIntoWriter.action(MergeAction.ActionType.ACTION_TYPE_UPDATE, condition, map));
  }

  /** Deletes the target row. */
  public MergeIntoWriter delete() {
    return writer.addMatched(MergeIntoWriter.action(MergeAction.ActionType.ACTION_TYPE_DELETE, condition, null));
  }
}
