package io.sparkconnect.sql;

/**
 * Receives progress reports of the operations a session runs, in the thread that reads the
 * operation's results, as they arrive (the server reports every few seconds while a query runs).
 * Keep it quick; an exception it throws is ignored.
 *
 * <pre>{@code
 * spark.addProgressListener(p -> System.out.printf("%d/%d tasks%n", p.completedTasks(), p.totalTasks()));
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {
  /** Called with each progress report. */
  void onProgress(QueryProgress progress);
}
