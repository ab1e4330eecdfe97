package io.sparkconnect.arrow;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.CalendarInterval;
import io.sparkconnect.sql.types.VariantVal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Accumulates the values of one Arrow column (and its children) for one record batch, converting
 * Java values of the column's Spark type into Arrow buffers. Values that do not fit raise
 * {@link IllegalArgumentException} naming the column, the row and the expected type.
 *
 * <p>Not thread-safe.
 */
final class ColumnEncoder {
  private final ArrowField field;
  private final String path;
  private final ColumnEncoder[] children;
  private final GrowableBuffer validity = new GrowableBuffer(64);
  private final GrowableBuffer data;
  private final GrowableBuffer offsets;
  private final int width;
  private final long perSecond;
  private int count;
  private int nullCount;
  private long dataLength;

  ColumnEncoder(ArrowField field, String path) {
    this.field = field;
    this.path = path;
    List<ArrowField> kids = field.kind == ArrowTypeKind.MAP
        ? field.children.get(0).children
        : field.children;
    this.children = new ColumnEncoder[kids.size()];
    for (int i = 0; i < children.length; i++) {
      children[i] = new ColumnEncoder(kids.get(i), path + "." + kids.get(i).name);
    }
    this.width = fixedWidth(field);
    boolean varLength = hasOffsets(field.kind);
    this.offsets = varLength ? new GrowableBuffer(1024) : null;
    this.data = width != 0 || isVarBinary(field.kind) || field.kind == ArrowTypeKind.BOOL
        ? new GrowableBuffer(1024) : null;
    this.perSecond = field.kind == ArrowTypeKind.TIMESTAMP
        || field.kind == ArrowTypeKind.DURATION || field.kind == ArrowTypeKind.TIME
        ? TemporalConversions.perSecond(field.unit) : 1;
    reset();
  }

  private static int fixedWidth(ArrowField f) {
    switch (f.kind) {
      case INT:
        return f.bitWidth / 8;
      case FLOATING_POINT:
        return f.precision == ArrowField.SINGLE ? 4 : 8;
      case DECIMAL:
        return 16;
      case DATE:
        return f.unit == ArrowField.DATE_DAY ? 4 : 8;
      case TIMESTAMP:
      case DURATION:
        return 8;
      case TIME:
        return f.bitWidth / 8;
      case INTERVAL:
        return f.unit == ArrowField.YEAR_MONTH ? 4 : 16;
      default:
        return 0;
    }
  }

  private static boolean isVarBinary(ArrowTypeKind k) {
    return k == ArrowTypeKind.UTF8 || k == ArrowTypeKind.BINARY;
  }

  private static boolean hasOffsets(ArrowTypeKind k) {
    return isVarBinary(k) || k == ArrowTypeKind.LIST || k == ArrowTypeKind.MAP;
  }

  /** Number of values appended since the last reset. */
  int count() {
    return count;
  }

  /** Approximate bytes buffered, to decide when to end a batch. */
  long bufferedBytes() {
    long n = validity.size() + (data == null ? 0 : data.size()) + (offsets == null ? 0 : offsets.size());
    for (ColumnEncoder c : children) {
      n += c.bufferedBytes();
    }
    return n;
  }

  void reset() {
    count = 0;
    nullCount = 0;
    dataLength = 0;
    validity.clear();
    if (data != null) {
      data.clear();
    }
    if (offsets != null) {
      offsets.clear();
      offsets.putInt(0);
    }
    for (ColumnEncoder c : children) {
      c.reset();
    }
  }

  /** Appends one value; {@code row} is the top-level row index used in error messages. */
  void append(Object value, long row) {
    if ((count & 7) == 0) {
      validity.putByte(0);
    }
    if (value == null) {
      if (!field.nullable && field.kind != ArrowTypeKind.NULL) {
        throw new IllegalArgumentException(
            "Column '" + path + "', row " + row + ": null in a non-nullable column of type "
                + field.describeType());
      }
      appendNull(row);
      nullCount++;
    } else {
      appendValue(value, row);
      validity.setBit(count);
    }
    count++;
  }

