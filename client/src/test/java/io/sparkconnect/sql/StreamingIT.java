package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.streaming.OutputMode;
import io.sparkconnect.sql.streaming.StreamingQuery;
import io.sparkconnect.sql.streaming.StreamingQueryException;
import io.sparkconnect.sql.streaming.StreamingQueryProgress;
import io.sparkconnect.sql.streaming.StreamingQueryStatus;
import io.sparkconnect.sql.streaming.Trigger;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming queries started, watched, stopped and failed on a real server (in the compat subset:
 * the same on Spark 3.5, 4.0 and a standalone cluster).
 */
@Tag("compat")
class StreamingIT {
  static SparkSession spark;

  @BeforeAll
  static void open() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void close() {
    spark.close();
  }

  private static void stopQuietly(StreamingQuery q) {
    if (q != null) {
      try {
        q.stop();
      } catch (RuntimeException e) {
        // The test's own failure is the one worth reporting.
      }
    }
  }

  /** What {@code action} prints to standard output. */
  private static String printed(Runnable action) {
    java.io.PrintStream old = System.out;
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<UUID> activeIds() {
    return Arrays.stream(spark.streams().active()).map(StreamingQuery::id).collect(Collectors.toList());
  }

  @Test
  void rateToMemoryIsWatchedFoundAndStopped() {
    DataFrame rates = spark.readStream().format("rate").option("rowsPerSecond", 20L).option("numPartitions", 1L).load();
    assertTrue(rates.isStreaming());
    assertFalse(spark.range(3).isStreaming());
    StreamingQuery q = null;
    try {
      q = rates.writeStream().format("memory").queryName("it_rates").outputMode(OutputMode.Append())
          .trigger(Trigger.ProcessingTime(200)).start();
      assertEquals("it_rates", q.name());
      assertNotNull(q.id());
      assertNotNull(q.runId());
      assertTrue(q.isActive());

      // Wait for data: the rate source produces rows as time passes.
      long deadline = System.nanoTime() + 60_000_000_000L;
      StreamingQueryProgress last = q.lastProgress();
      while ((last == null || Arrays.stream(q.recentProgress()).mapToLong(StreamingQueryProgress::numInputRows).sum() == 0)
          && System.nanoTime() < deadline) {
        q.processAllAvailable();
        last = q.lastProgress();
      }
      assertNotNull(last, "no progress after a minute");
      assertEquals(q.id(), last.id());
      assertEquals(q.runId(), last.runId());
      assertEquals("it_rates", last.name());
      assertTrue(last.batchId() >= 0);
      assertNotNull(last.timestamp());
      assertTrue(last.durationMs().containsKey("triggerExecution"), last.json());
      assertTrue(last.json().contains("\"numInputRows\""), last.json());

      StreamingQueryStatus status = q.status();
      assertFalse(status.message().isEmpty());
      assertTrue(status.json().contains("\"message\""), status.json());

      assertTrue(activeIds().contains(q.id()), activeIds().toString());
      StreamingQuery found = spark.streams().get(q.id());
      assertNotNull(found);
      assertEquals("it_rates", found.name());
      assertEquals(q.runId(), found.runId());
      assertEquals(q.id(), spark.streams().get(q.id().toString()).id());
      assertNull(spark.streams().get(UUID.randomUUID()));

      String plan = printed(() -> found.explain());
      assertTrue(plan.contains("Physical Plan"), plan);
      String extended = printed(() -> found.explain(true));
      assertTrue(extended.contains("Logical Plan"), extended);

      // Still running: a bounded wait times out.
      assertFalse(q.awaitTermination(500));
      assertTrue(q.exception().isEmpty());
      // Queries of other tests may have stopped already: forget them, then none has stopped.
      spark.streams().resetTerminated();
      assertFalse(spark.streams().awaitAnyTermination(200));

      q.stop();
      assertFalse(q.isActive());
      assertTrue(spark.streams().awaitAnyTermination(1000));
      assertFalse(activeIds().contains(q.id()));
      assertNull(spark.streams().get(q.id()), "get() finds only active queries");
      assertTrue(q.awaitTermination(1000));
      assertTrue(q.exception().isEmpty());

      // Every row the batches reported reached the sink, once, and the rate source numbers rows
      // 0, 1, 2, ... A batch that stop() interrupted after the sink committed it may have no
      // progress entry (seen on Spark 3.5), so the sink can hold more rows than were reported.
      long reported = Arrays.stream(q.recentProgress()).mapToLong(StreamingQueryProgress::numInputRows).sum();
      assertTrue(reported > 0);
      Row r = spark.sql("SELECT count(*), count(DISTINCT value), min(value), max(value) FROM it_rates").first();
      long stored = r.getLong(0);
      assertTrue(stored >= reported, stored + " rows stored, " + reported + " reported");
      assertEquals(stored, r.getLong(1));
      assertEquals(0L, r.getLong(2));
      assertEquals(stored - 1, r.getLong(3));
    } finally {
      stopQuietly(q);
    }
  }

  @Test
  void fileSourceWithAvailableNowDeliversEveryRow(@TempDir Path dir) {
    String in = dir.resolve("in").toString();
    DataFrame source = spark.range(0, 37).selectExpr("id", "concat('row-', id) AS s");
    source.write().json(in);
    StructType schema = new StructType().add("id", DataTypes.LongType).add("s", DataTypes.StringType);
    StreamingQuery q = null;
    try {
      q = spark.readStream().schema(schema).option("maxFilesPerTrigger", 1L).json(in)
          .writeStream().format("memory").queryName("it_files").trigger(Trigger.AvailableNow()).start();
      assertTrue(q.awaitTermination(120_000), "AvailableNow query did not finish");
      assertFalse(q.isActive());
      assertTrue(q.exception().isEmpty());
      List<Row> expected = spark.read().schema(schema).json(in).orderBy("id").collectAsList();
      List<Row> streamed = spark.sql("SELECT id, s FROM it_files ORDER BY id").collectAsList();
      assertEquals(37, expected.size());
      assertEquals(expected.stream().map(Row::toString).collect(Collectors.toList()),
          streamed.stream().map(Row::toString).collect(Collectors.toList()));
      assertEquals("row-36", streamed.get(36).getString(1));
      long reported = Arrays.stream(q.recentProgress()).mapToLong(StreamingQueryProgress::numInputRows).sum();
      assertEquals(37, reported);
    } finally {
      stopQuietly(q);
    }
  }

  @Test
  void fileSinkAndTableSinkWriteWhatTheSourceHas(@TempDir Path dir) {
    String in = dir.resolve("in").toString();
    spark.range(0, 12).selectExpr("id", "id % 3 AS k").write().parquet(in);
    StructType schema = new StructType().add("id", DataTypes.LongType).add("k", DataTypes.LongType);
    String out = dir.resolve("out").toString();
    StreamingQuery toFiles = null;
    StreamingQuery toTable = null;
    try {
      toFiles = spark.readStream().schema(schema).parquet(in).writeStream().format("parquet")
          .option("checkpointLocation", dir.resolve("chk1").toString()).partitionBy("k")
          .trigger(Trigger.AvailableNow()).start(out);
      toFiles.awaitTermination();
      Row r = spark.read().parquet(out).selectExpr("count(*)", "sum(id)", "count(DISTINCT k)").first();
      assertArrayEquals(new Object[] {12L, 66L, 3L}, new Object[] {r.getLong(0), r.getLong(1), r.getLong(2)});

      spark.sql("DROP TABLE IF EXISTS it_stream_table");
      toTable = spark.readStream().schema(schema).parquet(in).writeStream()
          .option("checkpointLocation", dir.resolve("chk2").toString())
          .trigger(Trigger.AvailableNow()).toTable("it_stream_table");
      toTable.awaitTermination();
      Row t = spark.table("it_stream_table").selectExpr("count(*)", "sum(id)").first();
      assertEquals(12L, t.getLong(0));
      assertEquals(66L, t.getLong(1));
    } finally {
      stopQuietly(toFiles);
      stopQuietly(toTable);
      spark.sql("DROP TABLE IF EXISTS it_stream_table");
    }
  }

  @Test
  void aFailedQueryThrowsStreamingQueryException() {
    StreamingQuery q = null;
    try {
      q = spark.readStream().format("rate").option("rowsPerSecond", 10L).load()
          .selectExpr("assert_true(value < 0, 'it_stream_boom') AS ok")
          .writeStream().format("memory").queryName("it_failing").start();
      StreamingQuery failing = q;
      StreamingQueryException e = assertThrows(StreamingQueryException.class, failing::awaitTermination);
      assertTrue(e.getMessage().contains("it_stream_boom"), e.getMessage());
      assertEquals("STREAM_FAILED", e.getCondition());
      assertFalse(q.isActive());
      Optional<StreamingQueryException> reported = q.exception();
      assertTrue(reported.isPresent());
      assertTrue(reported.get().getMessage().contains("it_stream_boom"), reported.get().getMessage());
      assertEquals("STREAM_FAILED", reported.get().getCondition());
      assertNotNull(reported.get().getServerStackTraceText());
      assertFalse(reported.get().getServerStackTraceText().isBlank());
      // Asking again with a timeout reports the same failure.
      StreamingQueryException again = assertThrows(StreamingQueryException.class, () -> failing.awaitTermination(100));
      assertTrue(again.getMessage().contains("it_stream_boom"), again.getMessage());
    } finally {
      stopQuietly(q);
    }
  }

  @Test
  void streamingOnlyRulesAreTheServers() {
    DataFrame rates = spark.readStream().format("rate").load();
    // A batch action on a streaming DataFrame fails on the server, with its message.
    SparkConnectException e = assertThrows(SparkConnectException.class, () -> rates.collectAsList());
    assertTrue(e.getMessage().contains("writeStream"), e.getMessage());
    // An aggregation cannot be written in append mode without a watermark.
    SparkConnectException mode = assertThrows(SparkConnectException.class, () -> rates.groupBy("value").count()
        .writeStream().format("memory").queryName("it_bad_mode").outputMode("append").start());
    assertTrue(mode.getMessage().toLowerCase().contains("append"), mode.getMessage());
  }
}
