package io.sparkconnect.sql.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.client.StreamingBridge;
import io.sparkconnect.proto.Read;
import io.sparkconnect.proto.StreamingQueryCommand;
import io.sparkconnect.proto.WriteStreamOperationStart;
import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The protocol messages readStream, writeStream and streaming queries build, checked without a server. */
class StreamingPlanTest {
  static SparkSession spark;

  @BeforeAll
  static void open() {
    spark = SparkSession.builder().remote("sc://127.0.0.1:1").create();
  }

  @AfterAll
  static void close() {
    spark.close();
  }

  private static Read read(DataFrame df) {
    return StreamingBridge.sessions().relation(df).getRead();
  }

  @Test
  void readStreamBuildsAStreamingDataSource() {
    Read r = read(spark.readStream().format("rate").option("rowsPerSecond", 5L).option("numPartitions", "2")
        .option("flag", true).option("ratio", 0.5).options(Map.of("k", "v")).load());
    assertTrue(r.getIsStreaming());
    assertEquals("rate", r.getDataSource().getFormat());
    assertFalse(r.getDataSource().hasSchema());
    assertEquals(0, r.getDataSource().getPathsCount());
    assertEquals(Map.of("rowsPerSecond", "5", "numPartitions", "2", "flag", "true", "ratio", "0.5", "k", "v"),
        r.getDataSource().getOptionsMap());
  }

  @Test
  void fileSourcesSetFormatPathAndSchema() {
    StructType schema = new StructType().add("id", DataTypes.LongType).add("s", DataTypes.StringType);
    Read json = read(spark.readStream().schema(schema).json("/in/json"));
    assertTrue(json.getIsStreaming());
    assertEquals("json", json.getDataSource().getFormat());
    assertEquals(List.of("/in/json"), json.getDataSource().getPathsList());
    assertEquals(schema.json(), json.getDataSource().getSchema());

    Read csv = read(spark.readStream().schema("a INT, b STRING").csv("/in/csv"));
    assertEquals("csv", csv.getDataSource().getFormat());
    assertEquals("a INT, b STRING", csv.getDataSource().getSchema());
    for (String[] f : new String[][] {{"parquet", "/p"}, {"orc", "/o"}, {"text", "/t"}, {"xml", "/x"}}) {
      DataStreamReader reader = spark.readStream();
      DataFrame df;
      switch (f[0]) {
        case "parquet": df = reader.parquet(f[1]); break;
        case "orc": df = reader.orc(f[1]); break;
        case "text": df = reader.text(f[1]); break;
        default: df = reader.xml(f[1]); break;
      }
      assertEquals(f[0], read(df).getDataSource().getFormat());
      assertEquals(List.of(f[1]), read(df).getDataSource().getPathsList());
      assertTrue(read(df).getIsStreaming());
    }
    assertEquals(List.of("/l"), read(spark.readStream().format("json").load("/l")).getDataSource().getPathsList());
  }

