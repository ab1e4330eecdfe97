package io.sparkconnect.sql;

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
  private final TypedEncoder<Object> input;
  private final TypedEncoder<Object> buffer;
  private final TypedEncoder<Object> output;

  @SuppressWarnings("unchecked")
  AggregatorCall(Aggregator<?, ?, ?> aggregator, Encoder<?> input) {
    this.aggregator = (Aggregator<Object, Object, Object>) aggregator;
    this.input = (TypedEncoder<Object>) input;
    this.buffer = (TypedEncoder<Object>) aggregator.bufferEncoder();
    this.output = (TypedEncoder<Object>) aggregator.outputEncoder();
  }

  TypedEncoder<Object> bufferEncoder() {
    return buffer;
  }

  TypedEncoder<Object> outputEncoder() {
    return output;
  }

  @Override
  public Object apply(Object[] a) {
    switch ((Integer) a[0]) {
      case ZERO:
        return buffer.toWire(aggregator.zero());
      case REDUCE:
        return buffer.toWire(aggregator.reduce(buffer.fromWire(a[1]), input.fromWire(a[2])));
      case MERGE:
        return buffer.toWire(aggregator.merge(buffer.fromWire(a[1]), buffer.fromWire(a[2])));
      case FINISH:
        return output.toWire(aggregator.finish(buffer.fromWire(a[1])));
      default:
        throw new IllegalArgumentException("Unknown aggregator step " + a[0]);
    }
  }
}
