package io.sparkconnect.arrow;

import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.BinaryType;
import io.sparkconnect.sql.types.BooleanType;
import io.sparkconnect.sql.types.ByteType;
import io.sparkconnect.sql.types.CalendarIntervalType;
import io.sparkconnect.sql.types.CharType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.DateType;
import io.sparkconnect.sql.types.DayTimeIntervalType;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.DoubleType;
import io.sparkconnect.sql.types.FloatType;
import io.sparkconnect.sql.types.IntegerType;
import io.sparkconnect.sql.types.LongType;
import io.sparkconnect.sql.types.MapType;
import io.sparkconnect.sql.types.NullType;
import io.sparkconnect.sql.types.ShortType;
import io.sparkconnect.sql.types.StringType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.types.TimeType;
import io.sparkconnect.sql.types.TimestampNTZType;
import io.sparkconnect.sql.types.TimestampType;
import io.sparkconnect.sql.types.VarcharType;
import io.sparkconnect.sql.types.VariantType;
import io.sparkconnect.sql.types.YearMonthIntervalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps between Arrow fields and Spark data types the way Spark's own Arrow conversion does.
 * Stateless and thread-safe.
 */
final class ArrowTypeMapping {
  /** Time zone written for TimestampType columns. */
  static final String UTC = "UTC";

  private ArrowTypeMapping() {}

  static StructType toSpark(List<ArrowField> fields) {
    List<StructField> out = new ArrayList<>(fields.size());
    for (ArrowField f : fields) {
      out.add(new StructField(f.name, toSpark(f), f.nullable));
    }
    return new StructType(out);
  }

  static DataType toSpark(ArrowField f) {
    switch (f.kind) {
      case NULL:
        return DataTypes.NullType;
      case BOOL:
        return DataTypes.BooleanType;
      case INT:
        if (f.signed) {
          switch (f.bitWidth) {
            case 8:
              return DataTypes.ByteType;
            case 16:
              return DataTypes.ShortType;
            case 32:
              return DataTypes.IntegerType;
            case 64:
              return DataTypes.LongType;
            default:
              break;
          }
        }
        break;
      case FLOATING_POINT:
        if (f.precision == ArrowField.SINGLE) {
          return DataTypes.FloatType;
        } else if (f.precision == ArrowField.DOUBLE) {
          return DataTypes.DoubleType;
        }
        break;
      case UTF8:
      case LARGE_UTF8:
        return DataTypes.StringType;
      case BINARY:
      case LARGE_BINARY:
      case FIXED_SIZE_BINARY:
        return DataTypes.BinaryType;
      case DECIMAL:
        if ((f.bitWidth == 128 || f.bitWidth == 256)
            && f.precision >= 1 && f.precision <= DecimalType.MAX_PRECISION
            && f.scale >= 0 && f.scale <= f.precision) {
          return new DecimalType(f.precision, f.scale);
        }
        break;
      case DATE:
        return DataTypes.DateType;
      case TIMESTAMP:
        return f.timezone != null ? DataTypes.TimestampType : DataTypes.TimestampNTZType;
      case DURATION:
        return DayTimeIntervalType.DEFAULT;
      case INTERVAL:
        if (f.unit == ArrowField.YEAR_MONTH) {
          return YearMonthIntervalType.DEFAULT;
        } else if (f.unit == ArrowField.MONTH_DAY_NANO) {
          return DataTypes.CalendarIntervalType;
        }
        break;
      case TIME:
        return new TimeType(TimeType.DEFAULT_PRECISION);
      case LIST:
      case LARGE_LIST:
        if (f.children.size() == 1) {
          ArrowField e = f.children.get(0);
          return new ArrayType(toSpark(e), e.nullable);
        }
        break;
      case MAP:
        if (f.children.size() == 1 && f.children.get(0).children.size() == 2) {
          ArrowField k = f.children.get(0).children.get(0);
          ArrowField v = f.children.get(0).children.get(1);
          return new MapType(toSpark(k), toSpark(v), v.nullable);
        }
        break;
      case STRUCT:
        return f.isVariant() ? DataTypes.VariantType : toSpark(f.children);
      default:
        break;
    }
    throw RecordBatchLoader.unsupported(f);
  }

  static List<ArrowField> toArrow(StructType schema) {
    List<ArrowField> out = new ArrayList<>(schema.size());
    for (StructField f : schema.fields()) {
      out.add(toArrow(f.name(), f.dataType(), f.nullable()));
    }
    return out;
  }

