package io.sparkconnect.support.line;

import java.io.Serializable;
import java.util.Iterator;
import java.util.function.BiFunction;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.types.DataType;

/**
 * Kind {@code GROUP_MAP} ({@code mapGroups}, {@code flatMapGroups}, {@code reduceGroups},
 * {@code count}, {@code keys}): a {@code UdfPacket} around a Scala {@code (key, Iterator) =>
 * Iterator} with the key's and the value's encoders; the server runs it as {@code MapGroups}.
 */
public final class GroupMapAdapter implements KindAdapter {
  @Override
  @SuppressWarnings("unchecked")
  public Object toPacket(Payload p) {
    TypedIterators.inputs(p, 2);
    return new UdfPacket(new Fn(p.function(BiFunction.class), p.inputDirect(0), p.inputDirect(1), p.outputWireType()),
        TypedIterators.encoders(p), p.outputEncoder());
  }

  /** The group function; serializable, as it travels to the executors with the plan. */
  static final class Fn implements scala.Function2<Object, scala.collection.Iterator<Object>, Object>, Serializable {
    private static final long serialVersionUID = 1L;
    private final BiFunction<Object, Iterator<Object>, Iterator<Object>> f;
    private final boolean directKey;
    private final boolean directValues;
    private final DataType out;

    Fn(BiFunction<Object, Iterator<Object>, Iterator<Object>> f, boolean directKey, boolean directValues, DataType out) {
      this.f = f;
      this.directKey = directKey;
      this.directValues = directValues;
      this.out = out;
    }

    @Override
    public Object apply(Object key, scala.collection.Iterator<Object> values) {
      // An iterator is what the server iterates over: IterableOnce / TraversableOnce.
      return TypedIterators.spark(f.apply(directKey ? SparkValues.direct(key) : SparkValues.toWire(key), TypedIterators.wire(values, directValues)), out);
    }
  }
}
