package io.sparkconnect.client;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.RetryInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.sparkconnect.sql.ClientListener;
import io.sparkconnect.sql.RetryPolicy;
import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.SparkConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies a {@link RetryPolicy} to calls. Which failures are transient is decided from the
 * structured status only (gRPC code, the error condition in {@code google.rpc.ErrorInfo},
 * {@code google.rpc.RetryInfo}), never from message text. Thread-safe; each call gets its own
 * {@link Attempts}.
 */
public final class Retrier {
  /** The error condition the server reports on a stream that another reattach replaced. */
  static final String CURSOR_DISCONNECTED = "INVALID_CURSOR.DISCONNECTED";

  /** Waits; a seam for tests, which use a fake clock. */
  @FunctionalInterface
  public interface Sleeper {
    /** Waits {@code millis} milliseconds. */
    void sleep(long millis) throws InterruptedException;
  }

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final String endpoint;
  private final Function<Throwable, SparkConnectException> converter;
  private volatile BooleanSupplier reached = () -> true;
  private volatile ClientListener listener;
  private volatile Runnable beforeRetry = () -> { };

  /**
   * How long, in total, calls wait for a server that has never answered and refuses connections:
   * a wrong address should fail in seconds, not after the full policy's minutes. Once the server
   * has answered, the full policy applies to every failure.
   */
  static final long FIRST_CONTACT_BUDGET_MILLIS = 5_000;

  /**
   * @param random uniform numbers in [0, 1), for the jitter
   * @param endpoint {@code host:port}, named in errors
   */
  public Retrier(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random, String endpoint) {
    this(policy, sleeper, random, endpoint, t -> ErrorConverter.convert(t, endpoint));
  }

