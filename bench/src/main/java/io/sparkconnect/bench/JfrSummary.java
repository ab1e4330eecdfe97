package io.sparkconnect.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summarises the CPU samples of a flight recording with the JDK's {@code jfr} tool: samples per
 * thread, the hottest methods by own time, and this project's hottest methods including callees.
 */
final class JfrSummary {
  private static final int TOP = 15;

  private JfrSummary() {}

  static String summarise(Path recording) throws IOException, InterruptedException {
    Path jfr = Path.of(System.getProperty("java.home"), "bin", "jfr");
    Process p = new ProcessBuilder(jfr.toString(), "print", "--events", "jdk.ExecutionSample",
        "--stack-depth", "64", recording.toString()).redirectErrorStream(true).start();
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> ours = new HashMap<>();
    Map<String, Integer> threads = new HashMap<>();
    int samples = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      boolean inStack = false;
      boolean top = false;
      Set<String> seen = new HashSet<>();
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.trim();
        if (t.startsWith("sampledThread = ")) {
          String name = t.substring("sampledThread = ".length());
          int paren = name.indexOf(" (");
          threads.merge(paren > 0 ? name.substring(0, paren) : name, 1, Integer::sum);
        } else if (t.startsWith("stackTrace = [")) {
          inStack = true;
          top = true;
          seen.clear();
          samples++;
        } else if (inStack && t.startsWith("]")) {
          inStack = false;
        } else if (inStack && !t.equals("...")) {
          int cut = t.indexOf(" line:");
          String method = cut > 0 ? t.substring(0, cut) : t;
          if (top) {
            self.merge(method, 1, Integer::sum);
            top = false;
          }
          if (method.startsWith("io.sparkconnect.") && !method.startsWith("io.sparkconnect.bench.")
              && seen.add(method)) {
            ours.merge(method, 1, Integer::sum);
          }
        }
      }
    }
    p.waitFor();
    StringBuilder sb = new StringBuilder();
    sb.append("  ").append(samples).append(" CPU samples in ").append(recording.getFileName()).append('\n');
    append(sb, "samples by thread", threads, samples);
    append(sb, "hottest methods (own time)", self, samples);
    append(sb, "hottest io.sparkconnect methods (including callees)", ours, samples);
    return sb.toString();
  }

  private static void append(StringBuilder sb, String title, Map<String, Integer> counts, int total) {
    sb.append("  ").append(title).append(":\n");
    List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue()).limit(TOP).toList();
    for (Map.Entry<String, Integer> e : sorted) {
      sb.append(String.format(java.util.Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }
  }
}
