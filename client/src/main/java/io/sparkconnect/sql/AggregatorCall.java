package io.sparkconnect.sql;

import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.sql.expressions.Aggregator;
import java.io.Serializable;
import java.util.function.Function;

/**
 * The client-side adapter of an {@link Aggregator}, run on the server (kind {@link
 * UserCode.Kind#AGGREGATOR}). Its JDK shape is one function over {@code Object[]}: element 0 is
 * the step ({@link #ZERO}, {@link #REDUCE}, {@link #MERGE}, {@link #FINISH}), the rest are wire
 * values; the result is a wire value (the buffer, or the result for {@code FINISH}). Immutable;
 * thread-safe when the user's aggregator is.
 */
final class AggregatorCall implements Function<Object[], Object>, Serializable {
  private static final long serialVersionUID = 1L;
  static final int ZERO = 0;
  static final int REDUCE = 1;
  static final int MERGE = 2;
  static final int FINISH = 3;

  private final Aggregator<Object, Object, Object> aggregator;
  private final Encoder<Object> input;
  private final Encoder<Object> buffer;
  private final Encoder<Object> output;
  // Applied to each input value before reduce (a KeyValueGroupedDataset's mapValues); may be null.
  private final MapFunction<Object, Object> valueMap;

  AggregatorCall(Aggregator<?, ?, ?> aggregator, Encoder<?> input) {
    this(aggregator, input, null);
  }

  @SuppressWarnings("unchecked")
  AggregatorCall(Aggregator<?, ?, ?> aggregator, Encoder<?> input, MapFunction<?, ?> valueMap) {
    this.aggregator = (Aggregator<Object, Object, Object>) aggregator;
    this.input = (Encoder<Object>) input;
    this.buffer = (Encoder<Object>) aggregator.bufferEncoder();
    this.output = (Encoder<Object>) aggregator.outputEncoder();
    this.valueMap = (MapFunction<Object, Object>) valueMap;
  }

  Encoder<Object> bufferEncoder() {
    return buffer;
  }

  Encoder<Object> outputEncoder() {
    return output;
  }

  @Override
  public Object apply(Object[] a) {
    switch ((Integer) a[0]) {
      case ZERO:
        return TypedEncoding.toWire(buffer, aggregator.zero());
      case REDUCE:
        return TypedEncoding.toWire(buffer, aggregator.reduce(TypedEncoding.fromWire(buffer, a[1]), value(a[2])));
      case MERGE:
        return TypedEncoding.toWire(buffer, aggregator.merge(TypedEncoding.fromWire(buffer, a[1]),
            TypedEncoding.fromWire(buffer, a[2])));
      case FINISH:
        return TypedEncoding.toWire(output, aggregator.finish(TypedEncoding.fromWire(buffer, a[1])));
      default:
        throw new IllegalArgumentException("Unknown aggregator step " + a[0]);
    }
  }

  private Object value(Object wire) {
    Object v = TypedEncoding.fromWire(input, wire);
    if (valueMap == null) {
      return v;
    }
    try {
      return valueMap.call(v);
    } catch (Throwable e) {
      throw TypedAdapters.rethrow(e);
    }
  }
}
