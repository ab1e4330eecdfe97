package io.sparkconnect.support.line;

import java.io.Serializable;
import java.util.function.BinaryOperator;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.types.DataType;

/**
 * Kind {@code REDUCE} ({@code reduceGroups}): a {@code UdfPacket} around a Scala {@code Function2}
 * of two values to one, with the value's encoder for both inputs and the output. The server wraps
 * the function in its own {@code ReduceAggregator} when it finds it inside the {@code reduce}
 * function of a grouped aggregate; it reads the group's rows with the output encoder.
 */
public final class ReduceAdapter implements KindAdapter {
  @Override
  @SuppressWarnings("unchecked")
  public Object toPacket(Payload p) {
    TypedIterators.inputs(p, 2);
    return new UdfPacket(new Fn(p.function(BinaryOperator.class), p.inputDirect(0), p.outputWireType()),
        TypedIterators.encoders(p), p.outputEncoder());
  }

  /** The combining function; serializable, as it travels to the executors with the plan. */
  static final class Fn implements scala.Function2<Object, Object, Object>, Serializable {
    private static final long serialVersionUID = 1L;
    private final BinaryOperator<Object> f;
    private final boolean direct;
    /** The value's type, or null where values are the user's records as they are. */
    private final DataType out;

    Fn(BinaryOperator<Object> f, boolean direct, DataType out) {
      this.f = f;
      this.direct = direct;
      this.out = out;
    }

    @Override
    public Object apply(Object a, Object b) {
      if (direct) {
        Object r = f.apply(SparkValues.direct(a), SparkValues.direct(b));
        return out == null ? r : SparkValues.toSpark(r, out);
      }
      return SparkValues.toSpark(f.apply(SparkValues.toWire(a), SparkValues.toWire(b)), out);
    }
  }
}
