package io.sparkconnect.sql.streaming;

import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * When a streaming query processes data ({@link DataStreamWriter#trigger(Trigger)}):
 *
 * <pre>{@code
 * df.writeStream().trigger(Trigger.ProcessingTime("10 seconds"))...
 * df.writeStream().trigger(Trigger.AvailableNow())...
 * }</pre>
 *
 * <p>Without a trigger, a query starts its next micro-batch as soon as the last one is done.
 * Interval strings are Spark interval literals such as {@code "10 seconds"} or
 * {@code "1 minute"}, parsed by the server. Immutable and thread-safe.
 */
public final class Trigger {
  /** The kinds of trigger the protocol knows. */
  enum Kind { PROCESSING_TIME, ONCE, AVAILABLE_NOW, CONTINUOUS, REAL_TIME }

  private static final Trigger ONCE = new Trigger(Kind.ONCE, null);
  private static final Trigger AVAILABLE_NOW = new Trigger(Kind.AVAILABLE_NOW, null);

  private final Kind kind;
  private final String interval;

  private Trigger(Kind kind, String interval) {
    this.kind = kind;
    this.interval = interval;
  }

  /**
   * A micro-batch every {@code intervalMs} milliseconds; 0 runs them back to back.
   *
   * @throws IllegalArgumentException if {@code intervalMs} is negative
   */
  public static Trigger ProcessingTime(long intervalMs) {
    return new Trigger(Kind.PROCESSING_TIME, millis(intervalMs));
  }

  /**
   * A micro-batch every {@code interval} {@code timeUnit}s.
   *
   * @throws IllegalArgumentException if {@code interval} is negative or {@code timeUnit} null
   */
  public static Trigger ProcessingTime(long interval, TimeUnit timeUnit) {
    return new Trigger(Kind.PROCESSING_TIME, millis(toMillis(interval, timeUnit)));
  }

  /**
   * A micro-batch every {@code interval}, a Spark interval such as {@code "10 seconds"}.
   *
   * @throws IllegalArgumentException if {@code interval} is null, blank or negative
   */
  public static Trigger ProcessingTime(String interval) {
    return new Trigger(Kind.PROCESSING_TIME, text(interval));
  }

  /**
   * Processes all data available at the start in one micro-batch, then stops the query.
   *
   * @deprecated as in Spark: use {@link #AvailableNow()}, which splits the data into batches
   */
  @Deprecated
  public static Trigger Once() {
    return ONCE;
  }

  /**
   * Processes all data available at the start, in as many micro-batches as the source's limits
   * need, then stops the query.
   */
  public static Trigger AvailableNow() {
    return AVAILABLE_NOW;
  }

  /**
   * Continuous processing (experimental in Spark), checkpointing every {@code intervalMs}
   * milliseconds.
   *
   * @throws IllegalArgumentException if {@code intervalMs} is negative
   */
  public static Trigger Continuous(long intervalMs) {
    return new Trigger(Kind.CONTINUOUS, millis(intervalMs));
  }

  /**
   * Continuous processing, checkpointing every {@code interval} {@code timeUnit}s.
   *
   * @throws IllegalArgumentException if {@code interval} is negative or {@code timeUnit} null
   */
  public static Trigger Continuous(long interval, TimeUnit timeUnit) {
    return new Trigger(Kind.CONTINUOUS, millis(toMillis(interval, timeUnit)));
  }

  /**
   * Continuous processing, checkpointing every {@code interval}, a Spark interval such as
   * {@code "1 second"}.
   *
   * @throws IllegalArgumentException if {@code interval} is null, blank or negative
   */
  public static Trigger Continuous(String interval) {
    return new Trigger(Kind.CONTINUOUS, text(interval));
  }

  /**
   * Real-time mode (Spark 4.1+ servers): records are processed as they arrive, in long-running
   * batches of 5 minutes.
   */
  public static Trigger RealTime() {
    return RealTime(5, TimeUnit.MINUTES);
  }

  /**
   * Real-time mode (Spark 4.1+ servers), in batches of {@code batchDurationMs} milliseconds.
   *
   * @throws IllegalArgumentException if {@code batchDurationMs} is not positive
   */
  public static Trigger RealTime(long batchDurationMs) {
    return new Trigger(Kind.REAL_TIME, millis(positive(batchDurationMs)));
  }

  /**
   * Real-time mode (Spark 4.1+ servers), in batches of {@code batchDuration} {@code timeUnit}s.
   *
   * @throws IllegalArgumentException if {@code batchDuration} is not positive or {@code timeUnit} null
   */
  public static Trigger RealTime(long batchDuration, TimeUnit timeUnit) {
    return new Trigger(Kind.REAL_TIME, millis(positive(toMillis(batchDuration, timeUnit))));
  }

  /**
   * Real-time mode (Spark 4.1+ servers), in batches of {@code batchDuration}, a Spark interval
   * such as {@code "1 minute"}.
   *
   * @throws IllegalArgumentException if {@code batchDuration} is null, blank or negative
   */
  public static Trigger RealTime(String batchDuration) {
    return new Trigger(Kind.REAL_TIME, text(batchDuration));
  }

  private static long toMillis(long interval, TimeUnit timeUnit) {
    if (timeUnit == null) {
      throw new IllegalArgumentException("The time unit of a trigger interval must not be null");
    }
    if (interval < 0) {
      throw new IllegalArgumentException("The interval of a trigger must not be negative: " + interval + " " + timeUnit);
    }
    return timeUnit.toMillis(interval);
  }

  /** A real-time batch must last some time, as Spark requires. */
  private static long positive(long batchDurationMs) {
    if (batchDurationMs <= 0) {
      throw new IllegalArgumentException(
          "The batch duration of a real-time trigger must be positive: " + batchDurationMs + " ms");
    }
    return batchDurationMs;
  }

  private static String millis(long intervalMs) {
    if (intervalMs < 0) {
      throw new IllegalArgumentException("The interval of a trigger must not be negative: " + intervalMs + " ms");
    }
    return intervalMs + " milliseconds";
  }

  private static String text(String interval) {
    if (interval == null || interval.isBlank()) {
      throw new IllegalArgumentException("The interval of a trigger must not be null or blank: " + interval);
    }
    String t = interval.strip();
    if (t.startsWith("-") || t.regionMatches(true, 0, "interval -", 0, 10)) {
      throw new IllegalArgumentException("The interval of a trigger must not be negative: " + interval);
    }
    return t;
  }

  Kind kind() {
    return kind;
  }

  /** The interval (or batch duration) as the protocol carries it, or {@code null} for Once and AvailableNow. */
  String interval() {
    return interval;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Trigger && ((Trigger) o).kind == kind && Objects.equals(((Trigger) o).interval, interval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, interval);
  }

  /** E.g. {@code ProcessingTime(10 seconds)} or {@code AvailableNow}. */
  @Override
  public String toString() {
    switch (kind) {
      case PROCESSING_TIME: return "ProcessingTime(" + interval + ")";
      case CONTINUOUS: return "Continuous(" + interval + ")";
      case REAL_TIME: return "RealTime(" + interval + ")";
      case ONCE: return "Once";
      default: return "AvailableNow";
    }
  }
}
