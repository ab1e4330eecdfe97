package io.sparkconnect.sql.types;

/**
 * The ANSI year-month interval type, e.g. {@code interval year to month} (Java value: {@link
 * java.time.Period}).
 *
 * <p>Fields are numbered {@link #YEAR} &lt; {@link #MONTH}. Immutable and thread-safe; instances
 * compare by start and end field.
 */
public final class YearMonthIntervalType extends AnsiIntervalType {
  // Declared first: DEFAULT below is built from it during class initialisation.
  private static final String[] FIELD_NAMES = {"year", "month"};

  /** The year field. */
  public static final byte YEAR = 0;

  /** The month field. */
  public static final byte MONTH = 1;

  /** {@code interval year to month}. */
  public static final YearMonthIntervalType DEFAULT = new YearMonthIntervalType(YEAR, MONTH);

  /**
   * Creates an interval type from {@code startField} to {@code endField}.
   *
   * @param startField first field (0..1)
   * @param endField last field (0..1), not before {@code startField}
   * @throws IllegalArgumentException for invalid fields
   */
  public YearMonthIntervalType(byte startField, byte endField) {
    super(startField, endField, FIELD_NAMES, "year-month");
  }

  /**
   * Creates an interval type with a single field.
   *
   * @param field the field (0..1)
   */
  public YearMonthIntervalType(byte field) {
    this(field, field);
  }

  /**
   * The lower-case name of a field.
   *
   * @param field the field number
   * @return {@code "year"} or {@code "month"}
   * @throws IllegalArgumentException for an unknown field
   */
  public static String fieldToString(byte field) {
    return fieldName(field, FIELD_NAMES, "year-month");
  }

  /** {@inheritDoc} Returns 4. */
  @Override
  public int defaultSize() {
    return 4;
  }
}
