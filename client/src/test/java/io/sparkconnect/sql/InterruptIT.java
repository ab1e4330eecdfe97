package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.client.ResponseStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Long queries interrupted from another thread stop on the server and fail in the waiting thread,
 * and the server is free again right after.
 */
class InterruptIT {
  /** Tasks of the long query; its stage is recognised in progress reports by this count. */
  static final int LONG_TASKS = 10_000;

  static SparkSession spark;
  /** Own threads: the common pool has a single worker on a two-core machine. */
  static ExecutorService pool;
  /** Set once a progress report shows the long query's stage with tasks running or done. */
  static final AtomicBoolean longQueryRunning = new AtomicBoolean();

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "InterruptIT-worker");
      t.setDaemon(true);
      return t;
    });
    spark.addProgressListener(p -> {
      for (StageProgress s : p.stages()) {
        if (s.numTasks() == LONG_TASKS && (p.inflightTasks() > 0 || s.numCompletedTasks() > 0)) {
          longQueryRunning.set(true);
        }
      }
    });
  }

  @AfterAll
  static void stop() {
    spark.close();
    pool.shutdownNow();
  }

  /**
   * Runs for hours (about a second per task, two at a time) yet stops at once when cancelled: every
   * row sleeps a millisecond in {@code Thread.sleep}, which the task thread leaves as soon as the
   * server interrupts it, and there is no shuffle, so the operation's own thread submits the only
   * job and its cancellation covers it. (Planning-time interrupts of a query with a shuffle can
   * leave a map stage job submitted after the cancellation running on the server.)
   */
  private static DataFrame longQuery() {
    return spark.range(0, LONG_TASKS * 1_000L, 1, LONG_TASKS)
        .selectExpr("reflect('java.lang.Thread', 'sleep', 1L) AS s")
        .where("s IS NOT NULL");
  }

  /**
   * Waits until the long query runs tasks (or 60 s passed; servers before 4.0 report no progress),
   * interrupts until something was interrupted, and returns the failure of the waiting thread.
   */
  private static SparkConnectException interruptAndWait(Future<?> running, Supplier<List<String>> interrupt,
      String what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!longQueryRunning.get() && System.nanoTime() < deadline && !running.isDone()) {
      Thread.sleep(50);
    }
    List<String> ids = List.of();
    long interrupted = System.nanoTime();
    while (ids.isEmpty() && System.nanoTime() < deadline && !running.isDone()) {
      interrupted = System.nanoTime();
      ids = interrupt.get();
      if (ids.isEmpty()) {
        Thread.sleep(200);
      }
    }
    assertTrue(!ids.isEmpty(), what + ": something was interrupted (query done: " + running.isDone() + ")");
    ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(60, TimeUnit.SECONDS));
    long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interrupted);
    System.out.printf("InterruptIT: %s (tasks running: %s) interrupted %s, waiting thread failed %d ms later: %s%n",
        what, longQueryRunning.get(), ids, latencyMs, e.getCause());
    assertTrue(e.getCause() instanceof SparkConnectException, String.valueOf(e.getCause()));
    // Tens to hundreds of milliseconds on a quiet machine (printed above); the bound leaves room
    // for a loaded two-core machine.
    assertTrue(latencyMs < 10_000, what + ": failed " + latencyMs + " ms after the interrupt");
    return (SparkConnectException) e.getCause();
  }

  /** A short query right after an interrupt finishes quickly: the interrupted tasks left the cores. */
  private static void assertServerFree(String what) {
    long start = System.nanoTime();
    assertEquals(List.of(21L), spark.sql("SELECT sum(id) FROM range(7)").collectAsList().stream()
        .map(r -> r.getLong(0)).toList());
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.printf("InterruptIT: %s: a short query after the interrupt took %d ms%n", what, ms);
    assertTrue(ms < 15_000, what + ": the server still looks busy: a short query took " + ms + " ms");
  }

  @Test
  void interruptAll() throws Exception {
    longQueryRunning.set(false);
    Future<List<Row>> running = pool.submit(() -> longQuery().collectAsList());
    SparkConnectException e = interruptAndWait(running, spark::interruptAll, "interruptAll");
    assertEquals("OPERATION_CANCELED", e.getCondition(), e.getMessage());
    assertServerFree("interruptAll");
  }

  @Test
  void interruptTagLeavesOthersAlone() throws Exception {
    longQueryRunning.set(false);
    Future<List<Row>> tagged = pool.submit(() -> {
      spark.addTag("long-one");
      try {
        assertEquals(Set.of("long-one"), spark.getTags());
        return longQuery().collectAsList();
      } finally {
        spark.removeTag("long-one");
      }
    });
    Future<Long> untagged = pool.submit(
        () -> spark.range(0, 3_000_000).selectExpr("sum(id % 7)").collectAsList().get(0).getLong(0));
    interruptAndWait(tagged, () -> spark.interruptTag("long-one"), "interruptTag");
    assertEquals(spark.sql("SELECT sum(id % 7) FROM range(0, 3000000)").collectAsList().get(0).getLong(0),
        untagged.get(60, TimeUnit.SECONDS));
    assertTrue(spark.getTags().isEmpty());
    assertServerFree("interruptTag");
  }

  @Test
  void interruptOperation() throws Exception {
    longQueryRunning.set(false);
    ResponseStream stream = spark.execute(longQuery().plan());
    Future<Integer> running = pool.submit(() -> {
      int n = 0;
      while (stream.hasNext()) {
        stream.next();
        n++;
      }
      return n;
    });
    interruptAndWait(running, () -> spark.interruptOperation(stream.operationId()), "interruptOperation");
    assertEquals(List.of(), spark.interruptOperation(stream.operationId()), "nothing left to interrupt");
    assertServerFree("interruptOperation");
  }

  @Test
  void tagValidation() {
    assertThrows(IllegalArgumentException.class, () -> spark.addTag("a,b"));
    assertThrows(IllegalArgumentException.class, () -> spark.addTag(""));
    assertThrows(IllegalArgumentException.class, () -> spark.addTag(null));
    assertThrows(IllegalArgumentException.class, () -> spark.interruptTag(","));
    assertThrows(IllegalArgumentException.class, () -> spark.interruptOperation(""));
    spark.addTag("t1");
    spark.addTag("t2");
    spark.removeTag("t1");
    assertEquals(Set.of("t2"), spark.getTags());
    spark.clearTags();
    assertTrue(spark.getTags().isEmpty());
  }
}
