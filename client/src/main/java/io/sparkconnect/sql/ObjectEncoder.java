package io.sparkconnect.sql;

import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns Java objects into row values for the Arrow writer, with the Spark type inferred from the
 * Java type: numbers, strings, {@code BigDecimal} (decimal(38,18)), {@code BigInteger}
 * (decimal(38,0)), {@code byte[]}, {@code LocalDate}, {@code Instant}, {@code LocalDateTime},
 * {@code Duration}, {@code Period}, enums (as their names), {@code Optional}, lists, collections
 * and arrays, maps, and nested records or JavaBeans. Primitive types are not nullable.
 */
final class ObjectEncoder {
  final DataType type;
  final boolean nullable;
  private final Kind kind;
  private final ObjectEncoder element;
  private final ObjectEncoder value;
  private final JavaProperties properties;
  private final ObjectEncoder[] fields;
  private final String description;

  private enum Kind { PLAIN, ENUM, OPTIONAL, LIST, ARRAY, MAP, STRUCT }

  private ObjectEncoder(DataType type, boolean nullable, Kind kind, ObjectEncoder element, ObjectEncoder value,
      JavaProperties properties, ObjectEncoder[] fields, String description) {
    this.type = type;
    this.nullable = nullable;
    this.kind = kind;
    this.element = element;
    this.value = value;
    this.properties = properties;
    this.fields = fields;
    this.description = description;
  }

  /** The encoder of a top-level record or bean class; its type is a struct. */
  static ObjectEncoder forBean(Class<?> c) {
    if (!JavaProperties.isStructLike(c)) {
      throw new IllegalArgumentException(c.getName()
          + " is neither a record nor a JavaBean with getter/setter pairs: cannot infer a schema from it");
    }
    return of(c, new ArrayList<>());
  }

  /** The encoder of a single value type (number, string, date, ...), or null if {@code c} is not one. */
  static ObjectEncoder forValue(Class<?> c) {
    DataType t = plainType(c);
    return t == null ? null : new ObjectEncoder(t, true, Kind.PLAIN, null, null, null, null, c.getSimpleName());
  }

  private static ObjectEncoder of(Type t, List<Class<?>> seen) {
    Class<?> raw = rawClass(t);
    DataType plain = plainType(raw);
    String name = t.getTypeName();
    if (plain != null) {
      return new ObjectEncoder(plain, !raw.isPrimitive(), Kind.PLAIN, null, null, null, null, name);
    }
    if (raw.isEnum()) {
      return new ObjectEncoder(DataTypes.StringType, true, Kind.ENUM, null, null, null, null, name);
    }
    if (raw == Optional.class) {
      ObjectEncoder inner = of(typeArgument(t, 0), seen);
      return new ObjectEncoder(inner.type, true, Kind.OPTIONAL, inner, null, null, null, name);
    }
    if (raw.isArray() || t instanceof GenericArrayType) {
      Type component = t instanceof GenericArrayType ? ((GenericArrayType) t).getGenericComponentType() : raw.getComponentType();
      ObjectEncoder e = of(component, seen);
      return new ObjectEncoder(DataTypes.createArrayType(e.type, e.nullable), true, Kind.ARRAY, e, null, null, null, name);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      ObjectEncoder e = of(typeArgument(t, 0), seen);
      return new ObjectEncoder(DataTypes.createArrayType(e.type, true), true, Kind.LIST, e, null, null, null, name);
    }
    if (Map.class.isAssignableFrom(raw)) {
      ObjectEncoder k = of(typeArgument(t, 0), seen);
      ObjectEncoder v = of(typeArgument(t, 1), seen);
      return new ObjectEncoder(DataTypes.createMapType(k.type, v.type, true), true, Kind.MAP, k, v, null, null, name);
    }
    if (JavaProperties.isStructLike(raw)) {
      if (seen.contains(raw)) {
        throw new IllegalArgumentException("Cannot infer a schema for the recursive type " + raw.getName());
      }
      seen.add(raw);
      JavaProperties props = JavaProperties.of(raw);
      ObjectEncoder[] fs = new ObjectEncoder[props.properties.size()];
      List<StructField> sf = new ArrayList<>();
      for (int i = 0; i < fs.length; i++) {
        JavaProperties.Property p = props.properties.get(i);
        try {
          fs[i] = of(p.type, seen);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("Field '" + p.name + "' of " + raw.getName() + ": " + e.getMessage(), e);
        }
        sf.add(DataTypes.createStructField(p.name, fs[i].type, fs[i].nullable));
      }
      seen.remove(raw);
      return new ObjectEncoder(DataTypes.createStructType(sf), true, Kind.STRUCT, null, null, props, fs, name);
    }
    throw new IllegalArgumentException("Unsupported Java type " + name + ": no Spark type for it");
  }