  /**
   * @param random uniform numbers in [0, 1), for the jitter
   * @param endpoint {@code host:port}, named in errors
   * @param converter turns a final failure into this client's exception
   */
  public Retrier(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random, String endpoint,
      Function<Throwable, SparkConnectException> converter) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.random = Objects.requireNonNull(random, "random");
    this.endpoint = endpoint;
    this.converter = Objects.requireNonNull(converter, "converter");
  }

  /** A retrier that really sleeps, with random jitter. */
  public static Retrier of(RetryPolicy policy, String endpoint, Function<Throwable, SparkConnectException> converter) {
    return new Retrier(policy, Thread::sleep, () -> ThreadLocalRandom.current().nextDouble(), endpoint, converter);
  }

  /**
   * Tells the retrier whether the server has ever answered; until it has, refused connections are
   * retried for at most {@link #FIRST_CONTACT_BUDGET_MILLIS}.
   */
  public Retrier reachedBy(BooleanSupplier serverReached) {
    this.reached = Objects.requireNonNull(serverReached, "serverReached");
    return this;
  }

  /** Reports every retry to {@code listener} ({@code null}: to nobody). */
  public Retrier observedBy(ClientListener listener) {
    this.listener = listener;
    return this;
  }

  /**
   * Runs {@code action} after each wait, right before the retry: the client uses it to let the
   * channel reconnect at once, so that the policy, not gRPC's own reconnect backoff, paces retries.
   */
  public Retrier beforeEachRetry(Runnable action) {
    this.beforeRetry = Objects.requireNonNull(action, "action");
    return this;
  }

  /** Whether the failure is a refused or unroutable connection: nothing reached a server. */
  static boolean isConnectFailure(Throwable t) {
    int depth = 0;
    for (Throwable c = t.getCause(); c != null && depth < 10; c = c.getCause(), depth++) {
      if (c instanceof java.net.ConnectException || c instanceof java.net.NoRouteToHostException
          || c instanceof java.net.UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  /** The policy applied. */
  public RetryPolicy policy() {
    return policy;
  }

  /** Runs {@code call}, retrying transient failures; other failures are converted and thrown. */
  public <T> T call(Supplier<T> call) {
    Attempts attempts = start();
    while (true) {
      try {
        return call.get();
      } catch (RuntimeException e) {
        attempts.onFailure(e);
      }
    }
  }

  /** The bookkeeping of one logical call (which may take several attempts). */
  public Attempts start() {
    return new Attempts();
  }

  /**
   * How long the server asked to wait before retrying, in milliseconds, or -1 if it did not.
   */
  static long serverRetryDelayMillis(Throwable t) {
    com.google.rpc.Status status = StatusProto.fromThrowable(t);
    if (status == null) {
      return -1;
    }
    for (Any any : status.getDetailsList()) {
      if (any.is(RetryInfo.class)) {
        try {
          RetryInfo info = any.unpack(RetryInfo.class);
          com.google.protobuf.Duration d = info.getRetryDelay();
          return Math.max(0, d.getSeconds() * 1000 + d.getNanos() / 1_000_000);
        } catch (InvalidProtocolBufferException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** Whether {@code t} is a transient failure worth retrying. */
  static boolean isRetryable(Throwable t) {
    if (!ErrorConverter.isGrpcFailure(t)) {
      return false;
    }
    if (serverRetryDelayMillis(t) >= 0) {
      return true;
    }
    if (isTlsFailure(t)) {
      // A certificate the client does not trust, or TLS on one side only, fails the same way on
      // every attempt: retrying would only delay the error by the policy's minutes.
      return false;
    }
    Status.Code code = Status.fromThrowable(t).getCode();
    if (code == Status.Code.UNAVAILABLE || isTransportFailure(t)) {
      return true;
    }
    return code == Status.Code.INTERNAL && CURSOR_DISCONNECTED.equals(ErrorConverter.condition(t));
  }

  /**
   * Whether the connection failed in the TLS layer: a failed handshake (untrusted or mismatched
   * certificate) or a peer that does not speak TLS.
   */
  static boolean isTlsFailure(Throwable t) {
    int depth = 0;
    for (Throwable c = t.getCause(); c != null && depth < 10; c = c.getCause(), depth++) {
      if (c instanceof javax.net.ssl.SSLException
          || c instanceof io.grpc.netty.shaded.io.netty.handler.ssl.NotSslRecordException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the status came from the connection failing under the call (gRPC reports some of
   * those as {@code UNKNOWN} or {@code INTERNAL}, with the I/O failure as the cause).
   */
  static boolean isTransportFailure(Throwable t) {
    int depth = 0;
    for (Throwable c = t.getCause(); c != null && depth < 10; c = c.getCause(), depth++) {
      if (c instanceof java.io.IOException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The wait before retry {@code retry} after failure {@code t}: the policy's backoff, jitter
   * once the backoff reaches the threshold, and at least the server's requested delay (capped).
   */
  long waitMillis(int retry, Throwable t) {
    long wait = policy.backoff(retry).toMillis();
    if (wait >= policy.minJitterThreshold().toMillis()) {
      wait += (long) (random.getAsDouble() * policy.jitter().toMillis());
    }
    long server = serverRetryDelayMillis(t);
    if (server >= 0) {
      wait = Math.max(wait, Math.min(server, policy.maxServerRetryDelay().toMillis()));
    }
    return wait;
  }

  /** The attempts of one logical call. Not thread-safe. */
  public final class Attempts {
    private final List<Throwable> failures = new ArrayList<>();
    private int retries;
    private long waitedMillis;

    private Attempts() {}

    /**
     * Handles a failed attempt: returns after waiting when it should be retried, else throws the
     * failure as this client's exception (when retries ran out, one that says how many attempts
     * were made and carries the earlier failures as suppressed exceptions).
     */
    public void onFailure(RuntimeException t) {
      long wait = nextRetry(t);
      try {
        sleeper.sleep(wait);
        afterWait(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        SparkConnectException ex = new SparkConnectException("Interrupted while waiting to retry a call to "
            + endpoint + " (attempt " + retries + ")", t);
        throw ex;
      }
    }

    /**
     * The non-blocking half of {@link #onFailure}: decides on failure {@code t} and returns how
     * long to wait before the retry (the caller waits as it can, then calls {@link #afterWait}),
     * or throws the failure as this client's exception when it should not be retried.
     */
    public long nextRetry(RuntimeException t) {
      if (!isRetryable(t)) {
        throw converter.apply(t);
      }
      if (retries >= policy.maxRetries()) {
        throw exhausted(t);
      }
      long wait = waitMillis(retries, t);
      if (!reached.getAsBoolean() && isConnectFailure(t) && waitedMillis + wait > FIRST_CONTACT_BUDGET_MILLIS) {
        throw exhausted(t);
      }
      failures.add(t);
      retries++;
      ClientListener l = listener;
      if (l != null) {
        int attempt = retries;
        SafeListener.run(() -> l.onRetry(attempt, java.time.Duration.ofMillis(wait), t));
      }
      return wait;
    }

    /** Records that the wait {@link #nextRetry} asked for is over, right before the retry is made. */
    public void afterWait(long waitedMillis) {
      this.waitedMillis += waitedMillis;
      beforeRetry.run();
    }

    /** Forgets earlier failures: the call made progress (a stream delivered a response). */
    public void reset() {
      failures.clear();
      retries = 0;
      waitedMillis = 0;
    }

    /** The retries made since the start or the last {@link #reset()}. */
    public int retries() {
      return retries;
    }

    private SparkConnectException exhausted(RuntimeException last) {
      SparkConnectException converted = converter.apply(last);
      String message = converted.getMessage() + " [gave up after " + (retries + 1) + " attempts (" + retries
          + " retries, " + waitedMillis + " ms waiting)]";
      SparkConnectException ex = converted instanceof SparkConnectionException
          ? new SparkConnectionException(message, last)
          : new SparkConnectException(message, last, converted.getCondition(), converted.getSqlState(),
              converted.getMessageParameters(), converted.getServerClassName());
      for (Throwable f : failures) {
        ex.addSuppressed(f);
      }
      return ex;
    }
  }
}
