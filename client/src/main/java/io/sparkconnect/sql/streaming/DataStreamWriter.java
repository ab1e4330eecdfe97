package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.StreamingBridge;
import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.WriteStreamOperationStart;
import io.sparkconnect.proto.WriteStreamOperationStartResult;
import com.google.protobuf.ByteString;
import io.sparkconnect.api.java.function.VoidFunction2;
import io.sparkconnect.proto.ScalarScalaUDF;
import io.sparkconnect.proto.StreamingForeachFunction;
import io.sparkconnect.sql.AnalysisException;
import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Encoder;
import io.sparkconnect.sql.ForeachWriter;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.SparkConnectException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a streaming DataFrame to a sink as a streaming query ({@code df.writeStream()}):
 *
 * <pre>{@code
 * StreamingQuery q = events.writeStream()
 *     .format("parquet").option("checkpointLocation", "/chk/events")
 *     .outputMode(OutputMode.Append()).trigger(Trigger.ProcessingTime("1 minute"))
 *     .start("/data/events");
 * }</pre>
 *
 * <p>Defaults are the server's: format {@code spark.sql.sources.default}, output mode append,
 * a micro-batch as soon as the last one is done. A builder: not thread-safe; use one per query.
 *
 * @param <T> the type of the stream's values: {@link io.sparkconnect.sql.Row} for a
 *     {@code DataFrame}, the encoder's type for a {@code TypedDataFrame}; {@link #foreach} writes
 *     values of this type
 */
public final class DataStreamWriter<T> {
  private final DataFrame df;
  /** The encoder of the values {@code foreach} writes; null for rows. */
  private final Encoder<T> encoder;
  private String source;
  private OutputMode outputMode;
  private Trigger trigger;
  private String queryName;
  private final Map<String, String> options = new LinkedHashMap<>();
  private String[] partitionBy = new String[0];
  private String[] clusterBy = new String[0];
  /** The function for each micro-batch, or null. */
  private VoidFunction2<DataFrame, Long> foreachBatch;
  /** The writer of every row, or null; at most one of the two is set. */
  private ForeachWriter<T> foreachWriter;

  DataStreamWriter(DataFrame df, Encoder<T> encoder) {
    this.df = df;
    this.encoder = encoder;
  }

