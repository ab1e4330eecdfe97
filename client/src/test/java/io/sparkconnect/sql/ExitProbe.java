package io.sparkconnect.sql;

import java.util.List;
import java.util.TreeSet;

/**
 * A program for {@link LeakIT}, run in a JVM of its own: one session, one query, close, then it
 * prints the threads still alive and returns from {@code main} without {@code System.exit}. The
 * connection string comes in the {@code PROBE_REMOTE} environment variable.
 */
public final class ExitProbe {
  private ExitProbe() {}

  public static void main(String[] args) {
    try (SparkSession spark = SparkSession.builder().remote(System.getenv("PROBE_REMOTE")).create()) {
      List<Row> rows = spark.range(5).selectExpr("sum(id)").collectAsList();
      System.out.println("result " + rows.get(0).getLong(0));
    }
    TreeSet<String> nonDaemon = new TreeSet<>();
    TreeSet<String> io = new TreeSet<>();
    // A thread blocked in a native call (a network thread waiting for I/O) shows as RUNNABLE; the
    // JVM waits for such threads when it exits. Only the JVM's own threads (group "system") and
    // this one may be runnable now.
    TreeSet<String> runnable = new TreeSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      ThreadGroup g = t.getThreadGroup();
      if (t != Thread.currentThread() && t.getState() == Thread.State.RUNNABLE
          && (g == null || !g.getName().equals("system"))) {
        runnable.add(t.getName());
      }
      if (t.isAlive() && !t.isDaemon()) {
        nonDaemon.add(t.getName());
      }
      if (t.isAlive() && t.getName().startsWith("spark-connect-io")) {
        io.add(t.getName());
      }
    }
    System.out.println("non-daemon " + nonDaemon);
    System.out.println("io " + io);
    System.out.println("runnable " + runnable);
    System.out.println("closed at " + System.nanoTime());
  }
}
