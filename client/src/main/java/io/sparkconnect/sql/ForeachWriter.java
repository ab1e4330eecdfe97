package io.sparkconnect.sql;

import java.io.Serializable;

/**
 * Writes the rows of a streaming query with code of your own
 * ({@code df.writeStream().foreach(writer)}), Spark's abstract class of the same name. For each
 * micro-batch the writer is opened, given the rows with {@link #process}, and closed:
 *
 * <pre>{@code
 * df.writeStream().foreach(new ForeachWriter<Row>() {
 *   public boolean open(long partitionId, long epochId) { return connectToMyStore(); }
 *   public void process(Row row) { store(row.getLong(0)); }
 *   public void close(Throwable errorOrNull) { disconnect(); }
 * }).start();
 * }</pre>
 *
 * <p>The writer runs on the Spark Connect server, not in this program: it is serialized when the
 * query starts, so it and everything it refers to must be {@link Serializable}, and its classes
 * are uploaded to the server. Each micro-batch gets a fresh deserialized copy. Instances are used
 * by one thread at a time.
 *
 * @param <T> the type of the rows ({@link Row})
 */
public abstract class ForeachWriter<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** For subclasses. */
  protected ForeachWriter() {}

  /**
   * Called before the rows of a partition of a micro-batch.
   *
   * @param partitionId the partition's number
   * @param epochId the micro-batch's id, increasing; the same id again means the batch is replayed
   * @return whether to process the rows ({@code false} skips them; {@link #close} is still called)
   */
  public abstract boolean open(long partitionId, long epochId);

  /** Called for each row, after {@link #open} returned {@code true}. */
  public abstract void process(T value);

  /**
   * Called last, even when {@link #open} returned {@code false} or processing failed.
   *
   * @param errorOrNull the failure of {@code open} or {@code process}, or {@code null}
   */
  public abstract void close(Throwable errorOrNull);
}
