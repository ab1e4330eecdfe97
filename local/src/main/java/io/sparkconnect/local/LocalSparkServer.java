package io.sparkconnect.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Spark Connect server running in a child JVM on this machine, listening on {@code 127.0.0.1}
 * only.
 *
 * <p>The server's jars come either from a Spark distribution ({@link Builder#sparkHome(Path)} or
 * the {@code SPARK_HOME} environment variable) or from Spark's Maven artifacts, resolved into the
 * local Maven repository with the user's Maven settings. The first start of a version may download
 * a few hundred megabytes; later starts reuse a cached classpath and work offline.
 *
 * <pre>{@code
 * try (LocalSparkServer server = LocalSparkServer.builder().master("local[2]").start()) {
 *   String remote = server.connectionString(); // sc://127.0.0.1:<port>/;token=<token>
 *   ...
 * }
 * }</pre>
 *
 * <p>Spark 4.x servers are started with a random pre-shared token (passed through the child's
 * environment, never its command line) that clients must send as a bearer token; Spark 3.5 has no
 * token authentication, so {@link #token()} is {@code null} there. Spark 3.5 also has no setting for
 * the gRPC listen address, so a 3.5 server's port is reachable from other machines unless a
 * firewall prevents it; every other port the server opens is bound to {@code 127.0.0.1}.
 *
 * <p>With {@link Builder#cluster(int)} the server is the driver of a Spark standalone cluster on
 * this machine (a master and N workers, each worker running an executor JVM), so that tasks run in
 * other processes, serialized and shuffled over the network as on a real cluster:
 *
 * <pre>{@code
 * try (LocalSparkServer server = LocalSparkServer.builder().cluster(2).start()) { ... }
 * }</pre>
 *
 * <p>Instances are thread-safe. {@link #close()} may be called any number of times from any thread;
 * servers still running when the JVM exits are stopped by a shutdown hook.
 */
public final class LocalSparkServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalSparkServer.class);

  /** The Spark version started when none is given. */
  public static final String DEFAULT_SPARK_VERSION = "4.2.0";

  /** The only address the server listens on. */
  static final String HOST = "127.0.0.1";

  static final String MAIN_CLASS = "org.apache.spark.sql.connect.service.SparkConnectServer";
  static final String TOKEN_ENV = "SPARK_CONNECT_AUTHENTICATE_TOKEN";
  private static final String PORT_CONF = "spark.connect.grpc.binding.port";
  private static final String ADDRESS_CONF = "spark.connect.grpc.binding.address";
  private static final String TOKEN_CONF = "spark.connect.authenticate.token";
  private static final int LOG_TAIL_LINES = 40;
  private static final Duration STOP_GRACE = Duration.ofSeconds(15);

  private final String sparkVersion;
  private final String master;
  private final int port;
  private final String token;
  private final Path logFile;
  private final Path workDir;
  private final Process process;
  private final StandaloneCluster cluster;
  private boolean closed;

  private LocalSparkServer(
      String sparkVersion,
      String master,
      int port,
      String token,
      Path logFile,
      Path workDir,
      Process process,
      StandaloneCluster cluster) {
    this.sparkVersion = sparkVersion;
    this.master = master;
    this.port = port;
    this.token = token;
    this.logFile = logFile;
    this.workDir = workDir;
    this.process = process;
    this.cluster = cluster;
  }

  /**
   * Returns a builder with the defaults: Spark {@value #DEFAULT_SPARK_VERSION}, master {@code
   * local[*]}, a random token and a temporary log file.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the address the server listens on.
   *
   * @return always {@code "127.0.0.1"}
   */
  public String host() {
    return HOST;
  }

  /**
   * Returns the gRPC port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Returns the pre-shared token clients must send as {@code Authorization: Bearer <token>}.
   *
   * @return the token, or {@code null} if the Spark version has no token authentication (3.x)
   */
  public String token() {
    return token;
  }

  /**
   * Returns a Spark Connect connection string for this server, including the token when there is
   * one. Treat it as a secret when a token is present.
   *
   * @return {@code sc://127.0.0.1:<port>}, followed by {@code /;token=<token>} when there is a token
   */
  public String connectionString() {
    String base = "sc://" + HOST + ":" + port;
    return token == null ? base : base + "/;token=" + token;
  }

  /**
   * Returns the Spark version the server runs: the requested one, or the version of the Spark
   * distribution when the jars come from a Spark home.
   *
   * @return the Spark version, e.g. {@code "4.2.0"}
   */
  public String sparkVersion() {
    return sparkVersion;
  }

  /**
   * Returns the number of standalone workers the server runs its tasks on.
   *
   * @return the number of workers, or {@code 0} for a server with a {@code local} master
   * @see Builder#cluster(int)
   */
  public int workers() {
    return cluster == null ? 0 : cluster.workers();
  }

  /**
   * Returns the Spark master URL the server's driver uses.
   *
   * @return {@code local[...]}, or {@code spark://127.0.0.1:<port>} in cluster mode
   */
  public String master() {
    return master;
  }

  /**
   * Returns the file holding the server's standard output and error. It is kept after {@link
   * #close()} so failures can be inspected.
   *
   * @return the log file
   */
  public Path logFile() {
    return logFile;
  }

  /**
   * Returns the operating system process id of the server JVM.
   *
   * @return the process id
   */
  public long pid() {
    return process.pid();
  }

  /**
   * Tells whether the server JVM is still running and has not been closed.
   *
   * @return {@code true} while the server process is alive
   */
  public synchronized boolean isAlive() {
    return !closed && process.isAlive();
  }

  /**
   * Stops the server JVM and any processes it started, then the standalone cluster if there is
   * one (workers, their executors and the master), then removes the server's temporary
   * directory. The process is asked to terminate, given some seconds to run Spark's shutdown hooks,
   * and then killed. Idempotent; never throws.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      stop(process);
    } catch (Throwable t) {
      LOG.warn("Failed to stop Spark Connect server pid {}", process.pid(), t);
    }
    if (cluster != null) {
      cluster.close();
    }
    deleteRecursively(workDir);
    ServerProcesses.unregister(this);
  }

  /**
   * Describes the server without its token.
   *
   * @return a description with version, address, process id and state
   */
  @Override
  public String toString() {
    return "LocalSparkServer[spark "
        + sparkVersion
        + ", "
        + HOST
        + ":"
        + port
        + ", pid "
        + process.pid()
        + (cluster == null ? "" : ", " + cluster.workers() + " workers at " + cluster.masterUrl())
        + (isAlive() ? ", running" : ", stopped")
        + ", log "
        + logFile
        + "]";
  }

  static void stop(Process process) throws InterruptedException {
    // Collect the descendants first: once the parent is gone they are re-parented and unreachable.
    List<ProcessHandle> descendants = process.descendants().toList();
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
    for (ProcessHandle child : descendants) {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      LOG.debug("Could not fully remove {}", dir, e);
    }
  }

  /**
   * Configures and starts a {@link LocalSparkServer}. Builders are not thread-safe; each call to
   * {@link #start()} starts a separate server.
   */
  public static final class Builder {
    private static final Pattern MASTER = Pattern.compile("local(\\[(\\*|[1-9]\\d*)(,\\d+)?\\])?");
    private static final Set<String> MANAGED_CONFS = Set.of(PORT_CONF, ADDRESS_CONF, TOKEN_CONF);

    private String sparkVersion = DEFAULT_SPARK_VERSION;
    private String master = "local[*]";
    private int workers;
    private Path sparkHome;
    private final Map<String, String> confs = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private Path javaHome;
    private Duration startupTimeout = Duration.ofMinutes(3);
    private Path logFile;
    private String token;
    private int port;

    private Builder() {
      String env = System.getenv("SPARK_HOME");
      if (env != null && !env.isBlank()) {
        sparkHome = Paths.get(env);
      }
    }

    /**
     * Sets the Spark version whose jars are resolved from Maven. Tested with 4.2.0, 4.0.1 and
     * 3.5.7; any release from 3.4 on is accepted. Ignored when the jars come from a Spark home.
     *
     * @param version the Spark version, default {@value LocalSparkServer#DEFAULT_SPARK_VERSION}
     * @return this builder
     */
    public Builder sparkVersion(String version) {
      this.sparkVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Sets the Spark master of the server.
     *
     * @param master {@code local}, {@code local[N]} or {@code local[*]}; default {@code local[*]}
     * @return this builder
     * @throws IllegalArgumentException if the master is not a local master
     */
    public Builder master(String master) {
      Objects.requireNonNull(master, "master");
      if (!MASTER.matcher(master).matches()) {
        throw new IllegalArgumentException(
            "Unsupported master '" + master + "': expected local, local[N] or local[*]");
      }
      this.master = master;
      this.workers = 0;
      return this;
    }

    /**
     * Runs the server as the driver of a Spark standalone cluster on this machine instead of with
     * a {@code local} master: a master and {@code workers} workers, each a separate JVM bound to
     * {@code 127.0.0.1}, each worker offering one core and running one executor JVM for the
     * server. {@link #start()} waits until every worker has registered, and the server's first
     * job waits until every executor is up. {@link LocalSparkServer#close()} stops them all.
     *
     * <p>Takes the place of {@link #master(String)}. The cluster runs from the same jars as the
     * server; it needs no Spark installation.
     *
     * @param workers the number of workers, at least 1; {@code 0} goes back to a local master
     * @return this builder
     * @throws IllegalArgumentException if {@code workers} is negative
     */
    public Builder cluster(int workers) {
      if (workers < 0) {
        throw new IllegalArgumentException("workers must not be negative: " + workers);
      }
      this.workers = workers;
      return this;
    }

    /**
     * Runs the server from a Spark distribution's {@code jars/} folder instead of resolving jars
     * from Maven. Defaults to the {@code SPARK_HOME} environment variable when it is set.
     *
     * @param home the Spark distribution directory, or {@code null} to resolve from Maven
     * @return this builder
     */
    public Builder sparkHome(Path home) {
      this.sparkHome = home;
      return this;
    }

    /**
     * Adds a Spark configuration entry for the server, overriding this launcher's defaults. The
     * binding address, port and token are managed by the launcher and cannot be set here; the
     * master is set with {@link #master(String)}.
     *
     * @param key the Spark configuration key
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException for a key the launcher manages
     */
    public Builder conf(String key, String value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (MANAGED_CONFS.contains(key)) {
        throw new IllegalArgumentException(key + " is managed by LocalSparkServer");
      }
      if (key.equals("spark.master")) {
        return master(value);
      }
      confs.put(key, value);
      return this;
    }

    /**
     * Adds an option for the server JVM, e.g. {@code -Xmx4g}. Without an {@code -Xmx} option the
     * server gets {@code -Xmx2g}.
     *
     * @param option a {@code java} command-line option
     * @return this builder
     */
    public Builder jvmOption(String option) {
      jvmOptions.add(Objects.requireNonNull(option, "option"));
      return this;
    }

    /**
     * Sets the Java installation that runs the server (Spark 4 needs Java 17 or later).
     *
     * @param javaHome the Java home, default the current JVM's {@code java.home}
     * @return this builder
     */
    public Builder javaHome(Path javaHome) {
      this.javaHome = javaHome;
      return this;
    }

    /**
     * Sets how long {@link #start()} waits for the server to accept connections once its jars are
     * available. Downloading the jars on a first run is not counted against it.
     *
     * @param timeout the timeout, default 3 minutes
     * @return this builder
     */
    public Builder startupTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("startupTimeout must be positive: " + timeout);
      }
      this.startupTimeout = timeout;
      return this;
    }

    /**
     * Sets the file receiving the server's output; it is overwritten. Every startup error names
     * it.
     *
     * @param file the log file, default a new temporary file
     * @return this builder
     */
    public Builder logFile(Path file) {
      this.logFile = file;
      return this;
    }

    /**
     * Sets the pre-shared authentication token for Spark 4.x servers. Ignored for versions
     * without token authentication.
     *
     * @param token the token, default 32 random bytes in hex
     * @return this builder
     */
    public Builder token(String token) {
      if (token != null && token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      this.token = token;
      return this;
    }

    /**
     * Sets the gRPC port the server listens on, for example to restart a server where its clients
     * expect it. The port must be free on {@code 127.0.0.1}: {@link #start()} fails if the server
     * cannot bind it.
     *
     * @param port the port, 1 to 65535, or {@code 0} (the default) for a port that is free when
     *     the server starts
     * @return this builder
     * @throws IllegalArgumentException if the port is outside 0 to 65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Starts the server and waits until it accepts connections.
     *
     * @return the running server; close it when done
     * @throws LocalServerException if the jars cannot be found or the server does not come up; the
     *     message names the log file and quotes its last lines
     */
    public LocalSparkServer start() {
      Path log;
      try {
        log = logFile != null ? logFile.toAbsolutePath() : Files.createTempFile("spark-connect-local-", ".log");
        if (log.getParent() != null) {
          Files.createDirectories(log.getParent());
        }
        Files.write(log, new byte[0]);
      } catch (IOException e) {
        throw new LocalServerException("Cannot create server log file " + logFile + ": " + e, e);
      }
      try {
        return new Launch(this, log).run();
      } catch (LocalServerException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new LocalServerException("Cannot start Spark Connect server: " + e + "; server log: " + log, e);
      }
    }
  }

  /** One attempt to start a server; holds what is needed to clean up if the attempt fails. */
  private static final class Launch {
    private final Builder b;
    private final Path log;
    private Path workDir;
    private Process process;
    private StandaloneCluster cluster;

    Launch(Builder b, Path log) {
      this.b = b;
      this.log = log;
    }

    LocalSparkServer run() {
      try {
        return launch();
      } catch (LocalServerException e) {
        cleanUp();
        // Only the first line: the rest of the message is a copy of the log's own tail.
        appendToLog("LocalSparkServer: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        if (e.getMessage() != null && e.getMessage().contains(log.toString())) {
          throw e;
        }
        throw new LocalServerException(e.getMessage() + "; server log: " + log, e.getCause());
      } catch (RuntimeException | Error e) {
        cleanUp();
        throw e;
      }
    }

    private LocalSparkServer launch() {
      String version;
      List<Path> classpath;
      boolean tokenSupported;
      boolean addressSupported;
      if (b.sparkHome != null) {
        classpath = ServerClasspath.fromSparkHome(b.sparkHome);
        String detected = ServerClasspath.versionOfSparkHome(classpath);
        version = detected != null ? detected : b.sparkVersion;
        ServerVersion v = ServerVersion.of(version);
        tokenSupported = v.supportsToken();
        addressSupported = v.supportsBindingAddress();
      } else {
        ServerVersion v = ServerVersion.of(b.sparkVersion);
        version = v.version();
        classpath = ServerClasspath.resolve(v);
        tokenSupported = v.supportsToken();
        addressSupported = v.supportsBindingAddress();
      }
      String token = tokenSupported ? (b.token != null ? b.token : randomToken()) : null;

      try {
        workDir = Files.createTempDirectory("spark-connect-local-");
        Files.createDirectories(workDir.resolve("local"));
        Files.createDirectories(workDir.resolve("derby"));
      } catch (IOException e) {
        throw new LocalServerException("Cannot create a temporary directory for the server: " + e, e);
      }
      // A port someone else listens on would pass the readiness check below: refuse it up front.
      int port = b.port != 0 ? requireFree(b.port) : freePort();

      Path javaHome = b.javaHome != null ? b.javaHome : Paths.get(System.getProperty("java.home"));
      boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
      Path java = javaHome.resolve("bin").resolve(windows ? "java.exe" : "java");
      if (!Files.isExecutable(java)) {
        throw new LocalServerException("No java executable at " + java);
      }
      long startNanos = System.nanoTime();
      String master = b.master;
      String clusterSecret = null;
      if (b.workers > 0) {
        // Without authentication any local user could run code in the cluster's JVMs through the
        // master's port; with it, every process must know this secret.
        clusterSecret = randomToken();
        String logName = log.getFileName().toString().replaceFirst("\\.log$", "");
        LOG.info("Starting a Spark {} standalone cluster with {} workers", version, b.workers);
        cluster =
            StandaloneCluster.start(
                java,
                classpath,
                ServerVersion.of(version).scalaBinary(),
                b.workers,
                workDir.resolve("cluster"),
                log.resolveSibling(logName),
                clusterSecret,
                startNanos + b.startupTimeout.toNanos());
        master = cluster.masterUrl();
      }

      Map<String, String> confs = new LinkedHashMap<>();
      confs.put("spark.master", master);
      if (cluster != null) {
        confs.put("spark.cores.max", Integer.toString(b.workers * StandaloneCluster.WORKER_CORES));
        confs.put("spark.executor.cores", Integer.toString(StandaloneCluster.WORKER_CORES));
        confs.put("spark.executor.memory", StandaloneCluster.EXECUTOR_MEMORY);
        confs.put("spark.authenticate", "true");
        confs.put("spark.executor.extraJavaOptions", String.join(" ", JavaModuleOptions.flags()));
        // Without these the first job would start on whichever executor registers first.
        confs.put("spark.scheduler.minRegisteredResourcesRatio", "1.0");
        confs.put("spark.scheduler.maxRegisteredResourcesWaitingTime", "120s");
      }
      confs.put("spark.app.name", "Spark Connect local server");
      confs.put("spark.ui.enabled", "false");
      confs.put("spark.driver.host", HOST);
      confs.put("spark.driver.bindAddress", HOST);
      confs.put("spark.sql.warehouse.dir", workDir.resolve("warehouse").toUri().toString());
      confs.put("spark.local.dir", workDir.resolve("local").toString());
      confs.putAll(b.confs);
      confs.put(PORT_CONF, Integer.toString(port));
      if (addressSupported) {
        confs.put(ADDRESS_CONF, HOST);
      } else {
        LOG.warn(
            "Spark {} cannot restrict Spark Connect to {}: port {} listens on all interfaces,"
                + " without authentication",
            version,
            HOST,
            port);
      }

      List<String> command = new ArrayList<>();
      command.add(java.toString());
      if (b.jvmOptions.stream().noneMatch(o -> o.startsWith("-Xmx"))) {
        command.add("-Xmx2g");
      }
      command.addAll(b.jvmOptions);
      command.addAll(JavaModuleOptions.flags());
      // Hive-enabled distributions would otherwise create metastore_db and derby.log in the
      // working directory.
      command.add("-Dderby.system.home=" + workDir.resolve("derby"));
      // The server takes its configuration from spark.* system properties, as under spark-submit.
      confs.forEach((k, v) -> command.add("-D" + k + "=" + v));
      List<Path> withWatchdog = new ArrayList<>(classpath);
      withWatchdog.add(WatchdogJar.write(workDir));
      command.add("@" + writeArgFile(withWatchdog, clusterSecret));
      // The server ends by itself if this JVM is killed before it can stop the server.
      command.addAll(WatchdogJar.mainUnderWatch(MAIN_CLASS));

      ProcessBuilder pb = new ProcessBuilder(OwnSession.wrap(command));
      pb.directory(workDir.toFile());
      pb.redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      Map<String, String> env = pb.environment();
      // Through the environment, the token stays out of `ps` output.
      env.remove(TOKEN_ENV);
      if (token != null) {
        env.put(TOKEN_ENV, token);
      }
      env.put("SPARK_LOCAL_IP", HOST);

      appendToLog(
          "LocalSparkServer: starting Spark "
              + version
              + " on "
              + HOST
              + ":"
              + port
              + " ("
              + classpath.size()
              + " jars, work dir "
              + workDir
              + ")\nLocalSparkServer: "
              + String.join(" ", command)
              + "\n");
      LOG.info("Starting Spark Connect {} server on {}:{} (log: {})", version, HOST, port, log);
      try {
        process = pb.start();
      } catch (IOException e) {
        throw new LocalServerException("Cannot run " + java + ": " + e.getMessage(), e);
      }
      awaitReady(port, startNanos);
      LOG.info(
          "Spark Connect {} server pid {} ready on {}:{} after {} ms",
          version,
          process.pid(),
          HOST,
          port,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
      LocalSparkServer server =
          new LocalSparkServer(version, master, port, token, log, workDir, process, cluster);
      ServerProcesses.register(server);
      return server;
    }

    private void awaitReady(int port, long startNanos) {
      long deadline = startNanos + b.startupTimeout.toNanos();
      while (true) {
        if (!process.isAlive()) {
          throw new LocalServerException(
              "Spark Connect server exited with code "
                  + process.exitValue()
                  + " before accepting connections; server log: "
                  + log
                  + tail(log, "the server log"));
        }
        try (Socket s = new Socket()) {
          s.connect(new InetSocketAddress(HOST, port), 200);
          return;
        } catch (IOException notYet) {
          // Not listening yet.
        }
        if (System.nanoTime() - deadline > 0) {
          throw new LocalServerException(
              "Spark Connect server did not accept connections on "
                  + HOST
                  + ":"
                  + port
                  + " within "
                  + b.startupTimeout.toSeconds()
                  + " s; server log: "
                  + log
                  + tail(log, "the server log"));
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new LocalServerException("Interrupted while starting the server; server log: " + log, e);
        }
      }
    }

    /** The classpath goes in an argument file: it can exceed Windows' command-line limit. */
    private Path writeArgFile(List<Path> classpath, String clusterSecret) {
      StringBuilder cp = new StringBuilder();
      for (Path p : classpath) {
        if (cp.length() > 0) {
          cp.append(java.io.File.pathSeparatorChar);
        }
        cp.append(p);
      }
      String quoted = "\"" + cp.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      Path file = workDir.resolve("java-args.txt");
      try {
        String secret = "";
        if (clusterSecret != null) {
          // A standalone driver reads the secret only from its configuration; the argument file
          // (in the owner-only work directory) keeps it off the command line.
          secret = "-Dspark.authenticate.secret=" + clusterSecret + "\n";
        }
        Files.writeString(file, secret + "-cp\n" + quoted + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new LocalServerException("Cannot write " + file + ": " + e, e);
      }
      return file;
    }

    private void appendToLog(String text) {
      try (Writer w =
          Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        w.write(text.endsWith("\n") ? text : text + "\n");
      } catch (IOException e) {
        LOG.debug("Cannot write to {}", log, e);
      }
    }

    private void cleanUp() {
      if (process != null) {
        try {
          stop(process);
        } catch (Throwable t) {
          process.destroyForcibly();
        }
      }
      if (cluster != null) {
        cluster.close();
      }
      deleteRecursively(workDir);
    }

    private static int freePort() {
      return freePortOnHost();
    }
  }

  /** The last lines of a log file under a header naming {@code what}, or "" if it cannot be read. */
  static String tail(Path log, String what) {
    try {
      ArrayDeque<String> last = new ArrayDeque<>();
      for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
        if (last.size() == LOG_TAIL_LINES) {
          last.removeFirst();
        }
        last.addLast(line);
      }
      return last.isEmpty() ? "" : "\n--- last lines of " + what + " ---\n" + String.join("\n", last);
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  /** {@code port} if it can be bound on {@link #HOST} now (as the server will bind it). */
  static int requireFree(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(HOST, port));
      return port;
    } catch (IOException e) {
      throw new LocalServerException("Port " + port + " on " + HOST + " is not free: " + e.getMessage(), e);
    }
  }

  /** A port on {@link #HOST} that was free a moment ago. */
  static int freePortOnHost() {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(HOST, 0));
      return s.getLocalPort();
    } catch (IOException e) {
      throw new LocalServerException("Cannot find a free port on " + HOST + ": " + e, e);
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
