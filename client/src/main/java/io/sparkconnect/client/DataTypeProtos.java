package io.sparkconnect.client;

import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.BinaryType;
import io.sparkconnect.sql.types.BooleanType;
import io.sparkconnect.sql.types.ByteType;
import io.sparkconnect.sql.types.CalendarIntervalType;
import io.sparkconnect.sql.types.CharType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DateType;
import io.sparkconnect.sql.types.DayTimeIntervalType;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.DoubleType;
import io.sparkconnect.sql.types.FloatType;
import io.sparkconnect.sql.types.IntegerType;
import io.sparkconnect.sql.types.LongType;
import io.sparkconnect.sql.types.MapType;
import io.sparkconnect.sql.types.Metadata;
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

/**
 * Converts between the public {@link DataType} classes and the protocol's {@code DataType}
 * message. Internal; stateless and thread-safe.
 */
public final class DataTypeProtos {
  private DataTypeProtos() {}

  /**
   * Converts a data type to its protocol message.
   *
   * @param type the data type, not null
   * @return the protocol message
   * @throws IllegalArgumentException for a type the protocol cannot represent
   */
  public static io.sparkconnect.proto.DataType toProto(DataType type) {
    io.sparkconnect.proto.DataType.Builder b = io.sparkconnect.proto.DataType.newBuilder();
    if (type instanceof BooleanType) {
      b.setBoolean(io.sparkconnect.proto.DataType.Boolean.getDefaultInstance());
    } else if (type instanceof ByteType) {
      b.setByte(io.sparkconnect.proto.DataType.Byte.getDefaultInstance());
    } else if (type instanceof ShortType) {
      b.setShort(io.sparkconnect.proto.DataType.Short.getDefaultInstance());
    } else if (type instanceof IntegerType) {
      b.setInteger(io.sparkconnect.proto.DataType.Integer.getDefaultInstance());
    } else if (type instanceof LongType) {
      b.setLong(io.sparkconnect.proto.DataType.Long.getDefaultInstance());
    } else if (type instanceof FloatType) {
      b.setFloat(io.sparkconnect.proto.DataType.Float.getDefaultInstance());
    } else if (type instanceof DoubleType) {
      b.setDouble(io.sparkconnect.proto.DataType.Double.getDefaultInstance());
    } else if (type instanceof DecimalType) {
      DecimalType d = (DecimalType) type;
      b.setDecimal(io.sparkconnect.proto.DataType.Decimal.newBuilder()
          .setPrecision(d.precision()).setScale(d.scale()));
    } else if (type instanceof StringType) {
      StringType s = (StringType) type;
      io.sparkconnect.proto.DataType.String.Builder sb =
          io.sparkconnect.proto.DataType.String.newBuilder();
      // Only the implicit default goes without a name: an explicit UTF8_BINARY keeps it, as Spark does.
      if (s != StringType.INSTANCE) {
        sb.setCollation(s.collationName());
      }
      b.setString(sb);
    } else if (type instanceof CharType) {
      b.setChar(io.sparkconnect.proto.DataType.Char.newBuilder()
          .setLength(((CharType) type).length()));
    } else if (type instanceof VarcharType) {
      b.setVarChar(io.sparkconnect.proto.DataType.VarChar.newBuilder()
          .setLength(((VarcharType) type).length()));
    } else if (type instanceof BinaryType) {
      b.setBinary(io.sparkconnect.proto.DataType.Binary.getDefaultInstance());
    } else if (type instanceof DateType) {
      b.setDate(io.sparkconnect.proto.DataType.Date.getDefaultInstance());
    } else if (type instanceof TimestampType) {
      b.setTimestamp(io.sparkconnect.proto.DataType.Timestamp.getDefaultInstance());
    } else if (type instanceof TimestampNTZType) {
      b.setTimestampNtz(io.sparkconnect.proto.DataType.TimestampNTZ.getDefaultInstance());
    } else if (type instanceof NullType) {
      b.setNull(io.sparkconnect.proto.DataType.NULL.getDefaultInstance());
    } else if (type instanceof CalendarIntervalType) {
      b.setCalendarInterval(io.sparkconnect.proto.DataType.CalendarInterval.getDefaultInstance());
    } else if (type instanceof VariantType) {
      b.setVariant(io.sparkconnect.proto.DataType.Variant.getDefaultInstance());
    } else if (type instanceof DayTimeIntervalType) {
      DayTimeIntervalType t = (DayTimeIntervalType) type;
      b.setDayTimeInterval(io.sparkconnect.proto.DataType.DayTimeInterval.newBuilder()
          .setStartField(t.startField()).setEndField(t.endField()));
    } else if (type instanceof YearMonthIntervalType) {
      YearMonthIntervalType t = (YearMonthIntervalType) type;
      b.setYearMonthInterval(io.sparkconnect.proto.DataType.YearMonthInterval.newBuilder()
          .setStartField(t.startField()).setEndField(t.endField()));
    } else if (type instanceof TimeType) {
      b.setTime(io.sparkconnect.proto.DataType.Time.newBuilder()
          .setPrecision(((TimeType) type).precision()));
    } else if (type instanceof ArrayType) {
      ArrayType a = (ArrayType) type;
      b.setArray(io.sparkconnect.proto.DataType.Array.newBuilder()
          .setElementType(toProto(a.elementType())).setContainsNull(a.containsNull()));
    } else if (type instanceof MapType) {
      MapType m = (MapType) type;
      b.setMap(io.sparkconnect.proto.DataType.Map.newBuilder()
          .setKeyType(toProto(m.keyType())).setValueType(toProto(m.valueType()))
          .setValueContainsNull(m.valueContainsNull()));
    } else if (type instanceof StructType) {
      io.sparkconnect.proto.DataType.Struct.Builder sb =
          io.sparkconnect.proto.DataType.Struct.newBuilder();
      for (StructField f : (StructType) type) {
        io.sparkconnect.proto.DataType.StructField.Builder fb =
            io.sparkconnect.proto.DataType.StructField.newBuilder()
                .setName(f.name()).setDataType(toProto(f.dataType())).setNullable(f.nullable());
        if (!f.metadata().isEmpty()) {
          fb.setMetadata(f.metadata().json());
        }
        sb.addFields(fb);
      }
      b.setStruct(sb);
    } else {
      throw new IllegalArgumentException(
          "Cannot convert data type " + type + " to the protocol");
    }
    return b.build();
  }

