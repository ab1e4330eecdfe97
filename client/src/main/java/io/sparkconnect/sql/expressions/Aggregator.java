package io.sparkconnect.sql.expressions;

import io.sparkconnect.sql.Encoder;
import io.sparkconnect.sql.TypedColumn;
import java.io.Serializable;

/**
 * A user-defined aggregation, run on the server: {@link #zero()} starts a buffer per group and
 * partition, {@link #reduce} adds an input value, {@link #merge} combines partial buffers and
 * {@link #finish} turns the last buffer into the result. Use it through {@code
 * functions.udaf(aggregator, inputEncoder)} (Spark 4.0 or later servers).
 *
 * <p>Subclasses must be serializable (and what they hold); the server may call the methods from
 * many threads on different instances, and may reuse or copy buffers, so {@code reduce} and {@code
 * merge} should return the buffer they computed.
 *
 * @param <IN> the input type
 * @param <BUF> the buffer type
 * @param <OUT> the result type
 */
public abstract class Aggregator<IN, BUF, OUT> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** For subclasses. */
  protected Aggregator() {}

  /**
   * The empty buffer: {@code merge(zero(), b)} must equal {@code b}.
   *
   * @return a new empty buffer
   */
  public abstract BUF zero();

  /**
   * Adds an input value to a buffer.
   *
   * @param b the buffer
   * @param a the input value
   * @return the new buffer (may be {@code b} itself)
   */
  public abstract BUF reduce(BUF b, IN a);

  /**
   * Combines two partial buffers.
   *
   * @param b1 the first buffer
   * @param b2 the second buffer
   * @return the combined buffer (may be {@code b1} itself)
   */
  public abstract BUF merge(BUF b1, BUF b2);

  /**
   * The result of the aggregation.
   *
   * @param reduction the final buffer
   * @return the result
   */
  public abstract OUT finish(BUF reduction);

  /**
   * How buffers are stored between steps.
   *
   * @return the buffer encoder
   */
  public abstract Encoder<BUF> bufferEncoder();

  /**
   * How the result is stored.
   *
   * @return the result encoder
   */
  public abstract Encoder<OUT> outputEncoder();

  /**
   * This aggregator as a typed column, for {@code TypedDataFrame.select} and
   * {@code KeyValueGroupedDataset.agg}: the values it is applied to are its inputs. Needs a Spark
   * 4.0 or later server.
   *
   * @return the typed column
   */
  @SuppressWarnings("unchecked")
  public TypedColumn<IN, OUT> toColumn() {
    return (TypedColumn<IN, OUT>) io.sparkconnect.client.ExpressionBridge.aggregatorColumn(this);
  }
}
