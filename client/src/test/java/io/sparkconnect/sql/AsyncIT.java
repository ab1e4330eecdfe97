package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.client.ConnectionString;
import io.sparkconnect.sql.vectorized.ColumnarBatch;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous actions and the publishers against a real server: values, failures,
 * cancellation reaching the server, reattaching through a cutting proxy, hundreds of queries on
 * a few threads, and a slow subscriber's bounded memory (the last two in JVMs of their own).
 */
class AsyncIT {
  /** Tasks of the long query; its stage is recognised in progress reports by this count. */
  static final int LONG_TASKS = 9_000;

  static SparkSession spark;
  static final AtomicBoolean longQueryRunning = new AtomicBoolean();

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
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
  }

  record Item(long id, String name) {}

  @Test
  @Tag("compat")
  void actionsReturnTheServersValues() throws Exception {
    DataFrame df = spark.range(0, 1000).selectExpr("id", "concat('n', id) AS name");
    Row[] all = df.collectAsync().get(60, TimeUnit.SECONDS);
    assertEquals(1000, all.length);
    assertEquals(999L, all[999].getLong(0));
    assertEquals("n999", all[999].getString(1));
    List<Row> list = df.where("id % 100 = 7").collectAsListAsync().get(60, TimeUnit.SECONDS);
    assertEquals(List.of(7L, 107L, 207L, 307L, 407L, 507L, 607L, 707L, 807L, 907L),
        list.stream().map(r -> r.getLong(0)).toList());
    assertEquals(1000L, df.countAsync().get(60, TimeUnit.SECONDS));
    assertEquals(334L, df.where("id % 3 = 0").countAsync().get(60, TimeUnit.SECONDS));
    assertEquals("n5", df.orderBy(functions.col("id").desc()).where("id < 6").firstAsync().get(60, TimeUnit.SECONDS)
        .getString(1));
    assertEquals(List.of(0L, 1L, 2L),
        List.of(df.takeAsync(3).get(60, TimeUnit.SECONDS)).stream().map(r -> r.getLong(0)).toList());
    assertEquals(4, df.takeAsListAsync(4).get(60, TimeUnit.SECONDS).size());
    assertEquals(0, df.where("id < 0").collectAsync().get(60, TimeUnit.SECONDS).length);
    ExecutionException empty = assertThrows(ExecutionException.class,
        () -> df.where("id < 0").firstAsync().get(60, TimeUnit.SECONDS));
    assertInstanceOf(java.util.NoSuchElementException.class, empty.getCause());
    // The same query, synchronously: identical rows.
    assertEquals(df.where("id % 7 = 3").collectAsList(), df.where("id % 7 = 3").collectAsListAsync().get());
  }

  @Test
  @Tag("compat")
  void typedActions() throws Exception {
    TypedDataFrame<Item> items = spark.range(0, 50).selectExpr("id", "concat('item-', id) AS name").as(Item.class);
    List<Item> all = items.collectAsListAsync().get(60, TimeUnit.SECONDS);
    assertEquals(50, all.size());
    assertEquals(new Item(49, "item-49"), all.get(49));
    assertArrayEquals(items.collect(), items.collectAsync().get(60, TimeUnit.SECONDS));
    assertEquals(new Item(0, "item-0"), items.firstAsync().get(60, TimeUnit.SECONDS));
    assertEquals(List.of(new Item(0, "item-0"), new Item(1, "item-1")), items.takeAsListAsync(2).get());
    assertEquals(2, items.takeAsync(2).get().length);
    assertEquals(50L, items.countAsync().get());
  }

  @Test
  @Tag("compat")
  void failuresCompleteTheFutureWithTheSynchronousException() throws Exception {
    DataFrame bad = spark.range(3).selectExpr("no_such_column + 1");
    AnalysisException sync = assertThrows(AnalysisException.class, bad::collectAsList);
    ExecutionException async = assertThrows(ExecutionException.class, () -> bad.collectAsync().get(60, TimeUnit.SECONDS));
    assertInstanceOf(AnalysisException.class, async.getCause());
    assertEquals(sync.getCondition(), ((AnalysisException) async.getCause()).getCondition());
    ExecutionException sql = assertThrows(ExecutionException.class,
        () -> spark.sqlAsync("SELEC 1").get(60, TimeUnit.SECONDS));
    assertInstanceOf(ParseException.class, sql.getCause());
    // A runtime failure in the middle of the result.
    ExecutionException runtime = assertThrows(ExecutionException.class,
        () -> spark.range(0, 10).selectExpr("assert_true(id < 5)").collectAsync().get(60, TimeUnit.SECONDS));
    assertInstanceOf(SparkConnectException.class, runtime.getCause());
    // A closed session fails the future, it does not throw.
    SparkSession closed = TestServer.newSession();
    DataFrame df = closed.range(3);
    closed.close();
    ExecutionException gone = assertThrows(ExecutionException.class, () -> df.collectAsync().get(10, TimeUnit.SECONDS));
    assertInstanceOf(IllegalStateException.class, gone.getCause());
  }

  @Test
  void sqlAndWritesWithoutBlocking() throws Exception {
    String table = "async_it_" + Long.toHexString(System.nanoTime());
    spark.sqlAsync("CREATE TABLE " + table + " (id BIGINT, name STRING) USING parquet").get(60, TimeUnit.SECONDS);
    try {
      spark.range(0, 5).selectExpr("id", "concat('a', id) AS name").write().insertIntoAsync(table)
          .get(60, TimeUnit.SECONDS);
      spark.range(5, 8).selectExpr("id", "concat('b', id) AS name").write().mode(SaveMode.Append)
          .saveAsTableAsync(table).get(60, TimeUnit.SECONDS);
      DataFrame read = spark.sqlAsync("SELECT * FROM " + table + " WHERE id >= :min ORDER BY id", Map.of("min", 3))
          .get(60, TimeUnit.SECONDS);
      assertEquals(List.of("a3", "a4", "b5", "b6", "b7"),
          read.collectAsListAsync().get(60, TimeUnit.SECONDS).stream().map(r -> r.getString(1)).toList());
      Path dir = Path.of(System.getProperty("java.io.tmpdir"), table);
      spark.table(table).write().mode(SaveMode.Overwrite).format("json").saveAsync(dir.toString())
          .get(60, TimeUnit.SECONDS);
      assertEquals(8L, spark.read().json(dir.toString()).countAsync().get(60, TimeUnit.SECONDS));
      ExecutionException exists = assertThrows(ExecutionException.class, () -> spark.range(1).write()
          .format("json").saveAsync(dir.toString()).get(60, TimeUnit.SECONDS));
      assertInstanceOf(AnalysisException.class, exists.getCause());
      // DataFrameWriterV2: create works on the session catalog; append needs a V2 catalog, and
      // the server's refusal arrives as the future's cause.
      spark.range(0, 4).writeTo(table + "_v2").using("parquet").createAsync().get(60, TimeUnit.SECONDS);
      assertEquals(6L, spark.table(table + "_v2").selectExpr("sum(id)").first().getLong(0));
      ExecutionException v1 = assertThrows(ExecutionException.class,
          () -> spark.range(1).writeTo(table + "_v2").appendAsync().get(60, TimeUnit.SECONDS));
      assertInstanceOf(AnalysisException.class, v1.getCause());
    } finally {
      spark.sql("DROP TABLE IF EXISTS " + table);
      spark.sql("DROP TABLE IF EXISTS " + table + "_v2");
    }
  }

  /** As in {@link InterruptIT}: runs for hours, stops at once when interrupted, no shuffle. */
  private static DataFrame longQuery() {
    return spark.range(0, LONG_TASKS * 1_000L, 1, LONG_TASKS)
        .selectExpr("reflect('java.lang.Thread', 'sleep', 1L) AS s")
        .where("s IS NOT NULL");
  }

  /**
   * Cancelling the future stops the query on the server: with the default FIFO scheduler, a short
   * query could only run once the long query's tasks left both cores, which takes hours unless the
   * cancellation interrupted them; and nothing with the query's tag is left to interrupt.
   */
  @Test
  void cancellingTheFutureStopsTheQueryOnTheServer() throws Exception {
    longQueryRunning.set(false);
    spark.addTag("async-cancel");
    CompletableFuture<List<Row>> running;
    try {
      running = longQuery().collectAsListAsync();
    } finally {
      spark.removeTag("async-cancel");
    }
    waitUntilRunning(running);
    assertTrue(running.cancel(true));
    long cancelled = System.nanoTime();
    assertThrows(CancellationException.class, running::get);
    assertServerFree("cancel(true)", cancelled);
    assertEquals(List.of(), spark.interruptTag("async-cancel"), "nothing of the cancelled query left to interrupt");
  }

  /** {@code orTimeout} completes the future, which cancels the query as well. */
  @Test
  void aTimedOutFutureStopsTheQueryOnTheServer() throws Exception {
    longQueryRunning.set(false);
    spark.addTag("async-timeout");
    CompletableFuture<Row[]> running;
    try {
      running = longQuery().collectAsync();
    } finally {
      spark.removeTag("async-timeout");
    }
    waitUntilRunning(running);
    running.orTimeout(100, TimeUnit.MILLISECONDS);
    ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(30, TimeUnit.SECONDS));
    assertInstanceOf(TimeoutException.class, e.getCause());
    assertServerFree("orTimeout", System.nanoTime());
    assertEquals(List.of(), spark.interruptTag("async-timeout"));
  }

  /** The session's operation timeout applies to async actions: the future fails, the query stops. */
  @Test
  void operationTimeoutInterruptsAnAsyncQuery() throws Exception {
    try (SparkSession limited = SparkSession.builder().remote(TestServer.connectionString())
        .operationTimeout(java.time.Duration.ofSeconds(3)).create()) {
      long start = System.nanoTime();
      // No shuffle (see longQuery()): the timeout may strike while the server still plans the
      // query, and a query with a shuffle can then leave a map stage job running on the server.
      CompletableFuture<Row[]> running = limited.range(0, LONG_TASKS * 1_000L, 1, LONG_TASKS)
          .selectExpr("reflect('java.lang.Thread', 'sleep', 1L) AS s").where("s IS NOT NULL").collectAsync();
      ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(60, TimeUnit.SECONDS));
      assertInstanceOf(SparkConnectException.class, e.getCause());
      SparkConnectException timeout = (SparkConnectException) e.getCause();
      assertEquals("OPERATION_TIMEOUT", timeout.getCondition(), timeout.getMessage());
      assertTrue(timeout.getMessage().contains("3 s"), timeout.getMessage());
      assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 3_000);
      assertServerFree("operationTimeout", System.nanoTime());
      // The session stays usable.
      assertEquals(3L, limited.range(3).countAsync().get(60, TimeUnit.SECONDS));
    }
  }

  private static void waitUntilRunning(CompletableFuture<?> running) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!longQueryRunning.get() && System.nanoTime() < deadline && !running.isDone()) {
      Thread.sleep(50);
    }
    assertFalse(running.isDone(), "the long query ended by itself: " + running);
    if (!longQueryRunning.get()) {
      // Servers before 4.0 report no progress; give the tasks time to start.
      Thread.sleep(3_000);
    }
  }

  private static void assertServerFree(String what, long since) {
    assertEquals(21L, spark.sql("SELECT sum(id) FROM range(7)").collectAsList().get(0).getLong(0));
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    System.out.printf("AsyncIT: %s: a short query finished %d ms after the cancellation%n", what, ms);
    assertTrue(ms < 15_000, what + ": the server still looks busy: a short query took " + ms + " ms");
  }

  @Test
  @Tag("compat")
  void rowPublisherDeliversEveryRowInOrder() throws Exception {
    Recording<Row> rec = new Recording<>(7);
    spark.range(0, 25_000).selectExpr("id", "id * id AS sq").toPublisher().subscribe(rec);
    assertTrue(rec.done.await(60, TimeUnit.SECONDS));
    assertEquals(null, rec.error.get());
    assertTrue(rec.completed.get());
    assertEquals(25_000, rec.items.size());
    for (int i = 0; i < 25_000; i++) {
      assertEquals(i, rec.items.get(i).getLong(0));
      assertEquals((long) i * i, rec.items.get(i).getLong(1));
    }
    assertFalse(rec.overlapped.get(), "signals overlapped");
    assertTrue(rec.beyondDemand.get() == 0, "items beyond demand: " + rec.beyondDemand.get());
    // Never the network thread, never the subscribing thread: the shared pool.
    assertTrue(rec.threads.stream().allMatch(t -> t.startsWith("spark-connect-async-")), rec.threads.toString());
  }

  /** A session given an executor of its own decodes and signals on it. */
  @Test
  void callbacksRunOnTheSessionsExecutor() throws Exception {
    AtomicLong tasks = new AtomicLong();
    java.util.concurrent.ExecutorService own = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "own-async");
      t.setDaemon(true);
      return t;
    });
    try (SparkSession session = SparkSession.builder().remote(TestServer.connectionString()).asyncExecutor(r -> {
      tasks.incrementAndGet();
      own.execute(r);
    }).create()) {
      assertEquals(4950L, session.range(100).selectExpr("sum(id)").collectAsync().get(60, TimeUnit.SECONDS)[0]
          .getLong(0));
      assertTrue(tasks.get() > 0, "the session's executor ran the callbacks");
      Recording<Row> rec = new Recording<>(2);
      session.range(0, 5000).toPublisher().subscribe(rec);
      assertTrue(rec.done.await(60, TimeUnit.SECONDS));
      assertEquals(5000, rec.items.size());
      assertEquals(java.util.Set.of("own-async"), rec.threads);
    } finally {
      own.shutdownNow();
    }
  }

  @Test
  @Tag("compat")
  void batchAndTypedPublishers() throws Exception {
    spark.conf().set("spark.sql.execution.arrow.maxRecordsPerBatch", "1000");
    try {
      Recording<ColumnarBatch> rec = new Recording<>(1);
      spark.range(0, 10_000).toColumnarBatchPublisher().subscribe(rec);
      assertTrue(rec.done.await(60, TimeUnit.SECONDS));
      assertTrue(rec.completed.get(), String.valueOf(rec.error.get()));
      long sum = 0;
      long rows = 0;
      for (ColumnarBatch b : rec.items) {
        for (int i = 0; i < b.numRows(); i++) {
          sum += b.column(0).getLong(i);
        }
        rows += b.numRows();
      }
      assertEquals(10_000, rows);
      assertEquals(49_995_000L, sum);
      assertTrue(rec.items.size() >= 10, "one batch per 1000 rows at most: " + rec.items.size());
    } finally {
      spark.conf().unset("spark.sql.execution.arrow.maxRecordsPerBatch");
    }
    Recording<Item> typed = new Recording<>(Long.MAX_VALUE);
    spark.range(0, 30).selectExpr("id", "concat('i', id) AS name").as(Item.class).toPublisher().subscribe(typed);
    assertTrue(typed.done.await(60, TimeUnit.SECONDS));
    assertTrue(typed.completed.get(), String.valueOf(typed.error.get()));
    assertEquals(30, typed.items.size());
    assertEquals(new Item(29, "i29"), typed.items.get(29));
    // An empty result completes without demand.
    Recording<Row> none = Recording.withoutDemand();
    spark.range(0).toPublisher().subscribe(none);
    assertTrue(none.done.await(60, TimeUnit.SECONDS));
    assertTrue(none.completed.get());
    assertEquals(0, none.items.size());
  }

  @Test
  void publisherRules() throws Exception {
    assertThrows(NullPointerException.class, () -> spark.range(3).toPublisher().subscribe(null));
    for (long bad : new long[] {0, -1, Long.MIN_VALUE}) {
      Recording<Row> rec = new Recording<>(bad);
      spark.range(100).toPublisher().subscribe(rec);
      assertTrue(rec.done.await(60, TimeUnit.SECONDS));
      assertInstanceOf(IllegalArgumentException.class, rec.error.get(), "request(" + bad + ")");
      assertTrue(rec.error.get().getMessage().contains("3.9"), rec.error.get().getMessage());
      assertEquals(0, rec.items.size());
    }
    // Errors of the query come as onError.
    Recording<Row> failing = new Recording<>(10);
    spark.range(3).selectExpr("no_such_column").toPublisher().subscribe(failing);
    assertTrue(failing.done.await(60, TimeUnit.SECONDS));
    assertInstanceOf(AnalysisException.class, failing.error.get());
    // Cancelling from onNext: no more signals.
    Recording<Row> cancelling = new Recording<>(Long.MAX_VALUE);
    cancelling.cancelAfter = 5;
    spark.range(0, 100_000).toPublisher().subscribe(cancelling);
    assertTrue(cancelling.done.await(60, TimeUnit.SECONDS));
    Thread.sleep(500);
    assertEquals(5, cancelling.items.size());
    assertFalse(cancelling.completed.get());
    assertEquals(null, cancelling.error.get());
    // Each subscription runs the query anew.
    Flow.Publisher<Row> p = spark.range(0, 10).toPublisher();
    for (int i = 0; i < 2; i++) {
      Recording<Row> again = new Recording<>(3);
      p.subscribe(again);
      assertTrue(again.done.await(60, TimeUnit.SECONDS));
      assertEquals(10, again.items.size());
    }
  }

  /** Async results survive connections cut in the middle of their streams, as the blocking ones do. */
  @Test
  void reattachesThroughCutConnections() throws Exception {
    long n = 2_000_000;
    String expr = "id * 7919 % 1000003 AS v";
    Row expected = spark.range(n).selectExpr(expr).selectExpr("count(*)", "sum(v)").collectAsList().get(0);
    ConnectionString direct = ConnectionString.parse(TestServer.connectionString());
    int maxCuts = 3;
    try (CuttingProxy proxy = new CuttingProxy(direct.host(), direct.port(), 3L << 20, maxCuts);
        SparkSession viaProxy = SparkSession.builder().remote(ReattachIT.via(proxy.port())).create()) {
      List<Row> rows = viaProxy.range(n).selectExpr(expr).collectAsListAsync().get(120, TimeUnit.SECONDS);
      long sum = 0;
      for (Row r : rows) {
        sum += r.getLong(0);
      }
      assertEquals(expected.getLong(0), rows.size());
      assertEquals(expected.getLong(1), sum);
      Recording<ColumnarBatch> rec = new Recording<>(Long.MAX_VALUE);
      viaProxy.range(n).selectExpr(expr).toColumnarBatchPublisher().subscribe(rec);
      assertTrue(rec.done.await(120, TimeUnit.SECONDS));
      assertTrue(rec.completed.get(), String.valueOf(rec.error.get()));
      long sum2 = 0;
      long count2 = 0;
      for (ColumnarBatch b : rec.items) {
        for (int i = 0; i < b.numRows(); i++) {
          sum2 += b.column(0).getLong(i);
        }
        count2 += b.numRows();
      }
      assertEquals(expected.getLong(0), count2);
      assertEquals(expected.getLong(1), sum2);
      System.out.printf("AsyncIT: %d cuts, %d reattaches%n", proxy.cuts(), viaProxy.client().reattachCount());
      assertEquals(maxCuts, proxy.cuts(), "every planned cut happened");
      assertTrue(viaProxy.client().reattachCount() >= maxCuts, "reattached: " + viaProxy.client().reattachCount());
    }
  }

  /** Hundreds of pending queries on one session, and the JVM they run in has only a few dozen threads. */
  @Test
  void fiveHundredConcurrentQueriesOnFewThreads() throws Exception {
    Map<String, String> out = probe(List.of(), "concurrent", "500");
    assertEquals("500", out.get("queries"));
    assertEquals("50000", out.get("rows"));
    int peak = Integer.parseInt(out.get("peak-threads"));
    assertTrue(peak < 50, "peak live threads in the JVM: " + peak);
  }

  /**
   * A subscriber asking for one row at a time, a millisecond each, over 10 million rows (8 million
   * of them made at once, more Arrow data than the JVM's 64 MB heap) progresses in order, keeps
   * the heap small, and its cancellation stops the still-running query on the server.
   */
  @Test
  void slowSubscriberHoldsBoundedMemory() throws Exception {
    Map<String, String> out = probe(List.of("-Xmx64m"), "slow", "4000");
    assertEquals("4000", out.get("received"));
    assertEquals("null", out.get("problem"));
    assertEquals("false", out.get("terminated"), "no signal after cancel");
    long maxHeap = Long.parseLong(out.get("max-heap"));
    assertTrue(maxHeap < 32L << 20, "heap used after GC while reading: " + maxHeap);
    long freeMs = Long.parseLong(out.get("server-free-ms"));
    assertTrue(freeMs < 15_000, "a short query after the cancellation took " + freeMs + " ms");
    assertEquals("[]", out.get("left-running"));
  }

  /** Runs {@link AsyncProbe} in a JVM of its own and returns its {@code key value} lines. */
  private static Map<String, String> probe(List<String> jvmArgs, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(AsyncProbe.class.getName());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("PROBE_REMOTE", TestServer.connectionString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
        System.out.println("AsyncProbe " + args[0] + ": " + line);
      }
    }
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the probe did not end");
    String all = String.join("\n", lines);
    assertEquals(0, p.exitValue(), all);
    assertFalse(all.contains("FAIL"), all);
    Map<String, String> out = new HashMap<>();
    for (String line : lines) {
      int sp = line.indexOf(' ');
      if (sp > 0) {
        out.put(line.substring(0, sp), line.substring(sp + 1));
      }
    }
    return out;
  }

  /**
   * A subscriber that records everything and checks the rules it can see: signals never overlap,
   * no item beyond demand. It asks for {@code initial} items, and one more per item after that.
   */
  static final class Recording<T> implements Flow.Subscriber<T> {
    final List<T> items = new CopyOnWriteArrayList<>();
    final AtomicReference<Throwable> error = new AtomicReference<>();
    final AtomicBoolean completed = new AtomicBoolean();
    final AtomicBoolean overlapped = new AtomicBoolean();
    final AtomicLong beyondDemand = new AtomicLong();
    final CountDownLatch done = new CountDownLatch(1);
    /** The names of the threads signals came on. */
    final java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AtomicBoolean inSignal = new AtomicBoolean();
    private final long initial;
    /** Whether {@code onSubscribe} asks for nothing. */
    private boolean noDemand;
    private long outstanding;
    int cancelAfter = -1;
    private Flow.Subscription subscription;

    Recording(long initial) {
      this.initial = initial;
    }

    /** A subscriber that never requests anything. */
    static <T> Recording<T> withoutDemand() {
      Recording<T> r = new Recording<>(0);
      r.noDemand = true;
      return r;
    }

    private void enter() {
      threads.add(Thread.currentThread().getName());
      if (!inSignal.compareAndSet(false, true)) {
        overlapped.set(true);
      }
    }

    private void exit() {
      inSignal.set(false);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      enter();
      subscription = s;
      outstanding = initial;
      if (!noDemand) {
        s.request(initial);
      }
      exit();
    }

    @Override
    public void onNext(T item) {
      enter();
      items.add(item);
      if (outstanding != Long.MAX_VALUE && outstanding-- <= 0) {
        beyondDemand.incrementAndGet();
      }
      if (cancelAfter > 0 && items.size() == cancelAfter) {
        subscription.cancel();
        exit();
        done.countDown();
        return;
      }
      if (outstanding != Long.MAX_VALUE) {
        outstanding++;
        subscription.request(1);
      }
      exit();
    }

    @Override
    public void onError(Throwable t) {
      enter();
      error.set(t);
      exit();
      done.countDown();
    }

    @Override
    public void onComplete() {
      enter();
      completed.set(true);
      exit();
      done.countDown();
    }
  }
}
