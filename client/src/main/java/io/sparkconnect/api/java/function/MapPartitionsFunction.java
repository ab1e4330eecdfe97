package io.sparkconnect.api.java.function;

import java.io.Serializable;
import java.util.Iterator;

/**
 * A function from all values of one partition to the partition's results: {@code Dataset.mapPartitions}.
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
public interface MapPartitionsFunction<T, U> extends Serializable {
  /**
   * Maps the values of one partition.
   *
   * @param input the partition's values, read once, in order
   * @return the results
   * @throws Exception anything; it fails the query and reaches the caller in a {@code SparkConnectException}
   */
  Iterator<U> call(Iterator<T> input) throws Exception;
}
