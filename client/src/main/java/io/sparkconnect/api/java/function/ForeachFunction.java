package io.sparkconnect.api.java.function;

import java.io.Serializable;

/**
 * An action on each value, run for its effect: {@code Dataset.foreach}.
 *
 * <p>Spark's Java function interface of the same name: a lambda or class implementing it is
 * serialized, shipped to the Spark Connect server with its class, and run there, on the executors.
 * It must therefore be {@link Serializable}, and so must everything it captures. Implementations
 * are called from one task thread at a time, but many tasks run at once, each on its own copy.
 *
 * @param <T> the input type
 */
@FunctionalInterface
public interface ForeachFunction<T> extends Serializable {
  /**
   * Acts on one value.
   *
   * @param t the value
   * @throws Exception anything; it fails the query and reaches the caller in a {@code SparkConnectException}
   */
  void call(T t) throws Exception;
}
