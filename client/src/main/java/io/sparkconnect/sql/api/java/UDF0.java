package io.sparkconnect.sql.api.java;

import java.io.Serializable;

/**
 * A Java user-defined function of 0 arguments, for
 * {@link io.sparkconnect.sql.functions#udf(UDF0, io.sparkconnect.sql.types.DataType)} and
 * {@link io.sparkconnect.sql.UDFRegistration#register(String, UDF0, io.sparkconnect.sql.types.DataType)}.
 *
 * <p>The function runs on the server (in executor JVMs on a cluster): it and everything it captures
 * must be serializable, and its class reaches the server as a session artifact. Arguments arrive as
 * the Java values of {@link io.sparkconnect.sql.Row} ({@code Long}, {@code String}, {@code
 * BigDecimal}, {@code LocalDate}, {@code Instant}, {@code java.util.List}, {@code java.util.Map},
 * {@code Row}, ...), null for SQL NULL. Implementations are called from many threads at once on the
 * server and should be stateless.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface UDF0<R> extends Serializable {
  /**
   * Computes the result for one row.
   *
   * @return the result, null for SQL NULL
   * @throws Exception any failure; it fails the query with the exception's class and message
   */
  R call() throws Exception;
}
