package io.sparkconnect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One client under test: the main class of its workloads and the runtime classpath it runs
 * with, in a JVM of its own.
 */
final class Side {
  final String name;
  final String mainClass;
  final List<String> jars;
  final String classpath;
  final List<String> jvmFlags;

  private Side(String name, String mainClass, List<String> jars, String classes, List<String> jvmFlags) {
    this.name = name;
    this.mainClass = mainClass;
    this.jars = jars;
    this.classpath = classes + java.io.File.pathSeparator + String.join(java.io.File.pathSeparator, jars);
    this.jvmFlags = jvmFlags;
  }

  /** Reads {@code target/runtime-classpath.txt} that the module's build wrote. */
  static Side load(String name, Path targetDir, String mainClass, List<String> jvmFlags) throws IOException {
    Path file = targetDir.resolve("runtime-classpath.txt");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " is missing: build with -Pbench ... package first");
    }
    List<String> jars = new ArrayList<>();
    for (String s : Files.readString(file).trim().split(java.io.File.pathSeparator)) {
      if (!s.isBlank()) {
        jars.add(s);
      }
    }
    return new Side(name, mainClass, jars, targetDir.resolve("classes").toString(), jvmFlags);
  }

  /** Number of jars and their total size in bytes: the client's runtime footprint. */
  long[] footprint() throws IOException {
    long bytes = 0;
    for (String j : jars) {
      bytes += Files.size(Path.of(j));
    }
    return new long[] {jars.size(), bytes};
  }
}
