package io.sparkconnect.api.java.function;

import java.io.Serializable;

/**
 * An associative, commutative combination of two values into one: {@code Dataset.reduce}, {@code KeyValueGroupedDataset.reduceGroups}.
 *
 * <p>Spark's Java function interface of the same name: a lambda or class implementing it is
 * serialized, shipped to the Spark Connect server with its class, and run there, on the executors.
 * It must therefore be {@link Serializable}, and so must everything it captures. Implementations
 * are called from one task thread at a time, but many tasks run at once, each on its own copy.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ReduceFunction<T> extends Serializable {
  /**
   * Combines two values.
   *
   * @param v1 a value or a partial result
   * @param v2 a value or a partial result
   * @return the combination
   * @throws Exception anything; it fails the query and reaches the caller in a {@code SparkConnectException}
   */
  T call(T v1, T v2) throws Exception;
}
