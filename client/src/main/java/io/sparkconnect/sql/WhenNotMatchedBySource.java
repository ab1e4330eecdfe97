package io.sparkconnect.sql;

import java.util.Map;

/**
 * The action of a {@link MergeIntoWriter#whenNotMatchedBySource()} clause: for target rows
 * without a matching source row (that meet the clause's condition, if any). Immutable; the writer
 * it adds to is not thread-safe.
 */
public final class WhenNotMatchedBySource {
  private final MergeIntoWriter writer;
  private final Column condition;

  WhenNotMatchedBySource(MergeIntoWriter writer, Column condition) {
    this.writer = writer;
    this.condition = condition;
  }

  /**
   * Sets every target column from the source column of the same name.
   *
   * @return the writer
   */
  public MergeIntoWriter updateAll() {
    return writer.updateAll(condition, true);
  }

  /**
   * Sets the target columns named by the keys to the values.
   *
   * @param map target column names to values (at least one)
   * @return the writer
   */
  public MergeIntoWriter update(Map<String, Column> map) {
    return writer.update(condition, map, true);
  }

  /**
   * Deletes the target row.
   *
   * @return the writer
   */
  public MergeIntoWriter delete() {
    return writer.delete(condition, true);
  }
}
