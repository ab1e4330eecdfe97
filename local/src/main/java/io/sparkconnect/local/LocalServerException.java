package io.sparkconnect.local;

/**
 * Thrown when a local Spark Connect server cannot be prepared or started.
 *
 * <p>Startup failures carry a message that names the cause and, whenever the child JVM got as far
 * as writing output, the path of the server log file together with its last lines.
 */
public class LocalServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, including the log file path where one exists
   */
  public LocalServerException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the underlying cause.
   *
   * @param message what went wrong, including the log file path where one exists
   * @param cause the underlying failure
   */
  public LocalServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
