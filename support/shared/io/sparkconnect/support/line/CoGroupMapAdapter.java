package io.sparkconnect.support.line;

import java.io.Serializable;
import java.util.Iterator;
import java.util.function.Function;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.types.DataType;

/**
 * Kind {@code CO_GROUP_MAP} ({@code cogroup}): a {@code UdfPacket} around a Scala
 * {@code (key, Iterator, Iterator) => Iterator} with the key's and both values' encoders; the
 * server runs it as {@code CoGroup}.
 */
public final class CoGroupMapAdapter implements KindAdapter {
  @Override
  @SuppressWarnings("unchecked")
  public Object toPacket(Payload p) {
    DataType[] in = TypedIterators.inputs(p, 3);
    return new UdfPacket(new Fn(p.function(Function.class), p.outputType), TypedIterators.encoders(in),
        SparkValues.encoderFor(p.outputType));
  }

  /** The co-group function; serializable, as it travels to the executors with the plan. */
  static final class Fn implements scala.Function3<Object, scala.collection.Iterator<Object>,
      scala.collection.Iterator<Object>, Object>, Serializable {
    private static final long serialVersionUID = 1L;
    private final Function<Object[], Iterator<Object>> f;
    private final DataType out;

    Fn(Function<Object[], Iterator<Object>> f, DataType out) {
      this.f = f;
      this.out = out;
    }

    @Override
    public Object apply(Object key, scala.collection.Iterator<Object> left, scala.collection.Iterator<Object> right) {
      Object[] args = {SparkValues.toWire(key), TypedIterators.wire(left), TypedIterators.wire(right)};
      return TypedIterators.spark(f.apply(args), out);
    }
  }
}