  /**
   * Whether a string type somewhere in {@code proto} names the {@code UTF8_BINARY} collation, the
   * one name whose meaning depends on the server's release (see
   * {@link #fromProto(io.sparkconnect.proto.DataType, boolean)}).
   */
  public static boolean namesDefaultCollation(io.sparkconnect.proto.DataType proto) {
    switch (proto.getKindCase()) {
      case STRING:
        return proto.getString().getCollation().equalsIgnoreCase(StringType.DEFAULT_COLLATION);
      case ARRAY:
        return namesDefaultCollation(proto.getArray().getElementType());
      case MAP:
        return namesDefaultCollation(proto.getMap().getKeyType())
            || namesDefaultCollation(proto.getMap().getValueType());
      case STRUCT:
        for (io.sparkconnect.proto.DataType.StructField f : proto.getStruct().getFieldsList()) {
          if (namesDefaultCollation(f.getDataType())) {
            return true;
          }
        }
        return false;
      case UDT:
        return proto.getUdt().hasSqlType() && namesDefaultCollation(proto.getUdt().getSqlType());
      default:
        return false;
    }
  }

  /**
   * Converts a protocol message to a data type. User-defined types become their underlying SQL
   * type; unparsed type strings are parsed as DDL.
   *
   * @param proto the protocol message
   * @return the data type
   * @throws IllegalArgumentException naming the kind if it is not supported
   */
  public static DataType fromProto(io.sparkconnect.proto.DataType proto) {
    return fromProto(proto, true);
  }

