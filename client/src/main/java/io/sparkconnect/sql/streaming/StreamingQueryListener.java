package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.JsonParser;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Receives the life-cycle events of a session's streaming queries; register it with
 * {@link StreamingQueryManager#addListener(StreamingQueryListener)}:
 *
 * <pre>{@code
 * spark.streams().addListener(new StreamingQueryListener() {
 *   public void onQueryStarted(QueryStartedEvent event) { log("started " + event.name()); }
 *   public void onQueryProgress(QueryProgressEvent event) {
 *     log(event.progress().numInputRows() + " rows in batch " + event.progress().batchId());
 *   }
 *   public void onQueryTerminated(QueryTerminatedEvent event) { log("stopped " + event.id()); }
 * });
 * }</pre>
 *
 * <p>The callbacks run in this client, not on the server: the server streams the events of the
 * session's queries to the client while at least one listener is registered.
 * {@link #onQueryStarted} runs in the thread that starts the query, before
 * {@link DataStreamWriter#start()} returns; the other callbacks run one at a time, in the order of
 * the events, on a daemon thread of the session. Callbacks of all listeners of a session never
 * run at the same time, so a listener needs no locking of its own unless other threads read its
 * state. A callback that throws is reported and skipped; the other listeners still get the event.
 * Slow callbacks delay the next events (not the queries).
 */
public abstract class StreamingQueryListener {

  /** For subclasses. */
  protected StreamingQueryListener() {}

  /**
   * A query started. Called in the thread that called {@link DataStreamWriter#start()} (or
   * {@code toTable}), before that call returns.
   */
  public abstract void onQueryStarted(QueryStartedEvent event);

  /** A micro-batch of a query finished: its progress report. */
  public abstract void onQueryProgress(QueryProgressEvent event);

  /** A query has been waiting for new data for a while; does nothing unless overridden. */
  public void onQueryIdle(QueryIdleEvent event) {}

  /** A query stopped, normally or with an error. */
  public abstract void onQueryTerminated(QueryTerminatedEvent event);

  /** An event of a streaming query: one of the four classes below. */
  public interface Event {}

  /** A query started. An immutable value; thread-safe. */
  public static final class QueryStartedEvent implements Event {
    private final String json;
    private final UUID id;
    private final UUID runId;
    private final String name;
    private final String timestamp;
    private final Set<String> jobTags;

    QueryStartedEvent(String json) {
      Map<String, Object> f = parse(json, "QueryStartedEvent");
      this.json = json;
      this.id = uuid(f, "id", json);
      this.runId = uuid(f, "runId", json);
      this.name = (String) f.get("name");
      this.timestamp = (String) f.get("timestamp");
      Set<String> tags = new LinkedHashSet<>();
      if (f.get("jobTags") instanceof List) {
        for (Object t : (List<?>) f.get("jobTags")) {
          tags.add(String.valueOf(t));
        }
      }
      this.jobTags = Collections.unmodifiableSet(tags);
    }

    /** The query's id, kept across restarts from the same checkpoint. */
    public UUID id() {
      return id;
    }

    /** The id of this run of the query. */
    public UUID runId() {
      return runId;
    }

    /** The query's name, or {@code null} if it has none. */
    public String name() {
      return name;
    }

    /** When the query started, in ISO 8601 ({@code 2026-01-31T12:00:00.000Z}). */
    public String timestamp() {
      return timestamp;
    }

    /** The job tags of the session when the query started; empty if none (or on servers before 4.0). */
    public Set<String> jobTags() {
      return jobTags;
    }

    /** The event as the server sent it, in JSON. */
    public String json() {
      return json;
    }

    @Override
    public String toString() {
      return "QueryStartedEvent(id=" + id + ", runId=" + runId + ", name=" + name + ")";
    }
  }

  /** A micro-batch of a query finished. An immutable value; thread-safe. */
  public static final class QueryProgressEvent implements Event {
    private final String json;
    private final StreamingQueryProgress progress;

    QueryProgressEvent(String json) {
      Map<String, Object> f = parse(json, "QueryProgressEvent");
      if (!(f.get("progress") instanceof Map)) {
        throw new IllegalArgumentException("A QueryProgressEvent must have a progress object: " + json);
      }
      this.json = json;
      @SuppressWarnings("unchecked")
      Map<String, Object> p = (Map<String, Object>) f.get("progress");
      this.progress = new StreamingQueryProgress(io.sparkconnect.client.JsonWriter.compact(p));
    }

    /** The micro-batch's progress report: query id, batch id, row counts, durations. */
    public StreamingQueryProgress progress() {
      return progress;
    }

    /** The event as the server sent it, in JSON. */
    public String json() {
      return json;
    }

    @Override
    public String toString() {
      return "QueryProgressEvent(id=" + progress.id() + ", batchId=" + progress.batchId() + ")";
    }
  }

  /** A query has been waiting for new data. An immutable value; thread-safe. */
  public static final class QueryIdleEvent implements Event {
    private final String json;
    private final UUID id;
    private final UUID runId;
    private final String timestamp;

    QueryIdleEvent(String json) {
      Map<String, Object> f = parse(json, "QueryIdleEvent");
      this.json = json;
      this.id = uuid(f, "id", json);
      this.runId = uuid(f, "runId", json);
      this.timestamp = (String) f.get("timestamp");
    }

    /** The query's id, kept across restarts from the same checkpoint. */
    public UUID id() {
      return id;
    }

    /** The id of this run of the query. */
    public UUID runId() {
      return runId;
    }

    /** When the query became idle, in ISO 8601. */
    public String timestamp() {
      return timestamp;
    }

    /** The event as the server sent it, in JSON. */
    public String json() {
      return json;
    }

    @Override
    public String toString() {
      return "QueryIdleEvent(id=" + id + ", runId=" + runId + ")";
    }
  }

  /** A query stopped. An immutable value; thread-safe. */
  public static final class QueryTerminatedEvent implements Event {
    private final String json;
    private final UUID id;
    private final UUID runId;
    private final String exception;
    private final String errorClassOnException;

    QueryTerminatedEvent(String json) {
      Map<String, Object> f = parse(json, "QueryTerminatedEvent");
      this.json = json;
      this.id = uuid(f, "id", json);
      this.runId = uuid(f, "runId", json);
      this.exception = (String) f.get("exception");
      this.errorClassOnException = (String) f.get("errorClassOnException");
    }

    /** The query's id, kept across restarts from the same checkpoint. */
    public UUID id() {
      return id;
    }

    /** The id of the run that stopped. */
    public UUID runId() {
      return runId;
    }

    /** The error that stopped the query (message and stack trace), empty if it was stopped normally. */
    public Optional<String> exception() {
      return Optional.ofNullable(exception);
    }

    /** The error condition of that error, if it has one (e.g. {@code DIVIDE_BY_ZERO}). */
    public Optional<String> errorClassOnException() {
      return Optional.ofNullable(errorClassOnException);
    }

    /** The event as the server sent it, in JSON. */
    public String json() {
      return json;
    }

    @Override
    public String toString() {
      return "QueryTerminatedEvent(id=" + id + ", runId=" + runId + ", exception=" + exception + ")";
    }
  }

  private static Map<String, Object> parse(String json, String what) {
    Object parsed = JsonParser.parse(json);
    if (!(parsed instanceof Map)) {
      throw new IllegalArgumentException("A " + what + " must be a JSON object, not: " + json);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) parsed;
    return m;
  }

  private static UUID uuid(Map<String, Object> f, String key, String json) {
    Object v = f.get(key);
    if (!(v instanceof String)) {
      throw new IllegalArgumentException("A streaming query event must have a string '" + key + "': " + json);
    }
    return UUID.fromString((String) v);
  }
}
