package io.sparkconnect.sql;

import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import java.util.Objects;

/**
 * The encoder of {@link Tuple2} ... {@link Tuple5} made by {@code Encoders.tuple}: a struct whose
 * fields {@code _1}, {@code _2}, ... hold the elements, each stored by its own encoder (a
 * record's or bean's element is a nested struct). Immutable, serializable and thread-safe.
 *
 * @param <T> the tuple type
 */
final class TupleEncoder<T> implements Encoder<T> {
  private static final long serialVersionUID = 1L;

  private final Encoder<?>[] elements;
  private final Class<T> cls;
  private transient volatile StructType schema;

  @SuppressWarnings("unchecked")
  TupleEncoder(Encoder<?>... elements) {
    if (elements.length < 2 || elements.length > 5) {
      throw new IllegalArgumentException("Tuples have 2 to 5 elements, not " + elements.length);
    }
    for (int i = 0; i < elements.length; i++) {
      Objects.requireNonNull(elements[i], "encoder " + (i + 1));
    }
    this.elements = elements.clone();
    Class<?>[] classes = {null, null, Tuple2.class, Tuple3.class, Tuple4.class, Tuple5.class};
    this.cls = (Class<T>) classes[elements.length];
  }

  /** The encoders of the elements, in order. */
  Encoder<?>[] elements() {
    return elements.clone();
  }

  /** {@inheritDoc} */
  @Override
  public StructType schema() {
    StructType s = schema;
    if (s == null) {
      StructField[] fields = new StructField[elements.length];
      for (int i = 0; i < elements.length; i++) {
        fields[i] = DataTypes.createStructField("_" + (i + 1), TypedEncoding.dataType(elements[i]), true);
      }
      s = DataTypes.createStructType(fields);
      schema = s;
    }
    return s;
  }

  /** {@inheritDoc} */
  @Override
  public Class<T> clsTag() {
    return cls;
  }

  /** The tuple of a wire struct (see {@code WireValues}), each element read by its encoder. */
  @SuppressWarnings("unchecked")
  T fromWire(Object w) {
    if (w == null) {
      return null;
    }
    Object[] s = (Object[]) w;
    Object[] v = new Object[elements.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = TypedEncoding.fromWire(elements[i], s[i + 1]);
    }
    return (T) of(v);
  }

  /** The wire struct of a tuple. */
  Object toWire(Object v) {
    if (v == null) {
      return null;
    }
    Object[] values = elementsOf(v);
    Object[] out = new Object[elements.length + 1];
    for (int i = 0; i < elements.length; i++) {
      out[i + 1] = TypedEncoding.toWire(elements[i], values[i]);
    }
    return out;
  }

  private Object[] elementsOf(Object v) {
    if (v instanceof Tuple2<?, ?> t && elements.length == 2) {
      return new Object[] {t._1(), t._2()};
    }
    if (v instanceof Tuple3<?, ?, ?> t && elements.length == 3) {
      return new Object[] {t._1(), t._2(), t._3()};
    }
    if (v instanceof Tuple4<?, ?, ?, ?> t && elements.length == 4) {
      return new Object[] {t._1(), t._2(), t._3(), t._4()};
    }
    if (v instanceof Tuple5<?, ?, ?, ?, ?> t && elements.length == 5) {
      return new Object[] {t._1(), t._2(), t._3(), t._4(), t._5()};
    }
    throw new IllegalArgumentException("A " + v.getClass().getName() + " cannot be stored as a tuple of "
        + elements.length + " (" + schema().simpleString() + ")");
  }

  /** The tuple of these values. */
  static Object of(Object[] v) {
    switch (v.length) {
      case 2: return new Tuple2<>(v[0], v[1]);
      case 3: return new Tuple3<>(v[0], v[1], v[2]);
      case 4: return new Tuple4<>(v[0], v[1], v[2], v[3]);
      case 5: return new Tuple5<>(v[0], v[1], v[2], v[3], v[4]);
      default: throw new IllegalArgumentException("Tuples have 2 to 5 elements, not " + v.length);
    }
  }

  @Override
  public String toString() {
    return "Encoder[" + cls.getSimpleName() + ": " + schema().simpleString() + "]";
  }
}
