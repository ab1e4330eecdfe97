package io.sparkconnect.sql;

import java.util.List;
import java.util.Map;

/**
 * Thrown when the server cannot analyse a query: an unknown column, table or function, a type
 * mismatch. {@link #getCondition()} names the error class, e.g. {@code UNRESOLVED_COLUMN.WITH_SUGGESTION}
 * with SQLSTATE {@code 42703}.
 */
public class AnalysisException extends SparkConnectException {
  private static final long serialVersionUID = 1L;

  /** An analysis exception with everything the server reported; see {@link SparkConnectException}. */
  public AnalysisException(String message, Throwable cause, String condition, String sqlState,
      Map<String, String> messageParameters, String serverClassName) {
    super(message, cause, condition, sqlState, messageParameters, serverClassName);
  }

  /** An exception with everything the server reported, including fetched details; see {@link SparkConnectException}. */
  public AnalysisException(String message, Throwable cause, String condition, String sqlState,
      Map<String, String> messageParameters, String serverClassName, List<QueryContext> queryContext,
      List<StackTraceElement> serverStackTrace) {
    super(message, cause, condition, sqlState, messageParameters, serverClassName, queryContext, serverStackTrace);
  }
}
