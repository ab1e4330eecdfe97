package io.sparkconnect.sql.types;

import java.util.Locale;

/**
 * The variable-length string type (Java value: {@link String}).
 *
 * <p>The default instance {@link #INSTANCE} uses the binary collation {@code UTF8_BINARY} and is
 * named {@code string}; {@link #of(String)} gives a type with an explicit collation, named
 * {@code string collate NAME} even for {@code UTF8_BINARY}, as Spark names the type of
 * {@code 'x' COLLATE UTF8_BINARY}. Collations are only informational on the client. Immutable
 * and thread-safe; instances compare by collation name, so {@code INSTANCE} equals an explicit
 * {@code UTF8_BINARY}.
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
   * Returns the string type with the given explicit collation.
   *
   * @param collation the collation name; {@code null} or empty give {@link #INSTANCE}, any other
   *     name (including {@code UTF8_BINARY}) a type named {@code string collate NAME}
   * @return the string type
   */
  public static StringType of(String collation) {
    if (collation == null || collation.isEmpty()) {
      return INSTANCE;
    }
    return new StringType(collation.equalsIgnoreCase(DEFAULT_COLLATION) ? DEFAULT_COLLATION : collation);
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

  /**
   * Whether this is {@link #INSTANCE}, the type without an explicit collation.
   */
  private boolean isImplicit() {
    return this == INSTANCE;
  }

  /**
   * {@inheritDoc} Returns {@code "string"} for {@link #INSTANCE}, else {@code "string collate NAME"}.
   */
  @Override
  public String typeName() {
    return isImplicit() ? "string" : "string collate " + collation;
  }

  /** {@inheritDoc} */
  @Override
  public String sql() {
    return isImplicit() ? "STRING" : "STRING COLLATE " + collation;
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

  /** Returns {@code "StringType"} for {@link #INSTANCE}, else {@code "StringType(NAME)"}. */
  @Override
  public String toString() {
    return isImplicit() ? "StringType" : "StringType(" + collation + ")";
  }
}
