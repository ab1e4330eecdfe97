package io.sparkconnect.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One workload run in a fresh JVM of one side: its {@code RESULT} lines, exit code, wall time and
 * (when measured under {@code /usr/bin/time -v}) peak resident set size.
 */
final class ChildRun {
  private static final Path TIME = Path.of("/usr/bin/time");
  private static final long TIMEOUT_MINUTES = 15;

  final int exitCode;
  final double wallMs;
  final long maxRssKb;
  final Map<String, List<String>> results;

  private ChildRun(int exitCode, double wallMs, long maxRssKb, Map<String, List<String>> results) {
    this.exitCode = exitCode;
    this.wallMs = wallMs;
    this.maxRssKb = maxRssKb;
    this.results = results;
  }

  boolean ok() {
    return exitCode == 0;
  }

  List<Double> numbers(String key) {
    List<Double> out = new ArrayList<>();
    for (String s : results.getOrDefault(key, List.of())) {
      out.add(Double.parseDouble(s));
    }
    return out;
  }

  String first(String key) {
    List<String> v = results.get(key);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /**
   * Runs {@code side}'s workload main with {@code args}. The connection string goes through the
   * environment, never the command line. Standard error goes to a log file under {@code logDir}.
   */
  static ChildRun run(Side side, String remote, Path logDir, List<String> extraJvmFlags, boolean measureRss,
      String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    boolean timed = measureRss && Files.isExecutable(TIME);
    if (timed) {
      cmd.add(TIME.toString());
      cmd.add("-v");
    }
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(side.jvmFlags);
    cmd.addAll(extraJvmFlags);
    cmd.add("-cp");
    cmd.add(side.classpath);
    cmd.add(side.mainClass);
    cmd.addAll(List.of(args));
    Files.createDirectories(logDir);
    Path log = logDir.resolve(side.name + "-" + String.join("-", args) + ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
    pb.environment().put("BENCH_REMOTE", remote);
    long t0 = System.nanoTime();
    Process p = pb.start();
    Map<String, List<String>> results = new LinkedHashMap<>();
    long[] hwm = {0};
    Thread poller = null;
    if (measureRss && !timed) {
      // No /usr/bin/time: sample the kernel's peak RSS of the child until it exits.
      poller = new Thread(() -> pollHighWaterMark(p, hwm));
      poller.setDaemon(true);
      poller.start();
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("RESULT ")) {
          String[] kv = line.substring(7).split(" ", 2);
          results.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv.length > 1 ? kv[1] : "");
        }
      }
    }
    if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    double wallMs = (System.nanoTime() - t0) / 1e6;
    if (poller != null) {
      poller.join(1000);
    }
    long rss = timed ? parseMaxRss(log) : hwm[0];
    int exit = p.isAlive() ? -1 : p.exitValue();
    if (exit != 0) {
      System.err.println("  ! " + side.name + " " + String.join(" ", args) + " exited with " + exit + "; see " + log);
    }
    return new ChildRun(exit, wallMs, rss, results);
  }

  private static long parseMaxRss(Path log) throws IOException {
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      String t = line.trim();
      if (t.startsWith("Maximum resident set size (kbytes):")) {
        return Long.parseLong(t.substring(t.indexOf(':') + 1).trim());
      }
    }
    return 0;
  }

  private static void pollHighWaterMark(Process p, long[] hwm) {
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    while (p.isAlive()) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("VmHWM:")) {
            hwm[0] = Math.max(hwm[0], Long.parseLong(line.replaceAll("[^0-9]", "")));
          }
        }
        Thread.sleep(5);
      } catch (IOException | RuntimeException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
