package io.sparkconnect.examples;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.SparkSession;

/**
 * Runs a small job on a Spark standalone cluster on this machine: {@code remote("local-cluster[2]")}
 * starts a master, two workers (each running one executor JVM) and the Spark Connect server as the
 * driver, all bound to {@code 127.0.0.1} and all stopped when the session closes. The job reports
 * which executor evaluated each row.
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am -DskipTests package exec:java \
 *     -Dexample.main=io.sparkconnect.examples.LocalClusterExample
 * }</pre>
 */
public final class LocalClusterExample {
  private LocalClusterExample() {}

  /**
   * Runs the example.
   *
   * @param args optional number of workers (default 2)
   */
  public static void main(String[] args) {
    int workers = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    long start = System.nanoTime();
    try (SparkSession spark = SparkSession.builder().remote("local-cluster[" + workers + "]").getOrCreate()) {
      System.out.printf("Spark %s cluster (%s) up after %.1f s%n",
          spark.version(), spark.conf().get("spark.master"), (System.nanoTime() - start) / 1e9);
      // Each executor JVM has its id on its command line; the driver has none.
      Row[] perExecutor = spark.sql(
          "SELECT regexp_extract(java_method('java.lang.System', 'getProperty', 'sun.java.command'),"
              + " '--executor-id ([0-9]+)', 1) AS executor,"
              + " reflect('java.lang.ProcessHandle', 'current') AS pid, count(*) AS rows, sum(id) AS total"
              + " FROM range(0, 1000000, 1, 20) GROUP BY 1, 2 ORDER BY 1").collect();
      for (Row r : perExecutor) {
        System.out.printf("executor %s (pid %s): %d rows, sum %d%n", r.getString(0), r.getString(1), r.getLong(2), r.getLong(3));
      }
      System.out.println(perExecutor.length + " executors did the work");
    }
  }
}
