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
    spark.addProgressListener(listener);
    try {
      long sum = spark.range(0, 20_000_000L, 1, 8).selectExpr("sum(id % 3) AS s").collectAsList().get(0).getLong(0);
      assertEquals(spark.sql("SELECT sum(id % 3) FROM range(0, 20000000, 1, 8)").collectAsList().get(0).getLong(0), sum);
    } finally {
      spark.removeProgressListener(listener);
    }
    System.out.println("ProgressIT: " + seen.size() + " reports, last " + (seen.isEmpty() ? null : seen.get(seen.size() - 1)));
    assertFalse(seen.isEmpty(), "the server reported progress");
    QueryProgress last = seen.get(seen.size() - 1);
    assertFalse(last.operationId().isEmpty());
    assertTrue(last.totalTasks() >= 8, last.toString());
    assertTrue(last.completedTasks() <= last.totalTasks(), last.toString());
    assertTrue(seen.stream().allMatch(p -> p.inflightTasks() >= 0));
    int before = seen.size();
    spark.range(10).count();
    assertEquals(before, seen.size(), "a removed listener hears nothing");
  }
}
