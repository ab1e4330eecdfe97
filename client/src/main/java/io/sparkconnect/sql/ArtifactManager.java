package io.sparkconnect.sql;

import io.sparkconnect.client.Artifact;
import io.sparkconnect.client.SparkConnectClient;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Uploads a session's artifacts: jars ({@code jars/<name>}), class files ({@code classes/<name>}),
 * other files ({@code files/<name>}) and cached local relations ({@code cache/<sha256 hex>}).
 * What {@code ArtifactStatus} reports as already on the server is not sent again. Thread-safe.
 */
final class ArtifactManager {
  private final SparkConnectClient client;

  ArtifactManager(SparkConnectClient client) {
    this.client = client;
  }

  /** The server name of a local file: {@code jars/}, {@code classes/} or {@code files/} plus its file name. */
  static String nameOf(Path path) {
    Path file = path.getFileName();
    if (file == null) {
      throw new IllegalArgumentException("Not a file: " + path);
    }
    String name = file.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jar")) {
      return "jars/" + name;
    } else if (lower.endsWith(".class")) {
      return "classes/" + name;
    }
    return "files/" + name;
  }

  static Path toPath(URI uri) {
    if (uri.getScheme() != null && !uri.getScheme().equals("file")) {
      throw new IllegalArgumentException("Only local files can be added as artifacts, not " + uri);
    }
    return uri.getScheme() == null ? Path.of(uri.getPath()) : Path.of(uri);
  }

  /** Uploads local files under their derived names. */
  void addPaths(List<Path> paths) {
    List<Artifact> artifacts = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("No such file: " + p);
      }
      artifacts.add(Artifact.ofFile(nameOf(p), p));
    }
    uploadMissing(artifacts);
  }

  /** Uploads bytes under an explicit name, e.g. {@code jars/udfs.jar} or {@code files/config.json}. */
  void addBytes(String name, byte[] data) {
    checkName(name);
    uploadMissing(List.of(Artifact.ofBytes(name, data)));
  }

  /** Uploads each of {@code contents} under the name at the same index, unless already there. */
  void addAllBytes(List<String> names, List<byte[]> contents) {
    List<Artifact> artifacts = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      checkName(names.get(i));
      artifacts.add(Artifact.ofBytes(names.get(i), contents.get(i)));
    }
    uploadMissing(artifacts);
  }

  /** Uploads a local file under an explicit name. */
  void addFile(Path source, String name) {
    checkName(name);
    uploadMissing(List.of(Artifact.ofFile(name, source)));
  }

  private static void checkName(String name) {
    Path p = Path.of(name).normalize();
    if (name.isEmpty() || p.isAbsolute() || p.startsWith("..")) {
      throw new IllegalArgumentException("An artifact target must be a relative path inside the session, not '" + name + "'");
    }
  }

  /**
   * Caches {@code data} on the server under {@code cache/<sha256 hex>} (unless already there) and
   * returns the hash.
   */
  String cache(byte[] data) {
    String hash = sha256(data);
    uploadMissing(List.of(Artifact.ofBytes("cache/" + hash, data)));
    return hash;
  }

  private void uploadMissing(List<Artifact> artifacts) {
    Map<String, Artifact> byName = new LinkedHashMap<>();
    for (Artifact a : artifacts) {
      byName.put(a.name(), a);
    }
    Map<String, Boolean> present = client.artifactStatuses(byName.keySet());
    List<Artifact> missing = new ArrayList<>();
    for (Artifact a : byName.values()) {
      if (!Boolean.TRUE.equals(present.get(a.name()))) {
        missing.add(a);
      }
    }
    client.addArtifacts(missing);
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
