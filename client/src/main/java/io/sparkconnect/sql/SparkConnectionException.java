package io.sparkconnect.sql;

import java.util.Collections;

/**
 * Thrown when the Spark Connect server cannot be reached or the connection to it is lost. The
 * message names the endpoint (never a token); the transport failure is the cause.
 */
public class SparkConnectionException extends SparkConnectException {
  private static final long serialVersionUID = 1L;

  /** A connection failure with a message naming the endpoint, and the transport failure. */
  public SparkConnectionException(String message, Throwable cause) {
    super(message, cause, null, null, Collections.emptyMap(), null);
  }
}
