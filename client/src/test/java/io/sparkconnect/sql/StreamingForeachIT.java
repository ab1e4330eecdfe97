package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sparkconnect.sql.streaming.StreamingQuery;
import io.sparkconnect.sql.streaming.StreamingQueryException;
import io.sparkconnect.sql.streaming.Trigger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code foreachBatch} and {@code foreach}: the user's code runs on a real server (in its driver,
 * with this client connected back), and what it wrote is read back here (compat subset).
 */
@Tag("compat")
class StreamingForeachIT {
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

  /** A folder of {@code files} JSON files of {@code perFile} rows each (ids from 0), read as a stream. */
  private static DataFrame streamOf(String name, int files, int perFile) {
    String path = dir.resolve(name).toString();
    for (int f = 0; f < files; f++) {
      spark.range(f * perFile, (f + 1) * perFile).selectExpr("id", "CAST(id * 10 AS STRING) AS s").coalesce(1)
          .write().mode("append").json(path);
    }
    return spark.readStream().schema("id BIGINT, s STRING").option("maxFilesPerTrigger", 1L).json(path);
  }

  private static void finish(StreamingQuery q) {
    try {
      assertTrue(q.awaitTermination(120_000), "the query did not finish within two minutes");
    } finally {
      q.stop();
    }
  }

  @Test
  void foreachBatchWritesEachBatchToATable() {
    spark.sql("DROP TABLE IF EXISTS foreach_batch_out");
    try {
      StreamingQuery q = streamOf("batches", 3, 4).writeStream()
          .foreachBatch((batch, batchId) -> batch.selectExpr("id", "s", batchId + " AS batch_id")
              .write().mode("append").saveAsTable("foreach_batch_out"))
          .trigger(Trigger.AvailableNow()).start();
      finish(q);
      List<Row> rows = spark.sql("SELECT id, s, batch_id FROM foreach_batch_out ORDER BY id").collectAsList();
      assertEquals(12, rows.size(), rows.toString());
      Map<Long, List<Long>> idsByBatch = new TreeMap<>();
      for (int i = 0; i < 12; i++) {
        Row r = rows.get(i);
        assertEquals(i, r.getLong(0));
        assertEquals(String.valueOf(i * 10), r.getString(1));
        idsByBatch.computeIfAbsent(r.getLong(2), k -> new java.util.ArrayList<>()).add(r.getLong(0));
      }
      // One file per trigger: three batches, numbered from 0, of four rows each.
      assertEquals(List.of(0L, 1L, 2L), List.copyOf(idsByBatch.keySet()), idsByBatch.toString());
      idsByBatch.values().forEach(ids -> assertEquals(4, ids.size(), idsByBatch.toString()));
    } finally {
      spark.sql("DROP TABLE IF EXISTS foreach_batch_out");
    }
  }

  @Test
  void foreachBatchSeesTheSessionAndCapturedValues() {
    spark.sql("DROP TABLE IF EXISTS foreach_batch_sums");
    long offset = 1000;
    String table = "foreach_batch_sums";
    try {
      StreamingQuery q = streamOf("captured", 2, 3).writeStream()
          .foreachBatch((batch, batchId) -> {
            long n = batch.count();
            batch.sparkSession().sql("SELECT " + (offset + batchId) + " AS k, " + n + " AS n")
                .write().mode("append").saveAsTable(table);
          })
          .trigger(Trigger.AvailableNow()).start();
      finish(q);
      List<String> rows = spark.sql("SELECT k, n FROM foreach_batch_sums ORDER BY k").collectAsList().stream()
          .map(r -> r.getLong(0) + ":" + r.getLong(1)).collect(Collectors.toList());
      assertEquals(List.of("1000:3", "1001:3"), rows);
    } finally {
      spark.sql("DROP TABLE IF EXISTS foreach_batch_sums");
    }
  }

  @Test
  void batchesShareOneClientSessionUntilTheFunctionClosesIt() {
    spark.sql("DROP TABLE IF EXISTS foreach_batch_clients");
    String table = "foreach_batch_clients";
    try {
      StreamingQuery q = streamOf("clients", 4, 1).writeStream()
          .foreachBatch((batch, batchId) -> {
            SparkSession client = batch.sparkSession();
            client.sql("SELECT " + batchId + " AS b, " + System.identityHashCode(client) + " AS client")
                .write().mode("append").saveAsTable(table);
            if (batchId == 1) {
              client.close();
            }
          })
          .trigger(Trigger.AvailableNow()).start();
      finish(q);
      List<Row> rows = spark.sql("SELECT b, client FROM foreach_batch_clients ORDER BY b").collectAsList();
      assertEquals(List.of(0L, 1L, 2L, 3L), rows.stream().map(r -> r.getLong(0)).collect(Collectors.toList()));
      // Batches 0 and 1 ran with one client; batch 1 closed it, so 2 and 3 share a new one.
      assertEquals(rows.get(0).getInt(1), rows.get(1).getInt(1), rows.toString());
      assertEquals(rows.get(2).getInt(1), rows.get(3).getInt(1), rows.toString());
      assertTrue(rows.get(1).getInt(1) != rows.get(2).getInt(1), rows.toString());
    } finally {
      spark.sql("DROP TABLE IF EXISTS foreach_batch_clients");
    }
  }

