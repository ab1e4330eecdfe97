package io.sparkconnect.api.java.function;

import java.io.Serializable;
import java.util.Iterator;

/**
 * An action on all values of one partition, run for its effect: {@code Dataset.foreachPartition}.
 *
 * <p>Spark's Java function interface of the same name: a lambda or class implementing it is
 * serialized, shipped to the Spark Connect server with its class, and run there, on the executors.
 * It must therefore be {@link Serializable}, and so must everything it captures. Implementations
 * are called from one task thread at a time, but many tasks run at once, each on its own copy.
 *
 * @param <T> the input type
 */
@FunctionalInterface
public interface ForeachPartitionFunction<T> extends Serializable {
  /**
   * Acts on the values of one partition.
   *
   * @param t the partition's values, read once, in order
   * @throws Exception anything; it fails the query and reaches the caller in a {@code SparkConnectException}
   */
  void call(Iterator<T> t) throws Exception;
}
