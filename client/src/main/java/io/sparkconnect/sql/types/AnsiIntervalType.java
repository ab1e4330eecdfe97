package io.sparkconnect.sql.types;

/**
 * What the two ANSI interval types share: a start and an end field from a fixed, ordered list of
 * field names, and names such as {@code interval day to second}. Immutable.
 */
abstract class AnsiIntervalType extends DataType {
  private final byte startField;
  private final byte endField;
  private final String[] fieldNames;
  private final String kind;

  AnsiIntervalType(byte startField, byte endField, String[] fieldNames, String kind) {
    this.fieldNames = fieldNames;
    this.kind = kind;
    if (startField < 0 || startField >= fieldNames.length || endField < 0 || endField >= fieldNames.length) {
      throw new IllegalArgumentException("Invalid " + kind + " interval fields: " + startField + ", " + endField);
    }
    if (endField < startField) {
      throw new IllegalArgumentException(Character.toUpperCase(kind.charAt(0)) + kind.substring(1)
          + " interval end field " + fieldNames[endField] + " is before start field " + fieldNames[startField]);
    }
    this.startField = startField;
    this.endField = endField;
  }

  static String fieldName(byte field, String[] names, String kind) {
    if (field < 0 || field >= names.length) {
      throw new IllegalArgumentException("Invalid " + kind + " interval field: " + field);
    }
    return names[field];
  }

  /**
   * The first field.
   *
   * @return the start field
   */
  public byte startField() {
    return startField;
  }

  /**
   * The last field.
   *
   * @return the end field
   */
  public byte endField() {
    return endField;
  }

  /** {@inheritDoc} Returns e.g. {@code "interval day to second"} or {@code "interval hour"}. */
  @Override
  public String typeName() {
    String start = fieldNames[startField];
    return startField == endField ? "interval " + start : "interval " + start + " to " + fieldNames[endField];
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass()
        && ((AnsiIntervalType) o).startField == startField
        && ((AnsiIntervalType) o).endField == endField;
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + startField * 8 + endField;
  }

  /** Returns e.g. {@code "DayTimeIntervalType(0,3)"}. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + startField + "," + endField + ")";
  }
}
