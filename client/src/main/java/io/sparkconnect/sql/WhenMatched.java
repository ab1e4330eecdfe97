package io.sparkconnect.sql;

import java.util.Map;

/**
 * The action of a {@link MergeIntoWriter#whenMatched()} clause: for target rows that have a
 * matching source row (and meet the clause's condition, if any). Immutable; the writer it adds to
 * is not thread-safe.
 */
public final class WhenMatched {
  private final MergeIntoWriter writer;
  private final Column condition;

  WhenMatched(MergeIntoWriter writer, Column condition) {
    this.writer = writer;
    this.condition = condition;
  }

  /**
   * Sets every target column from the source column of the same name.
   *
   * @return the writer
   */
  public MergeIntoWriter updateAll() {
    return writer.updateAll(condition, false);
  }

  /**
   * Sets the target columns named by the keys to the values.
   *
   * @param map target column names to values (at least one)
   * @return the writer
   */
  public MergeIntoWriter update(Map<String, Column> map) {
    return writer.update(condition, map, false);
  }

  /**
   * Deletes the target row.
   *
   * @return the writer
   */
  public MergeIntoWriter delete() {
    return writer.delete(condition, false);
  }
}
