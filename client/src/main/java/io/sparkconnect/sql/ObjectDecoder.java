package io.sparkconnect.sql;

import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.BinaryType;
import io.sparkconnect.sql.types.BooleanType;
import io.sparkconnect.sql.types.ByteType;
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
import io.sparkconnect.sql.types.NullType;
import io.sparkconnect.sql.types.ShortType;
import io.sparkconnect.sql.types.StringType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.types.TimestampNTZType;
import io.sparkconnect.sql.types.TimestampType;
import io.sparkconnect.sql.types.VarcharType;
import io.sparkconnect.sql.types.YearMonthIntervalType;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts rows of a known schema into Java objects of a target type: records and beans are
 * filled by field name (case-insensitively when that is unambiguous), numbers widen (int to
 * long, float to double, integers to decimals, ...), and lists, arrays, maps, {@code Optional}
 * and nested records or beans convert recursively. A missing column or an impossible conversion
 * is reported when the decoder is built, naming the field.
 */
final class ObjectDecoder<T> {
  /** One conversion step from a Spark value to a Java value. */
  @FunctionalInterface
  private interface Conv {
    Object apply(Object v);
  }

  private final Class<T> type;
  private final Conv top;

  private ObjectDecoder(Class<T> type, Conv top) {
    this.type = type;
    this.top = top;
  }

  /** A decoder of rows with {@code schema} into {@code type}. */
  static <T> ObjectDecoder<T> of(StructType schema, Class<T> type) {
    Conv c;
    if (type == Row.class) {
      c = v -> v;
    } else if (JavaProperties.isStructLike(type) && !isValueClass(type)) {
      c = struct(schema, type, "");
    } else {
      if (schema.fields().length == 0) {
        throw new IllegalArgumentException("Cannot map rows without columns to " + type.getName());
      }
      StructField f = schema.fields()[0];
      Conv inner = build(f.dataType(), type, f.name());
      c = v -> inner.apply(((Row) v).get(0));
    }
    return new ObjectDecoder<>(type, c);
  }

  /**
   * A converter of one value of Spark type {@code src} (a column or a struct field) into
   * {@code type}, by the same rules as rows; {@code path} names the value in errors.
   */
  static java.util.function.Function<Object, Object> value(DataType src, Class<?> type, String path) {
    Conv c = build(src, type, path);
    return c::apply;
  }

  /** The object for one row. */
  T decode(Row row) {
    return box(type).cast(top.apply(row));
  }

  private static boolean isValueClass(Class<?> c) {
    return ObjectEncoder.forValue(c) != null;
  }

  @SuppressWarnings("unchecked")
  private static <X> Class<X> box(Class<X> c) {
    if (!c.isPrimitive()) {
      return c;
    }
    return (Class<X>) Array.get(Array.newInstance(c, 1), 0).getClass();
  }

  private static Conv struct(StructType schema, Class<?> target, String path) {
    JavaProperties props = JavaProperties.of(target);
    String[] names = schema.fieldNames();
    int n = props.properties.size();
    int[] index = new int[n];
    Conv[] convs = new Conv[n];
    for (int i = 0; i < n; i++) {
      JavaProperties.Property p = props.properties.get(i);
      String fieldPath = path.isEmpty() ? p.name : path + "." + p.name;
      index[i] = columnIndex(names, p.name, fieldPath, target);
      convs[i] = build(schema.fields()[index[i]].dataType(), p.type, fieldPath);
    }
    return v -> {
      Row row = (Row) v;
      Object[] values = new Object[n];
      for (int i = 0; i < n; i++) {
        values[i] = convs[i].apply(row.get(index[i]));
      }
      return props.instantiate(values);
    };
  }

