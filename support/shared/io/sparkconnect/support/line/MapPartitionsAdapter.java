package io.sparkconnect.support.line;

import java.io.Serializable;
import java.util.Iterator;
import java.util.function.Function;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.types.DataType;

/**
 * Kind {@code MAP_PARTITIONS} ({@code map}, {@code flatMap}, {@code mapPartitions},
 * {@code foreach}, {@code foreachPartition}, {@code reduce}): a {@code UdfPacket} around a Scala
 * {@code Iterator => Iterator} with the input row's encoder and the result's, which the server
 * runs as {@code MapPartitions}.
 */
public final class MapPartitionsAdapter implements KindAdapter {
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
    private final Function<Iterator<Object>, Iterator<Object>> f;
    private final boolean direct;
    private final DataType out;

    Fn(Function<Iterator<Object>, Iterator<Object>> f, boolean direct, DataType out) {
      this.f = f;
      this.direct = direct;
      this.out = out;
    }

    @Override
    public scala.collection.Iterator<Object> apply(scala.collection.Iterator<Object> input) {
      return TypedIterators.spark(f.apply(TypedIterators.wire(input, direct)), out);
    }
  }
}
