package io.sparkconnect.support.line;

import java.io.Serializable;
import java.util.function.Function;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.types.DataType;

/**
 * Kind {@code KEY_FUNCTION} ({@code groupByKey}'s key, and the encoder carrier of
 * {@code GroupedData.as}): a {@code UdfPacket} around a Scala {@code Function1} with the value's
 * encoder and the key's; the server appends the key as columns and groups by them.
 */
public final class KeyFunctionAdapter implements KindAdapter {
  @Override
  @SuppressWarnings("unchecked")
  public Object toPacket(Payload p) {
    TypedIterators.inputs(p, 1);
    return new UdfPacket(new Fn(p.function(Function.class), p.inputDirect(0), p.outputWireType()),
        TypedIterators.encoders(p), p.outputEncoder());
  }

  /** The key function; serializable, as it travels to the executors with the plan. */
  static final class Fn implements scala.Function1<Object, Object>, Serializable {
    private static final long serialVersionUID = 1L;
    private final Function<Object, Object> f;
    private final boolean direct;
    /** The key's type, or null where the key is the user's record as it is. */
    private final DataType out;

    Fn(Function<Object, Object> f, boolean direct, DataType out) {
      this.f = f;
      this.direct = direct;
      this.out = out;
    }

    @Override
    public Object apply(Object value) {
      Object key = f.apply(direct ? SparkValues.direct(value) : SparkValues.toWire(value));
      return out == null ? key : SparkValues.toSpark(key, out);
    }
  }
}
