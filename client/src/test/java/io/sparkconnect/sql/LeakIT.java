package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Closing sessions gives everything back: no thread per session outlives it, and every channel
 * terminates. Arrow results are decoded by our own reader into heap arrays (no allocator, no
 * off-heap buffers of its own), so the only native memory involved is gRPC's transport buffers;
 * the test checks that direct memory does not grow with the number of sessions.
 */
class LeakIT {
  private static final int SESSIONS = 8;

  @Test
  void closedSessionsLeaveNoThreadsAndTerminatedChannels() throws Exception {
    String remote = TestServer.connectionString();
    // The first session creates gRPC's shared pools (event loop, executor, timer) that later ones reuse.
    useAndClose(remote);
    Set<Long> baseline = threads().stream().map(Thread::getId).collect(Collectors.toSet());
    long directBefore = directMemoryUsed();

    List<SparkSession> sessions = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      sessions.add(useAndClose(remote));
    }
    for (SparkSession s : sessions) {
      assertTrue(s.isClosed());
      assertTrue(s.client().isTerminated(), "channel of " + s + " not terminated");
    }

    // Shared pools shrink or stop a moment after the last channel closes; wait for that.
    List<Thread> extra = List.of();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      extra = threads().stream().filter(t -> !baseline.contains(t.getId())).collect(Collectors.toList());
      if (extra.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    List<String> names = extra.stream().map(Thread::getName).sorted().collect(Collectors.toList());
    // Threads of gRPC's shared pools may stay while some other session of this JVM keeps them in
    // use; they are bounded by the pools' sizes, not by the number of sessions closed.
    List<String> notShared = names.stream().filter(n -> !n.startsWith("grpc-")).collect(Collectors.toList());
    assertEquals(List.of(), notShared, "threads left behind by closed sessions");
    assertTrue(names.size() <= 2 * Runtime.getRuntime().availableProcessors() + 4, "too many gRPC threads: " + names);

    long directAfter = directMemoryUsed();
    System.out.println("LeakIT: " + SESSIONS + " sessions closed; threads left beyond the baseline: " + names
        + "; direct memory " + directBefore + " -> " + directAfter + " bytes");
    assertTrue(directAfter - directBefore < 32L * 1024 * 1024,
        "direct memory grew by " + (directAfter - directBefore) + " bytes over " + SESSIONS + " sessions");
  }

  /**
   * A program that closes its session ends at once: no thread of the client keeps the JVM alive
   * (none is non-daemon), and the network threads have stopped, so the JVM does not wait for
   * threads inside native I/O calls when it exits.
   */
  @Test
  void aProgramThatClosesItsSessionExitsAtOnce() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ExitProbe.class.getName());
    pb.environment().put("PROBE_REMOTE", TestServer.connectionString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line);
      }
    }
    long ended = System.nanoTime();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program did not end: " + out);
    assertEquals(0, p.exitValue(), String.join("\n", out));
    assertTrue(out.contains("result 10"), String.join("\n", out));
    assertTrue(out.contains("non-daemon [DestroyJavaVM, main]") || out.contains("non-daemon [main]"),
        String.join("\n", out));
    assertTrue(out.contains("io []"), String.join("\n", out));
    assertTrue(out.contains("runnable []"), String.join("\n", out));
    long closedAt = out.stream().filter(l -> l.startsWith("closed at ")).mapToLong(l -> Long.parseLong(l.substring(10)))
        .findFirst().orElseThrow();
    System.out.println("LeakIT: the probe's JVM ended " + (ended - closedAt) / 1_000_000 + " ms after its session closed");
  }

  /** Opens a session, reads results fully and partly (an abandoned stream), and closes it. */
  private static SparkSession useAndClose(String remote) {
    SparkSession spark = SparkSession.builder().remote(remote).create();
    try {
      List<Row> rows = spark.sql("SELECT id, repeat('x', 100) AS s FROM range(0, 20000)").collectAsList();
      assertEquals(20000, rows.size());
      assertEquals(19999L, rows.get(19999).getLong(0));
      long sum = spark.range(0, 20000).selectExpr("sum(id)").collectAsList().get(0).getLong(0);
      assertEquals(199990000L, sum);
      try (CloseableIterator<Row> it = spark.range(0, 1_000_000).toLocalIterator()) {
        assertEquals(0L, it.next().getLong(0));
      }
    } finally {
      spark.close();
    }
    return spark;
  }

  private static Set<Thread> threads() {
    return new HashSet<>(Thread.getAllStackTraces().keySet());
  }

  private static long directMemoryUsed() {
    long used = 0;
    for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
      if (pool.getName().equals("direct")) {
        used += pool.getMemoryUsed();
      }
    }
    return used;
  }
}
