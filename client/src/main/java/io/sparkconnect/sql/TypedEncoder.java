package io.sparkconnect.sql;

import io.sparkconnect.sql.types.BinaryType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;

/**
 * The one {@link Encoder} implementation. It knows the Spark type of its values and converts
 * between them and the wire values of {@link WireValues} (what the server's support code hands
 * over); that conversion runs in the server's JVM, with the user's classes loaded there.
 *
 * <p>Immutable and thread-safe. Serializable: the data type travels as its JSON.
 */
final class TypedEncoder<T> implements Encoder<T> {
  private static final long serialVersionUID = 1L;

  /** How a value of {@code T} maps to a Spark value. */
  enum Shape {
    /** One value of a basic type (number, string, date, ...), top-level column {@code value}. */
    VALUE,
    /** A record or JavaBean: a struct whose fields are its properties. */
    BEAN,
    /** A {@link Row} of a given schema. */
    ROW,
    /** Any serializable object, stored as Java-serialized bytes in a binary column. */
    SERIALIZED
  }

  private final Shape shape;
  private final Class<T> cls;
  private final String typeJson;
  /**
   * Whether this copy is a direct encoder in a payload (see {@link DirectRecords}): the server's
   * support code hands the user's records over as they are, and takes them back so; a row of plain
   * fields arrives as its values array.
   */
  private final boolean direct;
  private transient volatile DataType type;
  private transient volatile ObjectDecoder<T> decoder;
  /** Per-row conversion state of this copy of the encoder (each server task has its own copy). */
  private transient volatile WireMemo memo;

  private TypedEncoder(Shape shape, Class<T> cls, DataType type) {
    this(shape, cls, type, type.json(), false);
  }

  private TypedEncoder(Shape shape, Class<T> cls, DataType type, String typeJson, boolean direct) {
    this.shape = shape;
    this.cls = cls;
    this.type = type;
    this.typeJson = typeJson;
    this.direct = direct;
  }

  /** This encoder as a payload's direct encoder; only for the records and rows {@link DirectRecords} accepts. */
  TypedEncoder<T> asDirect() {
    return new TypedEncoder<>(shape, cls, dataType(), typeJson, true);
  }

  /** Whether this copy passes the user's records to and from the server's support code as they are. */
  boolean isDirect() {
    return direct;
  }

  static <T> TypedEncoder<T> value(Class<T> cls, DataType type) {
    return new TypedEncoder<>(Shape.VALUE, cls, type);
  }

  static <T> TypedEncoder<T> bean(Class<T> cls) {
    return new TypedEncoder<>(Shape.BEAN, cls, ObjectEncoder.forBean(cls).schema());
  }

  static TypedEncoder<Row> row(StructType schema) {
    return new TypedEncoder<>(Shape.ROW, Row.class, schema);
  }

  static <T> TypedEncoder<T> serialized(Class<T> cls) {
    return new TypedEncoder<>(Shape.SERIALIZED, cls, DataTypes.BinaryType);
  }

  /** The encoder of values of Spark type {@code type} as a UDF returns them (any matching Java value). */
  static TypedEncoder<Object> ofType(DataType type) {
    return new TypedEncoder<>(type instanceof StructType ? Shape.ROW : Shape.VALUE, Object.class, type);
  }

  Shape shape() {
    return shape;
  }

  /** The Spark type of one value: a struct for beans and rows, the value's type otherwise. */
  DataType dataType() {
    DataType t = type;
    if (t == null) {
      t = DataType.fromJson(typeJson);
      type = t;
    }
    return t;
  }

  /** The data type's JSON, as the server's support code reads it. */
  String dataTypeJson() {
    return typeJson;
  }

  /** Whether a value is a whole row (its fields are the columns) rather than one column. */
  boolean isStruct() {
    return shape == Shape.BEAN || shape == Shape.ROW;
  }

  /** {@inheritDoc} */
  @Override
  public StructType schema() {
    DataType t = dataType();
    return isStruct() ? (StructType) t : DataTypes.createStructType(new io.sparkconnect.sql.types.StructField[] {
        DataTypes.createStructField("value", t, cls.isPrimitive() ? false : true)});
  }

  /** {@inheritDoc} */
  @Override
  public Class<T> clsTag() {
    return cls;
  }

  private WireMemo memo() {
    WireMemo m = memo;
    if (m == null) {
      m = new WireMemo();
      memo = m;
    }
    return m;
  }

  /** The user's value for a wire value. */
  @SuppressWarnings("unchecked")
  T fromWire(Object w) {
    if (w == null) {
      return null;
    }
    if (direct) {
      return shape == Shape.ROW ? (T) GenericRow.owning((Object[]) w, (StructType) dataType()) : cls.cast(w);
    }
    switch (shape) {
      case SERIALIZED:
        return cls.cast(deserialize((byte[]) w));
      case ROW:
        return (T) WireValues.toJava(w, memo());
      case BEAN: {
        ObjectDecoder<T> d = decoder;
        if (d == null) {
          d = ObjectDecoder.of((StructType) dataType(), cls);
          decoder = d;
        }
        Row r = (Row) WireValues.toJava(w, memo());
        return d.decode(r.schema() == null ? new GenericRow(r.toArray(), (StructType) dataType()) : r);
      }
      default:
        Object v = WireValues.toJava(w);
        if (cls == java.sql.Date.class && v instanceof java.time.LocalDate) {
          return (T) java.sql.Date.valueOf((java.time.LocalDate) v);
        }
        if (cls == java.sql.Timestamp.class && v instanceof java.time.Instant) {
          return (T) java.sql.Timestamp.from((java.time.Instant) v);
        }
        return (T) v;
    }
  }

  /** The wire value of a user's value. */
  Object toWire(Object v) {
    if (direct && shape == Shape.BEAN) {
      return v;
    }
    if (shape == Shape.SERIALIZED) {
      return v == null ? null : serialize(v);
    }
    return WireValues.toWire(v, dataType(), "", memo());
  }

  private static byte[] serialize(Object v) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(v);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot serialize a " + v.getClass().getName() + ": " + e, e);
    }
    return out.toByteArray();
  }

  private Object deserialize(byte[] b) {
    ClassLoader loader = cls.getClassLoader();
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b)) {
      @Override
      protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        try {
          return Class.forName(desc.getName(), false, loader);
        } catch (ClassNotFoundException e) {
          return super.resolveClass(desc);
        }
      }
    }) {
      return in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalArgumentException("Cannot deserialize a " + cls.getName() + ": " + e, e);
    }
  }

  @Override
  public String toString() {
    return shape == Shape.VALUE ? "Encoder[" + dataType().simpleString() + "]"
        : shape == Shape.SERIALIZED ? "Encoder[" + cls.getName() + " as binary]"
        : "Encoder[" + cls.getSimpleName() + ": " + dataType().simpleString() + "]";
  }

}
