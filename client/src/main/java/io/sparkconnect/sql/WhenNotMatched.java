package io.sparkconnect.sql;

import java.util.Map;

/**
 * The action of a {@link MergeIntoWriter#whenNotMatched()} clause: for source rows without a
 * matching target row (that meet the clause's condition, if any). Immutable; the writer it adds
 * to is not thread-safe.
 */
public final class WhenNotMatched {
  private final MergeIntoWriter writer;
  private final Column condition;

  WhenNotMatched(MergeIntoWriter writer, Column condition) {
    this.writer = writer;
    this.condition = condition;
  }

  /**
   * Inserts the source row, column by column name.
   *
   * @return the writer
   */
  public MergeIntoWriter insertAll() {
    return writer.insertAll(condition);
  }

  /**
   * Inserts a row with the target columns named by the keys set to the values.
   *
   * @param map target column names to values (at least one)
   * @return the writer
   */
  public MergeIntoWriter insert(Map<String, Column> map) {
    return writer.insert(condition, map);
  }
}