  private static DataType plainType(Class<?> c) {
    if (c == boolean.class || c == Boolean.class) {
      return DataTypes.BooleanType;
    } else if (c == byte.class || c == Byte.class) {
      return DataTypes.ByteType;
    } else if (c == short.class || c == Short.class) {
      return DataTypes.ShortType;
    } else if (c == int.class || c == Integer.class) {
      return DataTypes.IntegerType;
    } else if (c == long.class || c == Long.class) {
      return DataTypes.LongType;
    } else if (c == float.class || c == Float.class) {
      return DataTypes.FloatType;
    } else if (c == double.class || c == Double.class) {
      return DataTypes.DoubleType;
    } else if (c == String.class) {
      return DataTypes.StringType;
    } else if (c == BigDecimal.class) {
      return DataTypes.createDecimalType(38, 18);
    } else if (c == BigInteger.class) {
      return DataTypes.createDecimalType(38, 0);
    } else if (c == byte[].class) {
      return DataTypes.BinaryType;
    } else if (c == LocalDate.class) {
      return DataTypes.DateType;
    } else if (c == Instant.class) {
      return DataTypes.TimestampType;
    } else if (c == LocalDateTime.class) {
      return DataTypes.TimestampNTZType;
    } else if (c == Duration.class) {
      return DataTypes.createDayTimeIntervalType();
    } else if (c == Period.class) {
      return DataTypes.createYearMonthIntervalType();
    }
    return null;
  }

  static Class<?> rawClass(Type t) {
    if (t instanceof Class) {
      return (Class<?>) t;
    } else if (t instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) t).getRawType();
    } else if (t instanceof GenericArrayType) {
      return java.lang.reflect.Array.newInstance(rawClass(((GenericArrayType) t).getGenericComponentType()), 0).getClass();
    } else if (t instanceof WildcardType) {
      return rawClass(((WildcardType) t).getUpperBounds()[0]);
    }
    throw new IllegalArgumentException("Unsupported Java type " + t.getTypeName()
        + ": use concrete types (no type variables) in records and beans");
  }

  static Type typeArgument(Type t, int i) {
    if (t instanceof ParameterizedType) {
      Type a = ((ParameterizedType) t).getActualTypeArguments()[i];
      return a instanceof WildcardType ? ((WildcardType) a).getUpperBounds()[0] : a;
    }
    throw new IllegalArgumentException("Raw type " + t.getTypeName() + ": give its type arguments");
  }

  /** The row values of a top-level record or bean. */
  Object[] encodeRow(Object bean, int row) {
    if (bean == null) {
      throw new IllegalArgumentException("Row " + row + " is null: a " + description + " is needed");
    }
    return encodeStruct(bean, row, "");
  }

  private Object[] encodeStruct(Object bean, int row, String path) {
    Object[] out = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      JavaProperties.Property p = properties.properties.get(i);
      out[i] = fields[i].encode(p.get(bean), row, path.isEmpty() ? p.name : path + "." + p.name);
    }
    return out;
  }

  /** The Arrow-writer value of {@code v}, converted recursively. */
  Object encode(Object v, int row, String path) {
    if (v == null) {
      if (!nullable) {
        throw new IllegalArgumentException("Field '" + path + "', row " + row + ": null for the non-nullable " + description);
      }
      return null;
    }
    switch (kind) {
      case PLAIN:
        return v;
      case ENUM:
        return ((Enum<?>) v).name();
      case OPTIONAL:
        return ((Optional<?>) v).map(x -> element.encode(x, row, path)).orElse(null);
      case ARRAY: {
        int n = java.lang.reflect.Array.getLength(v);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          out.add(element.encode(java.lang.reflect.Array.get(v, i), row, path + "[" + i + "]"));
        }
        return out;
      }
      case LIST: {
        List<Object> out = new ArrayList<>();
        int i = 0;
        for (Object x : (Collection<?>) v) {
          out.add(element.encode(x, row, path + "[" + i++ + "]"));
        }
        return out;
      }
      case MAP: {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          out.put(element.encode(e.getKey(), row, path + ".key"), value.encode(e.getValue(), row, path + "[" + e.getKey() + "]"));
        }
        return out;
      }
      case STRUCT:
        return encodeStruct(v, row, path);
      default:
        throw new AssertionError(kind);
    }
  }

  /** The struct type of a bean encoder. */
  StructType schema() {
    return (StructType) type;
  }
}
