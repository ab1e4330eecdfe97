package io.sparkconnect.shell;

import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.SparkSession;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Runs one statement at a time on the session and prints its result as Spark's {@code show}
 * formats it (the server formats it), then the time it took; a failure is printed as an
 * {@link ErrorLine}. {@link #cancel()} may be called from any thread (the Ctrl-C handler): it
 * interrupts the running statement on the server. One statement at a time; otherwise
 * thread-safe.
 */
final class StatementRunner {
  private final SparkSession spark;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ProgressBar progress;
  private final int maxRows;
  private final int truncate;
  private final boolean vertical;
  private volatile boolean running;
  private volatile boolean cancelled;

  /**
   * @param out where results go
   * @param err where timings, errors and notices go
   * @param progress the progress bar, or {@code null} for none
   */
  StatementRunner(SparkSession spark, PrintWriter out, PrintWriter err, ProgressBar progress, int maxRows,
      int truncate, boolean vertical) {
    this.spark = spark;
    this.out = out;
    this.err = err;
    this.progress = progress;
    this.maxRows = maxRows;
    this.truncate = truncate;
    this.vertical = vertical;
  }

  /**
   * Runs {@code sql} and prints what it gives.
   *
   * @return whether it succeeded
   */
  boolean run(String sql) {
    long start = System.nanoTime();
    cancelled = false;
    running = true;
    if (progress != null) {
      progress.start();
    }
    try {
      // Commands run here; a query runs when its rows are formatted below.
      DataFrame df = spark.sql(sql);
      String shown = df.schema().size() == 0 ? null : df.showString(maxRows, truncate, vertical);
      endProgress();
      if (shown != null) {
        // As DataFrame.show prints it: the formatted text, then a line break.
        out.println(shown);
        out.flush();
      }
      err.println("Time taken: " + seconds(start));
      err.flush();
      return true;
    } catch (SparkConnectException e) {
      endProgress();
      if (cancelled) {
        err.println("Cancelled after " + seconds(start) + ": " + ErrorLine.describe(e));
      } else {
        err.println(ErrorLine.describe(e));
      }
      err.flush();
      return false;
    } catch (RuntimeException e) {
      endProgress();
      err.println(ErrorLine.describe(e));
      err.flush();
      return false;
    } finally {
      running = false;
    }
  }

  /** Interrupts the running statement on the server; does nothing when none runs. */
  void cancel() {
    if (!running) {
      return;
    }
    cancelled = true;
    endProgress();
    err.println();
    err.println("Cancelling the statement...");
    err.flush();
    // Not on the signal's thread: the interrupt is a call to the server.
    Thread t = new Thread(() -> {
      try {
        spark.interruptAll();
      } catch (RuntimeException e) {
        err.println("Could not cancel: " + ErrorLine.describe(e));
        err.flush();
      }
    }, "spark-connect-sql-cancel");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Interrupts the running statement on the server, on this thread and without a word; for the
   * JVM's exit.
   */
  void cancelQuietly() {
    if (!running) {
      return;
    }
    cancelled = true;
    try {
      spark.interruptAll();
    } catch (RuntimeException e) {
      // the session may be closing too; nothing more to do on the way out
    }
  }

  private void endProgress() {
    if (progress != null) {
      progress.clear();
    }
  }

  private static String seconds(long startNanos) {
    return String.format(Locale.ROOT, "%.3f s", (System.nanoTime() - startNanos) / 1e9);
  }
}
