package io.sparkconnect.sql.types;

/**
 * The type of the untyped {@code NULL} literal (Java value: always {@code null}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#NullType}.
 */
public final class NullType extends DataType {
  /** The only instance. */
  public static final NullType INSTANCE = new NullType();

  private NullType() {}

  /** {@inheritDoc} Returns {@code "void"}. */
  @Override
  public String typeName() {
    return "void";
  }

  /** {@inheritDoc} Returns {@code "void"}. */
  @Override
  public String simpleString() {
    return "void";
  }

  /** {@inheritDoc} Returns {@code 1}. */
  @Override
  public int defaultSize() {
    return 1;
  }
}
