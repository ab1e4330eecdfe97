package io.sparkconnect.api.java.function;

import java.io.Serializable;
import java.util.Iterator;

/**
 * A function from each value to zero or more results: {@code Dataset.flatMap}.
 *
 * <p>Spark's Java function interface of the same name: a lambda or class implementing it is
 * serialized, shipped to the Spark Connect server with its class, and run there, on the executors.
 * It must therefore be {@link Serializable}, and so must everything it captures. Implementations
 * are called from one task thread at a time, but many tasks run at once, each on its own copy.
 *
 * @param <T> the input type
 * @param <R> the result type
 */
@FunctionalInterface
public interface FlatMapFunction<T, R> extends Serializable {
  /**
   * Maps one value to any number of results.
   *
   * @param t the input value
   * @return the results, in order
   * @throws Exception anything; it fails the query and reaches the caller in a {@code SparkConnectException}
   */
  Iterator<R> call(T t) throws Exception;
}
