package io.sparkconnect.util.sketch;

/**
 * Thrown when two sketches cannot be merged because they were built with different sizes, hash
 * functions, seeds or format versions.
 */
public class IncompatibleMergeException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An exception with the given message. */
  public IncompatibleMergeException(String message) {
    super(message);
  }
}
