package io.sparkconnect.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Spark standalone cluster on this machine: one master and N workers, each in its own JVM and
 * bound to {@code 127.0.0.1}. Workers launch one executor JVM each for every application that
 * connects, so a Connect server whose master is {@link #masterUrl()} runs its tasks in separate
 * processes, as on a real cluster.
 *
 * <p>Workers build executor command lines from a Spark home; Maven-resolved jars have none, so the
 * cluster gets a folder holding {@code jars/} (links to the resolved jars) and an empty {@code
 * RELEASE} file, which tells Spark's launcher that it is looking at a distribution.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StandaloneCluster.class);
  private static final String MASTER_CLASS = "org.apache.spark.deploy.master.Master";
  private static final String WORKER_CLASS = "org.apache.spark.deploy.worker.Worker";
  private static final String REGISTERED = "Successfully registered with master";

  /** Cores each worker offers; one executor of one core per worker keeps the machine usable. */
  static final int WORKER_CORES = 1;

  /** Memory each worker offers its executors. */
  static final String WORKER_MEMORY = "1g";

  /** Memory of each executor; below the worker's offer, so that an executor always fits. */
  static final String EXECUTOR_MEMORY = "512m";

  private final String masterUrl;
  private final int workers;
  private final List<Process> processes;

  private StandaloneCluster(String masterUrl, int workers, List<Process> processes) {
    this.masterUrl = masterUrl;
    this.workers = workers;
    this.processes = processes;
  }

  /**
   * Starts a master and {@code workers} workers and waits until every worker has registered.
   *
   * @param java the java executable
   * @param classpath the Spark jars
   * @param scalaBinary Scala binary version of the jars, which the workers' launcher needs
   * @param workDir a folder the cluster owns; its Spark home and worker folders go there
   * @param logPrefix master and worker logs are written to {@code <logPrefix>-master.log} etc.
   * @param secret the shared authentication secret of the cluster and its driver
   * @param deadlineNanos {@link System#nanoTime()} by which the cluster must be up
   */
  static StandaloneCluster start(
      Path java,
      List<Path> classpath,
      String scalaBinary,
      int workers,
      Path workDir,
      Path logPrefix,
      String secret,
      long deadlineNanos) {
    List<Process> started = new ArrayList<>();
    try {
      Path home = sparkHome(workDir.resolve("spark-home"), classpath);
      int masterPort = LocalSparkServer.freePortOnHost();
      String masterUrl = "spark://" + LocalSparkServer.HOST + ":" + masterPort;
      Path masterLog = Path.of(logPrefix + "-master.log");
      List<String> masterArgs =
          List.of("--host", LocalSparkServer.HOST, "--port", Integer.toString(masterPort), "--webui-port", "0");
      started.add(launch(java, home, scalaBinary, MASTER_CLASS, masterArgs, workDir, masterLog, secret));
      awaitPort(masterPort, started.get(0), masterLog, deadlineNanos);

      List<Path> workerLogs = new ArrayList<>();
      for (int i = 1; i <= workers; i++) {
        Path workerDir = Files.createDirectories(workDir.resolve("worker-" + i));
        Path workerLog = Path.of(logPrefix + "-worker-" + i + ".log");
        workerLogs.add(workerLog);
        List<String> args =
            List.of(
                masterUrl,
                "--host", LocalSparkServer.HOST,
                "--cores", Integer.toString(WORKER_CORES),
                "--memory", WORKER_MEMORY,
                "--webui-port", "0",
                "--work-dir", workerDir.toString());
        started.add(launch(java, home, scalaBinary, WORKER_CLASS, args, workDir, workerLog, secret));
      }
      for (int i = 0; i < workers; i++) {
        Process worker = started.get(i + 1);
        Path workerLog = workerLogs.get(i);
        awaitCondition(
            () -> logContains(workerLog, REGISTERED),
            worker,
            workerLog,
            deadlineNanos,
            "worker " + (i + 1) + " did not register with the master at " + masterUrl);
      }
      LOG.info("Spark standalone cluster up: master {}, {} workers", masterUrl, workers);
      return new StandaloneCluster(masterUrl, workers, started);
    } catch (IOException e) {
      stopAll(started);
      throw new LocalServerException("Cannot prepare the Spark standalone cluster: " + e, e);
    } catch (RuntimeException e) {
      stopAll(started);
      throw e;
    }
  }

  /** The master's URL, {@code spark://127.0.0.1:<port>}, to use as the driver's master. */
  String masterUrl() {
    return masterUrl;
  }

  /** The number of workers. */
  int workers() {
    return workers;
  }

  /** Process ids of the master and the workers. */
  List<Long> pids() {
    return processes.stream().map(Process::pid).toList();
  }

  /** Stops the workers (and with them their executors) first, then the master. */
  @Override
  public void close() {
    stopAll(processes);
  }

  private static void stopAll(List<Process> processes) {
    for (int i = processes.size() - 1; i >= 0; i--) {
      try {
        LocalSparkServer.stop(processes.get(i));
      } catch (Throwable t) {
        LOG.warn("Failed to stop cluster process {}", processes.get(i).pid(), t);
        processes.get(i).destroyForcibly();
      }
    }
  }

  /** Builds the Spark home the workers launch executors from. */
  private static Path sparkHome(Path home, List<Path> classpath) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    Set<String> names = new HashSet<>();
    for (Path jar : classpath) {
      String name = jar.getFileName().toString();
      // Two artifacts may share a file name across groups; keep both.
      if (!names.add(name)) {
        name = names.size() + "-" + name;
        names.add(name);
      }
      Path link = jars.resolve(name);
      try {
        Files.createSymbolicLink(link, jar);
      } catch (UnsupportedOperationException | IOException e) {
        if (e instanceof FileAlreadyExistsException) {
          throw (FileAlreadyExistsException) e;
        }
        // File systems without symbolic links (or without the right to make them) get copies.
        Files.copy(jar, link);
      }
    }
    Files.writeString(home.resolve("RELEASE"), "", StandardCharsets.UTF_8);
    return home;
  }

  private static Process launch(
      Path java,
      Path home,
      String scalaBinary,
      String mainClass,
      List<String> args,
      Path workDir,
      Path log,
      String secret)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-Xmx512m");
    command.add("-Dspark.authenticate=true");
    command.addAll(JavaModuleOptions.flags());
    command.add("-cp");
    command.add(home.resolve("jars").toString() + File.separator + "*" + File.pathSeparator + WatchdogJar.write(workDir));
    // Master and workers end by themselves if this JVM is killed before it can stop them.
    command.addAll(WatchdogJar.mainUnderWatch(mainClass));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(OwnSession.wrap(command));
    pb.directory(workDir.toFile());
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = pb.environment();
    env.remove(LocalSparkServer.TOKEN_ENV);
    // Spark's daemons read the secret from this variable, which keeps it off the command line;
    // workers hand it on to the executors they launch the same way.
    env.put("_SPARK_AUTH_SECRET", secret);
    env.put("SPARK_HOME", home.toString());
    env.put("SPARK_SCALA_VERSION", scalaBinary);
    // Also binds the web UIs, which have no host option of their own, to the loopback address.
    env.put("SPARK_LOCAL_IP", LocalSparkServer.HOST);
    Files.writeString(log, "LocalSparkServer: " + String.join(" ", command) + "\n", StandardCharsets.UTF_8);
    return pb.start();
  }

  private static void awaitPort(int port, Process process, Path log, long deadlineNanos) {
    awaitCondition(
        () -> {
          try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(LocalSparkServer.HOST, port), 200);
            return true;
          } catch (IOException notYet) {
            return false;
          }
        },
        process,
        log,
        deadlineNanos,
        "the Spark master did not listen on port " + port);
  }

  private static void awaitCondition(
      Supplier<Boolean> ready, Process process, Path log, long deadlineNanos, String failure) {
    while (!ready.get()) {
      if (!process.isAlive()) {
        throw new LocalServerException(
            "Spark standalone cluster failed: "
                + failure
                + " (process exited with code "
                + process.exitValue()
                + "); log: "
                + log
                + LocalSparkServer.tail(log, log.getFileName().toString()));
      }
      if (System.nanoTime() - deadlineNanos > 0) {
        throw new LocalServerException(
            "Spark standalone cluster failed: " + failure + " in time; log: " + log + LocalSparkServer.tail(log, log.getFileName().toString()));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LocalServerException("Interrupted while starting the Spark standalone cluster", e);
      }
    }
  }

  private static boolean logContains(Path log, String text) {
    try {
      return Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }
}
