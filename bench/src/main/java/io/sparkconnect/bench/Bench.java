package io.sparkconnect.bench;

import io.sparkconnect.local.LocalSparkServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The side-by-side benchmark: one local Spark Connect 4.2.0 server (master {@code local[2]}), each
 * workload run in fresh JVMs, alternating this client and Spark's own JVM client round by round;
 * every figure is the median of the measured runs after warm-up. See README, "Performance".
 */
public final class Bench {
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
  private static final List<String> SPARK_FLAGS = List.of("--add-opens=java.base/java.nio=ALL-UNNAMED");
  private static final double MB = 1024.0 * 1024.0;

  private final Side ours;
  private final Side spark;
  private final String remote;
  private final Path work;
  private final Table table = new Table();
  /** The server JVM's pid, for the user-code workloads' server CPU figures. */
  private long serverPid = -1;

  private Bench(Side ours, Side spark, String remote, Path work) {
    this.ours = ours;
    this.spark = spark;
    this.remote = remote;
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    Path work = Path.of(System.getProperty("bench.work.dir", "target/bench-work"));
    Side ours = Side.load("ours", Path.of(System.getProperty("bench.ours.dir", "ours/target")),
        "io.sparkconnect.bench.ours.OurClientWorkloads", List.of());
    Side spark = Side.load("spark", Path.of(System.getProperty("bench.spark.dir", "spark-client/target")),
        "io.sparkconnect.bench.spark.SparkClientWorkloads", SPARK_FLAGS);
    String only = System.getProperty("bench.only", "all");
    Set<String> selected = only.isBlank() || only.equals("all")
        ? Set.of("W0", "W1", "W2", "W3", "W4", "W5", "F", "U1", "U2")
        : Set.copyOf(Arrays.asList(only.toUpperCase(Locale.ROOT).split(",")));
    boolean profile = Boolean.parseBoolean(System.getProperty("bench.profile", "false"));
    System.out.println("Starting a local Spark Connect 4.2.0 server (local[2]) ...");
    LocalSparkServer.Builder builder = LocalSparkServer.builder().sparkVersion("4.2.0").master("local[2]");
    if (Boolean.parseBoolean(System.getProperty("bench.serverProfile", "false"))) {
      // A JFR recording of the server, written when it stops: where the server's time goes in U1/U2.
      Path jfr = work.resolve("server.jfr");
      builder.jvmOption("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
      System.out.println("Server JFR recording: " + jfr);
    }
    try (LocalSparkServer server = builder.start()) {
      // Spark's client sends a token without TLS only to the host name "localhost"; both sides
      // get the same string.
      String remote = server.connectionString().replace("sc://" + server.host() + ":", "sc://localhost:");
      Bench b = new Bench(ours, spark, remote, work.resolve("logs"));
      b.serverPid = server.pid();
      System.out.println("Server up on port " + server.port() + "; " + ROUNDS + " rounds per workload; logs in " + b.work);
      if (selected.contains("W0") || selected.contains("W2")) {
        b.collect();
      }
      if (selected.contains("W1")) {
        b.coldStart();
      }
      if (selected.contains("W3")) {
        b.smallQueries();
      }
      if (selected.contains("W4")) {
        b.upload();
      }
      if (selected.contains("W5")) {
        b.stream();
      }
      if (selected.contains("F")) {
        b.footprint();
      }
      if (selected.contains("U1")) {
        b.udf();
      }
      if (selected.contains("U2")) {
        b.mapRecord();
      }
      System.out.println();
      System.out.println("Results (median of measured runs after warm-up; ratio = ours / spark, lower is better):");
      System.out.println(b.table.render());
      if (profile) {
        b.profile(work.resolve("jfr"));
      }
    }
  }

  private ChildRun run(Side side, List<String> flags, String... args) throws IOException, InterruptedException {
    System.out.println("  " + side.name + " " + String.join(" ", args) + (flags.isEmpty() ? "" : " " + flags));
    return ChildRun.run(side, remote, work, flags, false, args);
  }

  private void collect() throws Exception {
    System.out.println("W0/W2: collect 2,000,000 rows (id, id * 1.5, 's' || id)");
    List<Double> raw = new ArrayList<>();
    List<Double> o = new ArrayList<>();
    List<Double> s = new ArrayList<>();
    List<Double> c = new ArrayList<>();
    String oCheck = null;
    String cCheck = null;
    String sCheck = null;
    for (int r = 0; r < ROUNDS; r++) {
      raw.addAll(run(ours, List.of(), "W0", "2", "3").numbers("ms"));
      ChildRun a = run(ours, List.of(), "W2", "2", "3");
      o.addAll(a.numbers("ms"));
      oCheck = a.first("check");
      ChildRun col = run(ours, List.of(), "W2c", "2", "3");
      c.addAll(col.numbers("ms"));
      cCheck = col.first("check");
      ChildRun b = run(spark, List.of(), "W2", "2", "3");
      s.addAll(b.numbers("ms"));
      sCheck = b.first("check");
    }
    if (!Objects.equals(oCheck, sCheck) || !Objects.equals(cCheck, sCheck)) {
      System.out.println("  ! checksums differ: ours " + oCheck + ", ours by column " + cCheck + ", spark " + sCheck);
    }
    double w0 = Stats.median(raw);
    double mo = Stats.median(o);
    double ms = Stats.median(s);
    table.add("W0", "raw ExecutePlan, drained (ms)", Table.num(w0), "", "", "floor for W2", "");
    table.add("W2", "collect 2M rows, read all (ms)", Table.num(mo), Table.num(ms), Table.ratio(mo, ms),
        "<= 1.3x W0 (" + Table.num(mo / w0) + "x) and <= 0.33x spark",
        Table.verdict(mo <= 1.3 * w0 && mo <= ms / 3));
    double mc = Stats.median(c);
    table.add("W2", "same, column by column (ms)", Table.num(mc), Table.num(ms), Table.ratio(mc, ms),
        "<= 1.3x W0 (" + Table.num(mc / w0) + "x) and <= 0.33x spark",
        Table.verdict(mc <= 1.3 * w0 && mc <= ms / 3));
  }

  private void coldStart() throws Exception {
    System.out.println("W1: cold start, SELECT 1 in a new JVM (wall time and peak RSS from outside)");
    ChildRun.run(ours, remote, work, List.of(), true, "W1");
    ChildRun.run(spark, remote, work, List.of(), true, "W1");
    List<Double> ow = new ArrayList<>();
    List<Double> sw = new ArrayList<>();
    List<Double> or = new ArrayList<>();
    List<Double> sr = new ArrayList<>();
    for (int r = 0; r < Math.max(5, ROUNDS); r++) {
      ChildRun a = ChildRun.run(ours, remote, work, List.of(), true, "W1");
      ChildRun b = ChildRun.run(spark, remote, work, List.of(), true, "W1");
      if (a.ok()) {
        ow.add(a.wallMs);
        or.add(a.maxRssKb / 1024.0);
      }
      if (b.ok()) {
        sw.add(b.wallMs);
        sr.add(b.maxRssKb / 1024.0);
      }
    }
    double mow = Stats.median(ow);
    double msw = Stats.median(sw);
    double mor = Stats.median(or);
    double msr = Stats.median(sr);
    table.add("W1", "cold start wall time (ms)", Table.num(mow), Table.num(msw), Table.ratio(mow, msw),
        "<= 0.4x", Table.verdict(mow <= 0.4 * msw));
    table.add("W1", "cold start peak RSS (MB)", Table.num(mor), Table.num(msr), Table.ratio(mor, msr),
        "<= 0.5x", Table.verdict(mor <= 0.5 * msr));
  }

  private void smallQueries() throws Exception {
    System.out.println("W3: 300 sequential range(10).count()");
    List<Double> raw = new ArrayList<>();
    List<Double> o = new ArrayList<>();
    List<Double> s = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      raw.addAll(run(ours, List.of(), "W3raw", "1", "1").numbers("lat_ms"));
      o.addAll(run(ours, List.of(), "W3", "1", "1").numbers("lat_ms"));
      s.addAll(run(spark, List.of(), "W3", "1", "1").numbers("lat_ms"));
    }
    double r50 = Stats.percentile(raw, 50);
    double r99 = Stats.percentile(raw, 99);
    double o50 = Stats.percentile(o, 50);
    double o99 = Stats.percentile(o, 99);
    double s50 = Stats.percentile(s, 50);
    double s99 = Stats.percentile(s, 99);
    table.add("W3", "raw ExecutePlan p50 / p99 (ms)", Table.num(r50) + " / " + Table.num(r99), "", "", "floor for W3", "");
    table.add("W3", "count() p50 (ms)", Table.num(o50), Table.num(s50), Table.ratio(o50, s50),
        "<= raw p50 + 3 ms", Table.verdict(o50 <= r50 + 3));
    table.add("W3", "count() p99 (ms)", Table.num(o99), Table.num(s99), Table.ratio(o99, s99),
        "<= spark", Table.verdict(o99 <= s99));
  }

