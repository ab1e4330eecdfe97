package io.sparkconnect.testing;

/**
 * How {@link DataFrameAssertions} compares: row order, floating-point tolerance, nullability and
 * how many differing rows a failure lists. Immutable: every method returns a new instance, so
 * instances can be shared between threads and kept in constants.
 *
 * <pre>{@code
 * ComparisonOptions exact = ComparisonOptions.defaults().checkRowOrder(true).rtol(0).atol(0);
 * }</pre>
 */
public final class ComparisonOptions {
  private static final ComparisonOptions DEFAULTS = new ComparisonOptions(false, 1e-5, 1e-8, true, 20);

  private final boolean checkRowOrder;
  private final double rtol;
  private final double atol;
  private final boolean ignoreNullable;
  private final int maxRowsShown;

  private ComparisonOptions(boolean checkRowOrder, double rtol, double atol, boolean ignoreNullable, int maxRowsShown) {
    this.checkRowOrder = checkRowOrder;
    this.rtol = rtol;
    this.atol = atol;
    this.ignoreNullable = ignoreNullable;
    this.maxRowsShown = maxRowsShown;
  }

  /**
   * The defaults: row order ignored, relative tolerance {@code 1e-5}, absolute tolerance
   * {@code 1e-8}, nullability ignored, at most 20 differing rows listed in a failure.
   *
   * @return the default options
   */
  public static ComparisonOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Whether rows must come in the same order (default {@code false}: compared as multisets).
   *
   * @param check {@code true} to compare row by row in order
   * @return new options
   */
  public ComparisonOptions checkRowOrder(boolean check) {
    return new ComparisonOptions(check, rtol, atol, ignoreNullable, maxRowsShown);
  }

  /**
   * The relative tolerance for floating-point and decimal values (default {@code 1e-5}): two
   * values are equal when {@code |expected - actual| <= atol + rtol * |actual|}.
   *
   * @param rtol a non-negative tolerance
   * @return new options
   * @throws IllegalArgumentException if {@code rtol} is negative or NaN
   */
  public ComparisonOptions rtol(double rtol) {
    return new ComparisonOptions(checkRowOrder, checkTolerance("rtol", rtol), atol, ignoreNullable, maxRowsShown);
  }

  /**
   * The absolute tolerance for floating-point and decimal values (default {@code 1e-8}).
   *
   * @param atol a non-negative tolerance
   * @return new options
   * @throws IllegalArgumentException if {@code atol} is negative or NaN
   * @see #rtol(double)
   */
  public ComparisonOptions atol(double atol) {
    return new ComparisonOptions(checkRowOrder, rtol, checkTolerance("atol", atol), ignoreNullable, maxRowsShown);
  }

  /**
   * Whether schemas may differ in nullability (of fields, array elements and map values); default
   * {@code true}.
   *
   * @param ignore {@code false} to require the same nullability
   * @return new options
   */
  public ComparisonOptions ignoreNullable(boolean ignore) {
    return new ComparisonOptions(checkRowOrder, rtol, atol, ignore, maxRowsShown);
  }

  /**
   * How many differing rows a failure message lists (default 20); the rest are counted.
   *
   * @param max at least 1
   * @return new options
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public ComparisonOptions maxRowsShown(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxRowsShown must be at least 1, not " + max);
    }
    return new ComparisonOptions(checkRowOrder, rtol, atol, ignoreNullable, max);
  }

  /**
   * Whether row order is checked.
   *
   * @return {@code true} if rows are compared in order
   */
  public boolean isRowOrderChecked() {
    return checkRowOrder;
  }

  /**
   * The relative tolerance.
   *
   * @return the relative tolerance
   */
  public double rtol() {
    return rtol;
  }

  /**
   * The absolute tolerance.
   *
   * @return the absolute tolerance
   */
  public double atol() {
    return atol;
  }

  /**
   * Whether nullability is ignored.
   *
   * @return {@code true} if schemas may differ in nullability
   */
  public boolean isNullableIgnored() {
    return ignoreNullable;
  }

  /**
   * How many differing rows a failure lists.
   *
   * @return the limit
   */
  public int maxRowsShown() {
    return maxRowsShown;
  }

  @Override
  public String toString() {
    return "ComparisonOptions{checkRowOrder=" + checkRowOrder + ", rtol=" + rtol + ", atol=" + atol
        + ", ignoreNullable=" + ignoreNullable + ", maxRowsShown=" + maxRowsShown + "}";
  }

  private static double checkTolerance(String name, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(name + " must be a non-negative number, not " + value);
    }
    return value;
  }
}
