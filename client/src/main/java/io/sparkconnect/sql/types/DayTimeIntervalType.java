package io.sparkconnect.sql.types;

/**
 * The ANSI day-time interval type, e.g. {@code interval day to second} (Java value: {@link
 * java.time.Duration}).
 *
 * <p>Fields are numbered {@link #DAY} &lt; {@link #HOUR} &lt; {@link #MINUTE} &lt; {@link
 * #SECOND}. Immutable and thread-safe; instances compare by start and end field.
 */
public final class DayTimeIntervalType extends AnsiIntervalType {
  // Declared first: DEFAULT below is built from it during class initialisation.
  private static final String[] FIELD_NAMES = {"day", "hour", "minute", "second"};

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

  /**
   * Creates an interval type from {@code startField} to {@code endField}.
   *
   * @param startField first field (0..3)
   * @param endField last field (0..3), not before {@code startField}
   * @throws IllegalArgumentException for invalid fields
   */
  public DayTimeIntervalType(byte startField, byte endField) {
    super(startField, endField, FIELD_NAMES, "day-time");
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
   * The lower-case name of a field.
   *
   * @param field the field number
   * @return {@code "day"}, {@code "hour"}, {@code "minute"} or {@code "second"}
   * @throws IllegalArgumentException for an unknown field
   */
  public static String fieldToString(byte field) {
    return fieldName(field, FIELD_NAMES, "day-time");
  }

  /** {@inheritDoc} Returns 8. */
  @Override
  public int defaultSize() {
    return 8;
  }
}
