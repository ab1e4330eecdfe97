package io.sparkconnect.junit;

import io.sparkconnect.local.LocalSparkServer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded servers of this JVM, one per {@link ServerSpec}, each started when a test first
 * needs it. They stop when the JVM exits ({@code spark-connect-local} registers that), so every
 * test class of a run shares them.
 */
final class SharedServers {
  private static final Map<ServerSpec, Slot> SERVERS = new ConcurrentHashMap<>();

  private SharedServers() {}

  /** The connection string of the server {@code spec} describes, starting it if needed. */
  static String connectionString(ServerSpec spec) {
    if (spec.remote() != null) {
      return spec.remote();
    }
    return SERVERS.computeIfAbsent(spec, Slot::new).connectionString();
  }

  /** How many embedded servers this JVM has asked for (for the kit's own tests). */
  static int count() {
    return SERVERS.size();
  }

  /**
   * One server; its own lock, so that a server starting (seconds) does not hold up classes that
   * use another spec.
   */
  private static final class Slot {
    private final ServerSpec spec;
    private LocalSparkServer server;

    Slot(ServerSpec spec) {
      this.spec = spec;
    }

    synchronized String connectionString() {
      if (server == null || !server.isAlive()) {
        LocalSparkServer.Builder builder = LocalSparkServer.builder().sparkVersion(spec.sparkVersion());
        int workers = spec.clusterWorkers();
        if (workers > 0) {
          builder.cluster(workers);
        } else {
          builder.master(spec.master());
        }
        spec.conf().forEach(builder::conf);
        server = builder.start();
      }
      return server.connectionString();
    }
  }
}
