package io.sparkconnect.sql;

import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import java.util.function.Function;

/**
 * What the typed operations need to know of an {@link Encoder}, whichever implementation it is
 * ({@code TypedEncoder} for values, beans, rows and serialized objects; {@link TupleEncoder}): the
 * Spark type its values are stored as, whether that is a struct (several columns) or one column,
 * the conversion to and from wire values (on the server), and how to read result rows back on the
 * client. Reading follows the server's layout: a struct encoder's fields are the columns (by
 * name), a single-value encoder's value is the first column, a tuple's elements are the columns
 * {@code _1}, {@code _2}, ... in order.
 */
final class TypedEncoding {
  private TypedEncoding() {}

  private static TypedEncoder<?> typed(Encoder<?> e) {
    if (e instanceof TypedEncoder) {
      return (TypedEncoder<?>) e;
    }
    throw new IllegalArgumentException("Not an encoder of this client: " + e.getClass().getName()
        + " (use the factories of Encoders)");
  }

  /** The Spark type values of this encoder are stored as. */
  static DataType dataType(Encoder<?> e) {
    return e instanceof TupleEncoder ? e.schema() : typed(e).dataType();
  }

  /** Whether values are stored as a struct (several columns) rather than as one column. */
  static boolean isStruct(Encoder<?> e) {
    return e instanceof TupleEncoder || typed(e).isStruct();
  }

  /** Whether the encoder is a payload's direct record encoder: its values cross as they are, unconverted. */
  static boolean passesAsIs(Encoder<?> e) {
    return e instanceof TypedEncoder && ((TypedEncoder<?>) e).isDirect()
        && ((TypedEncoder<?>) e).shape() == TypedEncoder.Shape.BEAN;
  }

  /** The user's value of a wire value. */
  static Object fromWire(Encoder<?> e, Object w) {
    return e instanceof TupleEncoder ? ((TupleEncoder<?>) e).fromWire(w) : typed(e).fromWire(w);
  }

  /** The wire value of a user's value. */
  static Object toWire(Encoder<?> e, Object v) {
    return e instanceof TupleEncoder ? ((TupleEncoder<?>) e).toWire(v) : typed(e).toWire(v);
  }

  /**
   * The encoder Spark would pick for {@code type}, as {@link DataFrame#as(Class)} reads it: a
   * single-value encoder for strings, numbers, dates, ...; a bean encoder for records and beans.
   *
   * @throws IllegalArgumentException for a type with neither
   */
  @SuppressWarnings("unchecked")
  static <T> Encoder<T> forClass(Class<T> type) {
    Encoder<?> e;
    if (type == String.class) {
      e = Encoders.STRING();
    } else if (type == Long.class) {
      e = Encoders.LONG();
    } else if (type == Integer.class) {
      e = Encoders.INT();
    } else if (type == Double.class) {
      e = Encoders.DOUBLE();
    } else if (type == Float.class) {
      e = Encoders.FLOAT();
    } else if (type == Short.class) {
      e = Encoders.SHORT();
    } else if (type == Byte.class) {
      e = Encoders.BYTE();
    } else if (type == Boolean.class) {
      e = Encoders.BOOLEAN();
    } else if (type == java.math.BigDecimal.class) {
      e = Encoders.DECIMAL();
    } else if (type == java.time.LocalDate.class) {
      e = Encoders.LOCALDATE();
    } else if (type == java.time.Instant.class) {
      e = Encoders.INSTANT();
    } else if (type == java.time.LocalDateTime.class) {
      e = Encoders.LOCALDATETIME();
    } else if (type == java.sql.Date.class) {
      e = Encoders.DATE();
    } else if (type == java.sql.Timestamp.class) {
      e = Encoders.TIMESTAMP();
    } else if (type == byte[].class) {
      e = Encoders.BINARY();
    } else if (type == java.time.Duration.class) {
      e = Encoders.DURATION();
    } else if (type == java.time.Period.class) {
      e = Encoders.PERIOD();
    } else {
      e = Encoders.bean(type);
    }
    return (Encoder<T>) e;
  }

  /** Reads result rows of {@code schema} as values of the encoder's type. */
  @SuppressWarnings("unchecked")
  static <T> Function<Row, T> rowReader(Encoder<T> e, StructType schema) {
    if (e instanceof TupleEncoder) {
      Encoder<?>[] elems = ((TupleEncoder<?>) e).elements();
      StructField[] fields = schema.fields();
      if (fields.length < elems.length) {
        throw new IllegalArgumentException("A tuple of " + elems.length + " needs as many columns, not "
            + schema.simpleString());
      }
      Function<Object, Object>[] readers = new Function[elems.length];
      for (int i = 0; i < elems.length; i++) {
        readers[i] = valueReader(elems[i], fields[i].dataType(), fields[i].name());
      }
      return r -> {
        Object[] v = new Object[readers.length];
        for (int i = 0; i < v.length; i++) {
          v[i] = readers[i].apply(r.get(i));
        }
        return (T) TupleEncoder.of(v);
      };
    }
    TypedEncoder<T> t = (TypedEncoder<T>) typed(e);
    switch (t.shape()) {
      case ROW:
        return r -> (T) r;
      case BEAN: {
        ObjectDecoder<T> d = ObjectDecoder.of(schema, t.clsTag());
        return d::decode;
      }
      default: {
        if (schema.fields().length == 0) {
          throw new IllegalArgumentException("Cannot read rows without columns as " + t.clsTag().getName());
        }
        StructField f = schema.fields()[0];
        Function<Object, Object> v = valueReader(e, f.dataType(), f.name());
        return r -> (T) v.apply(r.get(0));
      }
    }
  }

  /** Reads one value of Spark type {@code src} (a column or a struct field) as the encoder's type. */
  static Function<Object, Object> valueReader(Encoder<?> e, DataType src, String path) {
    if (e instanceof TupleEncoder) {
      if (!(src instanceof StructType)) {
        throw new IllegalArgumentException("'" + path + "' of type " + src.simpleString() + " is not a tuple");
      }
      Function<Row, ?> inner = rowReader(e, (StructType) src);
      return v -> v == null ? null : inner.apply((Row) v);
    }
    TypedEncoder<?> t = typed(e);
    switch (t.shape()) {
      case ROW:
        return v -> v;
      case SERIALIZED:
        return t::fromWire;
      default:
        Class<?> c = t.clsTag();
        if (c == java.sql.Date.class || c == java.sql.Timestamp.class) {
          return t::fromWire;
        }
        return ObjectDecoder.value(src, c, path);
    }
  }
}
