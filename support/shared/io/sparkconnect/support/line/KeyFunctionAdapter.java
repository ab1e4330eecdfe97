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
    DataType[] in = TypedIterators.inputs(p, 1);
    return new UdfPacket(new Fn(p.function(Function.class), p.outputType), TypedIterators.encoders(in),
        SparkValues.encoderFor(p.outputType));
  }

  /** The key function; serializable, as it travels to the executors with the plan. */
  static final class Fn implements scala.Function1<Object, Object>, Serializable {
    private static final long serialVersionUID = 1L;
    private final Function<Object, Object> f;
    private final DataType out;

    Fn(Function<Object, Object> f, DataType out) {
      this.f = f;
      this.out = out;
    }

    @Override
    public Object apply(Object value) {
      return SparkValues.toSpark(f.apply(SparkValues.toWire(value)), out);
    }
  }
}
