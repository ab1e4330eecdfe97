package io.sparkconnect.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.filter.ScopeDependencyFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jars a Spark Connect server runs from: either a Spark distribution's {@code jars/} folder, or
 * the runtime closure of Spark's Maven artifacts resolved into the local Maven repository.
 *
 * <p>Resolved classpaths are cached per version in the user's cache directory, so later starts
 * neither rebuild the dependency graph (a few seconds) nor need the network.
 */
final class ServerClasspath {
  private static final Logger LOG = LoggerFactory.getLogger(ServerClasspath.class);
  private static final Pattern SPARK_CORE_JAR = Pattern.compile("spark-core_\\d+\\.\\d+-(.+)\\.jar");

  /** Resolution is expensive and writes the shared cache file; one at a time per JVM is plenty. */
  private static final Object RESOLVE_LOCK = new Object();

  private ServerClasspath() {}

  /** Returns every jar in {@code sparkHome/jars}, sorted for a stable command line. */
  static List<Path> fromSparkHome(Path sparkHome) {
    Path jars = sparkHome.resolve("jars");
    if (!Files.isDirectory(jars)) {
      throw new LocalServerException("Spark home " + sparkHome + " has no jars/ directory");
    }
    List<Path> result = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(jars, "*.jar")) {
      dir.forEach(p -> result.add(p.toAbsolutePath()));
    } catch (IOException e) {
      throw new LocalServerException("Cannot list " + jars + ": " + e.getMessage(), e);
    }
    if (result.isEmpty()) {
      throw new LocalServerException("Spark home " + sparkHome + " has no jars in " + jars);
    }
    result.sort(null);
    return result;
  }

  /** Reads the Spark version off the spark-core jar of a distribution, or null if there is none. */
  static String versionOfSparkHome(List<Path> jars) {
    for (Path p : jars) {
      Matcher m = SPARK_CORE_JAR.matcher(p.getFileName().toString());
      if (m.matches()) {
        return m.group(1);
      }
    }
    return null;
  }

  /**
   * Returns the server classpath for a Spark version, from the cache when every cached jar still
   * exists, otherwise by resolving (and downloading, unless Maven is offline).
   */
  static List<Path> resolve(ServerVersion version) {
    synchronized (RESOLVE_LOCK) {
      Path cacheFile = cacheDirectory().resolve("server-classpath-" + version.version() + ".txt");
      List<Path> cached = readCache(cacheFile);
      if (cached != null) {
        LOG.debug("Using cached classpath {}", cacheFile);
        return cached;
      }
      List<Path> resolved = resolveWithMaven(version);
      writeCache(cacheFile, resolved);
      return resolved;
    }
  }

  private static List<Path> resolveWithMaven(ServerVersion version) {
    MavenEnvironment maven = MavenEnvironment.load();
    LOG.info(
        "Resolving Spark {} server jars {} into {}{}",
        version,
        version.rootArtifacts(),
        maven.localRepository(),
        maven.offline() ? " (offline)" : "");
    RepositorySystem system = new RepositorySystemSupplier().get();
    try (RepositorySystemSession.CloseableSession session = maven.newSession(system)) {
      var collect = new CollectRequest();
      for (String coordinates : version.rootArtifacts()) {
        collect.addDependency(new Dependency(new DefaultArtifact(coordinates), "compile"));
      }
      collect.setRepositories(maven.repositories(system, session));
      // Only what the server needs at run time: Spark's POMs also carry test-jar dependencies.
      var request =
          new DependencyRequest(collect, new ScopeDependencyFilter(List.of("compile", "runtime"), null));
      List<Path> jars = new ArrayList<>();
      for (ArtifactResult r : system.resolveDependencies(session, request).getArtifactResults()) {
        jars.add(r.getArtifact().getPath().toAbsolutePath());
      }
      return jars;
    } catch (DependencyResolutionException e) {
      throw new LocalServerException(
          "Cannot resolve the Spark "
              + version
              + " server jars "
              + version.rootArtifacts()
              + " (local repository "
              + maven.localRepository()
              + (maven.offline() ? ", Maven is offline" : "")
              + "): "
              + rootCauseMessage(e),
          e);
    } finally {
      system.shutdown();
    }
  }

  private static String rootCauseMessage(Throwable e) {
    StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
    Throwable c = e.getCause();
    // Resolver exceptions nest; the innermost usually says "not found" or names the network error.
    while (c != null && c != c.getCause()) {
      if (c.getCause() == null && c.getMessage() != null && !sb.toString().contains(c.getMessage())) {
        sb.append(" (caused by: ").append(c.getMessage()).append(')');
      }
      c = c.getCause();
    }
    return sb.toString();
  }

  private static List<Path> readCache(Path cacheFile) {
    if (!Files.isRegularFile(cacheFile)) {
      return null;
    }
    try {
      List<Path> jars = new ArrayList<>();
      for (String line : Files.readAllLines(cacheFile, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        Path p = Paths.get(line);
        // A cleaned local repository invalidates the cache; resolve again rather than fail later.
        if (!Files.isRegularFile(p)) {
          return null;
        }
        jars.add(p);
      }
      return jars.isEmpty() ? null : jars;
    } catch (IOException | RuntimeException e) {
      LOG.debug("Ignoring unreadable classpath cache {}", cacheFile, e);
      return null;
    }
  }

  private static void writeCache(Path cacheFile, List<Path> jars) {
    try {
      Files.createDirectories(cacheFile.getParent());
      // Write then rename, so a concurrent reader in another JVM never sees half a file.
      Path tmp = Files.createTempFile(cacheFile.getParent(), cacheFile.getFileName().toString(), ".tmp");
      List<String> lines = new ArrayList<>();
      jars.forEach(p -> lines.add(p.toString()));
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      Files.move(tmp, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // The cache is an optimisation; a read-only home directory must not stop the server.
      LOG.warn("Cannot write classpath cache {}: {}", cacheFile, e.toString());
    }
  }

  /** The per-user cache directory following each platform's convention. */
  static Path cacheDirectory() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path home = Paths.get(System.getProperty("user.home"));
    Path base;
    if (os.contains("win")) {
      String local = System.getenv("LOCALAPPDATA");
      base = local != null ? Paths.get(local) : home.resolve("AppData").resolve("Local");
    } else if (os.contains("mac")) {
      base = home.resolve("Library").resolve("Caches");
    } else {
      String xdg = System.getenv("XDG_CACHE_HOME");
      base = xdg != null && !xdg.isBlank() ? Paths.get(xdg) : home.resolve(".cache");
    }
    return base.resolve("spark-connect-java");
  }
}