  private void upload() throws Exception {
    System.out.println("W4: createDataFrame of 500,000 (long, double, string) rows, then count()");
    List<Double> o = new ArrayList<>();
    List<Double> s = new ArrayList<>();
    boolean oursHasIt = true;
    for (int r = 0; r < ROUNDS; r++) {
      if (oursHasIt) {
        ChildRun a = run(ours, List.of(), "W4", "1", "2");
        if (a.first("na") != null) {
          oursHasIt = false;
          System.out.println("  ours: " + a.first("na"));
        }
        o.addAll(a.numbers("ms"));
      }
      s.addAll(run(spark, List.of(), "W4", "1", "2").numbers("ms"));
    }
    double mo = Stats.median(o);
    double ms = Stats.median(s);
    table.add("W4", "createDataFrame 500k + count (ms)", Table.num(mo), Table.num(ms), Table.ratio(mo, ms),
        "<= 0.7x", Table.verdict(o.isEmpty() ? null : mo <= 0.7 * ms));
  }

  private void stream() throws Exception {
    System.out.println("W5: toLocalIterator over range(10,000,000); ours -Xmx256m, spark -Xmx512m");
    List<Double> o = new ArrayList<>();
    List<Double> s = new ArrayList<>();
    boolean oursDone = true;
    boolean sparkDone = true;
    for (int r = 0; r < ROUNDS; r++) {
      ChildRun a = run(ours, List.of("-Xmx256m"), "W5", "1", "1");
      oursDone &= a.ok();
      o.addAll(a.numbers("ms"));
      ChildRun b = run(spark, List.of("-Xmx512m"), "W5", "1", "1");
      sparkDone &= b.ok();
      s.addAll(b.numbers("ms"));
    }
    double mo = Stats.median(o);
    double ms = Stats.median(s);
    table.add("W5", "stream 10M rows (ms)", Table.num(mo), Table.num(ms), Table.ratio(mo, ms),
        "completes, <= 1.0x", Table.verdict(oursDone && mo <= ms));
    table.add("W5", "completed (heap)", (oursDone ? "yes" : "NO") + " (256m)", (sparkDone ? "yes" : "NO") + " (512m)",
        "", "completes", Table.verdict(oursDone));
  }

