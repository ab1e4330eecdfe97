package io.sparkconnect.sql.types;

/**
 * The 2-byte signed integer type (Java value: {@link Short}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#ShortType}.
 */
public final class ShortType extends DataType {
  /** The only instance. */
  public static final ShortType INSTANCE = new ShortType();

  private ShortType() {}

  /** {@inheritDoc} Returns {@code "short"}. */
  @Override
  public String typeName() {
    return "short";
  }

  /** {@inheritDoc} Returns {@code "smallint"}. */
  @Override
  public String simpleString() {
    return "smallint";
  }

  /** {@inheritDoc} Returns {@code 2}. */
  @Override
  public int defaultSize() {
    return 2;
  }
}
