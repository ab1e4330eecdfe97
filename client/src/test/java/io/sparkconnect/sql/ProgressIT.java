package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Progress reports of running queries reach the session's listeners. */
class ProgressIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  @Test
  void listenerSeesStagesAndTasks() {
    List<QueryProgress> seen = new CopyOnWriteArrayList<>();
    ProgressListener listener = seen::add;
    // Reports every 100 ms instead of every 2 s, and a query of a few seconds even on a warm
    // server, so that reports arrive while its stage runs (the final report may list no stage).
    spark.conf().set("spark.connect.progress.reportInterval", "100ms");
    spark.addProgressListener(listener);
    long sum;
    try {
      sum = spark.range(0, 200_000_000L, 1, 8).selectExpr("sum(id % 3) AS s").collectAsList().get(0).getLong(0);
    } finally {
      spark.removeProgressListener(listener);
    }
    assertEquals(spark.sql("SELECT sum(id % 3) FROM range(0, 200000000, 1, 8)").collectAsList().get(0).getLong(0), sum);
    System.out.println("ProgressIT: " + seen.size() + " reports: " + seen);
    assertFalse(seen.isEmpty(), "the server reported progress");
    // Reports come every 2 s and once at the end; the final one may list no stage any more, so
    // look for the report that saw the 8-task stage rather than at the last one.
    assertTrue(seen.stream().anyMatch(p -> p.totalTasks() >= 8), seen.toString());
    assertTrue(seen.stream().allMatch(p -> !p.operationId().isEmpty()), seen.toString());
    assertTrue(seen.stream().allMatch(p -> p.completedTasks() <= p.totalTasks()), seen.toString());
    assertTrue(seen.stream().allMatch(p -> p.inflightTasks() >= 0));
    int before = seen.size();
    spark.range(10).count();
    assertEquals(before, seen.size(), "a removed listener hears nothing");
  }
}
