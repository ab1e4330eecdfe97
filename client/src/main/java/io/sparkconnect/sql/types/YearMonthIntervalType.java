package io.sparkconnect.sql.types;

/**
 * The ANSI year-month interval type, e.g. {@code interval year to month} (Java value: {@link
 * java.time.Period}).
 *
 * <p>Fields are numbered {@link #YEAR} &lt; {@link #MONTH}. Immutable and thread-safe; instances
 * compare by start and end field.
 */
public final class YearMonthIntervalType extends DataType {
  /** The year field. */
  public static final byte YEAR = 0;

  /** The month field. */
  public static final byte MONTH = 1;

  /** {@code interval year to month}. */
  public static final YearMonthIntervalType DEFAULT = new YearMonthIntervalType(YEAR, MONTH);

  private final byte startField;
  private final byte endField;

  /**
   * Creates an interval type from {@code startField} to {@code endField}.
   *
   * @param startField first field (0..1)
   * @param endField last field (0..1), not before {@code startField}
   * @throws IllegalArgumentException for invalid fields
   */
  public YearMonthIntervalType(byte startField, byte endField) {
    if (startField < YEAR || startField > MONTH || endField < YEAR || endField > MONTH) {
      throw new IllegalArgumentException(
          "Invalid year-month interval fields: " + startField + ", " + endField);
    }
    if (endField < startField) {
      throw new IllegalArgumentException(
          "Year-month interval end field "
              + fieldToString(endField)
              + " is before start field "
              + fieldToString(startField));
    }
    this.startField = startField;
    this.endField = endField;
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
   * The first field.
   *
   * @return the start field (0..1)
   */
  public byte startField() {
    return startField;
  }

  /**
   * The last field.
   *
   * @return the end field (0..1)
   */
  public byte endField() {
    return endField;
  }

  /**
   * The lower-case name of a field.
   *
   * @param field the field number
   * @return {@code "year"} or {@code "month"}
   * @throws IllegalArgumentException for an unknown field
   */
  public static String fieldToString(byte field) {
    switch (field) {
      case YEAR: return "year";
      case MONTH: return "month";
      default: throw new IllegalArgumentException("Invalid year-month interval field: " + field);
    }
  }

  /** {@inheritDoc} Returns e.g. {@code "interval year to month"} or {@code "interval month"}. */
  @Override
  public String typeName() {
    String start = fieldToString(startField);
    return startField == endField
        ? "interval " + start
        : "interval " + start + " to " + fieldToString(endField);
  }

  /** {@inheritDoc} Returns 4. */
  @Override
  public int defaultSize() {
    return 4;
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    return o instanceof YearMonthIntervalType
        && ((YearMonthIntervalType) o).startField == startField
        && ((YearMonthIntervalType) o).endField == endField;
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return 0x5900 + startField * 8 + endField;
  }

  /** Returns e.g. {@code "YearMonthIntervalType(0,1)"}. */
  @Override
  public String toString() {
    return "YearMonthIntervalType(" + startField + "," + endField + ")";
  }
}
