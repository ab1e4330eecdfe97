package io.sparkconnect.sql.streaming;

import io.sparkconnect.sql.SparkSession;
import java.util.Optional;
import java.util.UUID;

/**
 * A streaming query running on the server, started by {@link DataStreamWriter#start()}:
 *
 * <pre>{@code
 * StreamingQuery q = df.writeStream().format("memory").queryName("counts").start();
 * try {
 *   q.processAllAvailable();
 *   System.out.println(q.lastProgress().numInputRows());
 * } finally {
 *   q.stop();
 * }
 * }</pre>
 *
 * <p>A handle: every method but {@link #id()}, {@link #runId()}, {@link #name()} and
 * {@link #sparkSession()} is a request to the server. Thread-safe.
 */
public interface StreamingQuery {

  /** The query's name, or {@code null} if it has none. */
  String name();

  /** The query's id, kept across restarts from the same checkpoint. */
  UUID id();

  /** The id of this run of the query; each start or restart has a new one. */
  UUID runId();

  /** The session the query belongs to. */
  SparkSession sparkSession();

  /** Whether the query is still running. */
  boolean isActive();

  /** Why the query stopped, if it failed; empty while it runs or after it stopped cleanly. */
  Optional<StreamingQueryException> exception();

  /** What the query is doing now. */
  StreamingQueryStatus status();

  /** The progress reports of the query's last micro-batches that the server keeps, oldest first. */
  StreamingQueryProgress[] recentProgress();

  /** The progress report of the query's last micro-batch, or {@code null} if there is none yet. */
  StreamingQueryProgress lastProgress();

  /**
   * Waits until the query stops.
   *
   * @throws StreamingQueryException if it stopped with an error
   */
  void awaitTermination();

  /**
   * Waits until the query stops or {@code timeoutMs} milliseconds pass.
   *
   * @return whether the query stopped
   * @throws StreamingQueryException if it stopped with an error
   * @throws IllegalArgumentException if {@code timeoutMs} is not positive
   */
  boolean awaitTermination(long timeoutMs);

  /**
   * Waits until the query has processed all data available in its sources now (for tests; it
   * may never return on a source that keeps producing faster than the query consumes).
   *
   * @throws StreamingQueryException if the query failed
   */
  void processAllAvailable();

  /** Stops the query; does nothing if it is stopped already. */
  void stop();

  /** Prints the query's physical plan to standard output. */
  void explain();

  /** Prints the query's physical plan, and with {@code extended} its logical plans, to standard output. */
  void explain(boolean extended);
}
