package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sparkconnect.local.LocalServerException;
import io.sparkconnect.local.LocalSparkServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server killed in the middle of a query, then started again on the same port: the waiting
 * thread fails with a clear {@link SparkConnectionException} once the session's retries run out,
 * the old session then fails with an error saying that its session is gone, and a new session
 * works. Uses servers of its own (the shared test server must survive).
 */
class ServerRestartIT {
  /** Tasks of the long query, by which its stage is recognised in progress reports. */
  private static final int LONG_TASKS = 10_000;
  /** Waits 100, 200, 400 and 800 ms: 1.5 s of retrying before a call gives up. */
  private static final RetryPolicy SHORT_RETRIES = RetryPolicy.builder().maxRetries(4)
      .initialBackoff(Duration.ofMillis(100)).backoffMultiplier(2).maxBackoff(Duration.ofSeconds(1)).build();

  private static LocalSparkServer first;
  private static LocalSparkServer second;
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    Assumptions.assumeFalse(TestServer.version().startsWith("3."),
        "Spark 3.5 servers do not check the client's view of the server-side session");
    pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "ServerRestartIT-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      first = startServer(0, null);
    } catch (LocalServerException e) {
      Assumptions.abort("cannot start a local Spark Connect server here: " + e.getMessage());
    }
  }

  /** A server on {@code port} (0: any port), with {@code token} (null: a random one). */
  private static LocalSparkServer startServer(int port, String token) {
    LocalSparkServer.Builder b = LocalSparkServer.builder().sparkVersion(TestServer.version()).master("local[2]");
    if (token != null) {
      b.token(token);
    }
    return b.port(port).start();
  }

  @AfterAll
  static void stop() {
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** What the query thread saw: its failure and when, or a result (a failure of the test). */
  private record Outcome(Throwable failure, long atNanos, int rows) {}

  @Test
  void killedServerFailsClearlyAndRestartedServerNeedsANewSession() throws Exception {
    int port = first.port();
    String endpoint = "127.0.0.1:" + port;
    SparkSession old = SparkSession.builder().remote(first.connectionString()).retryPolicy(SHORT_RETRIES).create();
    try {
      assertEquals(1L, old.sql("SELECT 1L AS one").collectAsList().get(0).getLong(0));
      AtomicBoolean running = new AtomicBoolean();
      old.addProgressListener(p -> {
        for (StageProgress s : p.stages()) {
          if (s.numTasks() == LONG_TASKS && (p.inflightTasks() > 0 || s.numCompletedTasks() > 0)) {
            running.set(true);
          }
        }
      });
      // Hours of work (a millisecond per row, two tasks at a time): it can only end by failing.
      Future<Outcome> query = pool.submit(() -> {
        try {
          List<Row> rows = old.range(0, LONG_TASKS * 1_000L, 1, LONG_TASKS)
              .selectExpr("reflect('java.lang.Thread', 'sleep', 1L) AS s").where("s IS NOT NULL").collectAsList();
          return new Outcome(null, System.nanoTime(), rows.size());
        } catch (Throwable t) {
          return new Outcome(t, System.nanoTime(), -1);
        }
      });
      long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!running.get() && !query.isDone() && System.nanoTime() < waitUntil) {
        Thread.sleep(50);
      }
      assertTrue(running.get(), "the long query runs tasks before the kill (query done: " + query.isDone() + ")");

      // Kill -9 of the server JVM (only the process this test started): no goodbye to the client.
      long killed = System.nanoTime();
      ProcessHandle server = ProcessHandle.of(first.pid()).orElseThrow();
      assertTrue(server.destroyForcibly(), "kill " + first.pid());
      server.onExit().get(30, TimeUnit.SECONDS);
      Outcome outcome;
      try {
        outcome = query.get(60, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        fail("the query thread still waits 60 s after the server was killed: it hangs");
        return;
      }
      assertNotNull(outcome.failure(), "the query cannot have finished: " + outcome.rows() + " rows");
      long failedAfterMs = TimeUnit.NANOSECONDS.toMillis(outcome.atNanos() - killed);
      System.out.printf("ServerRestartIT: query thread failed %d ms after the kill: %s%n", failedAfterMs,
          outcome.failure());
      SparkConnectionException lost = assertInstanceOf(SparkConnectionException.class, outcome.failure());
      assertClear(lost, endpoint);
      assertTrue(lost.getMessage().contains("gave up after 5 attempts (4 retries"), lost.getMessage());
      // The policy waits 1.5 s in all; the rest is connection attempts, each refused at once.
      assertTrue(failedAfterMs < 15_000, "failed " + failedAfterMs + " ms after the kill");

      // A new call while the server is down fails the same way, as fast.
      long callStart = System.nanoTime();
      SparkConnectionException down =
          assertThrows(SparkConnectionException.class, () -> old.sql("SELECT 2").collectAsList());
      long downMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - callStart);
      System.out.printf("ServerRestartIT: a call while the server is down failed after %d ms: %s%n", downMs,
          down.getMessage());
      assertClear(down, endpoint);
      assertTrue(downMs < 15_000, "a call to the dead server took " + downMs + " ms");

      long restart = System.nanoTime();
      second = startServer(port, first.token());
      System.out.printf("ServerRestartIT: server restarted on port %d in %d ms%n", port,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restart));

      // The old session reaches the new server, which no longer has it: on every kind of call.
      SparkConnectException gone = assertThrows(SparkConnectException.class, () -> old.sql("SELECT 3").collectAsList());
      System.out.println("ServerRestartIT: old session, query: " + gone.getMessage());
      assertSessionGone(gone, old);
      SparkConnectException goneConf =
          assertThrows(SparkConnectException.class, () -> old.conf().get("spark.sql.shuffle.partitions"));
      System.out.println("ServerRestartIT: old session, config: " + goneConf.getMessage());
      assertSessionGone(goneConf, old);
      // A lost session is no longer usable, so getOrCreate() passes over it.
      assertFalse(old.isUsable());
      SparkSession.setActiveSession(old);
      SparkSession.setDefaultSession(old);
      try (SparkSession next = SparkSession.builder().remote(second.connectionString()).getOrCreate()) {
        assertTrue(next != old, "getOrCreate() gave the lost session back");
        assertEquals(1L, next.sql("SELECT 1L").collectAsList().get(0).getLong(0));
      }
    } finally {
      long closing = System.nanoTime();
      old.close();
      old.close();
      long closeMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closing);
      assertTrue(closeMs < 15_000, "closing the old session took " + closeMs + " ms");
    }

    try (SparkSession fresh = SparkSession.builder().remote(second.connectionString()).create()) {
      long viaApi = fresh.range(0, 1000).selectExpr("sum(id % 7)").collectAsList().get(0).getLong(0);
      long viaSql = fresh.sql("SELECT sum(id % 7) FROM range(0, 1000)").collectAsList().get(0).getLong(0);
      assertEquals(2997L, viaApi);
      assertEquals(viaSql, viaApi);
    }
  }

  /** Names the endpoint and what happened in words, not just a gRPC status. */
  private static void assertClear(SparkConnectionException e, String endpoint) {
    String m = e.getMessage();
    assertTrue(m.contains(endpoint), m);
    assertTrue(m.startsWith("Cannot reach the Spark Connect server") || m.startsWith("Lost the connection"), m);
    assertFalse(m.startsWith("UNAVAILABLE") || m.startsWith("io.grpc"), m);
  }

  private static void assertSessionGone(SparkConnectException e, SparkSession old) {
    assertFalse(e instanceof SparkConnectionException, "the server answered: " + e);
    assertEquals("INVALID_HANDLE.SESSION_CHANGED", e.getCondition(), e.getMessage());
    String m = e.getMessage();
    assertTrue(m.startsWith("The Spark Connect session " + old.sessionId() + " no longer exists"), m);
    assertTrue(m.contains("the server was restarted"), m);
    assertTrue(m.contains("create a new SparkSession"), m);
  }
}