  static ArrowField toArrow(String name, DataType t, boolean nullable) {
    if (t instanceof BooleanType) {
      return ArrowField.simple(name, nullable, ArrowTypeKind.BOOL, List.of());
    } else if (t instanceof ByteType) {
      return integer(name, nullable, 8);
    } else if (t instanceof ShortType) {
      return integer(name, nullable, 16);
    } else if (t instanceof IntegerType) {
      return integer(name, nullable, 32);
    } else if (t instanceof LongType) {
      return integer(name, nullable, 64);
    } else if (t instanceof FloatType) {
      return typed(name, nullable, ArrowTypeKind.FLOATING_POINT, 0, ArrowField.SINGLE, 0, 0, null);
    } else if (t instanceof DoubleType) {
      return typed(name, nullable, ArrowTypeKind.FLOATING_POINT, 0, ArrowField.DOUBLE, 0, 0, null);
    } else if (t instanceof StringType || t instanceof CharType || t instanceof VarcharType) {
      return ArrowField.simple(name, nullable, ArrowTypeKind.UTF8, List.of());
    } else if (t instanceof BinaryType) {
      return ArrowField.simple(name, nullable, ArrowTypeKind.BINARY, List.of());
    } else if (t instanceof DecimalType) {
      DecimalType d = (DecimalType) t;
      return typed(name, nullable, ArrowTypeKind.DECIMAL, 128, d.precision(), d.scale(), 0, null);
    } else if (t instanceof DateType) {
      return typed(name, nullable, ArrowTypeKind.DATE, 0, 0, 0, ArrowField.DATE_DAY, null);
    } else if (t instanceof TimestampType) {
      return typed(name, nullable, ArrowTypeKind.TIMESTAMP, 0, 0, 0, ArrowField.MICROSECOND, UTC);
    } else if (t instanceof TimestampNTZType) {
      return typed(name, nullable, ArrowTypeKind.TIMESTAMP, 0, 0, 0, ArrowField.MICROSECOND, null);
    } else if (t instanceof NullType) {
      return ArrowField.simple(name, nullable, ArrowTypeKind.NULL, List.of());
    } else if (t instanceof YearMonthIntervalType) {
      return typed(name, nullable, ArrowTypeKind.INTERVAL, 0, 0, 0, ArrowField.YEAR_MONTH, null);
    } else if (t instanceof DayTimeIntervalType) {
      return typed(name, nullable, ArrowTypeKind.DURATION, 0, 0, 0, ArrowField.MICROSECOND, null);
    } else if (t instanceof CalendarIntervalType) {
      return typed(name, nullable, ArrowTypeKind.INTERVAL, 0, 0, 0, ArrowField.MONTH_DAY_NANO, null);
    } else if (t instanceof TimeType) {
      return typed(name, nullable, ArrowTypeKind.TIME, 64, 0, 0, ArrowField.NANOSECOND, null);
    } else if (t instanceof ArrayType) {
      ArrayType a = (ArrayType) t;
      return ArrowField.simple(
          name, nullable, ArrowTypeKind.LIST,
          List.of(toArrow("element", a.elementType(), a.containsNull())));
    } else if (t instanceof MapType) {
      MapType m = (MapType) t;
      ArrowField entries = ArrowField.simple(
          "entries", false, ArrowTypeKind.STRUCT,
          List.of(toArrow("key", m.keyType(), false),
              toArrow("value", m.valueType(), m.valueContainsNull())));
      return ArrowField.simple(name, nullable, ArrowTypeKind.MAP, List.of(entries));
    } else if (t instanceof StructType) {
      return ArrowField.simple(name, nullable, ArrowTypeKind.STRUCT, toArrow((StructType) t));
    } else if (t instanceof VariantType) {
      return new ArrowField(
          name, nullable, ArrowTypeKind.STRUCT, 0, false, 0, 0, 0, null, 0,
          List.of(
              ArrowField.simple("value", false, ArrowTypeKind.BINARY, List.of()),
              new ArrowField("metadata", false, ArrowTypeKind.BINARY, 0, false, 0, 0, 0, null, 0, List.of(),
                  Map.of("variant", "true"))),
          Map.of());
    }
    throw new IllegalArgumentException(
        "Column '" + name + "': data type " + t + " cannot be converted to Arrow");
  }

  private static ArrowField integer(String name, boolean nullable, int bits) {
    return new ArrowField(
        name, nullable, ArrowTypeKind.INT, bits, true, 0, 0, 0, null, 0, List.of(), Map.of());
  }

  private static ArrowField typed(
      String name, boolean nullable, ArrowTypeKind kind, int bitWidth, int precision, int scale,
      int unit, String tz) {
    return new ArrowField(
        name, nullable, kind, bitWidth, false, precision, scale, unit, tz, 0, List.of(), Map.of());
  }
}
