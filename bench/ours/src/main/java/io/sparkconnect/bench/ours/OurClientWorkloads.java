package io.sparkconnect.bench.ours;

import io.sparkconnect.sql.CloseableIterator;
import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.RowFactory;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.vectorized.ColumnVector;
import io.sparkconnect.sql.vectorized.ColumnarBatch;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark workloads on this project's client, one workload per JVM. Usage: {@code
 * <workload> <warmups> <runs>}, the connection string in the {@code BENCH_REMOTE} environment
 * variable (so the token stays off the command line). Prints {@code RESULT <key> <value>} lines
 * that the bench driver collects; the same keys as Spark's side (bench/spark-client).
 */
public final class OurClientWorkloads {
  static final int W2_ROWS = 2_000_000;
  static final int W3_QUERIES = 300;
  static final int W4_ROWS = 500_000;
  static final int W5_ROWS = 10_000_000;

  private OurClientWorkloads() {}

  public static void main(String[] args) throws Exception {
    String workload = args[0];
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    String remote = System.getenv("BENCH_REMOTE");
    if (workload.equals("W1")) {
      coldStart(remote);
      return;
    }
    if (workload.equals("W0") || workload.equals("W3raw")) {
      RawFloor.main(workload, remote, warmups, runs);
      return;
    }
    try (SparkSession spark = SparkSession.builder().remote(remote).create()) {
      for (int i = 0; i < warmups + runs; i++) {
        boolean measured = i >= warmups;
        switch (workload) {
          case "W2" -> report(measured, "ms", timed(() -> collectRows(spark)));
          case "W2c" -> report(measured, "ms", timed(() -> collectColumns(spark)));
          case "W3" -> smallQueries(spark, measured);
          case "W4" -> upload(spark, measured);
          case "W5" -> report(measured, "ms", timed(() -> stream(spark)));
          case "U1" -> udf(spark, i == 0, measured);
          case "U2" -> mapRecord(spark, i == 0, measured);
          default -> throw new IllegalArgumentException("unknown workload " + workload);
        }
      }
    }
    System.exit(0);
  }

  private static void coldStart(String remote) {
    try (SparkSession spark = SparkSession.builder().remote(remote).create()) {
      Row[] rows = spark.sql("SELECT 1").collect();
      if (rows.length != 1 || rows[0].getInt(0) != 1) {
        throw new IllegalStateException("unexpected SELECT 1 result");
      }
    }
    System.exit(0);
  }

  /** W2 read a column at a time through {@code toColumnarBatches()}: the same values, the same checksum. */
  private static String collectColumns(SparkSession spark) {
    DataFrame df = spark.range(W2_ROWS)
        .selectExpr("id", "id * 1.5 AS d", "concat('s', CAST(id AS STRING)) AS s");
    long rows = 0;
    long ids = 0;
    double ds = 0;
    long chars = 0;
    try (CloseableIterator<ColumnarBatch> batches = df.toColumnarBatches()) {
      while (batches.hasNext()) {
        ColumnarBatch b = batches.next();
        int n = b.numRows();
        ColumnVector id = b.column(0);
        ColumnVector d = b.column(1);
        ColumnVector s = b.column(2);
        for (int i = 0; i < n; i++) {
          ids += id.getLong(i);
        }
        for (int i = 0; i < n; i++) {
          ds += d.getDecimal(i).doubleValue();
        }
        for (int i = 0; i < n; i++) {
          chars += s.getString(i).length();
        }
        rows += n;
      }
    }
    return rows + "/" + ids + "/" + (long) ds + "/" + chars;
  }

  private static String collectRows(SparkSession spark) {
    DataFrame df = spark.range(W2_ROWS)
        .selectExpr("id", "id * 1.5 AS d", "concat('s', CAST(id AS STRING)) AS s");
    List<Row> rows = df.collectAsList();
    long ids = 0;
    double ds = 0;
    long chars = 0;
    for (Row r : rows) {
      ids += r.getLong(0);
      ds += r.getDecimal(1).doubleValue(); // id * 1.5 is decimal(23,1) in Spark SQL
      chars += r.getString(2).length();
    }
    return rows.size() + "/" + ids + "/" + (long) ds + "/" + chars;
  }

  private static void smallQueries(SparkSession spark, boolean measured) {
    DataFrame df = spark.range(10);
    for (int q = 0; q < W3_QUERIES; q++) {
      long t0 = System.nanoTime();
      long n = df.count();
      long t1 = System.nanoTime();
      if (n != 10) {
        throw new IllegalStateException("count " + n);
      }
      report(measured, "lat_ms", (t1 - t0) / 1e6);
    }
  }

