package io.sparkconnect.sql.types;

/**
 * The semi-structured variant type (Java value: {@link VariantVal}).
 *
 * <p>Singleton; immutable and thread-safe. Use {@link #INSTANCE} or {@link DataTypes#VariantType}.
 */
public final class VariantType extends DataType {
  /** The only instance. */
  public static final VariantType INSTANCE = new VariantType();

  private VariantType() {}

  /** {@inheritDoc} Returns {@code "variant"}. */
  @Override
  public String typeName() {
    return "variant";
  }

  /** {@inheritDoc} Returns {@code "variant"}. */
  @Override
  public String simpleString() {
    return "variant";
  }

  /** {@inheritDoc} Returns {@code 2048}. */
  @Override
  public int defaultSize() {
    return 2048;
  }
}
