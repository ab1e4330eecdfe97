package io.sparkconnect.support.line;

import java.io.Serializable;
import java.util.function.Function;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.types.DataType;

/**
 * Kind {@code MAP} ({@code map}): a {@code UdfPacket} around a Scala {@code Iterator => Iterator}
 * that calls the client-side adapter once per value, with the input's encoder and the result's;
 * the server runs it as {@code MapPartitions}. One iterator per partition, no layers per value.
 */
public final class MapAdapter implements KindAdapter {
  @Override
  @SuppressWarnings("unchecked")
  public Object toPacket(Payload p) {
    TypedIterators.inputs(p, 1);
    return new UdfPacket(new Fn(p.function(Function.class), p.inputDirect(0), p.outputWireType()),
        TypedIterators.encoders(p), p.outputEncoder());
  }

  /** The partition function; serializable, as it travels to the executors with the plan. */
  static final class Fn implements scala.Function1<scala.collection.Iterator<Object>, scala.collection.Iterator<Object>>,
      Serializable {
    private static final long serialVersionUID = 1L;
    private final Function<Object, Object> f;
    private final boolean direct;
    /** The result's type, or null where results are the user's records as they are. */
    private final DataType out;

    Fn(Function<Object, Object> f, boolean direct, DataType out) {
      this.f = f;
      this.direct = direct;
      this.out = out;
    }

    @Override
    public scala.collection.Iterator<Object> apply(scala.collection.Iterator<Object> input) {
      return new scala.collection.AbstractIterator<Object>() {
        private final Object[] memo = new Object[2];

        @Override
        public boolean hasNext() {
          return input.hasNext();
        }

        @Override
        public Object next() {
          Object v = input.next();
          Object r = f.apply(direct ? SparkValues.direct(v) : SparkValues.toWire(v, memo));
          return out == null ? r : SparkValues.toSpark(r, out);
        }
      };
    }
  }
}
