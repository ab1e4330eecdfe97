package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a streaming query is doing at one moment ({@link StreamingQuery#status()}). An immutable
 * value; thread-safe.
 */
public final class StreamingQueryStatus {
  private final String message;
  private final boolean isDataAvailable;
  private final boolean isTriggerActive;

  StreamingQueryStatus(String message, boolean isDataAvailable, boolean isTriggerActive) {
    this.message = message;
    this.isDataAvailable = isDataAvailable;
    this.isTriggerActive = isTriggerActive;
  }

  /** A description of what the query is doing, e.g. {@code Waiting for data to arrive}. */
  public String message() {
    return message;
  }

  /** Whether a source has new data to process. */
  public boolean isDataAvailable() {
    return isDataAvailable;
  }

  /** Whether a trigger is running a micro-batch now. */
  public boolean isTriggerActive() {
    return isTriggerActive;
  }

  private Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("message", message);
    m.put("isDataAvailable", isDataAvailable);
    m.put("isTriggerActive", isTriggerActive);
    return m;
  }

  /** This status as compact JSON, with Spark's field names. */
  public String json() {
    return JsonWriter.compact(fields());
  }

  /** This status as indented JSON. */
  public String prettyJson() {
    return JsonWriter.pretty(fields());
  }

  /** Same as {@link #prettyJson()}. */
  @Override
  public String toString() {
    return prettyJson();
  }
}
