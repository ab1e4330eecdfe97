package io.sparkconnect.sql.types;

/**
 * The ANSI day-time interval type, e.g. {@code interval day to second} (Java value: {@link
 * java.time.Duration}).
 *
 * <p>Fields are numbered {@link #DAY} &lt; {@link #HOUR} &lt; {@link #MINUTE} &lt; {@link
 * #SECOND}. Immutable and thread-safe; instances compare by start and end field.
 */
public final class DayTimeIntervalType extends DataType {
  /** The day field. */
  public static final byte DAY = 0;

  /** The hour field. */
  public static final byte HOUR = 1;

  /** The minute field. */
  public static final byte MINUTE = 2;

  /** The second field. */
  public static final byte SECOND = 3;

  /** {@code interval day to second}. */
  public static final DayTimeIntervalType DEFAULT = new DayTimeIntervalType(DAY, SECOND);

  private final byte startField;
  private final byte endField;

  /**
   * Creates an interval type from {@code startField} to {@code endField}.
   *
   * @param startField first field (0..3)
   * @param endField last field (0..3), not before {@code startField}
   * @throws IllegalArgumentException for invalid fields
   */
  public DayTimeIntervalType(byte startField, byte endField) {
    if (startField < DAY || startField > SECOND || endField < DAY || endField > SECOND) {
      throw new IllegalArgumentException(
          "Invalid day-time interval fields: " + startField + ", " + endField);
    }
    if (endField < startField) {
      throw new IllegalArgumentException(
          "Day-time interval end field "
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
   * @param field the field (0..3)
   */
  public DayTimeIntervalType(byte field) {
    this(field, field);
  }

  /**
   * The first field.
   *
   * @return the start field (0..3)
   */
  public byte startField() {
    return startField;
  }

  /**
   * The last field.
   *
   * @return the end field (0..3)
   */
  public byte endField() {
    return endField;
  }

  /**
   * The lower-case name of a field.
   *
   * @param field the field number
   * @return {@code "day"}, {@code "hour"}, {@code "minute"} or {@code "second"}
   * @throws IllegalArgumentException for an unknown field
   */
  public static String fieldToString(byte field) {
    switch (field) {
      case DAY: return "day";
      case HOUR: return "hour";
      case MINUTE: return "minute";
      case SECOND: return "second";
      default: throw new IllegalArgumentException("Invalid day-time interval field: " + field);
    }
  }

  /** {@inheritDoc} Returns e.g. {@code "interval day to second"} or {@code "interval hour"}. */
  @Override
  public String typeName() {
    String start = fieldToString(startField);
    return startField == endField
        ? "interval " + start
        : "interval " + start + " to " + fieldToString(endField);
  }

  /** {@inheritDoc} Returns 8. */
  @Override
  public int defaultSize() {
    return 8;
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    return o instanceof DayTimeIntervalType
        && ((DayTimeIntervalType) o).startField == startField
        && ((DayTimeIntervalType) o).endField == endField;
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return 0x4400 + startField * 8 + endField;
  }

  /** Returns e.g. {@code "DayTimeIntervalType(0,3)"}. */
  @Override
  public String toString() {
    return "DayTimeIntervalType(" + startField + "," + endField + ")";
  }
}
