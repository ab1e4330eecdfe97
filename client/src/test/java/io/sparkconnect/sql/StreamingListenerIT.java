package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sparkconnect.sql.streaming.StreamingQuery;
import io.sparkconnect.sql.streaming.StreamingQueryListener;
import io.sparkconnect.sql.streaming.Trigger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming query listeners called in the client with the events a real server sends (compat
 * subset: Spark 4.0 and later send them; Spark 3.5 refuses the registration clearly).
 */
@Tag("compat")
class StreamingListenerIT {
  static SparkSession spark;
  @TempDir static Path dir;

  @BeforeAll
  static void open() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void close() {
    spark.close();
  }

  /** Records every event with the thread that delivered it. */
  static final class Recorder extends StreamingQueryListener {
    final List<Object> events = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void onQueryStarted(QueryStartedEvent event) {
      events.add(event);
      threads.add(Thread.currentThread().getName());
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
      events.add(event);
      threads.add(Thread.currentThread().getName());
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {
      events.add(event);
      threads.add(Thread.currentThread().getName());
    }

    <T> List<T> of(Class<T> type) {
      List<T> out = new ArrayList<>();
      for (Object e : events) {
        if (type.isInstance(e)) {
          out.add(type.cast(e));
        }
      }
      return out;
    }
  }

  /** Throws on every event: the others must still be called. */
  static final class Failing extends StreamingQueryListener {
    @Override
    public void onQueryStarted(QueryStartedEvent event) {
      throw new IllegalStateException("listener failure on start");
    }

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
      throw new IllegalStateException("listener failure on progress");
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {
      throw new IllegalStateException("listener failure on termination");
    }
  }

  private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  /** A folder of JSON files holding {@code n} rows, read as a stream. */
  private static DataFrame streamOf(String name, int n) {
    String path = dir.resolve(name).toString();
    spark.range(n).selectExpr("id", "CAST(id AS STRING) AS s").coalesce(1).write().json(path);
    return spark.readStream().schema("id BIGINT, s STRING").format("json").load(path);
  }

  @Test
  void listenerReceivesStartedProgressAndTerminatedEvents() throws Exception {
    if (!TestServer.serverAtLeast(spark, 4, 0)) {
      SparkConnectException e = assertThrows(SparkConnectException.class,
          () -> spark.streams().addListener(new Recorder()));
      assertEquals("UNSUPPORTED_BY_SERVER_VERSION", e.getCondition());
      assertTrue(e.getMessage().contains("StreamingQueryManager.addListener needs Spark 4.0 or later")
          && e.getMessage().contains(spark.version()), e.getMessage());
      assertEquals(0, spark.streams().listListeners().length);
      assertEquals(1, spark.range(1).count(), "the session stays usable");
      return;
    }
    Failing failing = new Failing();
    Recorder rec = new Recorder();
    spark.streams().addListener(failing);
    spark.streams().addListener(rec);
    assertArrayEquals(new StreamingQueryListener[] {failing, rec}, spark.streams().listListeners());
    StreamingQuery q = null;
    try {
      q = streamOf("seven", 7).writeStream().format("memory").queryName("listened")
          .trigger(Trigger.AvailableNow()).start();
      // The started event is delivered before start() returns, in the caller's thread.
      List<StreamingQueryListener.QueryStartedEvent> started = rec.of(StreamingQueryListener.QueryStartedEvent.class);
      assertEquals(1, started.size(), rec.events.toString());
      assertEquals(Thread.currentThread().getName(), rec.threads.get(0));
      assertEquals(q.id(), started.get(0).id());
      assertEquals(q.runId(), started.get(0).runId());
      assertEquals("listened", started.get(0).name());
      assertTrue(started.get(0).timestamp().matches("\\d{4}-\\d\\d-\\d\\dT.*"), started.get(0).timestamp());

      awaitFinished(q);
      waitFor(() -> !rec.of(StreamingQueryListener.QueryTerminatedEvent.class).isEmpty(), "the terminated event");
      List<StreamingQueryListener.QueryProgressEvent> progress = rec.of(StreamingQueryListener.QueryProgressEvent.class);
      assertFalse(progress.isEmpty(), rec.events.toString());
      long rows = 0;
      for (StreamingQueryListener.QueryProgressEvent p : progress) {
        assertEquals(q.id(), p.progress().id());
        assertEquals(q.runId(), p.progress().runId());
        assertEquals("listened", p.progress().name());
        rows += p.progress().numInputRows();
      }
      assertEquals(7, rows, "rows over all progress events");
      StreamingQueryListener.QueryTerminatedEvent terminated =
          rec.of(StreamingQueryListener.QueryTerminatedEvent.class).get(0);
      assertEquals(q.id(), terminated.id());
      assertEquals(q.runId(), terminated.runId());
      assertFalse(terminated.exception().isPresent(), terminated.json());
      // Progress and termination come in order, after the start, on the session's listener thread.
      assertTrue(rec.events.get(rec.events.size() - 1) instanceof StreamingQueryListener.QueryTerminatedEvent);
      for (String t : rec.threads.subList(1, rec.threads.size())) {
        assertNotEquals(Thread.currentThread().getName(), t);
        assertTrue(t.startsWith("spark-connect-streaming-listeners-"), t);
      }
      assertEquals(7, spark.table("listened").count());
    } finally {
      if (q != null) {
        q.stop();
      }
      spark.streams().removeListener(failing);
      spark.streams().removeListener(rec);
    }
    assertEquals(0, spark.streams().listListeners().length);
  }

