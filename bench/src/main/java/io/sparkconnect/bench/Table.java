package io.sparkconnect.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The result table: one line per figure, ours beside Spark's, with the target and its verdict. */
final class Table {
  private static final String[] HEADER = {"workload", "metric", "ours", "spark", "ours/spark", "target", "met"};
  private final List<String[]> rows = new ArrayList<>();

  void add(String workload, String metric, String ours, String spark, String ratio, String target, String met) {
    rows.add(new String[] {workload, metric, ours, spark, ratio, target, met});
  }

  static String num(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  static String ratio(double ours, double spark) {
    return Double.isNaN(ours) || Double.isNaN(spark) || spark == 0
        ? "n/a" : String.format(Locale.ROOT, "%.2fx", ours / spark);
  }

  static String verdict(Boolean met) {
    return met == null ? "n/a" : met ? "met" : "MISSED";
  }

  /** Markdown, so the table pastes straight into the README or an issue. */
  String render() {
    int[] w = new int[HEADER.length];
    List<String[]> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(rows);
    for (String[] r : all) {
      for (int i = 0; i < r.length; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < all.size(); k++) {
      line(sb, all.get(k), w);
      if (k == 0) {
        String[] dashes = new String[w.length];
        for (int i = 0; i < w.length; i++) {
          dashes[i] = "-".repeat(w[i]);
        }
        line(sb, dashes, w);
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String[] r, int[] w) {
    sb.append('|');
    for (int i = 0; i < r.length; i++) {
      sb.append(' ').append(r[i]).append(" ".repeat(w[i] - r[i].length())).append(" |");
    }
    sb.append('\n');
  }
}
