package io.sparkconnect.bench.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.connect.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The benchmark workloads on Spark's own JVM client, written as a Java user would: the twin of
 * bench/ours' OurClientWorkloads (same arguments, same {@code RESULT} lines, same checksums).
 */
public final class SparkClientWorkloads {
  static final int W2_ROWS = 2_000_000;
  static final int W3_QUERIES = 300;
  static final int W4_ROWS = 500_000;
  static final int W5_ROWS = 10_000_000;

  private SparkClientWorkloads() {}

  public static void main(String[] args) throws Exception {
    String workload = args[0];
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    String remote = System.getenv("BENCH_REMOTE");
    if (workload.equals("W1")) {
      coldStart(remote);
      return;
    }
    SparkSession spark = SparkSession.builder().remote(remote).create();
    try {
      for (int i = 0; i < warmups + runs; i++) {
        boolean measured = i >= warmups;
        switch (workload) {
          case "W2" -> report(measured, "ms", timed(() -> collectRows(spark)));
          case "W3" -> smallQueries(spark, measured);
          case "W4" -> upload(spark, measured);
          case "W5" -> report(measured, "ms", timed(() -> stream(spark)));
          case "U1" -> udf(spark, i == 0, measured);
          case "U2" -> mapRecord(spark, i == 0, measured);
          default -> throw new IllegalArgumentException("unknown workload " + workload);
        }
      }
    } finally {
      spark.close();
    }
    System.exit(0);
  }

  private static void coldStart(String remote) {
    SparkSession spark = SparkSession.builder().remote(remote).create();
    List<Row> rows = spark.sql("SELECT 1").collectAsList();
    if (rows.size() != 1 || rows.get(0).getInt(0) != 1) {
      throw new IllegalStateException("unexpected SELECT 1 result");
    }
    spark.close();
    System.exit(0);
  }

  private static String collectRows(SparkSession spark) {
    Dataset<Row> df = spark.range(W2_ROWS)
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
    Dataset<Long> df = spark.range(10);
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

  private static void upload(SparkSession spark, boolean measured) {
    StructType schema = DataTypes.createStructType(new StructField[] {
        DataTypes.createStructField("l", DataTypes.LongType, false),
        DataTypes.createStructField("d", DataTypes.DoubleType, false),
        DataTypes.createStructField("s", DataTypes.StringType, false)});
    List<Row> rows = new ArrayList<>(W4_ROWS);
    for (int i = 0; i < W4_ROWS; i++) {
      rows.add(RowFactory.create((long) i, i * 0.5, "row-" + i));
    }
    long t0 = System.nanoTime();
    long n = spark.createDataFrame(rows, schema).count();
    long t1 = System.nanoTime();
    if (n != W4_ROWS) {
      throw new IllegalStateException("count " + n);
    }
    report(measured, "ms", (t1 - t0) / 1e6);
  }

  /** Spark's natural form: {@code range} is a {@code Dataset<Long>}, iterated as boxed longs. */
  private static String stream(SparkSession spark) {
    long n = 0;
    long sum = 0;
    Iterator<Long> it = spark.range(W5_ROWS).toLocalIterator();
    while (it.hasNext()) {
      sum += it.next();
      n++;
    }
    if (n != W5_ROWS) {
      throw new IllegalStateException("streamed " + n + " rows");
    }
    return n + "/" + sum;
  }

  interface Body {
    String run() throws Exception;
  }

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

  /** The twin of ours: the lambda's classes are uploaded the way Spark's client requires (a jar). */
  private static void udf(SparkSession spark, boolean first, boolean measured) throws Exception {
    long c0 = serverCpuNanos();
    long t0 = System.nanoTime();
    if (first) {
      spark.addArtifact(ownClassesJar());
    }
    org.apache.spark.sql.expressions.UserDefinedFunction plusOne = org.apache.spark.sql.functions.udf(
        (org.apache.spark.sql.api.java.UDF1<Long, Long>) x -> x + 1, DataTypes.LongType);
    long sum = spark.range(U1_ROWS).select(org.apache.spark.sql.functions.sum(plusOne.apply(org.apache.spark.sql.functions.col("id"))))
        .first().getLong(0);
    double ms = (System.nanoTime() - t0) / 1e6;
    if (sum != U1_ROWS * (U1_ROWS + 1) / 2) {
      throw new IllegalStateException("sum " + sum);
    }
    if (first) {
      System.out.println("RESULT first_ms " + ms);
    }
    report(measured, "ms", ms);
    reportServerCpu(measured, c0);
  }

  /** U2's result type: a JavaBean, as Spark's bean encoder cannot build records. */
  public static final class Point implements java.io.Serializable {
    private long x;
    private long y;

    public Point() {}

    Point(long x, long y) {
      this.x = x;
      this.y = y;
    }

    public long getX() {
      return x;
    }

    public void setX(long x) {
      this.x = x;
    }

    public long getY() {
      return y;
    }

    public void setY(long y) {
      this.y = y;
    }
  }

  /** The twin of ours: the same lambda through {@code map} to a bean, its classes uploaded as a jar. */
  private static void mapRecord(SparkSession spark, boolean first, boolean measured) throws Exception {
    long c0 = serverCpuNanos();
    long t0 = System.nanoTime();
    if (first) {
      spark.addArtifact(ownClassesJar());
    }
    long sum = spark.range(U1_ROWS).toDF()
        .map((org.apache.spark.api.java.function.MapFunction<Row, Point>) r -> new Point(r.getLong(0), r.getLong(0) * 2),
            org.apache.spark.sql.Encoders.bean(Point.class))
        .agg(org.apache.spark.sql.functions.sum("y")).first().getLong(0);
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

  /** This module's classes as a jar (they are a directory when run from the build). */
  private static String ownClassesJar() throws java.io.IOException, java.net.URISyntaxException {
    java.nio.file.Path where = java.nio.file.Path.of(SparkClientWorkloads.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!java.nio.file.Files.isDirectory(where)) {
      return where.toString();
    }
    java.nio.file.Path jar = java.nio.file.Files.createTempFile("bench-udf", ".jar");
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(jar));
        java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(where)) {
      for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files.filter(java.nio.file.Files::isRegularFile)::iterator) {
        out.putNextEntry(new java.util.zip.ZipEntry(where.relativize(f).toString().replace('\\', '/')));
        out.write(java.nio.file.Files.readAllBytes(f));
        out.closeEntry();
      }
    }
    return jar.toString();
  }
}
