package io.sparkconnect.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.protobuf.Duration;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.sparkconnect.sql.AnalysisException;
import io.sparkconnect.sql.RetryPolicy;
import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.SparkConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The retry policy and its application, with a fake sleeper: no real waiting. */
class RetryPolicyTest {
  private final List<Long> waits = new ArrayList<>();

  private Retrier retrier(RetryPolicy policy, double random) {
    return new Retrier(policy, waits::add, () -> random, "host:1");
  }

  private static StatusRuntimeException unavailable() {
    return Status.UNAVAILABLE.withDescription("connection refused").asRuntimeException();
  }

  private static StatusRuntimeException withDetails(Code code, String message, com.google.protobuf.Message... details) {
    com.google.rpc.Status.Builder s = com.google.rpc.Status.newBuilder().setCode(code.getNumber()).setMessage(message);
    for (com.google.protobuf.Message d : details) {
      s.addDetails(Any.pack(d));
    }
    return StatusProto.toStatusRuntimeException(s.build());
  }

  private static ErrorInfo errorInfo(String errorClass) {
    return ErrorInfo.newBuilder().setReason("org.apache.spark.SparkSQLException")
        .putMetadata("errorClass", errorClass).build();
  }

  @Test
  void defaultsAreSparks() {
    RetryPolicy p = RetryPolicy.defaults();
    assertEquals(15, p.maxRetries());
    assertEquals(50, p.initialBackoff().toMillis());
    assertEquals(4.0, p.backoffMultiplier());
    assertEquals(60_000, p.maxBackoff().toMillis());
    assertEquals(500, p.jitter().toMillis());
    assertEquals(2_000, p.minJitterThreshold().toMillis());
    assertEquals(600_000, p.maxServerRetryDelay().toMillis());
    assertEquals(List.of(50L, 200L, 800L, 3200L, 12800L, 51200L, 60000L, 60000L),
        List.of(0, 1, 2, 3, 4, 5, 6, 7).stream().map(i -> p.backoff(i).toMillis()).toList());
    assertEquals(p, p.toBuilder().build());
    assertEquals(0, RetryPolicy.none().maxRetries());
  }

