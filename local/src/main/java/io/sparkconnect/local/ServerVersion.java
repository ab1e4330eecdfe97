package io.sparkconnect.local;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What differs between the Spark releases the launcher supports: the Scala binary version of the
 * published artifacts, which artifacts make up a working server, and which server options exist.
 */
final class ServerVersion {
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)([-.][0-9A-Za-z.-]+)?");

  private final String version;
  private final int major;
  private final int minor;

  private ServerVersion(String version, int major, int minor) {
    this.version = version;
    this.major = major;
    this.minor = minor;
  }

  /**
   * Parses and checks a Spark version.
   *
   * @throws LocalServerException if the string is not a version or names a release without a
   *     Spark Connect server
   */
  static ServerVersion of(String version) {
    Matcher m = VERSION.matcher(version == null ? "" : version.trim());
    if (!m.matches()) {
      throw new LocalServerException(
          "Invalid Spark version '" + version + "': expected major.minor.patch, e.g. 4.2.0");
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    // Spark Connect first shipped in 3.4; anything older has no server class to launch.
    if (major < 3 || (major == 3 && minor < 4)) {
      throw new LocalServerException(
          "Spark " + version + " has no Spark Connect server: Spark Connect requires Spark 3.4 or later");
    }
    return new ServerVersion(version.trim(), major, minor);
  }

  String version() {
    return version;
  }

  /** Spark 3.x is published for Scala 2.12 and 2.13, Spark 4.x only for 2.13. */
  String scalaBinary() {
    return major >= 4 ? "2.13" : "2.12";
  }

  /**
   * Maven coordinates ({@code group:artifact:version}) whose runtime closure is the server
   * classpath.
   */
  List<String> rootArtifacts() {
    String suffix = "_" + scalaBinary() + ":" + version;
    // spark-connect declares spark-sql as provided, so it has to be named explicitly.
    if (major >= 4) {
      // The 4.x server ships the Spark ML handlers for Connect; session release touches the ML
      // cache, so without spark-mllib the server fails at ReleaseSession.
      return List.of(
          "org.apache.spark:spark-connect" + suffix,
          "org.apache.spark:spark-sql" + suffix,
          "org.apache.spark:spark-mllib" + suffix);
    }
    return List.of("org.apache.spark:spark-connect" + suffix, "org.apache.spark:spark-sql" + suffix);
  }

  /** Pre-shared token authentication arrived with Spark 4.0. */
  boolean supportsToken() {
    return major >= 4;
  }

  /** {@code spark.connect.grpc.binding.address} arrived with Spark 4.0. */
  boolean supportsBindingAddress() {
    return major >= 4;
  }

  @Override
  public String toString() {
    return version;
  }
}
