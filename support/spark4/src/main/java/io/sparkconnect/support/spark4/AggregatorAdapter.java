package io.sparkconnect.support.spark4;

import java.util.function.Function;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataType;

/**
 * Kind {@code AGGREGATOR}: a {@code UdfPacket} around a Spark {@code Aggregator} whose steps call
 * the client-side adapter (step code first, then wire values). Input encoder: that of the input
 * type; buffer and output encoders: those of option {@code bufferType} and the output type.
 */
public final class AggregatorAdapter implements KindAdapter {
  @Override
  @SuppressWarnings("unchecked")
  public Object toPacket(Payload p) {
    if (p.inputTypes.length != 1 || p.inputTypes[0] == null || p.outputType == null) {
      throw new IllegalArgumentException("An aggregator needs one input type and an output type");
    }
    DataType buffer = DataType.fromJson(p.option("bufferType", null));
    Calls agg = new Calls(p.function(Function.class), buffer, p.outputType);
    return new UdfPacket(agg,
        (scala.collection.immutable.Seq) scala.collection.immutable.List$.MODULE$.empty().$colon$colon(SparkValues.encoderFor(p.inputTypes[0])),
        SparkValues.encoderFor(p.outputType));
  }

  /** The Spark aggregator; buffers are Spark external values of the buffer type. */
  static final class Calls extends Aggregator<Object, Object, Object> {
    private static final long serialVersionUID = 1L;
    private static final Integer ZERO = 0;
    private static final Integer REDUCE = 1;
    private static final Integer MERGE = 2;
    private static final Integer FINISH = 3;
    private final Function<Object[], Object> f;
    private final DataType buffer;
    private final DataType output;

    Calls(Function<Object[], Object> f, DataType buffer, DataType output) {
      this.f = f;
      this.buffer = buffer;
      this.output = output;
    }

    @Override
    public Object zero() {
      return SparkValues.toSpark(f.apply(new Object[] {ZERO}), buffer);
    }

    @Override
    public Object reduce(Object b, Object a) {
      return SparkValues.toSpark(f.apply(new Object[] {REDUCE, SparkValues.toWire(b), SparkValues.toWire(a)}), buffer);
    }

    @Override
    public Object merge(Object b1, Object b2) {
      return SparkValues.toSpark(f.apply(new Object[] {MERGE, SparkValues.toWire(b1), SparkValues.toWire(b2)}), buffer);
    }

    @Override
    public Object finish(Object reduction) {
      return SparkValues.toSpark(f.apply(new Object[] {FINISH, SparkValues.toWire(reduction)}), output);
    }

    @Override
    public Encoder<Object> bufferEncoder() {
      return (Encoder<Object>) (AgnosticEncoder<?>) SparkValues.encoderFor(buffer);
    }

    @Override
    public Encoder<Object> outputEncoder() {
      return (Encoder<Object>) (AgnosticEncoder<?>) SparkValues.encoderFor(output);
    }
  }
}
