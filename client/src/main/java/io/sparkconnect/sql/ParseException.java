package io.sparkconnect.sql;

import java.util.List;
import java.util.Map;

/**
 * Thrown when SQL text does not parse; {@link #getCondition()} is typically
 * {@code PARSE_SYNTAX_ERROR} with SQLSTATE {@code 42601}. A subtype of {@link AnalysisException},
 * as in Spark.
 */
public class ParseException extends AnalysisException {
  private static final long serialVersionUID = 1L;

  /** A parse exception with everything the server reported; see {@link SparkConnectException}. */
  public ParseException(String message, Throwable cause, String condition, String sqlState,
      Map<String, String> messageParameters, String serverClassName) {
    super(message, cause, condition, sqlState, messageParameters, serverClassName);
  }

  /** An exception with everything the server reported, including fetched details; see {@link SparkConnectException}. */
  public ParseException(String message, Throwable cause, String condition, String sqlState,
      Map<String, String> messageParameters, String serverClassName, List<QueryContext> queryContext,
      List<StackTraceElement> serverStackTrace) {
    super(message, cause, condition, sqlState, messageParameters, serverClassName, queryContext, serverStackTrace);
  }
}
