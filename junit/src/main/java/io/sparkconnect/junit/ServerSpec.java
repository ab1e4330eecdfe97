package io.sparkconnect.junit;

import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server a test class asked for, after system properties and defaults are applied. Equal
 * specs share one server.
 *
 * @param remote the connection string of a running server, or {@code null} for an embedded one
 * @param sparkVersion the embedded server's Spark version
 * @param master the embedded server's master ({@code local[N]} or {@code local-cluster[N]})
 * @param conf the embedded server's configuration
 */
record ServerSpec(String remote, String sparkVersion, String master, SortedMap<String, String> conf) {
  static final String DEFAULT_VERSION = "4.2.0";
  static final String DEFAULT_MASTER = "local[2]";
  private static final String CONF_PREFIX = "spark.test.conf.";
  private static final Pattern CLUSTER = Pattern.compile("local-cluster\\[(\\d+)]");

  ServerSpec {
    conf = new TreeMap<>(conf);
  }

  /** The spec from the annotation's attributes, the system properties and the defaults. */
  static ServerSpec of(SparkConnectTest test, Properties system) {
    String remote = nonBlank(system.getProperty("spark.test.remote"), test.remote());
    if (remote != null) {
      return new ServerSpec(remote, null, null, new TreeMap<>());
    }
    String version = nonBlank(test.sparkVersion(), system.getProperty("spark.server.version"));
    String master = nonBlank(test.master(), system.getProperty("spark.test.master"));
    if (master == null) {
      int workers = parseWorkers(system.getProperty("spark.test.workers"));
      master = workers > 0 ? "local-cluster[" + workers + "]" : DEFAULT_MASTER;
    }
    SortedMap<String, String> conf = new TreeMap<>();
    for (String key : system.stringPropertyNames()) {
      if (key.startsWith(CONF_PREFIX) && key.length() > CONF_PREFIX.length()) {
        conf.put(key.substring(CONF_PREFIX.length()), system.getProperty(key));
      }
    }
    for (String entry : test.conf()) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "@SparkConnectTest conf entry '" + entry + "' is not of the form key=value");
      }
      conf.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
    }
    return new ServerSpec(null, version == null ? DEFAULT_VERSION : version, master, conf);
  }

  /** The number of standalone workers a {@code local-cluster[N]} master asks for, else 0. */
  int clusterWorkers() {
    Matcher m = CLUSTER.matcher(master);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  @Override
  public String toString() {
    if (remote != null) {
      // The connection string may hold a token: never print it.
      return "remote server";
    }
    return "Spark " + sparkVersion + " on " + master + (conf.isEmpty() ? "" : " with " + conf);
  }

  private static int parseWorkers(String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("spark.test.workers must be a number, not '" + value + "'", e);
    }
  }

  private static String nonBlank(String first, String second) {
    if (first != null && !first.isBlank()) {
      return first.trim();
    }
    return second != null && !second.isBlank() ? second.trim() : null;
  }
}
