package io.sparkconnect.api.java.function;

import java.io.Serializable;

/**
 * A function with two arguments and no result, run for its effect: {@code DataStreamWriter.foreachBatch} takes one.
 *
 * <p>Spark's Java function interface of the same name. It is {@link Serializable}, as Spark's is,
 * because the operations that take it may ship it to the Spark Connect server; each such operation
 * says where the function runs.
 *
 * @param <T1> the first argument type
 * @param <T2> the second argument type
 */
@FunctionalInterface
public interface VoidFunction2<T1, T2> extends Serializable {
  /**
   * Acts on two values.
   *
   * @param v1 the first argument
   * @param v2 the second argument
   * @throws Exception anything
   */
  void call(T1 v1, T2 v2) throws Exception;
}
