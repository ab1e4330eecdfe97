package io.sparkconnect.sql;

import io.sparkconnect.local.LocalSparkServer;

/**
 * One real Spark Connect server per test JVM, started on first use through the {@code local}
 * launcher and stopped when the JVM exits. The version comes from the {@code spark.server.version}
 * system property (default 4.2.0); {@code spark.test.workers} (default 0) runs it as the driver of
 * a standalone cluster of that many workers; {@code spark.test.remote} points the tests at a running
 * server instead.
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
      int workers = Integer.getInteger("spark.test.workers", 0);
      // A server stack trace long enough to reach its causes: on Spark 3.5 (no FetchErrorDetails)
      // it is the only place a failing UDF's own exception appears (see UdfIT).
      LocalSparkServer.Builder builder = LocalSparkServer.builder().sparkVersion(version)
          .conf("spark.connect.jvmStacktrace.maxSize", "65536");
      server = (workers > 0 ? builder.cluster(workers) : builder.master("local[2]")).start();
    }
    return server.connectionString();
  }

  static String version() {
    return System.getProperty("spark.server.version", "4.2.0");
  }

  /**
   * Whether the server runs Spark {@code major.minor} or later, as the server itself reports it
   * (so this also holds for {@code spark.test.remote}).
   */
  static boolean serverAtLeast(SparkSession spark, int major, int minor) {
    String[] v = spark.version().split("[.-]");
    int ma = Integer.parseInt(v[0]);
    int mi = Integer.parseInt(v[1]);
    return ma != major ? ma > major : mi >= minor;
  }

  /** A new session on the shared server. */
  static SparkSession newSession() {
    return SparkSession.builder().remote(connectionString()).create();
  }
}
