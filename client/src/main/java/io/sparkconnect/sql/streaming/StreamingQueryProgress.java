package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.JsonParser;
import io.sparkconnect.client.JsonWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The progress report of one micro-batch of a streaming query
 * ({@link StreamingQuery#lastProgress()}), read from the JSON the server sends: the main fields
 * have accessors, everything (sources, sink, state operators, observed metrics) is in
 * {@link #json()}. An immutable value; thread-safe.
 */
public final class StreamingQueryProgress {
  private final String json;
  private final Map<String, Object> fields;

  StreamingQueryProgress(String json) {
    this.json = json;
    Object parsed = JsonParser.parse(json);
    if (!(parsed instanceof Map)) {
      throw new IllegalArgumentException("A progress report must be a JSON object, not: " + json);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) parsed;
    this.fields = m;
  }

  /** The query's id, kept across restarts from the same checkpoint. */
  public UUID id() {
    return UUID.fromString((String) fields.get("id"));
  }

  /** The id of the query's run that made this report. */
  public UUID runId() {
    return UUID.fromString((String) fields.get("runId"));
  }

  /** The query's name, or {@code null} if it has none. */
  public String name() {
    return (String) fields.get("name");
  }

  /** When the micro-batch started, in ISO 8601 ({@code 2026-01-31T12:00:00.000Z}). */
  public String timestamp() {
    return (String) fields.get("timestamp");
  }

  /** The micro-batch's number, from 0. */
  public long batchId() {
    return number("batchId").longValue();
  }

  /** How long the micro-batch took, in milliseconds. */
  public long batchDuration() {
    return number("batchDuration").longValue();
  }

  /** The rows the micro-batch read, summed over its sources (as Spark computes it). */
  public long numInputRows() {
    if (fields.get("numInputRows") instanceof Number) {
      return number("numInputRows").longValue();
    }
    long sum = 0;
    for (Map<?, ?> source : sourceMaps()) {
      Object v = source.get("numInputRows");
      if (v instanceof Number) {
        sum += ((Number) v).longValue();
      }
    }
    return sum;
  }

  /**
   * The rate at which rows arrived, per second, summed over the sources; {@code NaN} if a source
   * did not report it.
   */
  public double inputRowsPerSecond() {
    return rate("inputRowsPerSecond");
  }

  /**
   * The rate at which the query processed rows, per second, summed over the sources; {@code NaN}
   * if a source did not report it.
   */
  public double processedRowsPerSecond() {
    return rate("processedRowsPerSecond");
  }

  /** Each source's progress in the micro-batch, in the order of the query's sources. */
  public SourceProgress[] sources() {
    return sourceMaps().stream().map(SourceProgress::new).toArray(SourceProgress[]::new);
  }

  /** The sink's progress in the micro-batch. */
  public SinkProgress sink() {
    return new SinkProgress(fields.get("sink") instanceof Map<?, ?> m ? m : Map.of());
  }

  /** The progress of each stateful operator of the query (none for a stateless query). */
  public StateOperatorProgress[] stateOperators() {
    List<StateOperatorProgress> out = new ArrayList<>();
    if (fields.get("stateOperators") instanceof List<?> ops) {
      for (Object o : ops) {
        if (o instanceof Map<?, ?> m) {
          out.add(new StateOperatorProgress(m));
        }
      }
    }
    return out.toArray(new StateOperatorProgress[0]);
  }

  /**
   * The metrics of each named {@code observe(name, ...)} of the query in the micro-batch, by name,
   * as Spark's {@code observedMetrics}. The report's JSON carries no types: integral values read as
   * {@code long} ({@code getLong}, {@code getAs}), other numbers as {@code double}.
   */
  public Map<String, io.sparkconnect.sql.Row> observedMetrics() {
    Map<String, io.sparkconnect.sql.Row> out = new LinkedHashMap<>();
    if (fields.get("observedMetrics") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        if (v instanceof Map<?, ?> row) {
          out.put(String.valueOf(k), ProgressFields.row(row));
        }
      });
    }
    return Collections.unmodifiableMap(out);
  }

  /** The sources' reports: the JSON objects of the {@code sources} array. */
  private List<Map<?, ?>> sourceMaps() {
    Object o = fields.get("sources");
    List<Map<?, ?>> out = new ArrayList<>();
    if (o instanceof List) {
      for (Object s : (List<?>) o) {
        if (s instanceof Map) {
          out.add((Map<?, ?>) s);
        }
      }
    }
    return out;
  }

  /** Milliseconds spent in each phase of the micro-batch ({@code triggerExecution}, {@code addBatch}, ...). */
  public Map<String, Long> durationMs() {
    Object o = fields.get("durationMs");
    Map<String, Long> out = new LinkedHashMap<>();
    if (o instanceof Map) {
      ((Map<?, ?>) o).forEach((k, v) -> {
        if (v instanceof Number) {
          out.put((String) k, ((Number) v).longValue());
        }
      });
    }
    return Collections.unmodifiableMap(out);
  }

  /** Event-time statistics ({@code min}, {@code max}, {@code avg}, {@code watermark}), if the query has event time. */
  public Map<String, String> eventTime() {
    Object o = fields.get("eventTime");
    Map<String, String> out = new LinkedHashMap<>();
    if (o instanceof Map) {
      ((Map<?, ?>) o).forEach((k, v) -> out.put((String) k, String.valueOf(v)));
    }
    return Collections.unmodifiableMap(out);
  }

  private Number number(String key) {
    Object v = fields.get(key);
    if (!(v instanceof Number)) {
      throw new IllegalStateException("The progress report has no number '" + key + "': " + json);
    }
    return (Number) v;
  }

  private double rate(String key) {
    Object v = fields.get(key);
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    if (fields.containsKey(key)) {
      return Double.NaN;
    }
    double sum = 0;
    for (Map<?, ?> source : sourceMaps()) {
      Object r = source.get(key);
      sum += r instanceof Number ? ((Number) r).doubleValue() : Double.NaN;
    }
    return sum;
  }

  /** The report as the server sent it, in JSON. */
  public String json() {
    return json;
  }

  /** The report as indented JSON. */
  public String prettyJson() {
    return JsonWriter.pretty(fields);
  }

  /** Same as {@link #prettyJson()}. */
  @Override
  public String toString() {
    return prettyJson();
  }
}
