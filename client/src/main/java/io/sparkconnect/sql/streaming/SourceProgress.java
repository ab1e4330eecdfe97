package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.JsonWriter;
import java.util.Map;

/**
 * The progress of one source of a streaming query in one micro-batch
 * ({@link StreamingQueryProgress#sources()}), as Spark's {@code SourceProgress}: read from the
 * report's JSON. An immutable value; thread-safe.
 */
public final class SourceProgress {
  private final Map<?, ?> fields;

  SourceProgress(Map<?, ?> fields) {
    this.fields = fields;
  }

  /** The source's description, such as {@code RateStreamV2[...]}. */
  public String description() {
    return ProgressFields.stringOf(fields, "description");
  }

  /** The offset the micro-batch started reading at, as JSON text; {@code null} for the first batch. */
  public String startOffset() {
    return ProgressFields.jsonText(fields, "startOffset");
  }

  /** The offset the micro-batch read up to, as JSON text. */
  public String endOffset() {
    return ProgressFields.jsonText(fields, "endOffset");
  }

  /** The latest offset the source had, as JSON text. */
  public String latestOffset() {
    return ProgressFields.jsonText(fields, "latestOffset");
  }

  /** The rows read from this source in the micro-batch. */
  public long numInputRows() {
    return ProgressFields.longOf(fields, "numInputRows", 0L);
  }

  /** The rate rows arrived at from this source, per second ({@code NaN} if not known). */
  public double inputRowsPerSecond() {
    return ProgressFields.doubleOf(fields, "inputRowsPerSecond");
  }

  /** The rate rows from this source were processed at, per second ({@code NaN} if not known). */
  public double processedRowsPerSecond() {
    return ProgressFields.doubleOf(fields, "processedRowsPerSecond");
  }

  /** The source's own metrics, such as Kafka's {@code avgOffsetsBehindLatest}. */
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
