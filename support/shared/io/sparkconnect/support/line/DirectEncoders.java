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
 * Spark's own encoders of the records the client marks as direct: public records whose components
 * are of basic types or such records. Spark builds these records from its rows, and reads their
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
    return record(cls, (StructType) type);
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
      AgnosticEncoder<?> enc = leaf(rc[i].getType(), f.dataType());
      if (!enc.dataType().sameType(f.dataType())) {
        throw new IllegalArgumentException(cls.getName() + "." + f.name() + " is encoded as "
            + enc.dataType().simpleString() + ", not " + f.dataType().simpleString());
      }
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
    } else if (c.isRecord() && type instanceof StructType) {
      return record(c, (StructType) type);
    }
    throw new IllegalArgumentException("No direct encoder for " + c.getName());
  }
}