  @Test
  void builderValidates() {
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().backoffMultiplier(0.5));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().backoffMultiplier(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().jitter(java.time.Duration.ofMillis(-1)));
    assertThrows(NullPointerException.class, () -> RetryPolicy.builder().maxBackoff(null));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.defaults().backoff(-1));
  }

  @Test
  void retriesTransientFailuresWithBackoffAndJitter() {
    AtomicInteger calls = new AtomicInteger();
    String result = retrier(RetryPolicy.defaults(), 0.5).call(() -> {
      if (calls.incrementAndGet() <= 5) {
        throw unavailable();
      }
      return "ok";
    });
    assertEquals("ok", result);
    assertEquals(6, calls.get());
    // jitter (0.5 * 500 ms) only once the wait reaches 2 s
    assertEquals(List.of(50L, 200L, 800L, 3200L + 250L, 12800L + 250L), waits);
  }

  @Test
  void runsTheHookAfterEachWaitBeforeTheRetry() {
    List<String> events = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    Retrier r = new Retrier(RetryPolicy.defaults(), ms -> events.add("wait " + ms), () -> 0, "host:1")
        .beforeEachRetry(() -> events.add("reconnect"));
    assertEquals("ok", r.call(() -> {
      events.add("call");
      if (calls.incrementAndGet() <= 2) {
        throw unavailable();
      }
      return "ok";
    }));
    assertEquals(List.of("call", "wait 50", "reconnect", "call", "wait 200", "reconnect", "call"), events);
  }

  /** The non-blocking half used by asynchronous executions: same waits, same give-up, no sleeping. */
  @Test
  void nextRetryDecidesWithoutWaiting() {
    List<String> events = new ArrayList<>();
    RetryPolicy p = RetryPolicy.builder().maxRetries(2).jitter(java.time.Duration.ZERO).build();
    Retrier r = new Retrier(p, ms -> events.add("slept " + ms), () -> 0, "host:1")
        .beforeEachRetry(() -> events.add("reconnect"));
    Retrier.Attempts attempts = r.start();
    assertEquals(50L, attempts.nextRetry(unavailable()));
    assertEquals(List.of(), events, "nothing happens until the caller's wait is over");
    attempts.afterWait(50);
    assertEquals(List.of("reconnect"), events);
    assertEquals(200L, attempts.nextRetry(unavailable()));
    attempts.afterWait(200);
    SparkConnectionException e = assertThrows(SparkConnectionException.class, () -> attempts.nextRetry(unavailable()));
    assertTrue(e.getMessage().contains("3 attempts (2 retries, 250 ms waiting)"), e.getMessage());
    assertEquals(List.of("reconnect", "reconnect"), events);
    // Not retryable: converted at once.
    Retrier.Attempts other = r.start();
    assertThrows(SparkConnectException.class,
        () -> other.nextRetry(Status.INVALID_ARGUMENT.withDescription("bad").asRuntimeException()));
  }

  @Test
  void givesUpAfterMaxRetriesWithAllFailures() {
    RetryPolicy p = RetryPolicy.builder().maxRetries(3).jitter(java.time.Duration.ZERO).build();
    AtomicInteger calls = new AtomicInteger();
    SparkConnectionException e = assertThrows(SparkConnectionException.class,
        () -> retrier(p, 0).call(() -> {
          calls.incrementAndGet();
          throw unavailable();
        }));
    assertEquals(4, calls.get());
    assertTrue(e.getMessage().contains("4 attempts (3 retries"), e.getMessage());
    assertTrue(e.getMessage().contains("host:1"), e.getMessage());
    assertEquals(3, e.getSuppressed().length);
    assertTrue(e.getCause() instanceof StatusRuntimeException);
    assertEquals(List.of(50L, 200L, 800L), waits);
  }

  @Test
  void noRetryPolicyFailsAtOnce() {
    AtomicInteger calls = new AtomicInteger();
    assertThrows(SparkConnectionException.class, () -> retrier(RetryPolicy.none(), 0).call(() -> {
      calls.incrementAndGet();
      throw unavailable();
    }));
    assertEquals(1, calls.get());
    assertTrue(waits.isEmpty());
  }

  @Test
  void classifiesOnStructuredDataOnly() {
    assertTrue(Retrier.isRetryable(unavailable()));
    assertTrue(Retrier.isRetryable(withDetails(Code.INTERNAL, "x", errorInfo("INVALID_CURSOR.DISCONNECTED"))));
    // the same words in the message alone do not count
    assertFalse(Retrier.isRetryable(Status.INTERNAL.withDescription("INVALID_CURSOR.DISCONNECTED").asRuntimeException()));
    assertFalse(Retrier.isRetryable(withDetails(Code.INTERNAL, "x", errorInfo("INVALID_CURSOR.POSITION_NOT_FOUND"))));
    assertFalse(Retrier.isRetryable(Status.INVALID_ARGUMENT.asRuntimeException()));
    assertFalse(Retrier.isRetryable(Status.CANCELLED.asRuntimeException()));
    assertFalse(Retrier.isRetryable(new IllegalStateException("bug")));
    // a connection dying under a call may come as UNKNOWN, with the I/O failure as the cause
    assertTrue(Retrier.isRetryable(Status.UNKNOWN.withCause(new java.nio.channels.ClosedChannelException())
        .asRuntimeException()));
    RetryInfo retryInfo = RetryInfo.newBuilder().setRetryDelay(Duration.newBuilder().setSeconds(3)).build();
    assertTrue(Retrier.isRetryable(withDetails(Code.RESOURCE_EXHAUSTED, "busy", retryInfo)));
  }

  @Test
  void honoursServerRetryDelayUpToTheCap() {
    RetryInfo retryInfo = RetryInfo.newBuilder().setRetryDelay(Duration.newBuilder().setSeconds(7)).build();
    RetryInfo tooLong = RetryInfo.newBuilder().setRetryDelay(Duration.newBuilder().setSeconds(3600)).build();
    AtomicInteger calls = new AtomicInteger();
    retrier(RetryPolicy.defaults(), 0).call(() -> {
      int n = calls.incrementAndGet();
      if (n == 1) {
        throw withDetails(Code.RESOURCE_EXHAUSTED, "busy", retryInfo);
      }
      if (n == 2) {
        throw withDetails(Code.RESOURCE_EXHAUSTED, "busy", tooLong);
      }
      return n;
    });
    assertEquals(List.of(7_000L, 600_000L), waits);
  }

  @Test
  void otherFailuresAreConvertedAtOnce() {
    ErrorInfo info = ErrorInfo.newBuilder().setReason("org.apache.spark.sql.AnalysisException")
        .putMetadata("errorClass", "TABLE_OR_VIEW_NOT_FOUND").putMetadata("sqlState", "42P01")
        .putMetadata("classes", "[\"org.apache.spark.sql.AnalysisException\"]").build();
    AnalysisException e = assertThrows(AnalysisException.class,
        () -> retrier(RetryPolicy.defaults(), 0).call(() -> {
          throw withDetails(Code.INTERNAL, "no table", info);
        }));
    assertEquals("TABLE_OR_VIEW_NOT_FOUND", e.getCondition());
    assertTrue(waits.isEmpty());
  }

  @Test
  void resetStartsCountingAgain() {
    RetryPolicy p = RetryPolicy.builder().maxRetries(2).build();
    Retrier.Attempts a = retrier(p, 0).start();
    a.onFailure(unavailable());
    a.onFailure(unavailable());
    assertEquals(2, a.retries());
    a.reset();
    a.onFailure(unavailable());
    assertEquals(List.of(50L, 200L, 50L), waits);
    a.onFailure(unavailable());
    SparkConnectException e = assertThrows(SparkConnectException.class, () -> a.onFailure(unavailable()));
    assertEquals(2, e.getSuppressed().length);
  }

  @Test
  void interruptedWhileWaiting() {
    Retrier r = new Retrier(RetryPolicy.defaults(), ms -> {
      throw new InterruptedException();
    }, () -> 0, "host:1");
    SparkConnectException e = assertThrows(SparkConnectException.class, () -> r.call(() -> {
      throw unavailable();
    }));
    assertTrue(Thread.interrupted(), "the interrupt flag is kept");
    assertSame(StatusRuntimeException.class, e.getCause().getClass());
  }

  @Test
  void refusedConnectionsToANeverReachedServerGetAFewSeconds() {
    StatusRuntimeException refused = Status.UNAVAILABLE.withDescription("io exception")
        .withCause(new java.net.ConnectException("Connection refused")).asRuntimeException();
    boolean[] reached = {false};
    Retrier r = retrier(RetryPolicy.defaults(), 0.0).reachedBy(() -> reached[0]);
    int[] calls = {0};
    assertThrows(io.sparkconnect.sql.SparkConnectionException.class, () -> r.call(() -> {
      calls[0]++;
      throw refused;
    }));
    long waited = waits.stream().mapToLong(Long::longValue).sum();
    assertTrue(waited <= Retrier.FIRST_CONTACT_BUDGET_MILLIS, "waited " + waited);
    assertEquals(5, calls[0], "50 + 200 + 800 + 3200 ms of waits fit the budget, the next does not");

    // Once the server has answered, the full policy applies to the same failure.
    waits.clear();
    reached[0] = true;
    calls[0] = 0;
    assertThrows(io.sparkconnect.sql.SparkConnectException.class, () -> r.call(() -> {
      calls[0]++;
      throw refused;
    }));
    assertEquals(16, calls[0]);
  }
}