  /** Calls {@code createDataFrame(List<Row>, StructType)} if this client has it (it may not yet). */
  private static void upload(SparkSession spark, boolean measured) throws Exception {
    Method create;
    try {
      create = SparkSession.class.getMethod("createDataFrame", List.class, StructType.class);
    } catch (NoSuchMethodException e) {
      System.out.println("RESULT na createDataFrame(List<Row>, StructType) is not in this client");
      System.exit(0);
      return;
    }
    StructType schema = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("l", DataTypes.LongType, false),
        DataTypes.createStructField("d", DataTypes.DoubleType, false),
        DataTypes.createStructField("s", DataTypes.StringType, false)});
    List<Row> rows = new ArrayList<>(W4_ROWS);
    for (int i = 0; i < W4_ROWS; i++) {
      rows.add(RowFactory.create((long) i, i * 0.5, "row-" + i));
    }
    long t0 = System.nanoTime();
    long n = ((DataFrame) create.invoke(spark, rows, schema)).count();
    long t1 = System.nanoTime();
    if (n != W4_ROWS) {
      throw new IllegalStateException("count " + n);
    }
    report(measured, "ms", (t1 - t0) / 1e6);
  }

  private static String stream(SparkSession spark) {
    long n = 0;
    long sum = 0;
    try (CloseableIterator<Row> it = spark.range(W5_ROWS).toLocalIterator()) {
      while (it.hasNext()) {
        sum += it.next().getLong(0);
        n++;
      }
    }
    if (n != W5_ROWS) {
      throw new IllegalStateException("streamed " + n + " rows");
    }
    return n + "/" + sum;
  }

  interface Body {
    String run() throws Exception;
  }

  /** Runs {@code body}, prints its checksum and returns the elapsed milliseconds. */
  static double timed(Body body) throws Exception {
    long t0 = System.nanoTime();
    String check = body.run();
    double ms = (System.nanoTime() - t0) / 1e6;
    System.out.println("RESULT check " + check);
    return ms;
  }

  static void report(boolean measured, String key, double value) {
    if (measured) {
      System.out.println("RESULT " + key + " " + value);
    }
  }

  /**
   * The server JVM's CPU time so far in ns (all its threads), or -1 where unknown: unlike wall
   * time, other load on the machine does not inflate the difference over a query.
   */
  static long serverCpuNanos() {
    long pid = Long.getLong("bench.serverPid", -1L);
    return pid < 0 ? -1 : ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration())
        .map(java.time.Duration::toNanos).orElse(-1L);
  }

  /** Reports the server's CPU time since {@code c0} (from {@link #serverCpuNanos}), where known. */
  static void reportServerCpu(boolean measured, long c0) {
    long c1 = serverCpuNanos();
    if (c0 >= 0 && c1 >= 0) {
      report(measured, "cpu_ms", (c1 - c0) / 1e6);
    }
  }

  static final long U1_ROWS = 10_000_000L;

  /**
   * range(10M) through a one-argument lambda UDF, summed on the server. The first call of a session
   * includes the class upload (reported as {@code first_ms}).
   */
  private static void udf(SparkSession spark, boolean first, boolean measured) {
    io.sparkconnect.sql.expressions.UserDefinedFunction plusOne = io.sparkconnect.sql.functions.udf(
        (io.sparkconnect.sql.api.java.UDF1<Long, Long>) x -> x + 1, io.sparkconnect.sql.types.DataTypes.LongType);
    long c0 = serverCpuNanos();
    long t0 = System.nanoTime();
    long sum = spark.range(U1_ROWS).select(io.sparkconnect.sql.functions.sum(plusOne.apply(io.sparkconnect.sql.functions.col("id"))))
        .first().getLong(0);
    double ms = (System.nanoTime() - t0) / 1e6;
    if (sum != U1_ROWS * (U1_ROWS + 1) / 2) {
      throw new IllegalStateException("sum " + sum);
    }
    if (first) {
      long t1 = System.nanoTime();
      spark.range(1).select(plusOne.apply(io.sparkconnect.sql.functions.col("id"))).collectAsList();
      double warm = (System.nanoTime() - t1) / 1e6;
      System.out.println("RESULT cold_small_ms " + warm);
      System.out.println("RESULT first_ms " + ms);
    }
    report(measured, "ms", ms);
    reportServerCpu(measured, c0);
  }

  /** The record U2's lambda makes. */
  public record Point(long x, long y) {}

  /**
   * range(10M) through a typed {@code map} to a record, then the sum of one of its fields on the
   * server. The first call of a session includes the class upload.
   */
  private static void mapRecord(SparkSession spark, boolean first, boolean measured) {
    long c0 = serverCpuNanos();
    long t0 = System.nanoTime();
    long sum = spark.range(U1_ROWS)
        .map((io.sparkconnect.api.java.function.MapFunction<io.sparkconnect.sql.Row, Point>) r -> new Point(r.getLong(0), r.getLong(0) * 2),
            io.sparkconnect.sql.Encoders.bean(Point.class))
        .toDF().agg(io.sparkconnect.sql.functions.sum("y")).first().getLong(0);
    double ms = (System.nanoTime() - t0) / 1e6;
    if (sum != U1_ROWS * (U1_ROWS - 1)) {
      throw new IllegalStateException("sum " + sum);
    }
    if (first) {
      System.out.println("RESULT first_ms " + ms);
    }
    report(measured, "ms", ms);
    reportServerCpu(measured, c0);
  }
}
