package io.sparkconnect.sql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The jars the server needs to run user code of this JVM: the jar or class directory of every
 * class found in a serialized function (a directory is packed into a jar), and this client's own
 * classes. JVM-wide and append-only, so that each session can upload what it has not seen yet
 * (tracked by {@link #size()}). Jars are named by their content hash: the same content is never
 * sent twice. Thread-safe.
 */
final class UserClasses {
  /** A jar to upload: its artifact name and content. */
  static final class Jar {
    final String name;
    final byte[] bytes;

    Jar(String name, byte[] bytes) {
      this.name = name;
      this.bytes = bytes;
    }
  }

  private static final List<Jar> JARS = new CopyOnWriteArrayList<>();
  private static final Map<Path, Jar> BY_LOCATION = new ConcurrentHashMap<>();
  private static final Path CLIENT_LOCATION = location(UserClasses.class);
  /** The highest class file major version among registered classes. */
  private static volatile int maxClassVersion;
  private static volatile String maxClassName;
  private static volatile Jar clientJar;

  private UserClasses() {}

  /** How many jars are registered; a session that has uploaded this many is up to date. */
  static int size() {
    return JARS.size();
  }

  /** The registered jars from index {@code from} on. */
  static List<Jar> from(int from) {
    return new ArrayList<>(JARS.subList(from, JARS.size()));
  }

  /** The highest class file major version of a registered class (0 if none), and its class. */
  static int maxClassVersion() {
    return maxClassVersion;
  }

  static String maxClassName() {
    return maxClassName;
  }

  /** The client's own classes the server needs (all but the protocol and the payload class). */
  static synchronized Jar clientJar() {
    if (clientJar == null) {
      if (CLIENT_LOCATION == null) {
        throw new IllegalStateException("Cannot find where this client's classes are loaded from, so cannot send them to the server");
      }
      byte[] bytes = pack(CLIENT_LOCATION, entry -> entry.startsWith("io/sparkconnect/") && entry.endsWith(".class")
          && !entry.startsWith("io/sparkconnect/proto/") && !entry.equals("io/sparkconnect/sql/UserCodePayload.class"));
      clientJar = new Jar("jars/spark-connect-java-client-" + ArtifactManager.sha256(bytes).substring(0, 16) + ".jar", bytes);
    }
    return clientJar;
  }

  /** Registers the location of {@code c} (unless it is the JDK's or this client's). */
  static void register(Class<?> c) {
    if (c.isPrimitive() || c.isArray()) {
      return;
    }
    ClassLoader loader = c.getClassLoader();
    if (loader == null || loader == ClassLoader.getPlatformClassLoader()) {
      return;
    }
    checkVersion(c);
    Path where = location(c);
    if (where == null || where.equals(CLIENT_LOCATION) || BY_LOCATION.containsKey(where)) {
      return;
    }
    synchronized (UserClasses.class) {
      if (BY_LOCATION.containsKey(where)) {
        return;
      }
      byte[] bytes = Files.isDirectory(where) ? pack(where, e -> true) : read(where);
      String base = where.getFileName() == null ? "classes" : where.getFileName().toString().replaceAll("\\.jar$", "");
      Jar jar = new Jar("jars/" + base.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + ArtifactManager.sha256(bytes).substring(0, 16) + ".jar", bytes);
      BY_LOCATION.put(where, jar);
      JARS.add(jar);
    }
  }

  private static void checkVersion(Class<?> c) {
    if (c.isHidden()) {
      return;
    }
    String resource = c.getName().replace('.', '/') + ".class";
    try (InputStream in = c.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return;
      }
      byte[] head = in.readNBytes(8);
      if (head.length == 8) {
        int major = ((head[6] & 0xff) << 8) | (head[7] & 0xff);
        if (major > maxClassVersion) {
          maxClassVersion = major;
          maxClassName = c.getName();
        }
      }
    } catch (IOException e) {
      // Unreadable class files are not checked; the server reports what it cannot load.
    }
  }

  static Path location(Class<?> c) {
    CodeSource cs = c.getProtectionDomain() == null ? null : c.getProtectionDomain().getCodeSource();
    URL url = cs == null ? null : cs.getLocation();
    if (url == null || !"file".equals(url.getProtocol())) {
      return null;
    }
    try {
      return Path.of(url.toURI()).toAbsolutePath().normalize();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + p + " to send it to the server", e);
    }
  }

  /** A jar of the entries of a directory or jar that {@code keep} accepts, in a stable order. */
  private static byte[] pack(Path where, java.util.function.Predicate<String> keep) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      if (Files.isDirectory(where)) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(where)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
          String name = where.relativize(f).toString().replace('\\', '/');
          if (keep.test(name)) {
            add(out, name, Files.readAllBytes(f));
          }
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          List<JarEntry> entries = new ArrayList<>();
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            JarEntry je = e.nextElement();
            if (!je.isDirectory() && keep.test(je.getName())) {
              entries.add(je);
            }
          }
          entries.sort((a, b) -> a.getName().compareTo(b.getName()));
          for (JarEntry je : entries) {
            try (InputStream in = jar.getInputStream(je)) {
              add(out, je.getName(), in.readAllBytes());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot pack " + where + " to send it to the server", e);
    }
    return bytes.toByteArray();
  }

  private static void add(ZipOutputStream out, String name, byte[] data) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(0L);
    out.putNextEntry(e);
    out.write(data);
    out.closeEntry();
  }
}
