package io.sparkconnect.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The jar holding only {@link ParentWatchdog}, written to a work directory and put on a launched
 * process's class path, so that no other class of this library reaches Spark's class path; and
 * the command words that make a process run its main class under the watchdog. Stateless.
 */
final class WatchdogJar {
  private WatchdogJar() {}

  /** Writes the jar into {@code dir} (once) and returns its path. */
  static Path write(Path dir) {
    Path jar = dir.resolve("parent-watchdog.jar");
    if (Files.isRegularFile(jar)) {
      return jar;
    }
    String entry = ParentWatchdog.class.getName().replace('.', '/') + ".class";
    try (InputStream in = ParentWatchdog.class.getResourceAsStream("/" + entry)) {
      if (in == null) {
        throw new LocalServerException("Cannot find " + entry + " among this library's classes", null);
      }
      Path tmp = Files.createTempFile(dir, "parent-watchdog", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp); JarOutputStream jout = new JarOutputStream(out)) {
        jout.putNextEntry(new JarEntry(entry));
        in.transferTo(jout);
        jout.closeEntry();
      }
      Files.move(tmp, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return jar;
    } catch (IOException e) {
      throw new LocalServerException("Cannot write " + jar + ": " + e, e);
    }
  }

  /** The command words that run {@code mainClass} under the watchdog of this JVM. */
  static List<String> mainUnderWatch(String mainClass) {
    ProcessHandle self = ProcessHandle.current();
    long start = self.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(-1L);
    List<String> out = new ArrayList<>(4);
    out.add(ParentWatchdog.class.getName());
    out.add(Long.toString(self.pid()));
    out.add(Long.toString(start));
    out.add(mainClass);
    return out;
  }
}
