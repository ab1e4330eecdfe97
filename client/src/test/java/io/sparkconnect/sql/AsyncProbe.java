package io.sparkconnect.sql;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Programs for {@link AsyncIT} that need a JVM of their own (to count all of its threads, or to run
 * with a small heap). The connection string comes in the {@code PROBE_REMOTE} environment
 * variable; the mode is the first argument. Each prints {@code key value} lines for the test to
 * check, and {@code FAIL ...} when something is wrong.
 */
public final class AsyncProbe {
  private AsyncProbe() {}

  public static void main(String[] args) throws Exception {
    try (SparkSession spark = SparkSession.builder().remote(System.getenv("PROBE_REMOTE")).create()) {
      switch (args[0]) {
        case "concurrent":
          concurrent(spark, Integer.parseInt(args[1]));
          break;
        case "slow":
          slow(spark, Integer.parseInt(args[1]));
          break;
        default:
          throw new IllegalArgumentException(args[0]);
      }
    }
  }

  /** {@code n} concurrent {@code collectAsync()} calls on one session; counts the JVM's threads meanwhile. */
  static void concurrent(SparkSession spark, int n) throws Exception {
    assertEquals(45L, spark.range(10).selectExpr("sum(id)").collectAsList().get(0).getLong(0), "warm-up");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.println("threads-before " + threads.getThreadCount());
    threads.resetPeakThreadCount();
    AtomicLong maxActive = new AtomicLong();
    long start = System.nanoTime();
    List<CompletableFuture<Row[]>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      futures.add(spark.range(i, i + 100, 1, 1).selectExpr("id * 3 AS v", "'q" + i + "' AS q").collectAsync());
      maxActive.accumulateAndGet(Thread.activeCount(), Math::max);
    }
    System.out.println("submitted-ms " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    CompletableFuture<Void> all = CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0]));
    int pending = n;
    while (!all.isDone()) {
      maxActive.accumulateAndGet(Thread.activeCount(), Math::max);
      int p = (int) futures.stream().filter(f -> !f.isDone()).count();
      pending = Math.min(pending, p);
      Thread.sleep(20);
      if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(5)) {
        System.out.println("FAIL not done after 5 minutes: " + p + " pending");
        return;
      }
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    int peak = threads.getPeakThreadCount();
    long rows = 0;
    for (int i = 0; i < n; i++) {
      Row[] result = futures.get(i).get();
      assertEquals(100L, (long) result.length, "rows of query " + i);
      for (int k = 0; k < 100; k++) {
        assertEquals((long) (i + k) * 3, result[k].getLong(0), "query " + i + " row " + k);
        assertEquals("q" + i, result[k].getString(1), "query " + i + " row " + k);
      }
      rows += result.length;
    }
    System.out.println("queries " + n);
    System.out.println("rows " + rows);
    System.out.println("elapsed-ms " + ms);
    System.out.println("peak-threads " + peak);
    System.out.println("max-active " + maxActive.get());
  }

  /**
   * Subscribes to a large result with a subscriber that asks for one row at a time and takes a
   * millisecond over each; reads {@code rows} rows, measuring the heap, then cancels. The query:
   * 10 million rows in 100 partitions; the first 80 are made at once (about 64 MB of Arrow data,
   * more than this JVM's heap), each of the last 20 takes hours (a sleep per row), so the operation
   * is still running on the server when the subscription is cancelled.
   */
  static void slow(SparkSession spark, int rows) throws Exception {
    spark.conf().set("spark.sql.execution.arrow.maxRecordsPerBatch", "1000");
    spark.addTag("slow-probe");
    DataFrame df = spark.range(0, 10_000_000, 1, 100)
        .selectExpr("id", "reflect('java.lang.Thread', 'sleep', IF(id >= 8000000, 100L, 0L)) AS s");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "probe-timer");
      t.setDaemon(true);
      return t;
    });
    AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    AtomicLong received = new AtomicLong();
    AtomicReference<String> problem = new AtomicReference<>();
    AtomicBoolean terminated = new AtomicBoolean();
    AtomicLong maxHeap = new AtomicLong();
    CountDownLatch enough = new CountDownLatch(1);
    long start = System.nanoTime();
    df.toPublisher().subscribe(new Flow.Subscriber<Row>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription.set(s);
        s.request(1);
      }

      @Override
      public void onNext(Row row) {
        long i = received.getAndIncrement();
        if (row.getLong(0) != i) {
          problem.compareAndSet(null, "row " + i + " was " + row.getLong(0));
        }
        if (i + 1 == rows) {
          enough.countDown();
          return;
        }
        if ((i + 1) % 1000 == 0) {
          System.gc();
          long used = memory.getHeapMemoryUsage().getUsed();
          maxHeap.accumulateAndGet(used, Math::max);
          System.out.println("heap-at " + (i + 1) + " " + used);
        }
        timer.schedule(() -> subscription.get().request(1), 1, TimeUnit.MILLISECONDS);
      }

      @Override
      public void onError(Throwable t) {
        terminated.set(true);
        problem.compareAndSet(null, "onError " + t);
        enough.countDown();
      }

      @Override
      public void onComplete() {
        terminated.set(true);
        problem.compareAndSet(null, "onComplete after " + received.get() + " rows");
        enough.countDown();
      }
    });
    if (!enough.await(3, TimeUnit.MINUTES)) {
      System.out.println("FAIL only " + received.get() + " rows after 3 minutes");
      return;
    }
    long readMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.gc();
    long heapAtEnd = memory.getHeapMemoryUsage().getUsed();
    subscription.get().cancel();
    long cancelled = System.nanoTime();
    // Nothing may follow the cancellation; give stray signals time to show.
    Thread.sleep(500);
    spark.removeTag("slow-probe");
    // A short query needs a free core: both were busy with the query's hours-long tasks until the
    // cancellation interrupted them.
    assertEquals(21L, spark.sql("SELECT sum(id) FROM range(7)").collectAsList().get(0).getLong(0), "short query");
    long freeMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelled);
    List<String> left = spark.interruptTag("slow-probe");
    System.out.println("read-ms " + readMs);
    System.out.println("received " + received.get());
    System.out.println("terminated " + terminated.get());
    System.out.println("problem " + problem.get());
    System.out.println("max-heap " + Math.max(maxHeap.get(), heapAtEnd));
    System.out.println("heap-limit " + memory.getHeapMemoryUsage().getMax());
    System.out.println("server-free-ms " + freeMs);
    System.out.println("left-running " + left);
  }

  private static void assertEquals(Object expected, Object actual, String what) {
    if (!expected.equals(actual)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual);
    }
  }
}
