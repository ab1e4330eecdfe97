package io.sparkconnect.sql;

import java.util.Collections;

/**
 * Thrown when the Spark Connect server cannot be reached or the connection to it is lost. The
 * message names the endpoint (never a token); the transport failure is the cause. Its SQLSTATE is
 * {@code 08006} (connection failure), the class that connection pools and SQL tools look for.
 */
public class SparkConnectionException extends SparkConnectException {
  private static final long serialVersionUID = 1L;
  /** SQL's SQLSTATE for a lost or refused connection. */
  private static final String CONNECTION_FAILURE = "08006";

  /** A connection failure with a message naming the endpoint, and the transport failure. */
  public SparkConnectionException(String message, Throwable cause) {
    super(message, cause, null, CONNECTION_FAILURE, Collections.emptyMap(), null);
  }
}
