package io.sparkconnect.support.line;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark's own encoders of the records (and JavaBeans) the client marks as direct: public records
 * and beans whose components or properties are of basic types or such records and beans. Spark builds these records from its rows, and reads their
 * accessors, in generated code: no wire values in between, and their fields are bound to the
 * input's columns by name. The client decides which records qualify (it checks access and types);
 * this class builds the encoder and checks that it writes exactly the struct type the client
 * computed, so a record's schema is the same on both paths. Stateless.
 */
final class DirectEncoders {
  private DirectEncoders() {}

  /** Spark's encoder of the record class {@code className}, whose struct type is {@code type}. */
  static AgnosticEncoder<?> record(String className, DataType type, ClassLoader loader) {
    Class<?> cls;
    try {
      cls = Class.forName(className, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("The record class " + className + " is not among the session's classes", e);
    }
    if (!(type instanceof StructType)) {
      throw new IllegalArgumentException("The record " + className + " needs a struct type, not " + type.simpleString());
    }
    return cls.isRecord() ? record(cls, (StructType) type) : bean(cls, (StructType) type);
  }

  /**
   * Spark's encoder of a JavaBean whose properties are {@code type}'s fields, in order: each read
   * and written through its public getter and setter, found as the client finds them.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static AgnosticEncoder<?> bean(Class<?> cls, StructType type) {
    java.util.Map<String, java.lang.reflect.Method> getters = new java.util.HashMap<>();
    for (java.lang.reflect.Method m : cls.getMethods()) {
      if (java.lang.reflect.Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      String n = m.getName();
      if (n.startsWith("get") && n.length() > 3 && m.getReturnType() != void.class) {
        getters.putIfAbsent(decapitalize(n.substring(3)), m);
      } else if (n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
        getters.putIfAbsent(decapitalize(n.substring(2)), m);
      }
    }
    StructField[] fields = type.fields();
    scala.collection.immutable.List list = scala.collection.immutable.Nil$.MODULE$;
    for (int i = fields.length - 1; i >= 0; i--) {
      StructField f = fields[i];
      java.lang.reflect.Method getter = getters.get(f.name());
      if (getter == null) {
        throw new IllegalArgumentException(cls.getName() + " has no getter for field " + f.name() + " of "
            + type.simpleString());
      }
      String setter = "set" + getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
      try {
        cls.getMethod(setter, getter.getReturnType());
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(cls.getName() + " has no setter " + setter + " for field " + f.name(), e);
      }
      AgnosticEncoder<?> enc = checked(cls, f, leaf(getter.getReturnType(), f.dataType()));
      list = list.$colon$colon(new AgnosticEncoders.EncoderField(f.name(), enc, f.nullable(), Metadata.empty(),
          scala.Option.apply(getter.getName()), scala.Option.apply(setter)));
    }
    return new AgnosticEncoders.JavaBeanEncoder(scala.reflect.ClassTag$.MODULE$.apply(cls), list);
  }

  private static String decapitalize(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code enc}, checked to write the client's type of field {@code f}. */
  private static AgnosticEncoder<?> checked(Class<?> cls, StructField f, AgnosticEncoder<?> enc) {
    if (!enc.dataType().sameType(f.dataType())) {
      throw new IllegalArgumentException(cls.getName() + "." + f.name() + " is encoded as "
          + enc.dataType().simpleString() + ", not " + f.dataType().simpleString());
    }
    return enc;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static AgnosticEncoder<?> record(Class<?> cls, StructType type) {
    RecordComponent[] rc = cls.getRecordComponents();
    StructField[] fields = type.fields();
    if (rc == null || rc.length != fields.length) {
      throw new IllegalArgumentException(cls.getName() + " does not match " + type.simpleString());
    }
    scala.collection.immutable.List list = scala.collection.immutable.Nil$.MODULE$;
    for (int i = rc.length - 1; i >= 0; i--) {
      StructField f = fields[i];
      if (!rc[i].getName().equals(f.name())) {
        throw new IllegalArgumentException(cls.getName() + "'s component " + rc[i].getName() + " is not field "
            + f.name() + " of " + type.simpleString());
      }
      AgnosticEncoder<?> enc = checked(cls, f, leaf(rc[i].getType(), f.dataType()));
      AgnosticEncoders.EncoderField ef = new AgnosticEncoders.EncoderField(f.name(), enc, f.nullable(), Metadata.empty(),
          scala.Option.empty(), scala.Option.empty());
      list = list.$colon$colon(ef);
    }
    return new AgnosticEncoders.ProductEncoder(scala.reflect.ClassTag$.MODULE$.apply(cls), list, scala.Option.empty());
  }

  private static AgnosticEncoder<?> leaf(Class<?> c, DataType type) {
    if (c == long.class) {
      return AgnosticEncoders.PrimitiveLongEncoder$.MODULE$;
    } else if (c == int.class) {
      return AgnosticEncoders.PrimitiveIntEncoder$.MODULE$;
    } else if (c == double.class) {
      return AgnosticEncoders.PrimitiveDoubleEncoder$.MODULE$;
    } else if (c == boolean.class) {
      return AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$;
    } else if (c == float.class) {
      return AgnosticEncoders.PrimitiveFloatEncoder$.MODULE$;
    } else if (c == short.class) {
      return AgnosticEncoders.PrimitiveShortEncoder$.MODULE$;
    } else if (c == byte.class) {
      return AgnosticEncoders.PrimitiveByteEncoder$.MODULE$;
    } else if (c == Long.class) {
      return AgnosticEncoders.BoxedLongEncoder$.MODULE$;
    } else if (c == Integer.class) {
      return AgnosticEncoders.BoxedIntEncoder$.MODULE$;
    } else if (c == Double.class) {
      return AgnosticEncoders.BoxedDoubleEncoder$.MODULE$;
    } else if (c == Boolean.class) {
      return AgnosticEncoders.BoxedBooleanEncoder$.MODULE$;
    } else if (c == Float.class) {
      return AgnosticEncoders.BoxedFloatEncoder$.MODULE$;
    } else if (c == Short.class) {
      return AgnosticEncoders.BoxedShortEncoder$.MODULE$;
    } else if (c == Byte.class) {
      return AgnosticEncoders.BoxedByteEncoder$.MODULE$;
    } else if (c == String.class) {
      return AgnosticEncoders.StringEncoder$.MODULE$;
    } else if (c == BigDecimal.class && type instanceof DecimalType) {
      return new AgnosticEncoders.JavaDecimalEncoder((DecimalType) type, false);
    } else if (c == BigInteger.class) {
      return AgnosticEncoders.JavaBigIntEncoder$.MODULE$;
    } else if (c == LocalDate.class) {
      return new AgnosticEncoders.LocalDateEncoder(false);
    } else if (c == Instant.class) {
      return new AgnosticEncoders.InstantEncoder(false);
    } else if (c == LocalDateTime.class) {
      return AgnosticEncoders.LocalDateTimeEncoder$.MODULE$;
    } else if (c == byte[].class) {
      return AgnosticEncoders.BinaryEncoder$.MODULE$;
    } else if (type instanceof StructType) {
      return c.isRecord() ? record(c, (StructType) type) : bean(c, (StructType) type);
    }
    throw new IllegalArgumentException("No direct encoder for " + c.getName());
  }
}
