package io.sparkconnect.shell;

import io.sparkconnect.sql.ProgressListener;
import io.sparkconnect.sql.QueryProgress;
import io.sparkconnect.sql.StageProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * One line on the terminal, redrawn in place, showing the running statement's progress as the
 * server reports it (Spark 4.0 and later): a bar of the known tasks done, stages done, tasks
 * running and the time so far. Drawn only once a statement has run for a moment, so quick ones
 * leave no trace; {@link #clear()} wipes it before the result is printed. Thread-safe: reports
 * arrive on the client's threads.
 */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final long delayNanos;
  private long startNanos;
  private boolean active;
  private int drawnLength;

  /**
   * @param out the terminal
   * @param delayMillis how long a statement runs before its progress is shown
   */
  ProgressBar(PrintWriter out, long delayMillis) {
    this.out = out;
    this.delayNanos = delayMillis * 1_000_000L;
  }

  /** A statement starts: reports from now on are about it. */
  synchronized void start() {
    startNanos = System.nanoTime();
    active = true;
    drawnLength = 0;
  }

  /** The statement ended: the line is wiped and later reports are ignored. */
  synchronized void clear() {
    active = false;
    if (drawnLength > 0) {
      out.print("\r" + " ".repeat(drawnLength) + "\r");
      out.flush();
      drawnLength = 0;
    }
  }

  @Override
  public synchronized void onProgress(QueryProgress p) {
    long elapsed = System.nanoTime() - startNanos;
    if (!active || elapsed < delayNanos || p.totalTasks() <= 0) {
      return;
    }
    out.print("\r" + line(p, elapsed / 1_000_000L, drawnLength));
    out.flush();
    drawnLength = Math.max(drawnLength, line(p, elapsed / 1_000_000L, 0).length());
  }

  /** The bar for {@code p}, padded with blanks to wipe a longer line drawn before. */
  static String line(QueryProgress p, long elapsedMillis, int previousLength) {
    long done = p.completedTasks();
    long total = p.totalTasks();
    double share = total == 0 ? 0 : Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(share * WIDTH);
    long stagesDone = p.stages().stream().filter(StageProgress::done).count();
    String line = String.format(Locale.ROOT, "[%s%s] %3d%%  stages %d/%d  tasks %d/%d (%d running)  %.1f s",
        "=".repeat(filled), " ".repeat(WIDTH - filled), Math.round(share * 100), stagesDone, p.stages().size(),
        done, total, p.inflightTasks(), elapsedMillis / 1000.0);
    return line + " ".repeat(Math.max(0, previousLength - line.length()));
  }
}
