package io.sparkconnect.api.java.function;

import java.io.Serializable;

/**
 * A function from each value to one result: {@code Dataset.map}, {@code KeyValueGroupedDataset.mapValues}, {@code groupByKey}.
 *
 * <p>Spark's Java function interface of the same name: a lambda or class implementing it is
 * serialized, shipped to the Spark Connect server with its class, and run there, on the executors.
 * It must therefore be {@link Serializable}, and so must everything it captures. Implementations
 * are called from one task thread at a time, but many tasks run at once, each on its own copy.
 *
 * @param <T> the input type
 * @param <U> the result type
 */
@FunctionalInterface
public interface MapFunction<T, U> extends Serializable {
  /**
   * Maps one value.
   *
   * @param value the input value
   * @return the result
   * @throws Exception anything; it fails the query and reaches the caller in a {@code SparkConnectException}
   */
  U call(T value) throws Exception;
}
