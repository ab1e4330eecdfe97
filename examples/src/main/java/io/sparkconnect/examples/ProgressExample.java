package io.sparkconnect.examples;

import static io.sparkconnect.sql.functions.sum;

import io.sparkconnect.sql.ProgressListener;
import io.sparkconnect.sql.QueryProgress;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.StageProgress;
import java.io.PrintStream;

/**
 * A console progress bar for a query of a few seconds, drawn from the progress reports that Spark
 * 4.x servers send while a query runs ({@link SparkSession#addProgressListener}).
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am -DskipTests package exec:java \
 *     -Dexample.main=io.sparkconnect.examples.ProgressExample
 * }</pre>
 *
 * <p>Runs on an embedded local server by default; set {@code SPARK_REMOTE=sc://host:port} to use a
 * server of your own.
 */
public final class ProgressExample {
  private ProgressExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    String remote = System.getenv().getOrDefault("SPARK_REMOTE", "local[2]");
    try (SparkSession spark = SparkSession.builder().remote(remote).getOrCreate()) {
      // Servers report every 2 s by default; more often makes a smoother bar for a short query.
      spark.conf().set("spark.connect.progress.reportInterval", "250ms");
      ConsoleProgressBar bar = new ConsoleProgressBar(System.out, 30);
      spark.addProgressListener(bar);

      long start = System.nanoTime();
      // 40 tasks of 100 rows, each row pausing for a millisecond in reflect(...): a few seconds on
      // two cores. Both branches of the if are id; the pause keeps it from being optimised away.
      long total = spark.range(0, 4_000, 1, 40)
          .selectExpr("if(reflect('java.lang.Thread', 'sleep', 1L) IS NULL, id, id) AS id")
          .agg(sum("id"))
          .first()
          .getLong(0);
      bar.finish();
      System.out.printf("sum(id) = %d in %.1f s%n", total, (System.nanoTime() - start) / 1e9);
    }
  }

  /**
   * Draws one line, redrawn in place with a carriage return on every report: the bar, the share of
   * known tasks done, finished stages and tasks running now.
   */
  static final class ConsoleProgressBar implements ProgressListener {
    private final PrintStream out;
    private final int width;
    private int lastLength;
    private QueryProgress last;

    ConsoleProgressBar(PrintStream out, int width) {
      this.out = out;
      this.width = width;
    }

    @Override
    public void onProgress(QueryProgress p) {
      last = p;
      if (p.totalTasks() > 0) {
        // Reports come before any task too, while the query is planned.
        draw(p);
      }
    }

    /** Ends the line once the query finished, with the stages last reported drawn as complete. */
    void finish() {
      if (last == null) {
        out.println("(no progress reports: the server is older than Spark 4.0)");
        return;
      }
      draw(new QueryProgress(last.operationId(), last.stages().stream()
          .map(s -> new StageProgress(s.stageId(), s.numTasks(), s.numTasks(), s.inputBytesRead(), true))
          .toList(), 0));
      out.println();
    }

    private void draw(QueryProgress p) {
      long done = p.completedTasks();
      long total = p.totalTasks();
      double share = total == 0 ? 0 : (double) done / total;
      int filled = (int) Math.round(share * width);
      long stagesDone = p.stages().stream().filter(StageProgress::done).count();
      String line = String.format("[%s%s] %3d%%  stages %d/%d  tasks %d/%d  running %d",
          "#".repeat(filled), ".".repeat(width - filled), Math.round(share * 100), stagesDone, p.stages().size(),
          done, total, p.inflightTasks());
      // Blanks wipe what is left of a longer previous line.
      out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
      out.flush();
      lastLength = line.length();
    }
  }
}
