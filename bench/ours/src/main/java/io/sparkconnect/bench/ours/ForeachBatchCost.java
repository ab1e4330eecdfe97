package io.sparkconnect.bench.ours;

import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.streaming.StreamingQuery;
import io.sparkconnect.sql.streaming.Trigger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The cost of one {@code foreachBatch} micro-batch: a stream of {@code bench.batches} small files
 * (one per batch) written to the {@code noop} sink, then through a {@code foreachBatch} function
 * that does nothing and one that counts the batch (a query through the client connected back to
 * the server). Prints the milliseconds per batch of each (wall clock, and the server's time in the
 * sink), the median of {@code bench.rounds} runs after a warm-up run. Not a test; run by hand:
 *
 * <pre>{@code
 * mvn -B -q -o -Pbench -pl bench/ours,local -am package -DskipTests
 * mvn -B -q -o -pl local dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/tmp/local-cp.txt
 * java -cp "bench/ours/target/classes:$(cat bench/ours/target/runtime-classpath.txt):$(ls local/target/spark-connect-local-*.jar):$(cat /tmp/local-cp.txt)" \
 *     -Dbench.rounds=5 io.sparkconnect.bench.ours.ForeachBatchCost
 * }</pre>
 *
 * <p>Arguments: the connection string (default {@code SPARK_REMOTE}, else {@code local[2]}, which
 * needs {@code spark-connect-local} on the class path, as above).
 */
public final class ForeachBatchCost {
  private ForeachBatchCost() {}

  public static void main(String[] args) throws Exception {
    String remote = args.length > 0 ? args[0] : System.getenv().getOrDefault("SPARK_REMOTE", "local[2]");
    int batches = Integer.getInteger("bench.batches", 20);
    int rounds = Integer.getInteger("bench.rounds", 3);
    Path dir = Files.createTempDirectory("foreach-batch-cost");
    try (SparkSession spark = SparkSession.builder().remote(remote).getOrCreate()) {
      String path = dir.resolve("in").toString();
      for (int f = 0; f < batches; f++) {
        spark.range(f * 10L, f * 10L + 10).coalesce(1).write().mode("append").json(path);
      }
      System.out.printf(Locale.ROOT, "Spark %s, %d batches of 10 rows, median of %d runs after one warm-up%n",
          spark.version(), batches, rounds);
      String[] kinds = {"noop sink", "foreachBatch, empty function", "foreachBatch, batch.count()"};
      for (int k = 0; k < kinds.length; k++) {
        double[] perBatch = new double[rounds];
        double[] sink = new double[rounds];
        for (int r = -1; r < rounds; r++) {
          double[] ms = run(spark, path, k, dir.resolve("chk-" + k + "-" + (r + 1)).toString());
          if (r >= 0) {
            perBatch[r] = ms[0] / batches;
            sink[r] = ms[1];
          }
        }
        java.util.Arrays.sort(perBatch);
        java.util.Arrays.sort(sink);
        System.out.printf(Locale.ROOT, "%-32s %8.1f ms per batch (wall clock), %8.1f ms in the sink (addBatch)%n",
            kinds[k], perBatch[rounds / 2], sink[rounds / 2]);
      }
    }
  }

  /**
   * Runs the whole stream once; returns the wall-clock milliseconds and the median time per batch
   * the server spent in the sink (progress {@code durationMs.addBatch}: for foreachBatch, publishing
   * the batch and running the function through the loopback client).
   */
  private static double[] run(SparkSession spark, String path, int kind, String checkpoint) throws Exception {
    DataFrame in = spark.readStream().schema("id BIGINT").option("maxFilesPerTrigger", 1L).json(path);
    var writer = in.writeStream().option("checkpointLocation", checkpoint).trigger(Trigger.AvailableNow());
    switch (kind) {
      case 0: writer.format("noop"); break;
      case 1: writer.foreachBatch((batch, id) -> { }); break;
      default: writer.foreachBatch((batch, id) -> batch.count()); break;
    }
    long start = System.nanoTime();
    StreamingQuery q = writer.start();
    if (!q.awaitTermination(600_000)) {
      q.stop();
      throw new IllegalStateException("the stream did not finish in ten minutes");
    }
    double wall = (System.nanoTime() - start) / 1e6;
    double[] sink = java.util.Arrays.stream(q.recentProgress()).filter(p -> p.durationMs().containsKey("addBatch"))
        .mapToDouble(p -> p.durationMs().getOrDefault("addBatch", 0L)).sorted().toArray();
    return new double[] {wall, sink.length == 0 ? Double.NaN : sink[sink.length / 2]};
  }
}
