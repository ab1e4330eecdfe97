package io.sparkconnect.sql;

import io.sparkconnect.local.LocalSparkServer;

/**
 * The embedded server behind {@code remote("local")}. Kept in its own class so that the optional
 * {@code spark-connect-local} module is only needed when it is used.
 */
final class EmbeddedServer implements AutoCloseable {
  static final String DEFAULT_VERSION = "4.2.0";

  private final LocalSparkServer server;

  private EmbeddedServer(LocalSparkServer server) {
    this.server = server;
  }

  static EmbeddedServer start(String version, String master) {
    return new EmbeddedServer(LocalSparkServer.builder().sparkVersion(version).master(master).start());
  }

  /** Starts a server that drives a standalone cluster of {@code workers} workers on this machine. */
  static EmbeddedServer startCluster(String version, int workers) {
    return new EmbeddedServer(LocalSparkServer.builder().sparkVersion(version).cluster(workers).start());
  }

  String connectionString() {
    return server.connectionString();
  }

  @Override
  public void close() {
    server.close();
  }
}
