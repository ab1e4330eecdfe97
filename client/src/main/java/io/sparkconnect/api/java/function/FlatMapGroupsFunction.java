package io.sparkconnect.api.java.function;

import java.io.Serializable;
import java.util.Iterator;

/**
 * A function from one group (its key and its values) to zero or more results: {@code KeyValueGroupedDataset.flatMapGroups}.
 *
 * <p>Spark's Java function interface of the same name: a lambda or class implementing it is
 * serialized, shipped to the Spark Connect server with its class, and run there, on the executors.
 * It must therefore be {@link Serializable}, and so must everything it captures. Implementations
 * are called from one task thread at a time, but many tasks run at once, each on its own copy.
 *
 * @param <K> the key type
 * @param <V> the value type
 * @param <R> the result type
 */
@FunctionalInterface
public interface FlatMapGroupsFunction<K, V, R> extends Serializable {
  /**
   * Maps one group to any number of results.
   *
   * @param key the group's key
   * @param values the group's values, read once
   * @return the results, in order
   * @throws Exception anything; it fails the query and reaches the caller in a {@code SparkConnectException}
   */
  Iterator<R> call(K key, Iterator<V> values) throws Exception;
}
