package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.client.ConnectionString;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Executions survive broken connections; concurrent use of one session stays correct. */
class ReattachIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  /** The test server's connection string (with its token), pointed at another port on 127.0.0.1. */
  static String via(int port) {
    ConnectionString direct = ConnectionString.parse(TestServer.connectionString());
    String s = TestServer.connectionString();
    String hostPort = direct.host() + ":" + direct.port();
    int at = s.indexOf(hostPort);
    assertTrue(at > 0, s.replaceAll("token=[^;]*", "token=..."));
    return "sc://127.0.0.1:" + port + s.substring(at + hostPort.length());
  }

  /** The test server's connection string with a parameter added. */
  static String withParam(String key, String value) {
    String s = TestServer.connectionString();
    return s + (s.contains("/;") ? ";" : "/;") + key + "=" + value;
  }

  @Test
  void multiMillionRowsThroughCutConnections() throws Exception {
    long n = 3_000_000;
    String expr = "id * 7919 % 1000003 AS v";
    Row expected = spark.range(n).selectExpr(expr).selectExpr("count(*)", "sum(v)", "sum(v * (v % 97))").collectAsList().get(0);
    ConnectionString direct = ConnectionString.parse(TestServer.connectionString());
    int maxCuts = 5;
    try (CuttingProxy proxy = new CuttingProxy(direct.host(), direct.port(), 4L << 20, maxCuts);
        SparkSession viaProxy = SparkSession.builder().remote(via(proxy.port())).create()) {
      long start = System.nanoTime();
      long count = 0;
      long sum = 0;
      long weighted = 0;
      try (CloseableIterator<Row> rows = viaProxy.range(n).selectExpr(expr).toLocalIterator()) {
        while (rows.hasNext()) {
          long v = rows.next().getLong(0);
          count++;
          sum += v;
          weighted += v * (v % 97);
        }
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      long reattaches = viaProxy.client().reattachCount();
      System.out.printf("ReattachIT: %d rows, %d cuts, %d reattaches, %d MB from server, %d ms%n",
          count, proxy.cuts(), reattaches, proxy.bytesFromServer() >> 20, millis);
      assertEquals(expected.getLong(0), count);
      assertEquals(expected.getLong(1), sum);
      assertEquals(expected.getLong(2), weighted);
      assertEquals(maxCuts, proxy.cuts(), "every planned cut happened during the stream");
      assertTrue(reattaches >= maxCuts, "reattached after each cut: " + reattaches);
      // the session keeps working through the proxy after the cuts
      assertEquals(10, viaProxy.range(10).count());
    }
  }

  @Test
  void noRetriesSurfacesTheBrokenStream() throws Exception {
    ConnectionString direct = ConnectionString.parse(TestServer.connectionString());
    try (CuttingProxy proxy = new CuttingProxy(direct.host(), direct.port(), 1L << 20, 1);
        SparkSession viaProxy = SparkSession.builder().remote(via(proxy.port()))
            .retryPolicy(RetryPolicy.none()).create()) {
      SparkConnectException e = assertThrows(SparkConnectException.class, () -> {
        try (CloseableIterator<Row> rows = viaProxy.range(2_000_000).toLocalIterator()) {
          while (rows.hasNext()) {
            rows.next();
          }
        }
      });
      assertTrue(e instanceof SparkConnectionException, e.toString());
      assertTrue(e.getMessage().contains("1 attempts (0 retries"), e.getMessage());
      assertEquals(1, proxy.cuts());
    }
  }

  @Test
  void sessionGoneOnServer() {
    SparkSession victim = TestServer.newSession();
    try {
      assertEquals(3, victim.range(3).count());
      try (SparkSession same = SparkSession.builder()
          .remote(withParam("session_id", victim.sessionId())).create()) {
        assertEquals(victim.sessionId(), same.sessionId());
      } // closing releases the session on the server
      SparkConnectException e = assertThrows(SparkConnectException.class, () -> victim.range(3).count());
      System.out.println("ReattachIT: session gone -> " + e.getCondition() + ": " + e.getMessage());
      assertTrue(e.getMessage().contains(victim.sessionId()) || "INVALID_HANDLE.SESSION_CLOSED".equals(e.getCondition()),
          e.getCondition() + ": " + e.getMessage());
    } finally {
      victim.close();
    }
  }

  @Test
  void manyThreadsOneSession() throws Exception {
    int threads = 16;
    int queries = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          spark.addTag("thread-" + thread);
          int ok = 0;
          for (int q = 0; q < queries; q++) {
            long k = thread * 1000L + q;
            // One call per query and no Spark job, so that the test measures the client, not the scheduler.
            DataFrame fromSql = spark.newDataFrame(io.sparkconnect.proto.Relation.newBuilder().setSql(
                io.sparkconnect.proto.SQL.newBuilder().setQuery("SELECT " + k + " AS a")));
            Row r = (q % 2 == 0)
                ? fromSql.selectExpr("a * 10 + 45 AS s", "10L AS c").collectAsList().get(0)
                : spark.newDataFrame(io.sparkconnect.proto.Relation.newBuilder().setSql(io.sparkconnect.proto.SQL
                    .newBuilder().setQuery("SELECT " + k + " * 10 + 45 AS s, 10L AS c"))).collectAsList().get(0);
            assertEquals(10 * k + 45, r.getLong(0));
            assertEquals(10, r.getLong(1));
            assertEquals(java.util.Set.of("thread-" + thread), spark.getTags(), "tags belong to the thread");
            ok++;
          }
          return ok;
        }));
      }
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(120, TimeUnit.SECONDS);
      }
      assertEquals(threads * queries, total);
      assertTrue(spark.getTags().isEmpty(), "the main thread has no tags");
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("ReattachIT: %d x %d queries on one session in %d ms%n", threads, queries,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }
}
