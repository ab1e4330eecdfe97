package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An operation that outlives the session's operation timeout is interrupted on the server and fails clearly. */
class OperationTimeoutIT {
  private static SparkSession session(Duration timeout) {
    return SparkSession.builder().remote(TestServer.connectionString()).operationTimeout(timeout).create();
  }

  /** As InterruptIT's long query: hours of short, interruptible tasks, and no shuffle. */
  private static DataFrame longQuery(SparkSession spark) {
    return spark.range(0, 10_000_000L, 1, 10_000)
        .selectExpr("reflect('java.lang.Thread', 'sleep', 1L) AS s")
        .where("s IS NOT NULL");
  }

  @Test
  void longQueryTimesOutAndTheServerIsFreeAfterwards() {
    try (SparkSession limited = session(Duration.ofSeconds(2)); SparkSession other = TestServer.newSession()) {
      // A first call so that the session exists on the server before the clock matters.
      assertEquals(3, limited.range(3).collectAsList().size());
      long start = System.nanoTime();
      SparkConnectException e = assertThrows(SparkConnectException.class, () -> longQuery(limited).collectAsList());
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      System.out.printf("OperationTimeoutIT: a 2 s timeout failed the query after %d ms: %s%n", ms, e.getMessage());
      assertEquals("OPERATION_TIMEOUT", e.getCondition(), e.getMessage());
      assertTrue(e.getMessage().contains("2 s"), e.getMessage());
      assertEquals("2 s", e.getMessageParameters().get("timeout"));
      assertTrue(ms >= 1_900, "not before the limit: " + ms + " ms");
      // About the limit on a quiet machine; room for a loaded two-core one.
      assertTrue(ms < 12_000, "failed " + ms + " ms after the start");

      long next = System.nanoTime();
      assertEquals(List.of(21L), other.sql("SELECT sum(id) FROM range(7)").collectAsList().stream()
          .map(r -> r.getLong(0)).toList());
      long nextMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - next);
      System.out.printf("OperationTimeoutIT: a short query right after took %d ms%n", nextMs);
      assertTrue(nextMs < 15_000, "the server still looks busy: " + nextMs + " ms");
      assertEquals(5, limited.range(5).count(), "the session with the timeout stays usable");
    }
  }

  @Test
  void operationsWithinTheTimeoutAreUnaffected() {
    try (SparkSession limited = session(Duration.ofMinutes(2))) {
      DataFrame df = limited.range(0, 200_000).selectExpr("id", "id % 7 AS m");
      List<Row> rows = df.collectAsList();
      assertEquals(200_000, rows.size());
      long viaApi = rows.stream().mapToLong(r -> r.getLong(1)).sum();
      long viaSql = limited.sql("SELECT sum(id % 7) FROM range(0, 200000)").collectAsList().get(0).getLong(0);
      assertEquals(viaSql, viaApi);
    }
  }
}