  /** The sink: {@code parquet}, {@code json}, {@code memory}, {@code console}, {@code kafka}, ... */
  public DataStreamWriter<T> format(String source) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("The sink format must not be null or blank: " + source);
    }
    this.source = source;
    return this;
  }

  /** What each trigger writes to the sink. */
  public DataStreamWriter<T> outputMode(OutputMode outputMode) {
    if (outputMode == null) {
      throw new IllegalArgumentException("The output mode must not be null");
    }
    this.outputMode = outputMode;
    return this;
  }

  /**
   * What each trigger writes to the sink: {@code append}, {@code complete} or {@code update}, in
   * any case.
   *
   * @throws IllegalArgumentException for any other text
   */
  public DataStreamWriter<T> outputMode(String outputMode) {
    return outputMode(OutputMode.of(outputMode));
  }

  /** When the query processes data; by default, as soon as the last micro-batch is done. */
  public DataStreamWriter<T> trigger(Trigger trigger) {
    if (trigger == null) {
      throw new IllegalArgumentException("The trigger must not be null");
    }
    this.trigger = trigger;
    return this;
  }

  /**
   * Names the sink, as Spark 4.2 does for query evolution. Spark Connect's protocol has no field
   * for a sink name, so, as with Spark's own Connect client, naming a sink is not supported: the
   * name is checked as Spark checks it, then the call fails.
   *
   * @param sinkName the name: ASCII letters, digits and underscores
   * @return never returns normally
   * @throws IllegalArgumentException if {@code sinkName} is null or empty
   * @throws AnalysisException with condition {@code STREAMING_QUERY_EVOLUTION_ERROR.INVALID_SINK_NAME}
   *     if it has other characters
   * @throws UnsupportedOperationException for a valid name: Spark Connect cannot name sinks
   */
  public DataStreamWriter name(String sinkName) {
    if (sinkName == null || sinkName.isEmpty()) {
      throw new IllegalArgumentException("The sink name must not be " + (sinkName == null ? "null" : "empty"));
    }
    if (!sinkName.matches("[a-zA-Z0-9_]+")) {
      throw new AnalysisException("[STREAMING_QUERY_EVOLUTION_ERROR.INVALID_SINK_NAME] Streaming query evolution "
          + "error: Invalid streaming sink name: '" + sinkName + "'. Sink names must only contain ASCII letters "
          + "('a'-'z', 'A'-'Z'), digits ('0'-'9'), and underscores ('_'). SQLSTATE: 42KDE", null,
          "STREAMING_QUERY_EVOLUTION_ERROR.INVALID_SINK_NAME", "42KDE", Map.of("sinkName", sinkName), null);
    }
    throw new UnsupportedOperationException("Sink naming is not supported in Spark Connect");
  }

  /**
   * The query's name, unique among the session's active queries; the {@code memory} sink makes
   * its results the temporary view of this name.
   */
  public DataStreamWriter<T> queryName(String queryName) {
    if (queryName == null) {
      throw new IllegalArgumentException("The query name must not be null");
    }
    this.queryName = queryName;
    return this;
  }

  /** A sink option, such as {@code checkpointLocation}. */
  public DataStreamWriter<T> option(String key, String value) {
    if (key == null || value == null) {
      throw new IllegalArgumentException("Option keys and values must not be null: " + key + "=" + value);
    }
    options.put(key, value);
    return this;
  }

  /** A sink option. */
  public DataStreamWriter<T> option(String key, boolean value) {
    return option(key, String.valueOf(value));
  }

  /** A sink option. */
  public DataStreamWriter<T> option(String key, long value) {
    return option(key, String.valueOf(value));
  }

  /** A sink option. */
  public DataStreamWriter<T> option(String key, double value) {
    return option(key, String.valueOf(value));
  }

  /** Sink options. */
  public DataStreamWriter<T> options(Map<String, String> options) {
    options.forEach(this::option);
    return this;
  }

  /** Partitions the output of file sinks by these columns, in folders {@code col=value}. */
  public DataStreamWriter<T> partitionBy(String... colNames) {
    this.partitionBy = checkedNames(colNames);
    return this;
  }

  /** Clusters the output table's data by these columns (sinks that support clustering). */
  public DataStreamWriter<T> clusterBy(String... colNames) {
    this.clusterBy = checkedNames(colNames);
    return this;
  }

  private static String[] checkedNames(String[] colNames) {
    if (colNames == null || Arrays.asList(colNames).contains(null)) {
      throw new IllegalArgumentException("Column names must not be null: " + Arrays.toString(colNames));
    }
    return colNames.clone();
  }

  /**
   * Runs {@code function} for every micro-batch, with the batch as a DataFrame and the batch's id
   * (increasing; the same id again means the batch is replayed after a failure). Spark's
   * {@code foreachBatch}:
   *
   * <pre>{@code
   * events.writeStream().foreachBatch((batch, batchId) -> {
   *   batch.groupBy("kind").count().write().mode("append").saveAsTable("event_counts");
   * }).start();
   * }</pre>
   *
   * <p>The function runs on the Spark Connect server, in the driver, not in this program: it is
   * serialized when the query starts (it and what it captures must be serializable; the classes of
   * the function and this client's jars are uploaded to the session once). For each batch the
   * server publishes the batch as a temporary view and calls the function with this client,
   * connected back to the server on the query's session (one client, kept between batches); an
   * exception it throws fails the query. On a typed view's writer the batch is the untyped
   * {@code DataFrame} too ({@code batch.as(encoder)} gives the typed view). Replaces any earlier
   * {@code foreach}/{@code foreachBatch} of this writer.
   *
   * @throws IllegalArgumentException if {@code function} is null
   */
  public DataStreamWriter<T> foreachBatch(VoidFunction2<DataFrame, Long> function) {
    if (function == null) {
      throw new IllegalArgumentException("The foreachBatch function must not be null");
    }
    this.foreachBatch = function;
    this.foreachWriter = null;
    return this;
  }

  /**
   * Writes every row with {@code writer} (Spark's {@code foreach}). The writer is serialized when
   * the query starts and runs where Spark runs it: in the tasks of every micro-batch, on the
   * executors. For each partition of each micro-batch a fresh copy of the writer is
   * {@linkplain ForeachWriter#open opened} with the partition's id and the batch's id (the epoch
   * id); if {@code open} returns true it {@linkplain ForeachWriter#process gets} each row of the
   * partition; then it is {@linkplain ForeachWriter#close closed} with null, or with the
   * exception that {@code process} threw. An exception from the writer fails the task and, once
   * Spark gives up on it, the query ({@link StreamingQuery#awaitTermination()} throws a
   * {@link StreamingQueryException} naming the exception's class and message).
   *
   * <p>The writer and what it refers to must be serializable (otherwise {@code start()} fails
   * before sending anything, naming the type); its classes are uploaded to the session. Starting
   * the query asks the server for the stream's schema once. Replaces any earlier
   * {@code foreach}/{@code foreachBatch} of this writer.
   *
   * @throws IllegalArgumentException if {@code writer} is null
   */
  public DataStreamWriter<T> foreach(ForeachWriter<T> writer) {
    if (writer == null) {
      throw new IllegalArgumentException("The ForeachWriter must not be null");
    }
    this.foreachWriter = writer;
    this.foreachBatch = null;
    return this;
  }

  /** The protocol command this writer would send, without a destination. */
  WriteStreamOperationStart.Builder operation() {
    WriteStreamOperationStart.Builder w = WriteStreamOperationStart.newBuilder()
        .setInput(StreamingBridge.sessions().relation(df)).putAllOptions(options)
        .addAllPartitioningColumnNames(Arrays.asList(partitionBy))
        .addAllClusteringColumnNames(Arrays.asList(clusterBy));
    if (source != null) {
      w.setFormat(source);
    }
    if (outputMode != null) {
      w.setOutputMode(outputMode.protocolName());
    }
    if (queryName != null) {
      w.setQueryName(queryName);
    }
    if (trigger != null) {
      switch (trigger.kind()) {
        case PROCESSING_TIME: w.setProcessingTimeInterval(trigger.interval()); break;
        case CONTINUOUS: w.setContinuousCheckpointInterval(trigger.interval()); break;
        case REAL_TIME: w.setRealTimeBatchDuration(trigger.interval()); break;
        case ONCE: w.setOnce(true); break;
        default: w.setAvailableNow(true); break;
      }
    }
    return w;
  }

  /** Starts the query, writing to the sink's own target (the {@code path} option, memory, ...). */
  public StreamingQuery start() {
    return run(operation());
  }

  /** Starts the query, writing files to the folder {@code path}. */
  public StreamingQuery start(String path) {
    if (path == null) {
      throw new IllegalArgumentException("The path must not be null");
    }
    return run(operation().setPath(path));
  }

  /** Starts the query, appending to the table {@code tableName} (created if needed). */
  public StreamingQuery toTable(String tableName) {
    if (tableName == null || tableName.isBlank()) {
      throw new IllegalArgumentException("The table name must not be null or blank: " + tableName);
    }
    return run(operation().setTableName(tableName));
  }

  private StreamingQuery run(WriteStreamOperationStart.Builder w) {
    if (foreachBatch != null) {
      w.setForeachBatch(StreamingForeachFunction.newBuilder().setScalaFunction(ScalarScalaUDF.newBuilder()
          .setPayload(ByteString.copyFrom(foreachBatchPayload())).setNullable(false)));
    }
    if (foreachWriter != null) {
      byte[] payload = StreamingBridge.sessions().foreachWriterPayload(df, foreachWriter, encoder);
      if (encoder != null) {
        w.setInput(StreamingBridge.sessions().relation(StreamingBridge.sessions().foreachInput(df, encoder)));
      }
      w.setForeachWriter(StreamingForeachFunction.newBuilder().setScalaFunction(ScalarScalaUDF.newBuilder()
          .setPayload(ByteString.copyFrom(payload)).setNullable(false)));
    }
    Command command = Command.newBuilder().setWriteStreamOperationStart(w).build();
    for (ExecutePlanResponse r : StreamingBridge.sessions().executeCommand(df.sparkSession(), command)) {
      if (r.hasWriteStreamOperationStartResult()) {
        WriteStreamOperationStartResult result = r.getWriteStreamOperationStartResult();
        StreamingQuery query = new RemoteStreamingQuery(df.sparkSession(), result.getQueryId().getId(),
            result.getQueryId().getRunId(), result.getName());
        if (result.hasQueryStartedEventJson()) {
          // The server holds the start event back for this response, so that listeners see it
          // before start() returns, as Spark promises.
          df.sparkSession().streams().listenerBus()
              .post(new StreamingQueryListener.QueryStartedEvent(result.getQueryStartedEventJson()));
        }
        return query;
      }
    }
    throw new SparkConnectException("The server sent no result for the start of the streaming query");
  }

  /** Spark 4 servers expect the function in a packet with its encoder, Spark 3.5 the bare function. */
  private byte[] foreachBatchPayload() {
    SparkSession session = df.sparkSession();
    return session.streams().shipping().payload(foreachBatch, "foreachBatch function", () -> !session.version().startsWith("3."));
  }
}
