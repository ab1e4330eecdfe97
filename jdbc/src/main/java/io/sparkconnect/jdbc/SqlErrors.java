package io.sparkconnect.jdbc;

import io.sparkconnect.sql.AnalysisException;
import io.sparkconnect.sql.ParseException;
import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.SparkConnectionException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;

/**
 * The client's exceptions as {@link SQLException}s: the SQLSTATE the client reports (the
 * server's, or the error catalogue's for the condition), its class choosing the subclass; the
 * client's exception stays the cause, so its condition and parameters remain reachable.
 */
final class SqlErrors {
  /** Spark's SQLSTATE for a cancelled operation. */
  static final String CANCELLED = "HY008";
  static final String TIMEOUT = "HYT00";
  /** Spark's own client reports errors the server sent without a SQLSTATE as this internal-error state. */
  static final String UNKNOWN = "XXKCM";

  private SqlErrors() {}

  static SQLException of(RuntimeException e) {
    if (e instanceof SparkConnectException sce) {
      return of(sce);
    }
    if (e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().contains("closed")) {
      return new SQLNonTransientConnectionException(e.getMessage(), "08003", e);
    }
    if (e instanceof IllegalArgumentException || e instanceof UnsupportedOperationException) {
      return new SQLException(e.getMessage(), "22023", e);
    }
    return new SQLException(String.valueOf(e.getMessage()), UNKNOWN, e);
  }

  static SQLException of(SparkConnectException e) {
    String state = sqlState(e);
    String message = e.getMessage();
    String condition = e.getCondition();
    if (condition != null && message != null && !message.contains(condition)) {
      message = "[" + condition + "] " + message;
    }
    return byState(message, state, e);
  }

  /** The SQLSTATE: the client's, else one derived from the kind of failure. */
  static String sqlState(SparkConnectException e) {
    String state = e.getSqlState();
    if (state != null && state.length() == 5) {
      return state;
    }
    String condition = e.getCondition();
    if (e instanceof SparkConnectionException) {
      return "08006";
    }
    if (condition != null) {
      if (condition.startsWith("INVALID_HANDLE.SESSION")) {
        return "08003";
      }
      if (condition.equals("OPERATION_CANCELED")) {
        return CANCELLED;
      }
      if (condition.equals("OPERATION_TIMEOUT")) {
        return TIMEOUT;
      }
    }
    if (e instanceof ParseException) {
      return "42601";
    }
    if (e instanceof AnalysisException) {
      return "42000";
    }
    return UNKNOWN;
  }

  static SQLException byState(String message, String state, Throwable cause) {
    String cls = state == null || state.length() < 2 ? "" : state.substring(0, 2);
    if (cause instanceof SparkConnectException sce && sce.getCondition() != null
        && sce.getCondition().startsWith("INVALID_HANDLE.SESSION")) {
      return new SQLNonTransientConnectionException(message, state, cause);
    }
    if (cause instanceof SparkConnectionException) {
      return new SQLNonTransientConnectionException(message, state, cause);
    }
    switch (cls) {
      case "42":
        return new SQLSyntaxErrorException(message, state, cause);
      case "22":
        return new SQLDataException(message, state, cause);
      case "23":
        return new SQLIntegrityConstraintViolationException(message, state, cause);
      case "28":
        return new SQLInvalidAuthorizationSpecException(message, state, cause);
      case "0A":
        return new SQLFeatureNotSupportedException(message, state, cause);
      case "40":
        return new SQLTransactionRollbackException(message, state, cause);
      case "08":
        return new SQLNonTransientConnectionException(message, state, cause);
      default:
        if (TIMEOUT.equals(state)) {
          return new SQLTimeoutException(message, state, cause);
        }
        return new SQLException(message, state, cause);
    }
  }

  static SQLException closed(String what) {
    return new SQLNonTransientConnectionException("This " + what + " is closed", "08003");
  }

  static SQLFeatureNotSupportedException unsupported(String what) {
    return new SQLFeatureNotSupportedException(what + " is not supported by the Spark Connect JDBC driver", "0A000");
  }
}
