package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code remote("local-cluster[2]")}: a Connect server driving a standalone master and two
 * workers, each worker running its own executor JVM. Tasks must really run in two other processes,
 * and closing the session must stop every process of the cluster.
 */
@Tag("cluster")
class LocalClusterIT {
  /**
   * Per row: the process id of the JVM that evaluated it, and the {@code --executor-id} on that
   * JVM's command line, which only executor JVMs have. 40 partitions over 2 one-core executors,
   * so both executors get tasks.
   */
  private static final String WHO_RAN =
      "SELECT reflect('java.lang.ProcessHandle', 'current') AS pid,"
          + " regexp_extract(java_method('java.lang.System', 'getProperty', 'sun.java.command'),"
          + " '--executor-id ([0-9]+)', 1) AS executor"
          + " FROM range(0, 4000, 1, 40)";

  @Test
  void tasksRunOnTwoExecutorsAndCloseStopsTheCluster() {
    Set<Long> executorPids = new HashSet<>();
    String masterUrl;
    try (SparkSession spark =
        SparkSession.builder()
            .remote("local-cluster[2]")
            .localServerVersion(TestServer.version())
            .create()) {
      masterUrl = spark.conf().get("spark.master");
      assertTrue(masterUrl.matches("spark://127\\.0\\.0\\.1:\\d+"), masterUrl);

      List<Row> rows =
          spark.sql("SELECT executor, count(*) AS n, collect_set(pid) AS pids FROM (" + WHO_RAN + ")"
              + " GROUP BY executor ORDER BY executor").collectAsList();
      assertEquals(2, rows.size(), "rows were evaluated by executors " + rows);
      assertEquals("0", rows.get(0).getString(0));
      assertEquals("1", rows.get(1).getString(0));
      assertEquals(4000L, rows.get(0).getLong(1) + rows.get(1).getLong(1));
      for (Row r : rows) {
        List<Object> pids = r.getList(2);
        assertEquals(1, pids.size(), "one JVM per executor: " + r);
        executorPids.add(Long.parseLong((String) pids.get(0)));
      }
      assertEquals(2, executorPids.size(), "two executor processes: " + executorPids);
      assertFalse(executorPids.contains(ProcessHandle.current().pid()));

      // A shuffle across the two executors gives the same answer through both APIs.
      DataFrame api = spark.range(0, 10_000, 1, 8).groupBy(col("id").mod(7).as("k")).count().orderBy("k");
      List<Row> viaSql = spark.sql(
          "SELECT id % 7 AS k, count(*) AS count FROM range(0, 10000, 1, 8) GROUP BY id % 7 ORDER BY k")
          .collectAsList();
      assertEquals(viaSql, api.collectAsList());
      assertEquals(1429L, viaSql.get(0).getLong(1));
    }

    // close() stopped the server, then the workers (and their executors) and the master.
    String masterPort = masterUrl.substring(masterUrl.lastIndexOf(':') + 1);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<String> left;
    do {
      left = ProcessHandle.allProcesses()
          .filter(ProcessHandle::isAlive)
          .filter(p -> executorPids.contains(p.pid()) || p.info().commandLine()
              .map(c -> c.contains(masterUrl) || c.contains("--port " + masterPort)).orElse(false))
          .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
          .toList();
    } while (!left.isEmpty() && System.nanoTime() < deadline && sleep());
    assertTrue(left.isEmpty(), "cluster processes still running: " + left);
  }

  private static boolean sleep() {
    try {
      Thread.sleep(200);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
