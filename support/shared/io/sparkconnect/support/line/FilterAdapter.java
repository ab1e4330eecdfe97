package io.sparkconnect.support.line;

import java.util.function.Predicate;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Kind {@code FILTER} (typed {@code filter}): a {@code UdfPacket} around Spark's
 * {@code FilterFunction} with the input row's encoder, which the server runs as a
 * {@code TypedFilter}.
 */
public final class FilterAdapter implements KindAdapter {
  @Override
  @SuppressWarnings("unchecked")
  public Object toPacket(Payload p) {
    TypedIterators.inputs(p, 1);
    return new UdfPacket(new Fn(p.function(Predicate.class), p.inputDirect(0)), TypedIterators.encoders(p),
        SparkValues.encoderFor(DataTypes.BooleanType));
  }

  /** The predicate; serializable, as it travels to the executors with the plan. */
  static final class Fn implements FilterFunction<Object> {
    private static final long serialVersionUID = 1L;
    private final Predicate<Object> f;
    private final boolean direct;

    Fn(Predicate<Object> f, boolean direct) {
      this.f = f;
      this.direct = direct;
    }

    @Override
    public boolean call(Object value) {
      return f.test(direct ? SparkValues.direct(value) : SparkValues.toWire(value));
    }
  }
}
