package io.sparkconnect.api.java.function;

import java.io.Serializable;

/**
 * A function with one argument and no result, run for its effect.
 *
 * <p>Spark's Java function interface of the same name. It is {@link Serializable}, as Spark's is,
 * because the operations that take it may ship it to the Spark Connect server; each such operation
 * says where the function runs.
 *
 * @param <T> the argument type
 */
@FunctionalInterface
public interface VoidFunction<T> extends Serializable {
  /**
   * Acts on one value.
   *
   * @param t the value
   * @throws Exception anything
   */
  void call(T t) throws Exception;
}
