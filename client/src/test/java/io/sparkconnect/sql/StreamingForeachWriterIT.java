package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.sql.streaming.StreamingQuery;
import io.sparkconnect.sql.streaming.StreamingQueryException;
import io.sparkconnect.sql.streaming.Trigger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code writeStream().foreach(ForeachWriter)} on a real server: the writer runs in the tasks of
 * each micro-batch (executor JVMs on the two-worker cluster) and leaves one file per partition and
 * epoch in a folder on this machine, which the test reads back (compat subset).
 */
@Tag("compat")
class StreamingForeachWriterIT {
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

  /**
   * A folder of {@code files} JSON files of {@code perFile} rows each (ids from 0), read as a
   * stream one file per micro-batch and split round-robin into two partitions.
   */
  private static DataFrame streamOf(String name, int files, int perFile) {
    String path = dir.resolve(name).toString();
    for (int f = 0; f < files; f++) {
      spark.range(f * perFile, (f + 1) * perFile).selectExpr("id", "CAST(id * 10 AS STRING) AS s").coalesce(1)
          .write().mode("append").json(path);
    }
    return spark.readStream().schema("id BIGINT, s STRING").option("maxFilesPerTrigger", 1L).json(path)
        .repartition(2);
  }

  private static void finish(StreamingQuery q) {
    try {
      assertTrue(q.awaitTermination(120_000), "the query did not finish within two minutes");
    } finally {
      q.stop();
    }
  }

  /** What one copy of the writer saw, as it recorded it. */
  record Record(long partition, long epoch, boolean opened, List<String> rows, String closedWith, String jvm) {}

