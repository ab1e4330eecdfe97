package io.sparkconnect.sql;

/**
 * Creates {@link Row}s from Java values. Stateless and thread-safe.
 */
public final class RowFactory {
  private RowFactory() {}

  /**
   * Creates a row without schema.
   *
   * @param values the values (the array is copied)
   * @return the row
   */
  public static Row create(Object... values) {
    return new GenericRow(values, null);
  }
}
