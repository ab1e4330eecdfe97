package io.sparkconnect.sql;

import io.sparkconnect.local.LocalSparkServer;

/**
 * One real Spark Connect server per test JVM, started on first use through the {@code local}
 * launcher and stopped when the JVM exits. The version comes from the {@code spark.server.version}
 * system property (default 4.2.0); {@code spark.test.remote} points the tests at a running server
 * instead.
 */
final class TestServer {
  private static LocalSparkServer server;

  private TestServer() {}

  static synchronized String connectionString() {
    String remote = System.getProperty("spark.test.remote");
    if (remote != null && !remote.isBlank()) {
      return remote;
    }
    if (server == null || !server.isAlive()) {
      String version = System.getProperty("spark.server.version", "4.2.0");
      server = LocalSparkServer.builder().sparkVersion(version).master("local[2]").start();
    }
    return server.connectionString();
  }

  static String version() {
    return System.getProperty("spark.server.version", "4.2.0");
  }

  /** A new session on the shared server. */
  static SparkSession newSession() {
    return SparkSession.builder().remote(connectionString()).create();
  }
}
