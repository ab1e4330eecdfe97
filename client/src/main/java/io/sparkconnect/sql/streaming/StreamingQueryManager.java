package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.StreamingBridge;
import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.StreamingQueryManagerCommand;
import io.sparkconnect.proto.StreamingQueryManagerCommandResult;
import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.SparkSession;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The streaming queries of a session ({@code spark.streams()}): list the active ones, find one by
 * id, wait for any to stop, listen to their events.
 *
 * <pre>{@code
 * for (StreamingQuery q : spark.streams().active()) {
 *   System.out.println(q.name() + " " + q.status().message());
 * }
 * }</pre>
 *
 * <p>Thread-safe; every call but {@link #listListeners()} is a request to the server. One per
 * session.
 */
public final class StreamingQueryManager {
  private final SparkSession session;
  private final ListenerBus listeners;
  private final ForeachBatchShipping shipping;

  StreamingQueryManager(SparkSession session) {
    this.session = session;
    this.listeners = new ListenerBus(session);
    this.shipping = new ForeachBatchShipping(session);
  }

  /** The session's queries that are running now. */
  public StreamingQuery[] active() {
    List<StreamingQueryManagerCommandResult.StreamingQueryInstance> queries =
        run(c -> c.setActive(true)).getActive().getActiveQueriesList();
    StreamingQuery[] out = new StreamingQuery[queries.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = query(queries.get(i));
    }
    return out;
  }

  /** The active query with the id {@code id}, or {@code null} if there is none. */
  public StreamingQuery get(UUID id) {
    if (id == null) {
      throw new IllegalArgumentException("The query id must not be null");
    }
    return get(id.toString());
  }

  /**
   * The active query with the id {@code id} (a UUID), or {@code null} if there is none.
   *
   * @throws IllegalArgumentException if {@code id} is not a UUID
   */
  public StreamingQuery get(String id) {
    if (id == null) {
      throw new IllegalArgumentException("The query id must not be null");
    }
    String normalised;
    try {
      normalised = UUID.fromString(id).toString();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("A query id must be a UUID, not: " + id, e);
    }
    StreamingQueryManagerCommandResult r = run(c -> c.setGetQuery(normalised));
    return r.hasQuery() ? query(r.getQuery()) : null;
  }

  /**
   * Waits until any query of the session stops (since the last {@link #resetTerminated()}).
   *
   * @throws StreamingQueryException if a query stopped with an error
   */
  public void awaitAnyTermination() {
    run(c -> c.setAwaitAnyTermination(StreamingQueryManagerCommand.AwaitAnyTerminationCommand.getDefaultInstance()));
  }

  /**
   * Waits until any query of the session stops or {@code timeoutMs} milliseconds pass.
   *
   * @return whether a query stopped
   * @throws StreamingQueryException if a query stopped with an error
   * @throws IllegalArgumentException if {@code timeoutMs} is not positive
   */
  public boolean awaitAnyTermination(long timeoutMs) {
    if (timeoutMs <= 0) {
      throw new IllegalArgumentException("Timeout has to be positive: " + timeoutMs + " ms");
    }
    return run(c -> c.setAwaitAnyTermination(StreamingQueryManagerCommand.AwaitAnyTerminationCommand.newBuilder()
        .setTimeoutMs(timeoutMs))).getAwaitAnyTermination().getTerminated();
  }

  /** Forgets the queries that stopped, so that {@link #awaitAnyTermination()} waits for a new one. */
  public void resetTerminated() {
    run(c -> c.setResetTerminated(true));
  }

  /**
   * Registers {@code listener} for the events of this session's streaming queries. The callbacks
   * run in this client (see {@link StreamingQueryListener} for the threads); the first listener of
   * the session opens the operation on which the server sends the events, and the session's
   * close ends it. Registering the same listener twice calls it twice per event, as in Spark.
   *
   * @throws IllegalArgumentException if {@code listener} is null
   * @throws SparkConnectException with condition {@code UNSUPPORTED_BY_SERVER_VERSION} on servers
   *     before Spark 4.0, which cannot send the events to a client (nothing is sent to them)
   */
  public void addListener(StreamingQueryListener listener) {
    listeners.add(listener);
  }

  /**
   * Unregisters {@code listener} (one registration of it); nothing happens if it is not
   * registered. Removing the last listener stops the server sending events.
   */
  public void removeListener(StreamingQueryListener listener) {
    listeners.remove(listener);
  }

  /** The registered listeners, in registration order; a copy. */
  public StreamingQueryListener[] listListeners() {
    return listeners.list();
  }

  ListenerBus listenerBus() {
    return listeners;
  }

  ForeachBatchShipping shipping() {
    return shipping;
  }

  private StreamingQuery query(StreamingQueryManagerCommandResult.StreamingQueryInstance q) {
    return new RemoteStreamingQuery(session, q.getId().getId(), q.getId().getRunId(), q.hasName() ? q.getName() : null);
  }

  private StreamingQueryManagerCommandResult run(Consumer<StreamingQueryManagerCommand.Builder> what) {
    StreamingQueryManagerCommand.Builder c = StreamingQueryManagerCommand.newBuilder();
    what.accept(c);
    List<ExecutePlanResponse> responses;
    try {
      responses = StreamingBridge.sessions().executeCommand(session,
          Command.newBuilder().setStreamingQueryManagerCommand(c).build());
    } catch (SparkConnectException e) {
      throw StreamingQueryException.translate(e);
    }
    for (ExecutePlanResponse r : responses) {
      if (r.hasStreamingQueryManagerCommandResult()) {
        return r.getStreamingQueryManagerCommandResult();
      }
    }
    throw new SparkConnectException("The server sent no result for a streaming query manager command");
  }
}
