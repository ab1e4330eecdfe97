package io.sparkconnect.sql;

import io.sparkconnect.proto.MergeAction;
import java.util.Map;

/** The action of a {@link MergeIntoWriter#whenNotMatchedBySource()} clause. */
public final class WhenNotMatchedBySource {
  private final MergeIntoWriter writer;
  private final Column condition;

  WhenNotMatchedBySource(MergeIntoWriter writer, Column condition) {
    this.writer = writer;
    this.condition = condition;
  }

  /** Sets the target columns named by the keys to the values. */
  public MergeIntoWriter update(Map<String, Column> map) {
    return writer.addNotMatchedBySource(MergeIntoWriter.action(MergeAction.ActionType.ACTION_TYPE_UPDATE, condition, map));
  }

  /** Deletes the target row. */
  public MergeIntoWriter delete() {
    return writer.addNotMatchedBySource(MergeIntoWriter.action(MergeAction.ActionType.ACTION_TYPE_DELETE, condition, null));
  }
}
