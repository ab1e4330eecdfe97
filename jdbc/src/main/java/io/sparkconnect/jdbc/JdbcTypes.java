package io.sparkconnect.jdbc;

import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.BinaryType;
import io.sparkconnect.sql.types.BooleanType;
import io.sparkconnect.sql.types.ByteType;
import io.sparkconnect.sql.types.CharType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DateType;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.DoubleType;
import io.sparkconnect.sql.types.FloatType;
import io.sparkconnect.sql.types.IntegerType;
import io.sparkconnect.sql.types.LongType;
import io.sparkconnect.sql.types.MapType;
import io.sparkconnect.sql.types.NullType;
import io.sparkconnect.sql.types.ShortType;
import io.sparkconnect.sql.types.StringType;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.types.TimeType;
import io.sparkconnect.sql.types.TimestampNTZType;
import io.sparkconnect.sql.types.TimestampType;
import io.sparkconnect.sql.types.VarcharType;
import java.sql.Types;

/** How Spark's types look through JDBC: type codes, names, sizes and Java classes. */
final class JdbcTypes {
  private JdbcTypes() {}

  static int typeCode(DataType t) {
    if (t instanceof BooleanType) {
      return Types.BOOLEAN;
    } else if (t instanceof ByteType) {
      return Types.TINYINT;
    } else if (t instanceof ShortType) {
      return Types.SMALLINT;
    } else if (t instanceof IntegerType) {
      return Types.INTEGER;
    } else if (t instanceof LongType) {
      return Types.BIGINT;
    } else if (t instanceof FloatType) {
      return Types.REAL;
    } else if (t instanceof DoubleType) {
      return Types.DOUBLE;
    } else if (t instanceof DecimalType) {
      return Types.DECIMAL;
    } else if (t instanceof CharType) {
      return Types.CHAR;
    } else if (t instanceof VarcharType || t instanceof StringType) {
      return Types.VARCHAR;
    } else if (t instanceof BinaryType) {
      return Types.BINARY;
    } else if (t instanceof DateType) {
      return Types.DATE;
    } else if (t instanceof TimestampType || t instanceof TimestampNTZType) {
      return Types.TIMESTAMP;
    } else if (t instanceof TimeType) {
      return Types.TIME;
    } else if (t instanceof ArrayType) {
      return Types.ARRAY;
    } else if (t instanceof StructType) {
      return Types.STRUCT;
    } else if (t instanceof MapType) {
      return Types.JAVA_OBJECT;
    } else if (t instanceof NullType) {
      return Types.NULL;
    }
    return Types.OTHER;
  }

  /** Spark's own name for the type, as {@code typeof} and {@code DESCRIBE} show it, e.g. {@code decimal(10,2)}. */
  static String typeName(DataType t) {
    return t.catalogString();
  }

  /** JDBC's precision: digits for numbers, characters for strings and temporal values, bytes for binary. */
  static int precision(DataType t) {
    switch (typeCode(t)) {
      case Types.BOOLEAN:
        return 1;
      case Types.TINYINT:
        return 3;
      case Types.SMALLINT:
        return 5;
      case Types.INTEGER:
        return 10;
      case Types.BIGINT:
        return 19;
      case Types.REAL:
        return 7;
      case Types.DOUBLE:
        return 15;
      case Types.DECIMAL:
        return ((DecimalType) t).precision();
      case Types.CHAR:
        return ((CharType) t).length();
      case Types.VARCHAR:
        return t instanceof VarcharType v ? v.length() : Integer.MAX_VALUE;
      case Types.DATE:
        return 10;
      case Types.TIMESTAMP:
        return 29;
      case Types.TIME:
        return t instanceof TimeType tt && tt.precision() > 0 ? 9 + tt.precision() : 8;
      case Types.NULL:
        return 0;
      default:
        return Integer.MAX_VALUE;
    }
  }

  static int scale(DataType t) {
    if (t instanceof DecimalType d) {
      return d.scale();
    } else if (t instanceof TimestampType || t instanceof TimestampNTZType) {
      return 6;
    } else if (t instanceof TimeType tt) {
      return tt.precision();
    } else if (t instanceof FloatType) {
      return 7;
    } else if (t instanceof DoubleType) {
      return 15;
    }
    return 0;
  }

  static int displaySize(DataType t) {
    switch (typeCode(t)) {
      case Types.BOOLEAN:
        return 5;
      case Types.TINYINT:
        return 4;
      case Types.SMALLINT:
        return 6;
      case Types.INTEGER:
        return 11;
      case Types.BIGINT:
        return 20;
      case Types.REAL:
        return 14;
      case Types.DOUBLE:
        return 24;
      case Types.DECIMAL: {
        DecimalType d = (DecimalType) t;
        return d.precision() + (d.scale() > 0 ? 2 : 1);
      }
      case Types.CHAR:
      case Types.VARCHAR:
      case Types.DATE:
      case Types.TIMESTAMP:
      case Types.TIME:
        return precision(t);
      case Types.NULL:
        return 4;
      default:
        return Integer.MAX_VALUE;
    }
  }

  static boolean signed(DataType t) {
    int c = typeCode(t);
    return c == Types.TINYINT || c == Types.SMALLINT || c == Types.INTEGER || c == Types.BIGINT
        || c == Types.REAL || c == Types.DOUBLE || c == Types.DECIMAL;
  }

  /** The class {@code getObject} returns for the type. */
  static String className(DataType t) {
    switch (typeCode(t)) {
      case Types.BOOLEAN:
        return Boolean.class.getName();
      case Types.TINYINT:
        return Byte.class.getName();
      case Types.SMALLINT:
        return Short.class.getName();
      case Types.INTEGER:
        return Integer.class.getName();
      case Types.BIGINT:
        return Long.class.getName();
      case Types.REAL:
        return Float.class.getName();
      case Types.DOUBLE:
        return Double.class.getName();
      case Types.DECIMAL:
        return java.math.BigDecimal.class.getName();
      case Types.CHAR:
      case Types.VARCHAR:
        return String.class.getName();
      case Types.BINARY:
        return byte[].class.getName();
      case Types.DATE:
        return java.sql.Date.class.getName();
      case Types.TIMESTAMP:
        return java.sql.Timestamp.class.getName();
      case Types.TIME:
        return java.sql.Time.class.getName();
      case Types.ARRAY:
        return java.sql.Array.class.getName();
      case Types.STRUCT:
        return java.sql.Struct.class.getName();
      case Types.JAVA_OBJECT:
        return java.util.Map.class.getName();
      case Types.NULL:
        return Object.class.getName();
      default:
        return t.getClass().getSimpleName().startsWith("DayTime") ? java.time.Duration.class.getName()
            : t.getClass().getSimpleName().startsWith("YearMonth") ? java.time.Period.class.getName()
            : Object.class.getName();
    }
  }

  /** Radix of {@code NUM_PREC_RADIX}: 10 for numbers, else {@code null}. */
  static Integer radix(DataType t) {
    return signed(t) ? 10 : null;
  }
}
