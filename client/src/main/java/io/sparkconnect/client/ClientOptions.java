package io.sparkconnect.client;

import io.sparkconnect.sql.ClientListener;
import io.sparkconnect.sql.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What a client needs beyond its connection string: retry policy, TLS trust, call listener and
 * operation timeout, the executor of asynchronous results. Immutable; the {@code with...} methods return changed copies.
 */
public final class ClientOptions {
  private static final ClientOptions DEFAULTS = new ClientOptions(RetryPolicy.defaults(), TlsConfig.none(), null, null, null);

  private final RetryPolicy retryPolicy;
  private final TlsConfig tls;
  private final ClientListener listener;
  private final Duration operationTimeout;
  private final Executor asyncExecutor;

  private ClientOptions(RetryPolicy retryPolicy, TlsConfig tls, ClientListener listener,
      Duration operationTimeout, Executor asyncExecutor) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.tls = Objects.requireNonNull(tls, "tls");
    this.listener = listener;
    this.operationTimeout = operationTimeout;
    this.asyncExecutor = asyncExecutor;
  }

  /** Spark's default retries, the system trust store, no listener, no operation timeout. */
  public static ClientOptions defaults() {
    return DEFAULTS;
  }

  /** With {@code policy} for transient failures. */
  public ClientOptions withRetryPolicy(RetryPolicy policy) {
    return new ClientOptions(policy, tls, listener, operationTimeout, asyncExecutor);
  }

  /** With the TLS trust and client identity of {@code tls} (implying TLS when anything is set). */
  public ClientOptions withTls(TlsConfig tls) {
    return new ClientOptions(retryPolicy, tls, listener, operationTimeout, asyncExecutor);
  }

  /** Reporting calls to {@code listener}, or to nothing with {@code null}. */
  public ClientOptions withListener(ClientListener listener) {
    return new ClientOptions(retryPolicy, tls, listener, operationTimeout, asyncExecutor);
  }

  /**
   * Interrupting every operation that has not completed {@code timeout} after it started, or
   * never with {@code null}.
   *
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  public ClientOptions withOperationTimeout(Duration timeout) {
    if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
      throw new IllegalArgumentException("An operation timeout must be positive: " + timeout);
    }
    return new ClientOptions(retryPolicy, tls, listener, timeout, asyncExecutor);
  }

  /**
   * Decoding asynchronous results and completing their futures on {@code executor}, or on the
   * shared {@link AsyncPool} with {@code null}.
   */
  public ClientOptions withAsyncExecutor(Executor executor) {
    return new ClientOptions(retryPolicy, tls, listener, operationTimeout, executor);
  }

  /** The executor of asynchronous results: the one set, else the shared {@link AsyncPool}. */
  public Executor asyncExecutor() {
    return asyncExecutor != null ? asyncExecutor : AsyncPool.shared();
  }

  /** The retry policy. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The TLS trust and client identity. */
  public TlsConfig tls() {
    return tls;
  }

  /** The call listener, or {@code null}. */
  public ClientListener listener() {
    return listener;
  }

  /** The operation timeout, or {@code null} for none. */
  public Duration operationTimeout() {
    return operationTimeout;
  }
}
