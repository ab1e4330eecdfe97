package io.sparkconnect.arrow;

import java.util.List;
import java.util.Map;

/**
 * One field of an Arrow schema: name, nullability, logical type with its parameters, children and
 * custom metadata. Parameters that do not apply to the kind are zero or null.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class ArrowField {
  // Units, as numbered in Arrow's schema definition.
  static final int DATE_DAY = 0;
  static final int DATE_MILLISECOND = 1;
  static final int SECOND = 0;
  static final int MILLISECOND = 1;
  static final int MICROSECOND = 2;
  static final int NANOSECOND = 3;
  static final int YEAR_MONTH = 0;
  static final int DAY_TIME = 1;
  static final int MONTH_DAY_NANO = 2;
  static final int HALF = 0;
  static final int SINGLE = 1;
  static final int DOUBLE = 2;

  final String name;
  final boolean nullable;
  final ArrowTypeKind kind;
  /** Int, Time and Decimal bit width. */
  final int bitWidth;
  /** Int signedness. */
  final boolean signed;
  /** FloatingPoint precision; Decimal precision. */
  final int precision;
  /** Decimal scale. */
  final int scale;
  /** Date, Time, Timestamp, Duration or Interval unit. */
  final int unit;
  /** Timestamp time zone, null when absent. */
  final String timezone;
  /** FixedSizeBinary byte width; FixedSizeList list size. */
  final int byteWidth;
  final List<ArrowField> children;
  final Map<String, String> metadata;

  ArrowField(
      String name,
      boolean nullable,
      ArrowTypeKind kind,
      int bitWidth,
      boolean signed,
      int precision,
      int scale,
      int unit,
      String timezone,
      int byteWidth,
      List<ArrowField> children,
      Map<String, String> metadata) {
    this.name = name == null ? "" : name;
    this.nullable = nullable;
    this.kind = kind;
    this.bitWidth = bitWidth;
    this.signed = signed;
    this.precision = precision;
    this.scale = scale;
    this.unit = unit;
    this.timezone = timezone;
    this.byteWidth = byteWidth;
    this.children = List.copyOf(children);
    this.metadata = Map.copyOf(metadata);
  }

  /** A field with only a kind and children (for kinds without parameters). */
  static ArrowField simple(
      String name, boolean nullable, ArrowTypeKind kind, List<ArrowField> children) {
    return new ArrowField(name, nullable, kind, 0, false, 0, 0, 0, null, 0, children, Map.of());
  }

  /**
   * True when this struct is how Spark encodes a VARIANT value: binary children {@code value} and
   * {@code metadata}, the latter marked with field metadata {@code variant=true} (the struct
   * itself carries the column's own metadata, so the mark is on the child). A mark on the struct
   * is accepted too.
   */
  boolean isVariant() {
    if (kind != ArrowTypeKind.STRUCT || children.size() != 2) {
      return false;
    }
    int meta = childIndex("metadata");
    if (childIndex("value") < 0 || meta < 0) {
      return false;
    }
    return "true".equals(children.get(meta).metadata.get("variant")) || "true".equals(metadata.get("variant"));
  }

  int childIndex(String childName) {
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i).name.equals(childName)) {
        return i;
      }
    }
    return -1;
  }

  /** A short description of the type, for error messages, e.g. {@code Timestamp(unit=2, tz=UTC)}. */
  String describeType() {
    switch (kind) {
      case INT:
        return "Int(" + bitWidth + (signed ? ", signed)" : ", unsigned)");
      case FLOATING_POINT:
        return "FloatingPoint(" + (precision == HALF ? "HALF" : precision == SINGLE ? "SINGLE" : "DOUBLE") + ")";
      case DECIMAL:
        return "Decimal(" + precision + ", " + scale + ", " + bitWidth + ")";
      case DATE:
        return "Date(" + (unit == DATE_DAY ? "DAY" : "MILLISECOND") + ")";
      case TIME:
        return "Time(" + unitName(unit) + ", " + bitWidth + ")";
      case TIMESTAMP:
        return "Timestamp(" + unitName(unit) + (timezone == null ? ")" : ", " + timezone + ")");
      case DURATION:
        return "Duration(" + unitName(unit) + ")";
      case INTERVAL:
        return "Interval("
            + (unit == YEAR_MONTH ? "YEAR_MONTH" : unit == DAY_TIME ? "DAY_TIME" : "MONTH_DAY_NANO")
            + ")";
      case FIXED_SIZE_BINARY:
        return "FixedSizeBinary(" + byteWidth + ")";
      default:
        return kind.specName;
    }
  }

  static String unitName(int unit) {
    switch (unit) {
      case SECOND:
        return "SECOND";
      case MILLISECOND:
        return "MILLISECOND";
      case MICROSECOND:
        return "MICROSECOND";
      case NANOSECOND:
        return "NANOSECOND";
      default:
        return "unit " + unit;
    }
  }

  @Override
  public String toString() {
    return name + ": " + describeType() + (nullable ? "" : " not null")
        + (children.isEmpty() ? "" : " " + children);
  }
}
