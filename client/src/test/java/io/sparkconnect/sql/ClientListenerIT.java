package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.client.ConnectionString;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What a {@link ClientListener} sees of real calls, retries and reattaches. */
class ClientListenerIT {

  /** Records every event as text, and the bytes received. */
  static final class Recorder implements ClientListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final AtomicLong bytes = new AtomicLong();

    @Override
    public void onRpcStart(String method) {
      events.add("start " + method);
    }

    @Override
    public void onRpcEnd(String method, Duration duration, String status) {
      assertTrue(!duration.isNegative());
      events.add("end " + method + " " + status);
    }

    @Override
    public void onRetry(int attempt, Duration wait, Throwable cause) {
      events.add("retry " + attempt);
    }

    @Override
    public void onReattach(String operationId) {
      events.add("reattach " + operationId);
    }

    @Override
    public void onBytesReceived(long n) {
      bytes.addAndGet(n);
    }
  }

  @Test
  void callsStatusesAndBytes() {
    Recorder r = new Recorder();
    ClientListener failing = new ClientListener() {
      @Override
      public void onRpcStart(String method) {
        throw new IllegalStateException("a broken listener must not break calls");
      }
    };
    try (SparkSession spark = SparkSession.builder().remote(TestServer.connectionString())
        .listener(failing).listener(r).create()) {
      long small = spark.sql("SELECT count(*) FROM range(0, 10)").collectAsList().get(0).getLong(0);
      long afterSmall = r.bytes.get();
      List<Row> big = spark.range(0, 50_000).selectExpr("id", "repeat('y', 50) AS s").collectAsList();
      long bigBytes = r.bytes.get() - afterSmall;
      assertEquals(10L, small);
      assertEquals(50_000, big.size());
      assertTrue(bigBytes > 50_000L * 50, "bytes received for 50000 rows of 50+ bytes: " + bigBytes);
      assertTrue(r.events.contains("start ExecutePlan"), r.events.toString());
      assertTrue(r.events.contains("end ExecutePlan OK"), r.events.toString());

      assertThrows(AnalysisException.class, () -> spark.sql("SELECT no_such_column").collectAsList());
      assertTrue(r.events.stream().anyMatch(e -> e.startsWith("end ExecutePlan ") && !e.endsWith(" OK")),
          r.events.toString());
      long starts = r.events.stream().filter(e -> e.startsWith("start ")).count();
      long ends = r.events.stream().filter(e -> e.startsWith("end ")).count();
      assertTrue(starts >= 3 && ends >= 3, r.events.toString());
    }
  }

  @Test
  void reattachesAndRetriesAreReported() throws Exception {
    ConnectionString direct = ConnectionString.parse(TestServer.connectionString());
    Recorder r = new Recorder();
    try (CuttingProxy proxy = new CuttingProxy(direct.host(), direct.port(), 1L << 20, 1);
        SparkSession spark = SparkSession.builder().remote(ReattachIT.via(proxy.port())).listener(r).create()) {
      long count = 0;
      try (CloseableIterator<Row> rows = spark.range(0, 1_000_000).toLocalIterator()) {
        while (rows.hasNext()) {
          assertEquals(count, rows.next().getLong(0));
          count++;
        }
      }
      assertEquals(1_000_000L, count);
      assertEquals(1, proxy.cuts());
      assertTrue(r.events.stream().anyMatch(e -> e.startsWith("reattach ")), r.events.toString());
      assertTrue(r.events.contains("end ReattachExecute OK"), r.events.toString());
    }

    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Recorder refused = new Recorder();
    RetryPolicy quick = RetryPolicy.builder().maxRetries(2).initialBackoff(Duration.ofMillis(10)).build();
    try (SparkSession spark = SparkSession.builder().remote("sc://127.0.0.1:" + closedPort)
        .retryPolicy(quick).listener(refused).create()) {
      assertThrows(SparkConnectionException.class, () -> spark.sql("SELECT 1").collectAsList());
    }
    assertTrue(refused.events.containsAll(List.of("retry 1", "retry 2")), refused.events.toString());
    assertTrue(refused.events.contains("end ExecutePlan UNAVAILABLE"), refused.events.toString());
  }
}
