package io.sparkconnect.sql.streaming;

import io.sparkconnect.sql.SparkConnectException;
import java.util.Map;

/**
 * A streaming query stopped with an error: thrown by {@link StreamingQuery#awaitTermination()}
 * and its kin, and returned by {@link StreamingQuery#exception()}. The message is the server's;
 * the error condition, SQLSTATE and server-side causes are kept when the server sent them.
 * Immutable once thrown.
 */
public class StreamingQueryException extends SparkConnectException {
  private static final long serialVersionUID = 1L;

  private final String serverStackTraceText;

  /** The failure of a query as {@code StreamingQuery.exception()} reports it. */
  StreamingQueryException(String message, String condition, String serverStackTraceText) {
    super(message, null, condition, null, Map.of(), "org.apache.spark.sql.streaming.StreamingQueryException");
    this.serverStackTraceText = serverStackTraceText;
  }

  /** The failure of a query as a request about it reported it; {@code e} is the cause. */
  StreamingQueryException(SparkConnectException e) {
    super(e.getMessage(), e, e.getCondition(), e.getSqlState(), e.getMessageParameters(), e.getServerClassName(),
        e.getQueryContext(), e.getServerStackTrace());
    this.serverStackTraceText = null;
  }

  /**
   * The server's stack trace of the failure as text, when {@link StreamingQuery#exception()}
   * reported it; {@code null} otherwise (see {@link #getServerStackTrace()}).
   */
  public String getServerStackTraceText() {
    return serverStackTraceText;
  }

  /** Whether {@code e} is the server reporting a failed streaming query. */
  static boolean isQueryFailure(SparkConnectException e) {
    String cls = e.getServerClassName();
    return cls != null && cls.endsWith(".StreamingQueryException");
  }

  /** {@code e} as a {@link StreamingQueryException} when it reports a failed query, else {@code e}. */
  static SparkConnectException translate(SparkConnectException e) {
    if (e instanceof StreamingQueryException || !isQueryFailure(e)) {
      return e;
    }
    return new StreamingQueryException(e);
  }
}
