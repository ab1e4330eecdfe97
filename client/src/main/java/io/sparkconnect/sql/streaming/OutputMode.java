package io.sparkconnect.sql.streaming;

import java.util.Locale;

/**
 * What a streaming query writes to its sink at each trigger: {@link #Append()} (only new rows),
 * {@link #Complete()} (the whole result, for aggregations) or {@link #Update()} (the rows that
 * changed). Immutable and thread-safe.
 */
public final class OutputMode {
  private static final OutputMode APPEND = new OutputMode("Append");
  private static final OutputMode COMPLETE = new OutputMode("Complete");
  private static final OutputMode UPDATE = new OutputMode("Update");

  private final String name;

  private OutputMode(String name) {
    this.name = name;
  }

  /** Only the rows added since the last trigger are written; rows never change once written. */
  public static OutputMode Append() {
    return APPEND;
  }

  /** The whole result table is written at every trigger (aggregation queries only). */
  public static OutputMode Complete() {
    return COMPLETE;
  }

  /** Only the rows that changed since the last trigger are written. */
  public static OutputMode Update() {
    return UPDATE;
  }

  /**
   * The output mode named {@code outputMode}, in any case: {@code append}, {@code complete} or
   * {@code update}.
   *
   * @throws IllegalArgumentException for any other text
   */
  static OutputMode of(String outputMode) {
    if (outputMode != null) {
      switch (outputMode.toLowerCase(Locale.ROOT)) {
        case "append": return APPEND;
        case "complete": return COMPLETE;
        case "update": return UPDATE;
        default: break;
      }
    }
    throw new IllegalArgumentException("Unknown output mode " + outputMode
        + ". Accepted output modes are 'append', 'complete', 'update'");
  }

  /** The name the protocol uses: {@code append}, {@code complete} or {@code update}. */
  String protocolName() {
    return name.toLowerCase(Locale.ROOT);
  }

  /** {@code Append}, {@code Complete} or {@code Update}. */
  @Override
  public String toString() {
    return name;
  }
}
