package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.StreamingBridge;
import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.StreamingQueryCommand;
import io.sparkconnect.proto.StreamingQueryCommandResult;
import io.sparkconnect.proto.StreamingQueryInstanceId;
import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.SparkSession;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** {@link StreamingQuery} through the protocol's {@code StreamingQueryCommand}. */
final class RemoteStreamingQuery implements StreamingQuery {
  private final SparkSession session;
  private final StreamingQueryInstanceId instance;
  private final UUID id;
  private final UUID runId;
  private final String name;

  RemoteStreamingQuery(SparkSession session, String id, String runId, String name) {
    this.session = session;
    this.instance = StreamingQueryInstanceId.newBuilder().setId(id).setRunId(runId).build();
    this.id = UUID.fromString(id);
    this.runId = UUID.fromString(runId);
    this.name = name == null || name.isEmpty() ? null : name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public UUID id() {
    return id;
  }

  @Override
  public UUID runId() {
    return runId;
  }

  @Override
  public SparkSession sparkSession() {
    return session;
  }

  @Override
  public boolean isActive() {
    return run(c -> c.setStatus(true)).getStatus().getIsActive();
  }

  @Override
  public Optional<StreamingQueryException> exception() {
    StreamingQueryCommandResult.ExceptionResult e = run(c -> c.setException(true)).getException();
    if (!e.hasExceptionMessage()) {
      return Optional.empty();
    }
    return Optional.of(new StreamingQueryException(e.getExceptionMessage(),
        e.hasErrorClass() ? e.getErrorClass() : null, e.hasStackTrace() ? e.getStackTrace() : null));
  }

  @Override
  public StreamingQueryStatus status() {
    StreamingQueryCommandResult.StatusResult s = run(c -> c.setStatus(true)).getStatus();
    return new StreamingQueryStatus(s.getStatusMessage(), s.getIsDataAvailable(), s.getIsTriggerActive());
  }

  @Override
  public StreamingQueryProgress[] recentProgress() {
    return progress(run(c -> c.setRecentProgress(true)));
  }

  @Override
  public StreamingQueryProgress lastProgress() {
    StreamingQueryProgress[] p = progress(run(c -> c.setLastProgress(true)));
    return p.length == 0 ? null : p[p.length - 1];
  }

  private static StreamingQueryProgress[] progress(StreamingQueryCommandResult r) {
    List<String> json = r.getRecentProgress().getRecentProgressJsonList();
    StreamingQueryProgress[] out = new StreamingQueryProgress[json.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = new StreamingQueryProgress(json.get(i));
    }
    return out;
  }

  @Override
  public void awaitTermination() {
    run(c -> c.setAwaitTermination(StreamingQueryCommand.AwaitTerminationCommand.getDefaultInstance()));
  }

  @Override
  public boolean awaitTermination(long timeoutMs) {
    if (timeoutMs <= 0) {
      throw new IllegalArgumentException("Timeout has to be positive: " + timeoutMs + " ms");
    }
    return run(c -> c.setAwaitTermination(StreamingQueryCommand.AwaitTerminationCommand.newBuilder()
        .setTimeoutMs(timeoutMs))).getAwaitTermination().getTerminated();
  }

  @Override
  public void processAllAvailable() {
    run(c -> c.setProcessAllAvailable(true));
  }

  @Override
  public void stop() {
    run(c -> c.setStop(true));
  }

  @Override
  public void explain() {
    explain(false);
  }

  @Override
  public void explain(boolean extended) {
    System.out.println(run(c -> c.setExplain(StreamingQueryCommand.ExplainCommand.newBuilder().setExtended(extended)))
        .getExplain().getResult());
  }

  /** The protocol command for {@code what} on this query. */
  StreamingQueryCommand command(Consumer<StreamingQueryCommand.Builder> what) {
    StreamingQueryCommand.Builder c = StreamingQueryCommand.newBuilder().setQueryId(instance);
    what.accept(c);
    return c.build();
  }

  private StreamingQueryCommandResult run(Consumer<StreamingQueryCommand.Builder> what) {
    Command command = Command.newBuilder().setStreamingQueryCommand(command(what)).build();
    List<ExecutePlanResponse> responses;
    try {
      responses = StreamingBridge.sessions().executeCommand(session, command);
    } catch (SparkConnectException e) {
      throw StreamingQueryException.translate(e);
    }
    for (ExecutePlanResponse r : responses) {
      if (r.hasStreamingQueryCommandResult()) {
        return r.getStreamingQueryCommandResult();
      }
    }
    throw new SparkConnectException("The server sent no result for a command on streaming query " + this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RemoteStreamingQuery && ((RemoteStreamingQuery) o).session == session
        && ((RemoteStreamingQuery) o).instance.equals(instance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, runId);
  }

  /** The query's name (if any), id and run id. */
  @Override
  public String toString() {
    return "StreamingQuery(" + (name == null ? "" : "name=" + name + ", ") + "id=" + id + ", runId=" + runId + ")";
  }
}
