package io.sparkconnect.api.java.function;

import java.io.Serializable;
import java.util.Iterator;

/**
 * A function from one key and the values of two grouped datasets with that key to zero or more results: {@code KeyValueGroupedDataset.cogroup}.
 *
 * <p>Spark's Java function interface of the same name: a lambda or class implementing it is
 * serialized, shipped to the Spark Connect server with its class, and run there, on the executors.
 * It must therefore be {@link Serializable}, and so must everything it captures. Implementations
 * are called from one task thread at a time, but many tasks run at once, each on its own copy.
 *
 * @param <K> the key type
 * @param <V1> the value type of this side
 * @param <V2> the value type of the other side
 * @param <R> the result type
 */
@FunctionalInterface
public interface CoGroupFunction<K, V1, V2, R> extends Serializable {
  /**
   * Maps the two groups of one key.
   *
   * @param key the key
   * @param left the values of this side with that key (maybe none), read once
   * @param right the values of the other side with that key (maybe none), read once
   * @return the results, in order
   * @throws Exception anything; it fails the query and reaches the caller in a {@code SparkConnectException}
   */
  Iterator<R> call(K key, Iterator<V1> left, Iterator<V2> right) throws Exception;
}