  @Test
  void aFailingFunctionFailsTheQueryWithItsMessage() {
    StreamingQuery q = streamOf("failing", 1, 2).writeStream()
        .foreachBatch((batch, batchId) -> {
          throw new IllegalStateException("foreachBatch test failure in batch " + batchId);
        })
        .trigger(Trigger.AvailableNow()).start();
    try {
      StreamingQueryException e = assertThrows(StreamingQueryException.class, () -> q.awaitTermination(120_000));
      assertTrue(e.getMessage().contains("foreachBatch test failure in batch 0"), e.getMessage());
      assertTrue(e.getMessage().contains("java.lang.IllegalStateException: foreachBatch test failure"), e.getMessage());
      String trace = q.exception().orElseThrow().getServerStackTraceText();
      assertTrue(trace != null && trace.contains("StreamingForeachIT"), "the user's frame in the server's trace: " + trace);
    } finally {
      q.stop();
    }
  }

  /** Not serializable: a foreachBatch function capturing it is refused before anything is sent. */
  static final class Unserializable {
    final int n = 1;
  }

  @Test
  void aFunctionCapturingSomethingUnserializableIsRefusedBeforeStarting() {
    Unserializable u = new Unserializable();
    int before = spark.streams().active().length;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> streamOf("refused", 1, 1)
        .writeStream().foreachBatch((batch, batchId) -> System.out.println(u.n)).start());
    assertTrue(e.getMessage().contains(Unserializable.class.getName()), e.getMessage());
    assertEquals(before, spark.streams().active().length);
    assertThrows(IllegalArgumentException.class, () -> spark.range(1).writeStream().foreachBatch(null));
    assertThrows(IllegalArgumentException.class, () -> spark.range(1).writeStream().foreach(null));
  }

  @Test
  void foreachBatchWorksInASessionThatAlsoShipsUdfs() {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "lambda UDFs need Spark 4 here");
    SparkSession other = spark.newSession();
    try {
      // The UDF ships this client's classes as a session jar, which then also holds the runner.
      io.sparkconnect.sql.expressions.UserDefinedFunction plusOne =
          functions.udf((io.sparkconnect.sql.api.java.UDF1<Long, Long>) x -> x + 1, io.sparkconnect.sql.types.DataTypes.LongType);
      assertEquals(List.of(1L, 2L), other.range(2).select(plusOne.apply(functions.col("id"))).collectAsList().stream()
          .map(r -> r.getLong(0)).collect(Collectors.toList()));
      other.sql("DROP TABLE IF EXISTS foreach_batch_udf");
      String path = dir.resolve("with-udf").toString();
      other.range(5).selectExpr("id", "CAST(id AS STRING) AS s").coalesce(1).write().json(path);
      StreamingQuery q = other.readStream().schema("id BIGINT, s STRING").json(path).writeStream()
          .foreachBatch((batch, batchId) -> batch.selectExpr("id * 2 AS twice").write().mode("append")
              .saveAsTable("foreach_batch_udf"))
          .trigger(Trigger.AvailableNow()).start();
      finish(q);
      assertEquals(List.of(0L, 2L, 4L, 6L, 8L), other.sql("SELECT twice FROM foreach_batch_udf ORDER BY twice")
          .collectAsList().stream().map(r -> r.getLong(0)).collect(Collectors.toList()));
    } finally {
      other.sql("DROP TABLE IF EXISTS foreach_batch_udf");
      other.close();
    }
  }

  /** Appends each row's values to one file per batch, on the server's file system (this machine). */
  static final class FileWriter extends ForeachWriter<Row> {
    private final String folder;
    private transient StringBuilder lines;
    private transient long epoch;

    FileWriter(String folder) {
      this.folder = folder;
    }

    @Override
    public boolean open(long partitionId, long epochId) {
      lines = new StringBuilder("open " + partitionId + " " + epochId + "\n");
      epoch = epochId;
      return true;
    }

    @Override
    public void process(Row value) {
      lines.append(value.getLong(0)).append(',').append(value.getString(1)).append('\n');
    }

    @Override
    public void close(Throwable errorOrNull) {
      lines.append("close ").append(errorOrNull).append('\n');
      try {
        Files.writeString(Path.of(folder, "batch-" + epoch + ".txt"), lines, StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void foreachWriterGetsEveryRowOfEachBatch() throws IOException {
    Path out = Files.createDirectories(dir.resolve("writer-out"));
    StreamingQuery q = streamOf("written", 2, 2).writeStream().foreach(new FileWriter(out.toString()))
        .trigger(Trigger.AvailableNow()).start();
    finish(q);
    assertEquals("open 0 0\n0,0\n1,10\nclose null\n", Files.readString(out.resolve("batch-0.txt")));
    assertEquals("open 0 1\n2,20\n3,30\nclose null\n", Files.readString(out.resolve("batch-1.txt")));
    try (var files = Files.list(out)) {
      assertEquals(2, files.count());
    }
  }
}
