package io.sparkconnect.sql.api.java;

import java.io.Serializable;

/**
 * A Java user-defined function of 3 arguments, for
 * {@link io.sparkconnect.sql.functions#udf(UDF3, io.sparkconnect.sql.types.DataType)} and
 * {@link io.sparkconnect.sql.UDFRegistration#register(String, UDF3, io.sparkconnect.sql.types.DataType)}.
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
 * @param <R> the result type
 */
@FunctionalInterface
public interface UDF3<T1, T2, T3, R> extends Serializable {
  /**
   * Computes the result for one row.
   *
   * @param t1 argument 1
   * @param t2 argument 2
   * @param t3 argument 3
   * @return the result, null for SQL NULL
   * @throws Exception any failure; it fails the query with the exception's class and message
   */
  R call(T1 t1, T2 t2, T3 t3) throws Exception;
}
