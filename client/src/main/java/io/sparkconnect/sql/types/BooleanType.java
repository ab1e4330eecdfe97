package io.sparkconnect.sql.types;

/**
 * The boolean type (Java value: {@link Boolean}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#BooleanType}.
 */
public final class BooleanType extends DataType {
  /** The only instance. */
  public static final BooleanType INSTANCE = new BooleanType();

  private BooleanType() {}

  /** {@inheritDoc} Returns {@code "boolean"}. */
  @Override
  public String typeName() {
    return "boolean";
  }

  /** {@inheritDoc} Returns {@code "boolean"}. */
  @Override
  public String simpleString() {
    return "boolean";
  }

  /** {@inheritDoc} Returns {@code 1}. */
  @Override
  public int defaultSize() {
    return 1;
  }
}
