package io.sparkconnect.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One artifact to upload to the session: its name on the server ({@code jars/x.jar},
 * {@code files/x.txt}, {@code cache/<sha256 hex>}, ...) and where its bytes come from.
 */
public final class Artifact {
  /** Opens the artifact's bytes; called once per upload. */
  @FunctionalInterface
  public interface Source {
    /** A new stream over the bytes. */
    InputStream open() throws IOException;
  }

  private final String name;
  private final long size;
  private final Source source;

  private Artifact(String name, long size, Source source) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("An artifact needs a name");
    }
    if (size < 0) {
      throw new IllegalArgumentException("Negative artifact size " + size + " for " + name);
    }
    this.name = name;
    this.size = size;
    this.source = Objects.requireNonNull(source, "source");
  }

  /** An artifact held in memory; {@code data} is not copied and must not change until uploaded. */
  public static Artifact ofBytes(String name, byte[] data) {
    return new Artifact(name, data.length, () -> new ByteArrayInputStream(data));
  }

  /** An artifact read from a local file when uploaded. */
  public static Artifact ofFile(String name, Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read artifact file " + file + ": " + e.getMessage(), e);
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("Not a regular file: " + file);
    }
    return new Artifact(name, size, () -> Files.newInputStream(file));
  }

  /** The name on the server. */
  public String name() {
    return name;
  }

  /** The number of bytes. */
  public long size() {
    return size;
  }

  InputStream open() throws IOException {
    return source.open();
  }

  @Override
  public String toString() {
    return "Artifact(" + name + ", " + size + " bytes)";
  }
}