  private void udf() throws Exception {
    System.out.println("U1: sum over range(10,000,000) through a one-argument lambda UDF (x -> x + 1)");
    List<Double> warm = userCode("U1", "10M rows through a lambda UDF (ms)", "first UDF query of a session, upload included (ms)");
    table.add("U1", "second query, 1 row (ms)", Table.num(Stats.median(warm)), "", "", "", "");
  }

  private void mapRecord() throws Exception {
    System.out.println("U2: sum of a field over range(10,000,000) through a typed map to a record (a bean for Spark's client)");
    userCode("U2", "10M rows through map to a record (ms)", "first map query of a session, upload included (ms)");
  }

  /**
   * Runs a user-code workload on both sides, alternating, and adds its rows (target: ours within
   * 1.1x of Spark's); returns our {@code cold_small_ms} figures, where the workload reports them.
   */
  private List<Double> userCode(String id, String metric, String firstMetric) throws Exception {
    List<Double> o = new ArrayList<>();
    List<Double> s = new ArrayList<>();
    List<Double> of = new ArrayList<>();
    List<Double> sf = new ArrayList<>();
    List<Double> warm = new ArrayList<>();
    List<Double> oc = new ArrayList<>();
    List<Double> sc = new ArrayList<>();
    List<String> flags = List.of("-Dbench.serverPid=" + serverPid);
    for (int r = 0; r < ROUNDS; r++) {
      ChildRun a = run(ours, flags, id, "1", "3");
      o.addAll(a.numbers("ms"));
      of.addAll(a.numbers("first_ms"));
      oc.addAll(a.numbers("cpu_ms"));
      warm.addAll(a.numbers("cold_small_ms"));
      ChildRun b = run(spark, flags, id, "1", "3");
      s.addAll(b.numbers("ms"));
      sf.addAll(b.numbers("first_ms"));
      sc.addAll(b.numbers("cpu_ms"));
    }
    double mo = Stats.median(o);
    double ms = Stats.median(s);
    table.add(id, metric, Table.num(mo), Table.num(ms), Table.ratio(mo, ms),
        "<= 1.1x", Table.verdict(o.isEmpty() ? null : mo <= 1.1 * ms));
    if (!oc.isEmpty() && !sc.isEmpty()) {
      double co = Stats.median(oc);
      double cs = Stats.median(sc);
      table.add(id, "  server CPU of that query, all threads (ms)", Table.num(co), Table.num(cs), Table.ratio(co, cs),
          "", "");
    }
    table.add(id, firstMetric, Table.num(Stats.median(of)),
        Table.num(Stats.median(sf)), Table.ratio(Stats.median(of), Stats.median(sf)), "", "");
    return warm;
  }

  private void footprint() throws IOException {
    long[] o = ours.footprint();
    long[] s = spark.footprint();
    table.add("F", "runtime classpath jars", Long.toString(o[0]), Long.toString(s[0]), Table.ratio(o[0], s[0]), "", "");
    table.add("F", "runtime classpath MB", Table.num(o[1] / MB), Table.num(s[1] / MB), Table.ratio(o[1], s[1]),
        "<= 0.33x", Table.verdict(o[1] * 3 <= s[1]));
  }

  /** Flight recordings of our W2 and W5, summarised; timings of these runs are not in the table. */
  private void profile(Path dir) throws Exception {
    Files.createDirectories(dir);
    String[][] cases = {{"W2", "1", "3"}, {"W5", "0", "1"}};
    for (String[] c : cases) {
      Path rec = dir.resolve("ours-" + c[0] + ".jfr");
      List<String> flags = new ArrayList<>();
      if (c[0].equals("W5")) {
        flags.add("-Xmx256m");
      }
      flags.add("-XX:StartFlightRecording=filename=" + rec + ",settings=profile");
      run(ours, flags, c);
      System.out.println("Profile of ours " + c[0] + " (" + rec + "):");
      System.out.println(JfrSummary.summarise(rec));
    }
  }
}
