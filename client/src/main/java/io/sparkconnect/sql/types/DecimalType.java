package io.sparkconnect.sql.types;

/**
 * The fixed-point decimal type {@code decimal(precision, scale)} (Java value: {@link
 * java.math.BigDecimal}).
 *
 * <p>Immutable and thread-safe; instances compare by precision and scale.
 */
public final class DecimalType extends DataType {
  /** The maximum supported precision (38). */
  public static final int MAX_PRECISION = 38;

  /** The maximum supported scale (38). */
  public static final int MAX_SCALE = 38;

  /** The system default decimal type, {@code decimal(38,18)}. */
  public static final DecimalType SYSTEM_DEFAULT = new DecimalType(MAX_PRECISION, 18);

  /** The default decimal type for user-created decimals, {@code decimal(10,0)}. */
  public static final DecimalType USER_DEFAULT = new DecimalType(10, 0);

  private final int precision;
  private final int scale;

  /**
   * Creates {@code decimal(precision, scale)}.
   *
   * @param precision total number of digits, 1 to {@link #MAX_PRECISION}
   * @param scale digits after the decimal point, at most {@code precision}
   * @throws IllegalArgumentException for out-of-range values
   */
  public DecimalType(int precision, int scale) {
    if (precision < 1 || precision > MAX_PRECISION) {
      throw new IllegalArgumentException(
          "Decimal precision " + precision + " is out of range [1, " + MAX_PRECISION + "]");
    }
    if (scale > precision) {
      throw new IllegalArgumentException(
          "Decimal scale (" + scale + ") cannot be greater than precision (" + precision + ")");
    }
    this.precision = precision;
    this.scale = scale;
  }

  /**
   * Creates {@code decimal(precision, 0)}.
   *
   * @param precision total number of digits
   */
  public DecimalType(int precision) {
    this(precision, 0);
  }

  /** Creates the user default {@code decimal(10,0)}. */
  public DecimalType() {
    this(10, 0);
  }

  /**
   * The total number of digits.
   *
   * @return the precision
   */
  public int precision() {
    return precision;
  }

  /**
   * The number of digits after the decimal point.
   *
   * @return the scale
   */
  public int scale() {
    return scale;
  }

  /** {@inheritDoc} Returns e.g. {@code "decimal(10,2)"}. */
  @Override
  public String typeName() {
    return "decimal(" + precision + "," + scale + ")";
  }

  /** {@inheritDoc} 8 bytes up to precision 18, otherwise 16. */
  @Override
  public int defaultSize() {
    return precision <= 18 ? 8 : 16;
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    return o instanceof DecimalType
        && ((DecimalType) o).precision == precision
        && ((DecimalType) o).scale == scale;
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return 31 * precision + scale;
  }

  /** Returns e.g. {@code "DecimalType(10,2)"}. */
  @Override
  public String toString() {
    return "DecimalType(" + precision + "," + scale + ")";
  }
}
