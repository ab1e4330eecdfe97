package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.JsonWriter;
import java.util.Map;

/**
 * The progress of a streaming query's sink in one micro-batch ({@link StreamingQueryProgress#sink()}),
 * as Spark's {@code SinkProgress}: read from the report's JSON. An immutable value; thread-safe.
 */
public final class SinkProgress {
  private final Map<?, ?> fields;

  SinkProgress(Map<?, ?> fields) {
    this.fields = fields;
  }

  /** The sink's description, such as {@code MemorySink} or {@code ForeachBatchSink}. */
  public String description() {
    return ProgressFields.stringOf(fields, "description");
  }

  /** The rows written to the sink in the micro-batch, or -1 where the sink does not count them. */
  public long numOutputRows() {
    return ProgressFields.longOf(fields, "numOutputRows", -1L);
  }

  /** The sink's own metrics. */
  public Map<String, String> metrics() {
    return ProgressFields.stringMap(fields, "metrics");
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
