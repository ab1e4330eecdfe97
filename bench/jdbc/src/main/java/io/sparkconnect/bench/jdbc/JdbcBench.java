package io.sparkconnect.bench.jdbc;

import io.sparkconnect.local.LocalSparkServer;
import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.SparkSession;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JDBC driver against the client it rides on: W2 (2M rows of bigint, decimal(23,1) and
 * string) read through {@code executeQuery} and the whole {@code ResultSet}, against the
 * client's {@code collectAsList}, alternating; and {@code getColumns} over a schema of 200
 * tables. Usage: {@code [warmups] [runs]}; the server from {@code BENCH_REMOTE}
 * ({@code sc://...}), else an embedded 4.2.0 server on local[2]. Prints {@code RESULT} lines.
 */
public final class JdbcBench {
  static final int W2_ROWS = 2_000_000;
  static final String W2_SQL = "SELECT id, id * 1.5 AS d, concat('s', CAST(id AS STRING)) AS s FROM range("
      + W2_ROWS + ")";
  static final int TABLES = 200;

  private JdbcBench() {}

  public static void main(String[] args) throws Exception {
    int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String remote = System.getenv("BENCH_REMOTE");
    LocalSparkServer server = null;
    if (remote == null || remote.isBlank()) {
      server = LocalSparkServer.builder().master("local[2]").start();
      remote = server.connectionString();
    }
    try (SparkSession spark = SparkSession.builder().remote(remote).create();
        Connection conn = DriverManager.getConnection("jdbc:" + remote)) {
      w2(spark, conn, warmups, runs);
      columns(conn, runs);
    } finally {
      if (server != null) {
        server.close();
      }
    }
    System.exit(0);
  }

  private static void w2(SparkSession spark, Connection conn, int warmups, int runs) throws Exception {
    List<Double> client = new ArrayList<>();
    List<Double> jdbc = new ArrayList<>();
    String expected = null;
    for (int i = 0; i < warmups + runs; i++) {
      long t0 = System.nanoTime();
      String a = collect(spark);
      long t1 = System.nanoTime();
      String b = readJdbc(conn);
      long t2 = System.nanoTime();
      if (!a.equals(b) || expected != null && !expected.equals(a)) {
        throw new IllegalStateException("checksums differ: " + a + " vs " + b);
      }
      expected = a;
      if (i >= warmups) {
        client.add((t1 - t0) / 1e6);
        jdbc.add((t2 - t1) / 1e6);
      }
    }
    double c = median(client);
    double j = median(jdbc);
    System.out.printf("RESULT W2 checksum %s%n", expected);
    System.out.printf("RESULT W2 collectAsList median %.0f ms (runs %s)%n", c, client);
    System.out.printf("RESULT W2 jdbc executeQuery+ResultSet median %.0f ms (runs %s)%n", j, jdbc);
    System.out.printf("RESULT W2 jdbc/collectAsList %.2fx%n", j / c);
  }

  private static String collect(SparkSession spark) {
    DataFrame df = spark.range(W2_ROWS).selectExpr("id", "id * 1.5 AS d", "concat('s', CAST(id AS STRING)) AS s");
    List<Row> rows = df.collectAsList();
    long ids = 0;
    double ds = 0;
    long chars = 0;
    for (Row r : rows) {
      ids += r.getLong(0);
      ds += r.getDecimal(1).doubleValue();
      chars += r.getString(2).length();
    }
    return rows.size() + "/" + ids + "/" + (long) ds + "/" + chars;
  }

  private static String readJdbc(Connection conn) throws Exception {
    long n = 0;
    long ids = 0;
    double ds = 0;
    long chars = 0;
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(W2_SQL)) {
      while (rs.next()) {
        n++;
        ids += rs.getLong(1);
        ds += rs.getBigDecimal(2).doubleValue();
        chars += rs.getString(3).length();
      }
    }
    return n + "/" + ids + "/" + (long) ds + "/" + chars;
  }

  private static void columns(Connection conn, int runs) throws Exception {
    long setup = System.nanoTime();
    try (Statement st = conn.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS bench_md CASCADE");
      st.execute("CREATE DATABASE bench_md");
      for (int t = 0; t < TABLES; t++) {
        st.execute("CREATE TABLE bench_md.t" + t + " (id BIGINT, name STRING, amount DECIMAL(12,2), at TIMESTAMP,"
            + " tags ARRAY<STRING>) USING parquet");
      }
    }
    System.out.printf("RESULT getColumns setup: %d tables created in %d ms%n", TABLES,
        (System.nanoTime() - setup) / 1_000_000);
    DatabaseMetaData md = conn.getMetaData();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs + 1; i++) {
      long t0 = System.nanoTime();
      int n = 0;
      try (ResultSet rs = md.getColumns(null, "bench_md", "%", "%")) {
        while (rs.next()) {
          n++;
        }
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      if (n != TABLES * 5) {
        throw new IllegalStateException("getColumns returned " + n + " columns");
      }
      if (i > 0) {
        times.add(ms);
      }
    }
    System.out.printf("RESULT getColumns over %d tables (%d columns) median %.0f ms (runs %s)%n", TABLES, TABLES * 5,
        median(times), times);
    try (Statement st = conn.createStatement()) {
      st.execute("DROP DATABASE bench_md CASCADE");
    }
  }

  private static double median(List<Double> xs) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }
}
