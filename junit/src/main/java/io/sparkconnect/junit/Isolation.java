package io.sparkconnect.junit;

/**
 * How long one {@link io.sparkconnect.sql.SparkSession} injected by {@link SparkConnectTest}
 * lives, and so which tests see each other's temporary views and session configuration.
 */
public enum Isolation {
  /**
   * One session for all tests of a test class (the default): the class's tests share temporary
   * views and {@code spark.conf()} settings, other classes do not see them.
   */
  CLASS,
  /** A new session for each test method: nothing a test does to its session reaches another. */
  METHOD
}
