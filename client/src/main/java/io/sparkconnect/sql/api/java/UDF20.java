package io.sparkconnect.sql.api.java;

import java.io.Serializable;

/**
 * A Java user-defined function of 20 arguments, for
 * {@link io.sparkconnect.sql.functions#udf(UDF20, io.sparkconnect.sql.types.DataType)} and
 * {@link io.sparkconnect.sql.UDFRegistration#register(String, UDF20, io.sparkconnect.sql.types.DataType)}.
 *
 * <p>The function runs on the server (in executor JVMs on a cluster): it and everything it captures
 * must be serializable, and its class reaches the server as a session artifact. Arguments arrive as
 * the Java values of {@link io.sparkconnect.sql.Row} ({@code Long}, {@code String}, {@code
 * BigDecimal}, {@code LocalDate}, {@code Instant}, {@code java.util.List}, {@code java.util.Map},
 * {@code Row}, ...), null for SQL NULL. Implementations are called from many threads at once on the
 * server and should be stateless.
 *
 * @param <T1> the type of argument 1
 * @param <T2> the type of argument 2
 * @param <T3> the type of argument 3
 * @param <T4> the type of argument 4
 * @param <T5> the type of argument 5
 * @param <T6> the type of argument 6
 * @param <T7> the type of argument 7
 * @param <T8> the type of argument 8
 * @param <T9> the type of argument 9
 * @param <T10> the type of argument 10
 * @param <T11> the type of argument 11
 * @param <T12> the type of argument 12
 * @param <T13> the type of argument 13
 * @param <T14> the type of argument 14
 * @param <T15> the type of argument 15
 * @param <T16> the type of argument 16
 * @param <T17> the type of argument 17
 * @param <T18> the type of argument 18
 * @param <T19> the type of argument 19
 * @param <T20> the type of argument 20
 * @param <R> the result type
 */
@FunctionalInterface
public interface UDF20<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, R> extends Serializable {
  /**
   * Computes the result for one row.
   *
   * @param t1 argument 1
   * @param t2 argument 2
   * @param t3 argument 3
   * @param t4 argument 4
   * @param t5 argument 5
   * @param t6 argument 6
   * @param t7 argument 7
   * @param t8 argument 8
   * @param t9 argument 9
   * @param t10 argument 10
   * @param t11 argument 11
   * @param t12 argument 12
   * @param t13 argument 13
   * @param t14 argument 14
   * @param t15 argument 15
   * @param t16 argument 16
   * @param t17 argument 17
   * @param t18 argument 18
   * @param t19 argument 19
   * @param t20 argument 20
   * @return the result, null for SQL NULL
   * @throws Exception any failure; it fails the query with the exception's class and message
   */
  R call(T1 t1, T2 t2, T3 t3, T4 t4, T5 t5, T6 t6, T7 t7, T8 t8, T9 t9, T10 t10, T11 t11, T12 t12, T13 t13, T14 t14, T15 t15, T16 t16, T17 t17, T18 t18, T19 t19, T20 t20) throws Exception;
}
