package io.sparkconnect.shell;

import io.sparkconnect.sql.SparkConnectException;

/**
 * How the shell reports a failed statement: {@code Error [CONDITION] SQLSTATE 42P01: message},
 * the message as the server phrased it without the condition it already starts with. Stateless.
 */
final class ErrorLine {
  private ErrorLine() {}

  static String describe(Throwable t) {
    if (!(t instanceof SparkConnectException)) {
      String m = t.getMessage();
      return "Error: " + (m == null || m.isBlank() ? t.getClass().getSimpleName() : m);
    }
    SparkConnectException e = (SparkConnectException) t;
    String message = e.getMessage() == null ? "" : e.getMessage().strip();
    String condition = e.getCondition();
    if (condition != null && message.startsWith("[" + condition + "]")) {
      message = message.substring(condition.length() + 2).strip();
    }
    StringBuilder sb = new StringBuilder("Error ");
    if (condition != null) {
      sb.append('[').append(condition).append("] ");
    }
    sb.append("SQLSTATE ").append(e.getSqlState()).append(": ").append(message);
    return sb.toString();
  }
}