  @Test
  void failedQueryReportsItsErrorAndRemovedListenersHearNothing() throws Exception {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "Spark 3.5 refuses listeners (checked above)");
    Recorder removed = new Recorder();
    Recorder rec = new Recorder();
    spark.streams().addListener(removed);
    spark.streams().addListener(rec);
    spark.streams().removeListener(removed);
    spark.streams().removeListener(new Recorder()); // never registered: nothing happens
    assertArrayEquals(new StreamingQueryListener[] {rec}, spark.streams().listListeners());
    StreamingQuery q = streamOf("failing", 3)
        .selectExpr("CASE WHEN id = 2 THEN raise_error('listener test failure') ELSE id END AS id")
        .writeStream().format("memory").queryName("failing_listened").trigger(Trigger.AvailableNow()).start();
    try {
      waitFor(() -> !rec.of(StreamingQueryListener.QueryTerminatedEvent.class).isEmpty(), "the terminated event");
      StreamingQueryListener.QueryTerminatedEvent t = rec.of(StreamingQueryListener.QueryTerminatedEvent.class).get(0);
      assertEquals(q.id(), t.id());
      assertTrue(t.exception().isPresent() && t.exception().get().contains("listener test failure"), t.json());
      assertTrue(removed.events.isEmpty(), removed.events.toString());
    } finally {
      q.stop();
      spark.streams().removeListener(rec);
    }

    // A new first listener opens a new bus.
    Recorder again = new Recorder();
    spark.streams().addListener(again);
    try {
      StreamingQuery q2 = streamOf("again", 2).writeStream().format("memory").queryName("listened_again")
          .trigger(Trigger.AvailableNow()).start();
      awaitFinished(q2);
      waitFor(() -> !again.of(StreamingQueryListener.QueryTerminatedEvent.class).isEmpty(), "the terminated event");
      assertEquals(q2.id(), again.of(StreamingQueryListener.QueryStartedEvent.class).get(0).id());
      assertEquals(2, again.of(StreamingQueryListener.QueryProgressEvent.class).stream()
          .mapToLong(e -> e.progress().numInputRows()).sum());
    } finally {
      spark.streams().removeListener(again);
    }
    assertEquals(1, rec.of(StreamingQueryListener.QueryStartedEvent.class).size(), "removed: no second start");
  }

  @Test
  void closingTheSessionEndsTheListenerThread() throws Exception {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "Spark 3.5 refuses listeners (checked above)");
    SparkSession other = spark.newSession();
    String thread = "spark-connect-streaming-listeners-" + other.sessionId();
    other.streams().addListener(new Recorder());
    assertTrue(threadAlive(thread));
    other.close();
    waitFor(() -> !threadAlive(thread), "the listener thread to end");
    assertEquals(0, other.streams().listListeners().length);
    assertThrows(IllegalStateException.class, () -> other.streams().addListener(new Recorder()));
  }

  private static boolean threadAlive(String name) {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
  }

  /** Waits for an available-now query to finish its data. */
  private static void awaitFinished(StreamingQuery q) {
    assertTrue(q.awaitTermination(60_000), "the query did not finish within a minute");
  }
}