  private static int columnIndex(String[] names, String name, String path, Class<?> target) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    int found = -1;
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(name)) {
        if (found >= 0) {
          throw new IllegalArgumentException("Field '" + path + "' of " + target.getName()
              + " matches several columns ignoring case: " + names[found] + ", " + names[i]);
        }
        found = i;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException("No column for field '" + path + "' of " + target.getName()
          + " among " + Arrays.toString(names));
    }
    return found;
  }

  private static IllegalArgumentException cannot(DataType src, Type target, String path) {
    return new IllegalArgumentException("Cannot convert field '" + path + "' of type " + src.simpleString()
        + " to " + target.getTypeName());
  }

  private static Conv build(DataType src, Type target, String path) {
    Class<?> raw = ObjectEncoder.rawClass(target);
    if (raw == Optional.class) {
      Conv inner = build(src, ObjectEncoder.typeArgument(target, 0), path);
      return v -> Optional.ofNullable(v == null ? null : inner.apply(v));
    }
    Conv c = nonNull(src, target, raw, path);
    if (raw.isPrimitive()) {
      return v -> {
        if (v == null) {
          throw new IllegalArgumentException("Field '" + path + "' is null but " + raw.getName()
              + " cannot hold null: use " + box(raw).getSimpleName() + " or Optional");
        }
        return c.apply(v);
      };
    }
    return v -> v == null ? null : c.apply(v);
  }

  private static Conv nonNull(DataType src, Type target, Class<?> raw, String path) {
    Class<?> t = box(raw);
    if (t == Object.class || src instanceof NullType) {
      return v -> v;
    }
    if (src instanceof StructType) {
      if (t == Row.class) {
        return v -> v;
      }
      if (JavaProperties.isStructLike(t)) {
        return struct((StructType) src, t, path);
      }
      throw cannot(src, target, path);
    }
    if (src instanceof ArrayType) {
      DataType elem = ((ArrayType) src).elementType();
      if (raw.isArray() || target instanceof GenericArrayType) {
        Type compType = target instanceof GenericArrayType ? ((GenericArrayType) target).getGenericComponentType()
            : raw.getComponentType();
        if (compType == byte.class) {
          throw cannot(src, target, path);
        }
        Class<?> comp = ObjectEncoder.rawClass(compType);
        Conv ec = build(elem, compType, path + "[]");
        return v -> {
          List<?> l = (List<?>) v;
          Object arr = Array.newInstance(comp, l.size());
          for (int i = 0; i < l.size(); i++) {
            Array.set(arr, i, ec.apply(l.get(i)));
          }
          return arr;
        };
      }
      if (Collection.class.isAssignableFrom(t)) {
        Type elemType = target instanceof Class ? Object.class : ObjectEncoder.typeArgument(target, 0);
        Conv ec = build(elem, elemType, path + "[]");
        boolean set = Set.class.isAssignableFrom(t);
        if (!t.isAssignableFrom(set ? LinkedHashSet.class : ArrayList.class)) {
          throw cannot(src, target, path);
        }
        return v -> {
          Collection<Object> out = set ? new LinkedHashSet<>() : new ArrayList<>();
          for (Object x : (List<?>) v) {
            out.add(ec.apply(x));
          }
          return out;
        };
      }
      throw cannot(src, target, path);
    }
    if (src instanceof MapType) {
      if (!t.isAssignableFrom(LinkedHashMap.class)) {
        throw cannot(src, target, path);
      }
      Type kt = target instanceof Class ? Object.class : ObjectEncoder.typeArgument(target, 0);
      Type vt = target instanceof Class ? Object.class : ObjectEncoder.typeArgument(target, 1);
      Conv kc = build(((MapType) src).keyType(), kt, path + ".key");
      Conv vc = build(((MapType) src).valueType(), vt, path + ".value");
      return v -> {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          out.put(kc.apply(e.getKey()), vc.apply(e.getValue()));
        }
        return out;
      };
    }
    if (src instanceof StringType || src instanceof CharType || src instanceof VarcharType) {
      if (t == String.class || t == CharSequence.class) {
        return v -> v;
      }
      if (t.isEnum()) {
        return v -> enumValue(t, (String) v, path);
      }
      throw cannot(src, target, path);
    }
    int rank = numericRank(src);
    if (rank > 0) {
      return numeric(src, rank, t, target, path);
    }
    Class<?> expected = src instanceof BooleanType ? Boolean.class
        : src instanceof BinaryType ? byte[].class
        : src instanceof DateType ? LocalDate.class
        : src instanceof TimestampType ? Instant.class
        : src instanceof TimestampNTZType ? LocalDateTime.class
        : src instanceof DayTimeIntervalType ? Duration.class
        : src instanceof YearMonthIntervalType ? Period.class
        : null;
    if (expected != null && t == expected) {
      return v -> v;
    }
    if (expected == null) {
      // Types without a fixed Java class (time, variant, intervals): pass the value through if it fits.
      return v -> {
        if (!t.isInstance(v)) {
          throw new IllegalArgumentException("Cannot convert field '" + path + "' value " + v + " of type "
              + src.simpleString() + " to " + target.getTypeName());
        }
        return v;
      };
    }
    throw cannot(src, target, path);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> t, String s, String path) {
    try {
      return Enum.valueOf((Class) t, s);
    } catch (IllegalArgumentException e) {
      for (Object c : t.getEnumConstants()) {
        if (((Enum<?>) c).name().equalsIgnoreCase(s)) {
          return c;
        }
      }
      throw new IllegalArgumentException("Field '" + path + "': '" + s + "' is not a constant of " + t.getName());
    }
  }

  /** 1 byte, 2 short, 3 int, 4 long, 5 float, 6 double, 7 decimal; 0 for other types. */
  private static int numericRank(DataType t) {
    return t instanceof ByteType ? 1 : t instanceof ShortType ? 2 : t instanceof IntegerType ? 3
        : t instanceof LongType ? 4 : t instanceof FloatType ? 5 : t instanceof DoubleType ? 6
        : t instanceof DecimalType ? 7 : 0;
  }

  private static Conv numeric(DataType src, int rank, Class<?> t, Type target, String path) {
    boolean integral = rank <= 4;
    if (t == Byte.class && rank == 1) {
      return v -> v;
    } else if (t == Short.class && rank <= 2) {
      return v -> ((Number) v).shortValue();
    } else if (t == Integer.class && rank <= 3) {
      return v -> ((Number) v).intValue();
    } else if (t == Long.class && rank <= 4) {
      return v -> ((Number) v).longValue();
    } else if (t == Float.class && rank <= 5) {
      return v -> ((Number) v).floatValue();
    } else if (t == Double.class && rank <= 6) {
      return v -> ((Number) v).doubleValue();
    } else if (t == BigDecimal.class && (integral || rank == 7)) {
      return v -> v instanceof BigDecimal ? v : BigDecimal.valueOf(((Number) v).longValue());
    } else if (t == BigInteger.class && (integral || rank == 7 && ((DecimalType) src).scale() == 0)) {
      return v -> v instanceof BigDecimal ? ((BigDecimal) v).toBigIntegerExact() : BigInteger.valueOf(((Number) v).longValue());
    } else if (t == Number.class) {
      return v -> v;
    }
    throw new IllegalArgumentException("Cannot convert field '" + path + "' of type " + src.simpleString()
        + " to " + target.getTypeName() + (rank > 0 && isNumber(t) ? ": that would narrow the value" : ""));
  }

  private static boolean isNumber(Class<?> t) {
    return Number.class.isAssignableFrom(t);
  }
}
