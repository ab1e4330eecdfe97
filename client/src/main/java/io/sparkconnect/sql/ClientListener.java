package io.sparkconnect.sql;

import java.time.Duration;

/**
 * Observes the remote calls of a session, for metrics and tracing; register it with
 * {@link SparkSession.Builder#listener(ClientListener)}. Every method has an empty default, so an
 * implementation overrides only what it needs.
 *
 * <p>Methods are called on the threads that make or complete the calls (gRPC's own threads
 * among them), possibly concurrently: implementations must be thread-safe and quick, and must not
 * call back into the session. An exception thrown by a listener is ignored.
 */
public interface ClientListener {
  /**
   * A call to the server starts.
   *
   * @param method the Spark Connect RPC, e.g. {@code ExecutePlan}, {@code AnalyzePlan}, {@code Config}
   */
  default void onRpcStart(String method) {}

  /**
   * A call to the server ended.
   *
   * @param method the RPC, as in {@link #onRpcStart(String)}
   * @param duration from the start of the call to its end (for streams, the last response)
   * @param status {@code OK}, or the gRPC status code name of the failure (e.g. {@code UNAVAILABLE},
   *     {@code UNAUTHENTICATED}, {@code CANCELLED})
   */
  default void onRpcEnd(String method, Duration duration, String status) {}

  /**
   * A failed attempt is retried after {@code wait}.
   *
   * @param attempt the number of the retry about to be made, from 1
   * @param wait how long the client waits before it
   * @param cause the failure of the previous attempt
   */
  default void onRetry(int attempt, Duration wait, Throwable cause) {}

  /**
   * A broken or ended result stream reattaches to its still running operation.
   *
   * @param operationId the operation whose results continue
   */
  default void onReattach(String operationId) {}

  /**
   * A response arrived.
   *
   * @param bytes its encoded size
   */
  default void onBytesReceived(long bytes) {}
}
