package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.JsonWriter;
import java.util.Map;

/**
 * The progress of one stateful operator of a streaming query (an aggregation, a deduplication, a
 * stream-stream join, ...) in one micro-batch ({@link StreamingQueryProgress#stateOperators()}), as
 * Spark's {@code StateOperatorProgress}: read from the report's JSON. An immutable value;
 * thread-safe.
 */
public final class StateOperatorProgress {
  private final Map<?, ?> fields;

  StateOperatorProgress(Map<?, ?> fields) {
    this.fields = fields;
  }

  private long n(String key) {
    return ProgressFields.longOf(fields, key, 0L);
  }

  /** The operator's name, such as {@code stateStoreSave} or {@code dedupe}. */
  public String operatorName() {
    return ProgressFields.stringOf(fields, "operatorName");
  }

  /** The rows in the operator's state. */
  public long numRowsTotal() {
    return n("numRowsTotal");
  }

  /** The state rows updated in the micro-batch. */
  public long numRowsUpdated() {
    return n("numRowsUpdated");
  }

  /** Milliseconds spent updating state. */
  public long allUpdatesTimeMs() {
    return n("allUpdatesTimeMs");
  }

  /** The state rows removed in the micro-batch. */
  public long numRowsRemoved() {
    return n("numRowsRemoved");
  }

  /** Milliseconds spent removing state. */
  public long allRemovalsTimeMs() {
    return n("allRemovalsTimeMs");
  }

  /** Milliseconds spent committing state. */
  public long commitTimeMs() {
    return n("commitTimeMs");
  }

  /** Memory the operator's state uses, in bytes. */
  public long memoryUsedBytes() {
    return n("memoryUsedBytes");
  }

  /** Input rows dropped as later than the watermark. */
  public long numRowsDroppedByWatermark() {
    return n("numRowsDroppedByWatermark");
  }

  /** The operator's shuffle partitions. */
  public long numShufflePartitions() {
    return n("numShufflePartitions");
  }

  /** The operator's state store instances. */
  public long numStateStoreInstances() {
    return n("numStateStoreInstances");
  }

  /** The state store's own metrics. */
  public Map<String, Long> customMetrics() {
    return ProgressFields.longMap(fields, "customMetrics");
  }

  /** This progress as compact JSON. */
  public String json() {
    return JsonWriter.compact(fields);
  }

  /** This progress as indented JSON. */
  public String prettyJson() {
    return JsonWriter.pretty(fields);
  }

  /** Same as {@link #prettyJson()}. */
  @Override
  public String toString() {
    return prettyJson();
  }
}
