package io.sparkconnect.arrow;

/**
 * Thrown when Arrow IPC data is malformed, truncated, or uses a feature this reader does not
 * support (dictionaries, compression, unsupported types).
 *
 * <p>Instances are immutable and therefore thread-safe.
 */
public class ArrowFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with the given message. */
  public ArrowFormatException(String message) {
    super(message);
  }

  /** Creates an exception with the given message and cause. */
  public ArrowFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
