package io.sparkconnect.client;

import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Encoder;
import io.sparkconnect.sql.ForeachWriter;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.streaming.DataStreamReader;
import io.sparkconnect.sql.streaming.DataStreamWriter;
import io.sparkconnect.sql.streaming.StreamingQueryManager;
import java.util.List;

/**
 * Internal: lets {@code io.sparkconnect.sql} and {@code io.sparkconnect.sql.streaming} reach each
 * other's protocol-level internals without putting protocol types in public signatures.
 * {@link SparkSession} and the streaming package register their access objects from static
 * initialisers. Not part of the API.
 */
public final class StreamingBridge {
  /** What the streaming package needs of sessions and DataFrames. */
  public interface SessionAccess {
    /** Runs {@code command} in {@code session} and returns all its responses. */
    List<ExecutePlanResponse> executeCommand(SparkSession session, Command command);

    /** A DataFrame of {@code session} over a new relation. */
    DataFrame newDataFrame(SparkSession session, Relation.Builder relation);

    /** The relation of {@code df}. */
    Relation relation(DataFrame df);

    /**
     * Starts {@code command} in {@code session} as an operation that stays open until it ends on
     * the server or the stream is closed (no tags, no operation timeout).
     */
    ResponseStream executeLongRunning(SparkSession session, Command command);

    /** Fails with {@code UNSUPPORTED_BY_SERVER_VERSION} unless the server runs {@code minVersion} or later. */
    void requireServerVersion(SparkSession session, String feature, String minVersion);

    /**
     * A session over an existing server-side session (the connection string names its
     * {@code session_id}); closing it shuts the connection without releasing the session.
     */
    SparkSession borrow(String connectionString);

    /** The user id {@code session} connects as. */
    String userId(SparkSession session);

    /**
     * The user-code payload of {@code df.writeStream().foreach(writer)} for values of
     * {@code encoder} (null: rows); fails before any request if the writer cannot be serialized.
     */
    <T> byte[] foreachWriterPayload(DataFrame df, ForeachWriter<T> writer, Encoder<T> encoder);

    /** The DataFrame whose rows {@code foreach} over values of {@code encoder} (null: rows) reads. */
    DataFrame foreachInput(DataFrame df, Encoder<?> encoder);
  }

  /** Creates the streaming package's entry points. */
  public interface StreamingAccess {
    /** {@code session.readStream()}. */
    DataStreamReader reader(SparkSession session);

    /** {@code df.writeStream()}. */
    DataStreamWriter<Row> writer(DataFrame df);

    /** {@code typed.writeStream()}, for a typed view of {@code df} with {@code encoder}. */
    <T> DataStreamWriter<T> typedWriter(DataFrame df, Encoder<T> encoder);

    /** {@code session.streams()}: made once per session. */
    StreamingQueryManager manager(SparkSession session);

    /** The session is closing: stop what {@code manager} keeps running in the client. */
    void sessionClosing(StreamingQueryManager manager);
  }

  private static volatile SessionAccess sessions;
  private static volatile StreamingAccess streaming;

  private StreamingBridge() {}

  /** Called once by {@link SparkSession}. */
  public static void registerSessions(SessionAccess access) {
    sessions = access;
  }

  /** Called once by the streaming package. */
  public static void registerStreaming(StreamingAccess access) {
    streaming = access;
  }

  /** The session side. */
  public static SessionAccess sessions() {
    SessionAccess s = sessions;
    if (s == null) {
      initialise("io.sparkconnect.sql.SparkSession");
      s = sessions;
    }
    return s;
  }

  /** The streaming side. */
  public static StreamingAccess streaming() {
    StreamingAccess s = streaming;
    if (s == null) {
      initialise("io.sparkconnect.sql.streaming.DataStreamReader");
      s = streaming;
    }
    return s;
  }

  private static void initialise(String className) {
    try {
      Class.forName(className, true, StreamingBridge.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
