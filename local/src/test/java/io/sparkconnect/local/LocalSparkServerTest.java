package io.sparkconnect.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalSparkServerTest {

  @Test
  void startsServesAndStopsDefaultVersion(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("server.log");
    LocalSparkServer server = LocalSparkServer.builder().sparkHome(null).master("local[1]").logFile(log).start();
    long pid;
    int port;
    try {
      pid = server.pid();
      port = server.port();
      assertTrue(server.isAlive());
      assertTrue(canConnect(port), "port " + port + " should accept connections");
      assertEquals("127.0.0.1", server.host());
      assertEquals(LocalSparkServer.DEFAULT_SPARK_VERSION, server.sparkVersion());
      assertEquals(log.toAbsolutePath(), server.logFile());
      assertTrue(Files.size(log) > 0, "server output goes to the log file");

      String token = server.token();
      assertNotNull(token);
      assertTrue(token.matches("[0-9a-f]{64}"), "32 random bytes in hex");
      assertEquals("sc://127.0.0.1:" + port + "/;token=" + token, server.connectionString());
      assertFalse(server.toString().contains(token), "toString must not leak the token");
      assertFalse(Files.readString(log).contains(token), "token must not reach the log/command line");
    } finally {
      server.close();
    }
    assertFalse(server.isAlive());
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    assertTrue(handle.isEmpty() || !handle.get().isAlive(), "server process must be gone");
    assertFalse(canConnect(port), "port must be closed after close()");
    server.close(); // idempotent
    assertFalse(server.toString().isEmpty());
  }

  @Test
  void serverEndsWhenItsStarterIsKilled() throws Exception {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Process starter = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
        OrphanProbe.class.getName()).redirectErrorStream(true).start();
    long serverPid = -1;
    try (java.io.BufferedReader out = new java.io.BufferedReader(
        new java.io.InputStreamReader(starter.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      StringBuilder seen = new StringBuilder();
      while ((line = out.readLine()) != null) {
        seen.append(line).append('\n');
        if (line.startsWith("SERVER_PID ")) {
          serverPid = Long.parseLong(line.substring("SERVER_PID ".length()).trim());
          break;
        }
      }
      assertTrue(serverPid > 0, "the starter printed no server pid:\n" + seen);
      assertTrue(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false), "server running");
      starter.destroyForcibly(); // SIGKILL: no shutdown hook runs in the starter
      starter.waitFor();
      long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
      while (ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      boolean alive = ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false);
      if (alive) {
        ProcessHandle.of(serverPid).ifPresent(ProcessHandle::destroyForcibly);
      }
      assertFalse(alive, "the server outlived its killed starter by 45 s");
    } finally {
      starter.destroyForcibly();
    }
  }

  @Test
  void versionWithoutConnectServerIsRejected() {
    LocalServerException e =
        assertThrows(
            LocalServerException.class,
            () -> LocalSparkServer.builder().sparkVersion("0.0.1").sparkHome(null).start());
    assertTrue(e.getMessage().contains("0.0.1"), e.getMessage());
    assertTrue(e.getMessage().contains("Spark Connect requires Spark 3.4"), e.getMessage());
    assertTrue(e.getMessage().contains("server log: "), e.getMessage());
  }

  @Test
  void unpublishedVersionNamesTheArtifactsAndTheLog(@TempDir Path dir) {
    Path log = dir.resolve("unresolvable.log");
    LocalServerException e =
        assertThrows(
            LocalServerException.class,
            () -> LocalSparkServer.builder().sparkVersion("4.99.77").sparkHome(null).logFile(log).start());
    assertTrue(e.getMessage().contains("org.apache.spark:spark-connect_2.13:4.99.77"), e.getMessage());
    assertTrue(e.getMessage().contains(log.toString()), e.getMessage());
  }

  @Test
  void childThatDiesEarlyReportsExitCodeAndLogTail(@TempDir Path dir) {
    Path log = dir.resolve("dies.log");
    LocalServerException e =
        assertThrows(
            LocalServerException.class,
            () ->
                LocalSparkServer.builder()
                    .sparkHome(null)
                    .jvmOption("-Xmx1k") // the JVM refuses to start with such a heap
                    .logFile(log)
                    .startupTimeout(Duration.ofSeconds(60))
                    .start());
    assertTrue(e.getMessage().contains("exited with code"), e.getMessage());
    assertTrue(e.getMessage().contains(log.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("last lines of the server log"), e.getMessage());
  }

  @Test
  void builderRejectsBadSettings() {
    LocalSparkServer.Builder b = LocalSparkServer.builder();
    assertThrows(IllegalArgumentException.class, () -> b.master("yarn"));
    assertThrows(IllegalArgumentException.class, () -> b.master("local[0]"));
    assertThrows(IllegalArgumentException.class, () -> b.conf("spark.connect.grpc.binding.port", "1"));
    assertThrows(IllegalArgumentException.class, () -> b.conf("spark.connect.authenticate.token", "x"));
    assertThrows(IllegalArgumentException.class, () -> b.startupTimeout(Duration.ZERO));
    b.master("local").master("local[4]").master("local[*]");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.cluster(-1));
    assertTrue(e.getMessage().contains("workers"), e.getMessage());
    b.cluster(2).cluster(0);
    assertThrows(IllegalArgumentException.class, () -> b.port(-1));
    assertThrows(IllegalArgumentException.class, () -> b.port(65536));
    b.port(65535).port(0);
  }

  @Test
  void occupiedPortIsRefusedBeforeTheServerStarts(@TempDir Path dir) throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      int port = taken.getLocalPort();
      LocalServerException e =
          assertThrows(
              LocalServerException.class,
              () -> LocalSparkServer.builder().sparkHome(null).port(port).logFile(dir.resolve("taken.log")).start());
      assertTrue(e.getMessage().contains("Port " + port), e.getMessage());
      assertTrue(e.getMessage().contains("not free"), e.getMessage());
    }
  }

  /** Other versions download hundreds of megabytes on first use, so they run only on request. */
  @ParameterizedTest
  @ValueSource(strings = {"4.0.1", "3.5.7"})
  @EnabledIfSystemProperty(named = "sparkconnect.local.allVersions", matches = "true")
  void otherSupportedVersionsStart(String version) throws Exception {
    try (LocalSparkServer server =
        LocalSparkServer.builder().sparkVersion(version).sparkHome(null).master("local[1]").start()) {
      assertTrue(server.isAlive());
      assertTrue(canConnect(server.port()));
      assertEquals(version, server.sparkVersion());
      if (version.startsWith("3.")) {
        assertNull(server.token());
        assertEquals("sc://127.0.0.1:" + server.port(), server.connectionString());
      } else {
        assertNotNull(server.token());
      }
    }
  }

  private static boolean canConnect(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