  /** Every record left in {@code folder}, sorted by epoch, then partition. */
  private static List<Record> records(Path folder) throws IOException {
    List<Record> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).collect(Collectors.toList())) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        String[] open = lines.get(0).split(" ");
        String close = lines.get(lines.size() - 2);
        assertTrue(open[0].equals("open") && close.startsWith("close "), lines.toString());
        out.add(new Record(Long.parseLong(open[1]), Long.parseLong(open[2]), Boolean.parseBoolean(open[3]),
            lines.subList(1, lines.size() - 2), close.substring("close ".length()), lines.get(lines.size() - 1)));
      }
    }
    out.sort((a, b) -> a.epoch != b.epoch ? Long.compare(a.epoch, b.epoch) : Long.compare(a.partition, b.partition));
    return out;
  }

  /** Thrown by the failing writer: its name must reach the caller. */
  static final class WriterTestException extends RuntimeException {
    WriterTestException(String message) {
      super(message);
    }
  }

  /**
   * Records open, each value (as {@code show} renders it, {@code id,s}) and close into a new file
   * per copy in {@code folder} (the server and its executors run on this machine); opens only
   * partitions other than {@code skipPartition}; throws {@link WriterTestException} at id
   * {@code failAt}.
   */
  static final class RecordingWriter<T> extends ForeachWriter<T> {
    private final String folder;
    private final long skipPartition;
    private final long failAt;
    private final MapFunction<T, String> show;
    private transient StringBuilder lines;

    RecordingWriter(String folder, long skipPartition, long failAt, MapFunction<T, String> show) {
      this.folder = folder;
      this.skipPartition = skipPartition;
      this.failAt = failAt;
      this.show = show;
    }

    @Override
    public boolean open(long partitionId, long epochId) {
      boolean open = partitionId != skipPartition;
      lines = new StringBuilder("open " + partitionId + " " + epochId + " " + open + "\n");
      return open;
    }

    @Override
    public void process(T value) {
      String shown;
      try {
        shown = show.call(value);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      if (shown.startsWith(failAt + ",")) {
        throw new WriterTestException("writer test failure at id " + failAt);
      }
      lines.append(shown).append('\n');
    }

    @Override
    public void close(Throwable errorOrNull) {
      lines.append("close ").append(errorOrNull).append('\n');
      lines.append(ProcessHandle.current().info().commandLine().orElse("?")).append('\n');
      try {
        // Whole files only: a copy Spark aborts may close while the test reads the folder.
        String name = UUID.randomUUID().toString();
        Path tmp = Files.writeString(Path.of(folder, name + ".tmp"), lines, StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW);
        Files.move(tmp, Path.of(folder, name + ".txt"), StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static RecordingWriter<Row> rowWriter(Path folder, long skipPartition, long failAt) {
    return new RecordingWriter<>(folder.toString(), skipPartition, failAt, r -> r.getLong(0) + "," + r.getString(1));
  }

  /** A record read from the stream's rows by field name. */
  public record Item(String s, long id) {}

  /** The rows of epoch {@code e} of a stream of files of four rows: {@code id,s}. */
  private static List<String> epochRows(long e) {
    List<String> expected = new ArrayList<>();
    for (long id = e * 4; id < e * 4 + 4; id++) {
      expected.add(id + "," + id * 10);
    }
    return expected;
  }

  private static List<String> sortedById(List<String> rows) {
    List<String> seen = new ArrayList<>(rows);
    seen.sort(java.util.Comparator.comparingLong(s -> Long.parseLong(s.substring(0, s.indexOf(',')))));
    return seen;
  }

  @Test
  void eachPartitionOfEachEpochGetsItsOwnOpenedWriter() throws IOException {
    Path out = Files.createDirectories(dir.resolve("all-out"));
    StreamingQuery q = streamOf("all", 3, 4).writeStream()
        .foreach(rowWriter(out, -1, -1))
        .trigger(Trigger.AvailableNow()).start();
    finish(q);
    List<Record> records = records(out);
    // Three epochs (one file each) of two partitions: six copies, each opened and closed once.
    assertEquals(List.of("0/0", "0/1", "1/0", "1/1", "2/0", "2/1"),
        records.stream().map(r -> r.epoch + "/" + r.partition).collect(Collectors.toList()), records.toString());
    Map<Long, List<String>> rowsByEpoch = new TreeMap<>();
    for (Record r : records) {
      assertTrue(r.opened, r.toString());
      assertEquals("null", r.closedWith, r.toString());
      // Round-robin over four rows: two rows in each partition.
      assertEquals(2, r.rows.size(), r.toString());
      rowsByEpoch.computeIfAbsent(r.epoch, k -> new ArrayList<>()).addAll(r.rows);
    }
    for (long e = 0; e < 3; e++) {
      assertEquals(epochRows(e), sortedById(rowsByEpoch.get(e)), "epoch " + e);
    }
    if (Integer.getInteger("spark.test.workers", 0) > 0) {
      // On a cluster the writer runs in the executors, not in the driver (the Connect server).
      for (Record r : records) {
        assertTrue(r.jvm.contains("CoarseGrainedExecutorBackend"), "ran in " + r.jvm);
      }
    }
  }

  @Test
  void aPartitionWhoseOpenReturnsFalseIsSkippedButClosed() throws IOException {
    Path out = Files.createDirectories(dir.resolve("skip-out"));
    StreamingQuery q = streamOf("skip", 2, 4).writeStream()
        .foreach(rowWriter(out, 1, -1))
        .trigger(Trigger.AvailableNow()).start();
    finish(q);
    List<Record> records = records(out);
    assertEquals(4, records.size(), records.toString());
    for (Record r : records) {
      assertEquals("null", r.closedWith, r.toString());
      if (r.partition == 1) {
        assertFalse(r.opened, r.toString());
        assertEquals(List.of(), r.rows, r.toString());
      } else {
        assertTrue(r.opened, r.toString());
        assertEquals(2, r.rows.size(), r.toString());
      }
    }
  }

  @Test
  void anExceptionInProcessIsPassedToCloseAndFailsTheQuery() throws IOException {
    Path out = Files.createDirectories(dir.resolve("fail-out"));
    StreamingQuery q = streamOf("fail", 1, 4).writeStream()
        .foreach(rowWriter(out, -1, 2))
        .trigger(Trigger.AvailableNow()).start();
    try {
      StreamingQueryException e = assertThrows(StreamingQueryException.class, () -> q.awaitTermination(120_000));
      assertTrue(e.getMessage().contains(WriterTestException.class.getName() + ": writer test failure at id 2"),
          e.getMessage());
      String trace = q.exception().orElseThrow().getServerStackTraceText();
      assertTrue(trace != null && trace.contains("StreamingForeachWriterIT$RecordingWriter.process"),
          "the user's frame in the server's trace: " + trace);
    } finally {
      q.stop();
    }
    // The copy that met row 2 was closed with the user's exception (once per attempt of its task);
    // Spark may abort the batch's other task, whose copy is then closed with Spark's own exception.
    String users = WriterTestException.class.getName() + ": writer test failure at id 2";
    List<Record> all = records(out);
    List<Record> failed = all.stream().filter(r -> r.closedWith.equals(users)).collect(Collectors.toList());
    assertFalse(failed.isEmpty(), all.toString());
    for (Record r : all) {
      assertFalse(r.rows.contains("2,20"), r.toString());
    }
  }

  @Test
  void aTypedStreamWritesRecordsAndSingleValues() throws IOException {
    Path records = Files.createDirectories(dir.resolve("records-out"));
    // The record's components are in another order than the stream's columns: read by name.
    TypedDataFrame<Item> items = streamOf("records", 2, 4).as(Item.class);
    StreamingQuery q = items.writeStream()
        .foreach(new RecordingWriter<Item>(records.toString(), -1, -1, i -> i.id() + "," + i.s()))
        .trigger(Trigger.AvailableNow()).start();
    finish(q);
    Path longs = Files.createDirectories(dir.resolve("longs-out"));
    TypedDataFrame<Long> ids = streamOf("longs", 2, 4).select("id").as(Encoders.LONG());
    StreamingQuery q2 = ids.writeStream()
        .foreach(new RecordingWriter<Long>(longs.toString(), -1, -1, id -> id + "," + id * 10))
        .trigger(Trigger.AvailableNow()).start();
    finish(q2);
    for (Path out : List.of(records, longs)) {
      Map<Long, List<String>> rowsByEpoch = new TreeMap<>();
      List<Record> written = records(out);
      assertEquals(4, written.size(), written.toString());
      for (Record r : written) {
        assertEquals("null", r.closedWith, r.toString());
        rowsByEpoch.computeIfAbsent(r.epoch, k -> new ArrayList<>()).addAll(r.rows);
      }
      assertEquals(List.of(0L, 1L), List.copyOf(rowsByEpoch.keySet()), written.toString());
      for (long e = 0; e < 2; e++) {
        assertEquals(epochRows(e), sortedById(rowsByEpoch.get(e)), out + ", epoch " + e);
      }
    }
  }
}
