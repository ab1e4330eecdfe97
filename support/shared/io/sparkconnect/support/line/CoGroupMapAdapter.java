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
    TypedIterators.inputs(p, 3);
    boolean[] direct = {p.inputDirect(0), p.inputDirect(1), p.inputDirect(2)};
    return new UdfPacket(new Fn(p.function(Function.class), direct, p.outputWireType()), TypedIterators.encoders(p),
        p.outputEncoder());
  }

  /** The co-group function; serializable, as it travels to the executors with the plan. */
  static final class Fn implements scala.Function3<Object, scala.collection.Iterator<Object>,
      scala.collection.Iterator<Object>, Object>, Serializable {
    private static final long serialVersionUID = 1L;
    private final Function<Object[], Iterator<Object>> f;
    /** Whether the key, the left values and the right values are the user's records as they are. */
    private final boolean[] direct;
    private final DataType out;

    Fn(Function<Object[], Iterator<Object>> f, boolean[] direct, DataType out) {
      this.f = f;
      this.direct = direct;
      this.out = out;
    }

    @Override
    public Object apply(Object key, scala.collection.Iterator<Object> left, scala.collection.Iterator<Object> right) {
      Object[] args = {direct[0] ? SparkValues.direct(key) : SparkValues.toWire(key), TypedIterators.wire(left, direct[1]),
          TypedIterators.wire(right, direct[2])};
      return TypedIterators.spark(f.apply(args), out);
    }
  }
}