  private void appendNull(long row) {
    switch (field.kind) {
      case NULL:
        return;
      case BOOL:
        if ((count & 7) == 0) {
          data.putByte(0);
        }
        return;
      case UTF8:
      case BINARY:
      case LIST:
      case MAP:
        offsets.putInt((int) dataLength);
        return;
      case STRUCT:
        for (ColumnEncoder c : children) {
          c.appendNullUnchecked(row);
        }
        return;
      default:
        data.putZeros(width);
    }
  }

  /** A null slot under a null struct: allowed even in non-nullable children. */
  private void appendNullUnchecked(long row) {
    if ((count & 7) == 0) {
      validity.putByte(0);
    }
    appendNull(row);
    nullCount++;
    count++;
  }

  private void appendValue(Object v, long row) {
    switch (field.kind) {
      case NULL:
        throw mismatch(v, row);
      case BOOL:
        if (!(v instanceof Boolean)) {
          throw mismatch(v, row);
        }
        if ((count & 7) == 0) {
          data.putByte(0);
        }
        if ((Boolean) v) {
          data.setBit(count);
        }
        return;
      case INT: {
        long x = integral(v, row);
        int bits = field.bitWidth;
        if (bits < 64 && (x < -(1L << (bits - 1)) || x >= (1L << (bits - 1)))) {
          throw mismatch(v, row);
        }
        if (bits == 8) {
          data.putByte((int) x);
        } else if (bits == 16) {
          data.putByte((int) x);
          data.putByte((int) (x >> 8));
        } else if (bits == 32) {
          data.putInt((int) x);
        } else {
          data.putLong(x);
        }
        return;
      }
      case FLOATING_POINT:
        if (field.precision == ArrowField.SINGLE) {
          if (v instanceof Float) {
            data.putInt(Float.floatToRawIntBits((Float) v));
          } else if (isIntegral(v)) {
            data.putInt(Float.floatToRawIntBits(((Number) v).floatValue()));
          } else {
            throw mismatch(v, row);
          }
        } else {
          if (v instanceof Double || v instanceof Float || isIntegral(v)) {
            data.putLong(Double.doubleToRawLongBits(((Number) v).doubleValue()));
          } else {
            throw mismatch(v, row);
          }
        }
        return;
      case UTF8:
        if (!(v instanceof String)) {
          throw mismatch(v, row);
        }
        appendBytes(((String) v).getBytes(StandardCharsets.UTF_8), row);
        return;
      case BINARY:
        if (!(v instanceof byte[])) {
          throw mismatch(v, row);
        }
        appendBytes((byte[]) v, row);
        return;
      case DECIMAL:
        appendDecimal(v, row);
        return;
      case DATE:
        if (!(v instanceof LocalDate)) {
          throw mismatch(v, row);
        }
        long day = ((LocalDate) v).toEpochDay();
        if (day != (int) day) {
          throw mismatch(v, row);
        }
        data.putInt((int) day);
        return;
      case TIMESTAMP: {
        long micros;
        try {
          if (field.timezone != null) {
            Instant i = v instanceof Instant ? (Instant) v
                : v instanceof OffsetDateTime ? ((OffsetDateTime) v).toInstant()
                : v instanceof ZonedDateTime ? ((ZonedDateTime) v).toInstant() : null;
            if (i == null) {
              throw mismatch(v, row);
            }
            micros = TemporalConversions.micros(i);
          } else {
            if (!(v instanceof LocalDateTime)) {
              throw mismatch(v, row);
            }
            micros = TemporalConversions.micros((LocalDateTime) v);
          }
        } catch (ArithmeticException e) {
          throw mismatch(v, row);
        }
        data.putLong(micros);
        return;
      }
      case DURATION:
        if (!(v instanceof Duration)) {
          throw mismatch(v, row);
        }
        try {
          data.putLong(TemporalConversions.micros((Duration) v));
        } catch (ArithmeticException e) {
          throw mismatch(v, row);
        }
        return;
      case TIME:
        if (!(v instanceof LocalTime)) {
          throw mismatch(v, row);
        }
        data.putLong(((LocalTime) v).toNanoOfDay());
        return;
      case INTERVAL:
        if (field.unit == ArrowField.YEAR_MONTH) {
          if (!(v instanceof Period)) {
            throw mismatch(v, row);
          }
          Period p = (Period) v;
          if (p.getDays() != 0) {
            throw mismatch(v, row);
          }
          long months = p.toTotalMonths();
          if (months != (int) months) {
            throw mismatch(v, row);
          }
          data.putInt((int) months);
        } else {
          if (!(v instanceof CalendarInterval)) {
            throw mismatch(v, row);
          }
          CalendarInterval c = (CalendarInterval) v;
          data.putInt(c.months());
          data.putInt(c.days());
          long nanos;
          try {
            nanos = Math.multiplyExact(c.microseconds(), 1000L);
          } catch (ArithmeticException e) {
            throw mismatch(v, row);
          }
          data.putLong(nanos);
        }
        return;
      case LIST: {
        List<?> list = v instanceof List ? (List<?>) v
            : v instanceof Object[] ? Arrays.asList((Object[]) v) : null;
        if (list == null) {
          throw mismatch(v, row);
        }
        for (Object e : list) {
          children[0].append(e, row);
        }
        endOffset(list.size(), row);
        return;
      }
      case MAP: {
        if (!(v instanceof Map)) {
          throw mismatch(v, row);
        }
        Map<?, ?> map = (Map<?, ?>) v;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          children[0].append(e.getKey(), row);
          children[1].append(e.getValue(), row);
        }
        endOffset(map.size(), row);
        return;
      }
      case STRUCT:
        if (field.isVariant()) {
          if (!(v instanceof VariantVal)) {
            throw mismatch(v, row);
          }
          VariantVal var = (VariantVal) v;
          children[field.childIndex("value")].append(var.getValue(), row);
          children[field.childIndex("metadata")].append(var.getMetadata(), row);
          return;
        }
        Object[] values = structValues(v, row);
        for (int i = 0; i < children.length; i++) {
          children[i].append(values[i], row);
        }
        return;
      default:
        throw new IllegalArgumentException(
            "Column '" + path + "': Arrow type " + field.describeType() + " cannot be written");
    }
  }

  private Object[] structValues(Object v, long row) {
    Object[] values;
    if (v instanceof Row) {
      Row r = (Row) v;
      values = new Object[r.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.get(i);
      }
    } else if (v instanceof Object[]) {
      values = (Object[]) v;
    } else if (v instanceof List) {
      values = ((List<?>) v).toArray();
    } else {
      throw mismatch(v, row);
    }
    if (values.length != children.length) {
      throw new IllegalArgumentException(
          "Column '" + path + "', row " + row + ": struct value has " + values.length
              + " fields, expected " + children.length);
    }
    return values;
  }

  private void endOffset(int added, long row) {
    dataLength += added;
    if (dataLength > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Column '" + path + "', row " + row + ": more than 2^31 elements in one batch");
    }
    offsets.putInt((int) dataLength);
  }

  private void appendBytes(byte[] b, long row) {
    data.putBytes(b, 0, b.length);
    endOffset(b.length, row);
  }

  private void appendDecimal(Object v, long row) {
    BigDecimal d;
    if (v instanceof BigDecimal) {
      d = (BigDecimal) v;
    } else if (v instanceof BigInteger) {
      d = new BigDecimal((BigInteger) v);
    } else if (isIntegral(v)) {
      d = BigDecimal.valueOf(((Number) v).longValue());
    } else {
      throw mismatch(v, row);
    }
    BigInteger unscaled;
    try {
      d = d.setScale(field.scale, RoundingMode.HALF_UP);
    } catch (ArithmeticException e) {
      throw mismatch(v, row);
    }
    if (d.precision() > field.precision) {
      throw mismatch(v, row);
    }
    unscaled = d.unscaledValue();
    if (unscaled.bitLength() < 64) {
      long x = unscaled.longValue();
      data.putLong(x);
      data.putLong(x >> 63);
    } else {
      byte[] be = unscaled.toByteArray(); // big-endian, at most 16 bytes for precision <= 38
      if (be.length > 16) {
        throw mismatch(v, row);
      }
      byte fill = (byte) (be[0] < 0 ? -1 : 0);
      for (int i = 0; i < 16; i++) {
        int src = be.length - 1 - i;
        data.putByte(src >= 0 ? be[src] : fill);
      }
    }
  }

  private static boolean isIntegral(Object v) {
    return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
  }

  private long integral(Object v, long row) {
    if (!isIntegral(v)) {
      throw mismatch(v, row);
    }
    return ((Number) v).longValue();
  }

  private IllegalArgumentException mismatch(Object v, long row) {
    return new IllegalArgumentException(
        "Column '" + path + "', row " + row + ": value " + describe(v)
            + " does not fit the column's type (expected " + expected() + ")");
  }

  private static String describe(Object v) {
    String s = v instanceof byte[] ? "byte[" + ((byte[]) v).length + "]" : String.valueOf(v);
    if (s.length() > 60) {
      s = s.substring(0, 57) + "...";
    }
    return s + " of class " + v.getClass().getName();
  }

  private String expected() {
    switch (field.kind) {
      case BOOL:
        return "Boolean";
      case INT:
        return field.bitWidth == 8 ? "Byte" : field.bitWidth == 16 ? "Short"
            : field.bitWidth == 32 ? "Integer" : "Long";
      case FLOATING_POINT:
        return field.precision == ArrowField.SINGLE ? "Float" : "Double";
      case UTF8:
        return "String";
      case BINARY:
        return "byte[]";
      case DECIMAL:
        return "BigDecimal fitting decimal(" + field.precision + "," + field.scale + ")";
      case DATE:
        return "LocalDate";
      case TIMESTAMP:
        return field.timezone != null ? "Instant" : "LocalDateTime";
      case DURATION:
        return "Duration";
      case TIME:
        return "LocalTime";
      case INTERVAL:
        return field.unit == ArrowField.YEAR_MONTH ? "Period of years and months" : "CalendarInterval";
      case LIST:
        return "List";
      case MAP:
        return "Map";
      case STRUCT:
        return field.isVariant() ? "VariantVal" : "Row or Object[]";
      case NULL:
        return "null";
      default:
        return field.describeType();
    }
  }

  /** Adds this column's field nodes and buffers (depth-first) to a batch being assembled. */
  void emit(List<long[]> nodes, List<GrowableBuffer> buffers) {
    nodes.add(new long[] {count, nullCount});
    if (field.kind == ArrowTypeKind.NULL) {
      return;
    }
    buffers.add(nullCount == 0 ? null : validity);
    if (offsets != null) {
      buffers.add(offsets);
    }
    if (data != null) {
      buffers.add(data);
    }
    if (field.kind == ArrowTypeKind.MAP) {
      nodes.add(new long[] {children[0].count, 0});
      buffers.add(null); // entries struct: no nulls
    }
    for (ColumnEncoder c : children) {
      c.emit(nodes, buffers);
    }
  }

  static List<ColumnEncoder> forSchema(List<ArrowField> fields) {
    List<ColumnEncoder> out = new ArrayList<>(fields.size());
    for (ArrowField f : fields) {
      out.add(new ColumnEncoder(f, f.name));
    }
    return out;
  }
}