  /**
   * Converts a protocol message to a data type, reading a string's {@code UTF8_BINARY} collation
   * as the server's release means it. Spark 4.1 and later send a collation only when it is
   * explicit, so {@code UTF8_BINARY} there is {@code string collate UTF8_BINARY}; Spark 4.0 sends
   * every string's collation and names {@code UTF8_BINARY} plain {@code string}.
   *
   * @param proto the protocol message
   * @param explicitCollations whether a collation sent is explicit (servers of Spark 4.1 and later)
   * @return the data type
   * @throws IllegalArgumentException naming the kind if it is not supported
   */
  public static DataType fromProto(io.sparkconnect.proto.DataType proto, boolean explicitCollations) {
    switch (proto.getKindCase()) {
      case BOOLEAN:
        return BooleanType.INSTANCE;
      case BYTE:
        return ByteType.INSTANCE;
      case SHORT:
        return ShortType.INSTANCE;
      case INTEGER:
        return IntegerType.INSTANCE;
      case LONG:
        return LongType.INSTANCE;
      case FLOAT:
        return FloatType.INSTANCE;
      case DOUBLE:
        return DoubleType.INSTANCE;
      case DECIMAL:
        {
          io.sparkconnect.proto.DataType.Decimal d = proto.getDecimal();
          int precision = d.hasPrecision() ? d.getPrecision() : DecimalType.USER_DEFAULT.precision();
          int scale = d.hasScale() ? d.getScale() : DecimalType.USER_DEFAULT.scale();
          return new DecimalType(precision, scale);
        }
      case STRING:
        {
          String collation = proto.getString().getCollation();
          return !explicitCollations && collation.equalsIgnoreCase(StringType.DEFAULT_COLLATION)
              ? StringType.INSTANCE : StringType.of(collation);
        }
      case CHAR:
        return new CharType(proto.getChar().getLength());
      case VAR_CHAR:
        return new VarcharType(proto.getVarChar().getLength());
      case BINARY:
        return BinaryType.INSTANCE;
      case DATE:
        return DateType.INSTANCE;
      case TIMESTAMP:
        return TimestampType.INSTANCE;
      case TIMESTAMP_NTZ:
        return TimestampNTZType.INSTANCE;
      case NULL:
        return NullType.INSTANCE;
      case CALENDAR_INTERVAL:
        return CalendarIntervalType.INSTANCE;
      case VARIANT:
        return VariantType.INSTANCE;
      case DAY_TIME_INTERVAL:
        {
          io.sparkconnect.proto.DataType.DayTimeInterval t = proto.getDayTimeInterval();
          byte start = t.hasStartField() ? (byte) t.getStartField() : DayTimeIntervalType.DAY;
          byte end = t.hasEndField() ? (byte) t.getEndField() : DayTimeIntervalType.SECOND;
          return new DayTimeIntervalType(start, end);
        }
      case YEAR_MONTH_INTERVAL:
        {
          io.sparkconnect.proto.DataType.YearMonthInterval t = proto.getYearMonthInterval();
          byte start = t.hasStartField() ? (byte) t.getStartField() : YearMonthIntervalType.YEAR;
          byte end = t.hasEndField() ? (byte) t.getEndField() : YearMonthIntervalType.MONTH;
          return new YearMonthIntervalType(start, end);
        }
      case TIME:
        {
          io.sparkconnect.proto.DataType.Time t = proto.getTime();
          return new TimeType(t.hasPrecision() ? t.getPrecision() : TimeType.DEFAULT_PRECISION);
        }
      case ARRAY:
        {
          io.sparkconnect.proto.DataType.Array a = proto.getArray();
          return new ArrayType(fromProto(a.getElementType(), explicitCollations), a.getContainsNull());
        }
      case MAP:
        {
          io.sparkconnect.proto.DataType.Map m = proto.getMap();
          return new MapType(fromProto(m.getKeyType(), explicitCollations), fromProto(m.getValueType(), explicitCollations),
              m.getValueContainsNull());
        }
      case STRUCT:
        {
          List<StructField> fields = new ArrayList<>();
          for (io.sparkconnect.proto.DataType.StructField f : proto.getStruct().getFieldsList()) {
            Metadata md = f.hasMetadata() && !f.getMetadata().isEmpty()
                ? Metadata.fromJson(f.getMetadata())
                : Metadata.empty();
            fields.add(new StructField(f.getName(), fromProto(f.getDataType(), explicitCollations), f.getNullable(),
                md));
          }
          return new StructType(fields);
        }
      case UDT:
        {
          io.sparkconnect.proto.DataType.UDT u = proto.getUdt();
          if (!u.hasSqlType()) {
            throw new IllegalArgumentException(
                "Unsupported data type kind UDT without a SQL type (class "
                    + (u.hasJvmClass() ? u.getJvmClass() : u.getPythonClass()) + ")");
          }
          return fromProto(u.getSqlType(), explicitCollations);
        }
      case UNPARSED:
        return DataType.fromDDL(proto.getUnparsed().getDataTypeString());
      default:
        throw new IllegalArgumentException("Unsupported data type kind " + proto.getKindCase());
    }
  }
}
