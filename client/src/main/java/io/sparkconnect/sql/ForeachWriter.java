package io.sparkconnect.sql;

import java.io.Serializable;

/**
 * Writes the rows of a streaming query with code of your own
 * ({@code df.writeStream().foreach(writer)}), Spark's abstract class of the same name. For each
 * partition of each micro-batch, a copy of the writer is opened, given the partition's rows with
 * {@link #process}, and closed:
 *
 * <pre>{@code
 * df.writeStream().foreach(new ForeachWriter<Row>() {
 *   public boolean open(long partitionId, long epochId) { return connectToMyStore(); }
 *   public void process(Row row) { store(row.getLong(0)); }
 *   public void close(Throwable errorOrNull) { disconnect(); }
 * }).start();
 * }</pre>
 *
 * <p>The writer runs on the Spark cluster, in the tasks that read each partition (on the
 * executors), not in this program: it is serialized when the query starts, so it and everything
 * it refers to must be {@link Serializable}, and its classes are uploaded to the server. Every
 * partition of every micro-batch works on a deserialized copy of its own, so state set in
 * {@code open} belongs to that partition; nothing a copy changes comes back to this program. A
 * copy is used by one thread at a time.
 *
 * <p>As in Spark: {@code open} is called first; if it returns {@code false}, the partition's rows
 * are skipped. {@code close} is called whenever {@code open} returned (whatever it returned), with
 * the exception {@code process} threw, or null. An exception from {@code open}, {@code process} or
 * {@code close} fails the task (Spark may retry it, calling a new copy for the same partition and
 * epoch) and then the query, whose {@link io.sparkconnect.sql.streaming.StreamingQueryException}
 * names the exception's class and message. Spark does not promise the same rows for a
 * {@code (partitionId, epochId)} when an epoch is replayed, so it is no key for deduplication;
 * deduplicated output is a job for {@code foreachBatch}.
 *
 * @param <T> the type of the values written ({@link Row} for a {@code DataFrame})
 */
public abstract class ForeachWriter<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** For subclasses. */
  protected ForeachWriter() {}

  /**
   * Called first, once per partition and micro-batch.
   *
   * @param partitionId the partition's number
   * @param epochId the micro-batch's id, increasing; the same id again means the batch is replayed
   * @return whether to process the partition's rows ({@code false} skips them; {@link #close} is still called)
   */
  public abstract boolean open(long partitionId, long epochId);

  /** Called for each row, after {@link #open} returned {@code true}. */
  public abstract void process(T value);

  /**
   * Called last, when {@link #open} returned (true or false), also after {@link #process} failed.
   *
   * @param errorOrNull the exception {@code process} threw, or {@code null}
   */
  public abstract void close(Throwable errorOrNull);
}
