package io.sparkconnect.sql;

/**
 * A function of three arguments, for higher-order functions such as
 * {@link functions#map_zip_with(Column, Column, Function3)}.
 *
 * @param <T1> the first argument's type
 * @param <T2> the second argument's type
 * @param <T3> the third argument's type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Function3<T1, T2, T3, R> {
  /** Applies the function. */
  R apply(T1 t1, T2 t2, T3 t3);
}