  @Test
  void namedSourcesAndChangeFeeds() {
    Read named = read(spark.readStream().format("rate").name("rates_src").load());
    assertEquals("rates_src", named.getDataSource().getSourceName());
    assertFalse(read(spark.readStream().format("rate").load()).getDataSource().hasSourceName());
    assertThrows(IllegalArgumentException.class, () -> spark.readStream().name(" "));

    io.sparkconnect.proto.RelationChanges changes = StreamingBridge.sessions()
        .relation(spark.readStream().option("startingVersion", 2L).changes("cat.db.t")).getRelationChanges();
    assertTrue(changes.getIsStreaming());
    assertEquals("cat.db.t", changes.getUnparsedIdentifier());
    assertEquals(Map.of("startingVersion", "2"), changes.getOptionsMap());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> spark.readStream().schema("a INT").changes("t"));
    assertEquals("changes() does not take a user-specified schema", e.getMessage());
  }

  @Test
  void sinkNamesAreCheckedThenRefusedAsSparkConnectHasNoFieldForThem() {
    DataStreamWriter w = spark.readStream().format("rate").load().writeStream();
    assertThrows(IllegalArgumentException.class, () -> w.name(null));
    assertThrows(IllegalArgumentException.class, () -> w.name(""));
    io.sparkconnect.sql.AnalysisException bad = assertThrows(io.sparkconnect.sql.AnalysisException.class,
        () -> w.name("my sink"));
    assertEquals("STREAMING_QUERY_EVOLUTION_ERROR.INVALID_SINK_NAME", bad.getCondition());
    assertEquals("42KDE", bad.getSqlState());
    assertEquals(Map.of("sinkName", "my sink"), bad.getMessageParameters());
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> w.name("sink_1"));
    assertEquals("Sink naming is not supported in Spark Connect", e.getMessage());
  }

  @Test
  void tableIsAStreamingNamedTable() {
    Read r = read(spark.readStream().option("k", "v").table("db.events"));
    assertTrue(r.getIsStreaming());
    assertEquals("db.events", r.getNamedTable().getUnparsedIdentifier());
    assertEquals(Map.of("k", "v"), r.getNamedTable().getOptionsMap());
  }

  @Test
  void readerRejectsBadInput() {
    assertThrows(IllegalArgumentException.class, () -> spark.readStream().option("k", (String) null));
    assertThrows(IllegalArgumentException.class, () -> spark.readStream().format(" "));
    assertThrows(IllegalArgumentException.class, () -> spark.readStream().schema((StructType) null));
    assertThrows(IllegalArgumentException.class, () -> spark.readStream().load(null));
    assertThrows(IllegalArgumentException.class, () -> spark.readStream().table(""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> spark.readStream().schema("a INT").textFile("/t"));
    assertTrue(e.getMessage().contains("textFile"), e.getMessage());
  }

  private static WriteStreamOperationStart op(DataStreamWriter<?> w) {
    return w.operation().build();
  }

  @Test
  void writeStreamBuildsTheStartCommand() {
    DataFrame in = spark.readStream().format("rate").load();
    WriteStreamOperationStart w = op(in.writeStream().format("memory").queryName("q1").outputMode("Complete")
        .trigger(Trigger.ProcessingTime(2, TimeUnit.SECONDS)).option("checkpointLocation", "/chk")
        .option("n", 3L).partitionBy("a", "b").clusterBy("c"));
    assertEquals(StreamingBridge.sessions().relation(in), w.getInput());
    assertEquals("memory", w.getFormat());
    assertEquals("q1", w.getQueryName());
    assertEquals("complete", w.getOutputMode());
    assertEquals("2000 milliseconds", w.getProcessingTimeInterval());
    assertEquals(Map.of("checkpointLocation", "/chk", "n", "3"), w.getOptionsMap());
    assertEquals(List.of("a", "b"), w.getPartitioningColumnNamesList());
    assertEquals(List.of("c"), w.getClusteringColumnNamesList());
    assertEquals(WriteStreamOperationStart.SinkDestinationCase.SINKDESTINATION_NOT_SET, w.getSinkDestinationCase());

    WriteStreamOperationStart d = op(in.writeStream());
    assertEquals("", d.getFormat());
    assertEquals("", d.getQueryName());
    assertEquals("", d.getOutputMode());
    assertEquals(WriteStreamOperationStart.TriggerCase.TRIGGER_NOT_SET, d.getTriggerCase());
  }

  @Test
  void triggersMapToTheProtocol() {
    DataFrame in = spark.readStream().format("rate").load();
    assertEquals("1500 milliseconds", op(in.writeStream().trigger(Trigger.ProcessingTime(1500))).getProcessingTimeInterval());
    assertEquals("10 seconds", op(in.writeStream().trigger(Trigger.ProcessingTime(" 10 seconds"))).getProcessingTimeInterval());
    assertTrue(op(in.writeStream().trigger(Trigger.AvailableNow())).getAvailableNow());
    @SuppressWarnings("deprecation")
    Trigger once = Trigger.Once();
    assertTrue(op(in.writeStream().trigger(once)).getOnce());
    assertEquals("1000 milliseconds", op(in.writeStream().trigger(Trigger.Continuous(1000))).getContinuousCheckpointInterval());
    assertEquals("60000 milliseconds",
        op(in.writeStream().trigger(Trigger.Continuous(1, TimeUnit.MINUTES))).getContinuousCheckpointInterval());
    assertEquals("1 second", op(in.writeStream().trigger(Trigger.Continuous("1 second"))).getContinuousCheckpointInterval());
    assertEquals("300000 milliseconds", op(in.writeStream().trigger(Trigger.RealTime())).getRealTimeBatchDuration());
    assertEquals("250 milliseconds", op(in.writeStream().trigger(Trigger.RealTime(250))).getRealTimeBatchDuration());
    assertEquals("2000 milliseconds",
        op(in.writeStream().trigger(Trigger.RealTime(2, TimeUnit.SECONDS))).getRealTimeBatchDuration());
    assertEquals("1 minute", op(in.writeStream().trigger(Trigger.RealTime("1 minute"))).getRealTimeBatchDuration());
    assertThrows(IllegalArgumentException.class, () -> Trigger.RealTime(-1));
    assertThrows(IllegalArgumentException.class, () -> Trigger.RealTime(0));
    assertThrows(IllegalArgumentException.class, () -> Trigger.RealTime(0, TimeUnit.SECONDS));
    assertEquals(Trigger.ProcessingTime(1000), Trigger.ProcessingTime(1, TimeUnit.SECONDS));
    assertEquals("ProcessingTime(1000 milliseconds)", Trigger.ProcessingTime(1000).toString());
    assertSame(Trigger.AvailableNow(), Trigger.AvailableNow());
  }

  @Test
  void badTriggersAndModesAreRefusedWithClearMessages() {
    IllegalArgumentException neg = assertThrows(IllegalArgumentException.class, () -> Trigger.ProcessingTime(-1));
    assertEquals("The interval of a trigger must not be negative: -1 ms", neg.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Trigger.ProcessingTime(-5, TimeUnit.SECONDS));
    assertThrows(IllegalArgumentException.class, () -> Trigger.ProcessingTime(5, null));
    assertThrows(IllegalArgumentException.class, () -> Trigger.ProcessingTime("-3 seconds"));
    assertThrows(IllegalArgumentException.class, () -> Trigger.ProcessingTime((String) null));
    assertThrows(IllegalArgumentException.class, () -> Trigger.Continuous(-1));
    assertThrows(IllegalArgumentException.class, () -> Trigger.Continuous(" "));
    DataStreamWriter<Row> w = spark.readStream().format("rate").load().writeStream();
    IllegalArgumentException mode = assertThrows(IllegalArgumentException.class, () -> w.outputMode("sideways"));
    assertEquals("Unknown output mode sideways. Accepted output modes are 'append', 'complete', 'update'",
        mode.getMessage());
    assertThrows(IllegalArgumentException.class, () -> w.outputMode((String) null));
    assertThrows(IllegalArgumentException.class, () -> w.outputMode((OutputMode) null));
    assertEquals("The trigger must not be null",
        assertThrows(IllegalArgumentException.class, () -> w.trigger(null)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> w.option(null, "v"));
    assertThrows(IllegalArgumentException.class, () -> w.partitionBy("a", null));
    assertThrows(IllegalArgumentException.class, () -> w.toTable(" "));
    assertThrows(IllegalArgumentException.class, () -> w.start(null));
  }

  @Test
  void outputModes() {
    DataStreamWriter<Row> w = spark.readStream().format("rate").load().writeStream();
    assertEquals("append", op(w.outputMode(OutputMode.Append())).getOutputMode());
    assertEquals("update", op(w.outputMode(OutputMode.Update())).getOutputMode());
    assertEquals("complete", op(w.outputMode("COMPLETE")).getOutputMode());
    assertSame(OutputMode.Update(), OutputMode.of("update"));
    assertEquals("Append", OutputMode.Append().toString());
  }

  @Test
  void queryCommandsCarryTheInstanceId() {
    String id = UUID.randomUUID().toString();
    String runId = UUID.randomUUID().toString();
    RemoteStreamingQuery q = new RemoteStreamingQuery(spark, id, runId, "");
    assertNull(q.name());
    assertEquals(UUID.fromString(id), q.id());
    assertEquals(UUID.fromString(runId), q.runId());
    StreamingQueryCommand c = q.command(b -> b.setAwaitTermination(
        StreamingQueryCommand.AwaitTerminationCommand.newBuilder().setTimeoutMs(500)));
    assertEquals(id, c.getQueryId().getId());
    assertEquals(runId, c.getQueryId().getRunId());
    assertEquals(500, c.getAwaitTermination().getTimeoutMs());
    assertThrows(IllegalArgumentException.class, () -> q.awaitTermination(0));
    assertThrows(IllegalArgumentException.class, () -> spark.streams().awaitAnyTermination(-1));
    assertThrows(IllegalArgumentException.class, () -> spark.streams().get("not-a-uuid"));
    assertThrows(IllegalArgumentException.class, () -> spark.streams().get((UUID) null));
  }

  @Test
  void progressIsReadFromTheServersJson() {
    // The shape a Spark 4.2 server sends: row counts and rates per source.
    String json = "{\"id\":\"8c4a9b8e-1f39-4d4e-9d59-3a0f0e0c1b2a\",\"runId\":\"1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9\","
        + "\"name\":\"q\",\"timestamp\":\"2026-01-01T00:00:00.000Z\",\"batchId\":3,\"batchDuration\":12,"
        + "\"durationMs\":{\"addBatch\":4,\"triggerExecution\":12},\"eventTime\":{\"watermark\":\"1970-01-01T00:00:00.000Z\"},"
        + "\"sources\":[{\"description\":\"a\",\"numInputRows\":7,\"inputRowsPerSecond\":1.5,\"processedRowsPerSecond\":2.5},"
        + "{\"description\":\"b\",\"numInputRows\":5,\"processedRowsPerSecond\":0.5}],\"sink\":{\"numOutputRows\":12}}";
    StreamingQueryProgress p = new StreamingQueryProgress(json);
    assertEquals(UUID.fromString("8c4a9b8e-1f39-4d4e-9d59-3a0f0e0c1b2a"), p.id());
    assertEquals(UUID.fromString("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9"), p.runId());
    assertEquals("q", p.name());
    assertEquals("2026-01-01T00:00:00.000Z", p.timestamp());
    assertEquals(3, p.batchId());
    assertEquals(12, p.batchDuration());
    assertEquals(12, p.numInputRows());
    assertEquals(3.0, p.processedRowsPerSecond());
    assertTrue(Double.isNaN(p.inputRowsPerSecond()), "source b has no input rate");
    assertEquals(Map.of("addBatch", 4L, "triggerExecution", 12L), p.durationMs());
    assertEquals(Map.of("watermark", "1970-01-01T00:00:00.000Z"), p.eventTime());
    assertEquals(json, p.json());
    assertTrue(p.prettyJson().contains("\"batchDuration\""), p.prettyJson());
    assertTrue(p.prettyJson().contains("\n"), p.prettyJson());
    assertThrows(IllegalArgumentException.class, () -> new StreamingQueryProgress("[1]"));
  }

  @Test
  void listenerEventsAreReadFromTheServersJson() {
    String id = "8c4a9b8e-1f39-4d4e-9d59-3a0f0e0c1b2a";
    String run = "1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9";
    StreamingQueryListener.QueryStartedEvent started = new StreamingQueryListener.QueryStartedEvent("{\"id\":\"" + id
        + "\",\"runId\":\"" + run + "\",\"name\":\"q\",\"timestamp\":\"2026-01-01T00:00:00.000Z\",\"jobTags\":[\"a\",\"b\"]}");
    assertEquals(UUID.fromString(id), started.id());
    assertEquals(UUID.fromString(run), started.runId());
    assertEquals("q", started.name());
    assertEquals("2026-01-01T00:00:00.000Z", started.timestamp());
    assertEquals(java.util.Set.of("a", "b"), started.jobTags());
    StreamingQueryListener.QueryStartedEvent unnamed = new StreamingQueryListener.QueryStartedEvent("{\"id\":\"" + id
        + "\",\"runId\":\"" + run + "\",\"name\":null,\"timestamp\":\"t\"}");
    assertNull(unnamed.name());
    assertTrue(unnamed.jobTags().isEmpty());

    StreamingQueryListener.QueryProgressEvent progress = new StreamingQueryListener.QueryProgressEvent(
        "{\"progress\":{\"id\":\"" + id + "\",\"runId\":\"" + run + "\",\"name\":\"q\",\"batchId\":4,"
            + "\"numInputRows\":9,\"sources\":[]}}");
    assertEquals(4, progress.progress().batchId());
    assertEquals(9, progress.progress().numInputRows());
    assertEquals(UUID.fromString(id), progress.progress().id());

    StreamingQueryListener.QueryIdleEvent idle = new StreamingQueryListener.QueryIdleEvent("{\"id\":\"" + id
        + "\",\"runId\":\"" + run + "\",\"timestamp\":\"t\"}");
    assertEquals(UUID.fromString(run), idle.runId());
    assertEquals("t", idle.timestamp());

    StreamingQueryListener.QueryTerminatedEvent ok = new StreamingQueryListener.QueryTerminatedEvent("{\"id\":\"" + id
        + "\",\"runId\":\"" + run + "\",\"exception\":null,\"errorClassOnException\":null}");
    assertFalse(ok.exception().isPresent());
    assertFalse(ok.errorClassOnException().isPresent());
    StreamingQueryListener.QueryTerminatedEvent failed = new StreamingQueryListener.QueryTerminatedEvent("{\"id\":\"" + id
        + "\",\"runId\":\"" + run + "\",\"exception\":\"boom\",\"errorClassOnException\":\"DIVIDE_BY_ZERO\"}");
    assertEquals("boom", failed.exception().get());
    assertEquals("DIVIDE_BY_ZERO", failed.errorClassOnException().get());

    assertThrows(IllegalArgumentException.class, () -> new StreamingQueryListener.QueryIdleEvent("[]"));
    assertThrows(IllegalArgumentException.class, () -> new StreamingQueryListener.QueryTerminatedEvent("{\"id\":1}"));
    assertThrows(IllegalArgumentException.class, () -> new StreamingQueryListener.QueryProgressEvent("{}"));
  }

  /** Not serializable. */
  static final class Opaque {
    int n;
  }

  @Test
  void foreachBatchFunctionsThatCannotBeSerializedAreRefusedWithoutARequest() {
    Opaque opaque = new Opaque();
    DataFrame df = spark.range(3);
    // The session points at no server: any request would fail with a connection error instead.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> df.writeStream().foreachBatch((batch, id) -> opaque.n++).start());
    assertTrue(e.getMessage().contains("foreachBatch function must be serializable")
        && e.getMessage().contains(Opaque.class.getName()), e.getMessage());
    IllegalArgumentException w = assertThrows(IllegalArgumentException.class,
        () -> df.writeStream().foreach(new io.sparkconnect.sql.ForeachWriter<io.sparkconnect.sql.Row>() {
          final Opaque held = opaque;

          @Override
          public boolean open(long partitionId, long epochId) {
            return true;
          }

          @Override
          public void process(io.sparkconnect.sql.Row value) {}

          @Override
          public void close(Throwable errorOrNull) {}
        }).start());
    assertTrue(w.getMessage().contains("ForeachWriter must be serializable")
        && w.getMessage().contains(Opaque.class.getName()), w.getMessage());
  }

  @Test
  void foreachBatchPayloadNamesWhatTheServerNeeds() throws Exception {
    ForeachBatchPayload p = new ForeachBatchPayload(new byte[] {1, 2}, new String[] {"files/a.jar"}, "sid", "uid", true);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(out)) {
      o.writeObject(p);
    }
    // Deserialized in the client (no Spark here) it cannot resolve into Spark's function: a clear error.
    java.io.InvalidObjectException e = assertThrows(java.io.InvalidObjectException.class, () -> {
      try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
        in.readObject();
      }
    });
    assertTrue(e.getMessage().contains("lacks what foreachBatch needs"), e.getMessage());
  }

  @Test
  void listenerArgumentsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> spark.streams().addListener(null));
    assertEquals(0, spark.streams().listListeners().length);
    assertSame(spark.streams(), spark.streams(), "one manager per session: it holds the listeners");
  }

  @Test
  void publicSignaturesHoldNoProtocolTypes() {
    Class<?>[] api = {DataStreamReader.class, DataStreamWriter.class, StreamingQuery.class, StreamingQueryManager.class,
        StreamingQueryStatus.class, StreamingQueryProgress.class, StreamingQueryException.class, Trigger.class,
        OutputMode.class, StreamingQueryListener.QueryStartedEvent.class, StreamingQueryListener.QueryProgressEvent.class,
        StreamingQueryListener.QueryIdleEvent.class, StreamingQueryListener.QueryTerminatedEvent.class};
    for (java.lang.reflect.Method m : StreamingQueryListener.class.getMethods()) {
      assertFalse(m.toGenericString().contains("io.sparkconnect.proto"), m.toGenericString());
    }
    for (Class<?> c : api) {
      for (java.lang.reflect.Method m : c.getMethods()) {
        String sig = m.toGenericString();
        assertFalse(sig.contains("io.sparkconnect.proto") || sig.contains("io.grpc") || sig.contains("org.apache.arrow"),
            sig);
      }
      assertEquals(0, c.getConstructors().length, c + " has a public constructor");
    }
  }

  @Test
  void serverQueryFailuresBecomeStreamingQueryExceptions() {
    SparkConnectException failure = new SparkConnectException("boom", null, "STREAM_FAILED", "XXKST",
        Map.of("id", "x"), "org.apache.spark.sql.streaming.StreamingQueryException");
    SparkConnectException t = StreamingQueryException.translate(failure);
    assertTrue(t instanceof StreamingQueryException);
    assertEquals("boom", t.getMessage());
    assertEquals("STREAM_FAILED", t.getCondition());
    assertEquals("XXKST", t.getSqlState());
    assertEquals(Map.of("id", "x"), t.getMessageParameters());
    assertSame(failure, t.getCause());
    SparkConnectException other = new SparkConnectException("other");
    assertSame(other, StreamingQueryException.translate(other));
  }
}
