package io.sparkconnect.sql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The base of every exception this client throws for a failed Spark operation.
 *
 * <p>Carries what the server reported: the error condition (Spark's error class, such as
 * {@code UNRESOLVED_COLUMN.WITH_SUGGESTION}), the SQLSTATE, the message parameters and, when the
 * server sends it, the parts of the query the error is about ({@link #getQueryContext()}) and the
 * server's stack trace ({@link #getServerStackTrace()}). When the server reports a chain of
 * causes, they are this exception's causes, each a {@code SparkConnectException}.
 * Unchecked, like all of Spark's errors. Instances are immutable once thrown.
 *
 * <p>Every instance has a SQLSTATE ({@link #getSqlState()}): the one the server sent, else the one
 * Spark's error catalogue gives for the condition (so servers of Spark 3.5, which send none, give
 * the same SQLSTATE as newer ones), else {@code XXKCM}, Spark's state for an error that arrived
 * without one.
 */
public class SparkConnectException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String condition;
  private final String sqlState;
  private final Map<String, String> messageParameters;
  private final String serverClassName;
  private final List<QueryContext> queryContext;
  private final List<StackTraceElement> serverStackTrace;

  /** An exception with a message and nothing else. */
  public SparkConnectException(String message) {
    this(message, null, null, null, Collections.emptyMap(), null);
  }

  /** An exception with a message and a cause. */
  public SparkConnectException(String message, Throwable cause) {
    this(message, cause, null, null, Collections.emptyMap(), null);
  }

  /**
   * An exception with everything the server reported.
   *
   * @param message the message, as the server phrased it
   * @param cause the underlying failure, or {@code null}
   * @param condition the error condition (error class), or {@code null}
   * @param sqlState the SQLSTATE, or {@code null} to take the condition's from Spark's catalogue
   * @param messageParameters the error's message parameters, never {@code null}
   * @param serverClassName the server-side exception class, or {@code null}
   */
  public SparkConnectException(String message, Throwable cause, String condition, String sqlState,
      Map<String, String> messageParameters, String serverClassName) {
    this(message, cause, condition, sqlState, messageParameters, serverClassName, List.of(), List.of());
  }

  /**
   * An exception with everything the server reported, including the details fetched afterwards.
   *
   * @param message the message, as the server phrased it
   * @param cause the underlying failure, or {@code null}
   * @param condition the error condition (error class), or {@code null}
   * @param sqlState the SQLSTATE, or {@code null} to take the condition's from Spark's catalogue
   * @param messageParameters the error's message parameters, never {@code null}
   * @param serverClassName the server-side exception class, or {@code null}
   * @param queryContext the parts of the query the error is about, never {@code null}
   * @param serverStackTrace the stack trace on the server, empty if not known; never {@code null}
   */
  public SparkConnectException(String message, Throwable cause, String condition, String sqlState,
      Map<String, String> messageParameters, String serverClassName, List<QueryContext> queryContext,
      List<StackTraceElement> serverStackTrace) {
    super(message, cause);
    this.condition = condition;
    this.sqlState = ErrorCatalogue.sqlState(sqlState, condition, ErrorCatalogue.MISSING);
    this.messageParameters = Collections.unmodifiableMap(new LinkedHashMap<>(messageParameters));
    this.serverClassName = serverClassName;
    this.queryContext = List.copyOf(queryContext);
    this.serverStackTrace = List.copyOf(serverStackTrace);
  }

  /** The error condition (Spark's error class), e.g. {@code PARSE_SYNTAX_ERROR}, or {@code null}. */
  public String getCondition() {
    return condition;
  }

  /** The same as {@link #getCondition()}, under Spark's older name. */
  public String getErrorClass() {
    return condition;
  }

  /**
   * The five-character SQLSTATE, e.g. {@code 42601}; never {@code null}. When the server sent
   * none, the SQLSTATE Spark's error catalogue gives for the condition, else {@code XXKCM}.
   */
  public String getSqlState() {
    return sqlState;
  }

  /** The message parameters of the error condition; empty when there are none. */
  public Map<String, String> getMessageParameters() {
    return messageParameters;
  }

  /**
   * The parts of the query the error is about (for SQL text: the fragment and its position);
   * empty when the server reported none.
   */
  public List<QueryContext> getQueryContext() {
    return queryContext;
  }

  /** The stack trace of the error on the server; empty when the server did not send it. */
  public List<StackTraceElement> getServerStackTrace() {
    return serverStackTrace;
  }

  /** The fully qualified name of the exception class on the server, or {@code null}. */
  public String getServerClassName() {
    return serverClassName;
  }
}
