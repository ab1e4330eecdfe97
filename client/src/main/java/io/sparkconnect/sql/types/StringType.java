package io.sparkconnect.sql.types;

import java.util.Locale;

/**
 * The variable-length string type (Java value: {@link String}).
 *
 * <p>The default instance {@link #INSTANCE} uses the binary collation {@code UTF8_BINARY}; other
 * collations can be represented with {@link #of(String)}, which is only informational on the
 * client. Immutable and thread-safe; instances compare by collation name.
 */
public final class StringType extends DataType {
  /** Name of the default collation. */
  public static final String DEFAULT_COLLATION = "UTF8_BINARY";

  /** The string type with the default collation. */
  public static final StringType INSTANCE = new StringType(DEFAULT_COLLATION);

  private final String collation;

  private StringType(String collation) {
    this.collation = collation;
  }

  /**
   * Returns the string type with the given collation.
   *
   * @param collation the collation name; {@code null}, empty or {@code UTF8_BINARY} give {@link
   *     #INSTANCE}
   * @return the string type
   */
  public static StringType of(String collation) {
    if (collation == null
        || collation.isEmpty()
        || collation.equalsIgnoreCase(DEFAULT_COLLATION)) {
      return INSTANCE;
    }
    return new StringType(collation);
  }

  /**
   * The collation name.
   *
   * @return e.g. {@code "UTF8_BINARY"}
   */
  public String collationName() {
    return collation;
  }

  /**
   * Whether this is the default binary collation.
   *
   * @return true for {@code UTF8_BINARY}
   */
  public boolean isDefaultCollation() {
    return collation.equals(DEFAULT_COLLATION);
  }

  /** {@inheritDoc} Returns {@code "string"}, or {@code "string collate NAME"} when collated. */
  @Override
  public String typeName() {
    return isDefaultCollation() ? "string" : "string collate " + collation;
  }

  /** {@inheritDoc} */
  @Override
  public String sql() {
    return isDefaultCollation() ? "STRING" : "STRING COLLATE " + collation;
  }

  /** {@inheritDoc} Returns 20. */
  @Override
  public int defaultSize() {
    return 20;
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    return o instanceof StringType
        && ((StringType) o).collation.toUpperCase(Locale.ROOT)
            .equals(collation.toUpperCase(Locale.ROOT));
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return collation.toUpperCase(Locale.ROOT).hashCode();
  }

  /** Returns {@code "StringType"}, or {@code "StringType(NAME)"} when collated. */
  @Override
  public String toString() {
    return isDefaultCollation() ? "StringType" : "StringType(" + collation + ")";
  }
}
