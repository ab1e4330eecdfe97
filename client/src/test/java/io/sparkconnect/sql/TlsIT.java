package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sparkconnect.client.ConnectionString;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS and bearer tokens end to end: nginx terminates TLS with a certificate from a CA made for the
 * test, checks the client's token and forwards gRPC to the shared test server with the server's
 * own token. Skipped when nginx or openssl is missing.
 */
class TlsIT {
  private static final String PROXY_TOKEN = "proxy-secret-7f3a9c";
  private static final String STORE_PASSWORD = "store-pass-4e1d";
  /** Failures that no retry can fix must surface quickly with the default retry policy. */
  private static final long FAST_MILLIS = 15_000;

  @TempDir
  static Path dir;

  private static Process nginx;
  private static int tlsPort;
  /** Also TLS, and requires a client certificate that the test CA signed. */
  private static int mutualTlsPort;
  private static int upstreamPort;
  private static String upstreamToken;
  private static Path ca;

  @BeforeAll
  static void startNginx() throws Exception {
    Path nginxBinary = which("nginx");
    assumeTrue(nginxBinary != null, "nginx is not installed (.ci/run installs it); TLS tests skipped");
    assumeTrue(which("openssl") != null, "openssl is not installed; TLS tests skipped");
    ConnectionString upstream = ConnectionString.parse(TestServer.connectionString());
    upstreamPort = upstream.port();
    upstreamToken = upstream.token();

    ca = dir.resolve("ca.pem");
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
        "-days", "2", "-subj", "/CN=spark-connect-java test CA",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
        "-subj", "/CN=localhost");
    Files.writeString(dir.resolve("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
        + "extendedKeyUsage=serverAuth\n");
    run("openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "server.pem", "-days", "2", "-extfile", "server.ext");

    run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "client.key", "-out", "client.csr",
        "-subj", "/CN=spark-connect-java test client");
    Files.writeString(dir.resolve("client.ext"), "extendedKeyUsage=clientAuth\n");
    run("openssl", "x509", "-req", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", "client.pem", "-days", "2", "-extfile", "client.ext");
    run("openssl", "pkcs12", "-export", "-in", "client.pem", "-inkey", "client.key", "-name", "client",
        "-out", "client.p12", "-passout", "pass:" + STORE_PASSWORD);

    tlsPort = freePort();
    mutualTlsPort = freePort();
    Files.createDirectories(dir.resolve("logs"));
    Files.createDirectories(dir.resolve("tmp"));
    String d = dir.toAbsolutePath().toString();
    String upstreamAuth = upstreamToken == null ? "" : "      grpc_set_header Authorization \"Bearer " + upstreamToken + "\";\n";
    String conf = "daemon off;\n"
        + "master_process off;\n"
        + "worker_processes 1;\n"
        + "pid " + d + "/nginx.pid;\n"
        + "error_log " + d + "/logs/error.log warn;\n"
        + "events { worker_connections 256; }\n"
        + "http {\n"
        + "  access_log " + d + "/logs/access.log;\n"
        + "  client_body_temp_path " + d + "/tmp/body;\n"
        + "  proxy_temp_path " + d + "/tmp/proxy;\n"
        + "  fastcgi_temp_path " + d + "/tmp/fastcgi;\n"
        + "  uwsgi_temp_path " + d + "/tmp/uwsgi;\n"
        + "  scgi_temp_path " + d + "/tmp/scgi;\n"
        + "  server {\n"
        + "    listen 127.0.0.1:" + tlsPort + " ssl http2;\n"
        + "    ssl_certificate " + d + "/server.pem;\n"
        + "    ssl_certificate_key " + d + "/server.key;\n"
        + "    client_max_body_size 0;\n"
        + "    location / {\n"
        // gRPC clients map an HTTP 401 to UNAUTHENTICATED.
        + "      if ($http_authorization != \"Bearer " + PROXY_TOKEN + "\") { return 401; }\n"
        + upstreamAuth
        + "      grpc_read_timeout 600s;\n"
        + "      grpc_send_timeout 600s;\n"
        + "      grpc_pass grpc://127.0.0.1:" + upstreamPort + ";\n"
        + "    }\n"
        + "  }\n"
        + "  server {\n"
        + "    listen 127.0.0.1:" + mutualTlsPort + " ssl http2;\n"
        + "    ssl_certificate " + d + "/server.pem;\n"
        + "    ssl_certificate_key " + d + "/server.key;\n"
        + "    ssl_client_certificate " + d + "/ca.pem;\n"
        + "    ssl_verify_client on;\n"
        + "    client_max_body_size 0;\n"
        + "    location / {\n"
        + upstreamAuth
        + "      grpc_read_timeout 600s;\n"
        + "      grpc_send_timeout 600s;\n"
        + "      grpc_pass grpc://127.0.0.1:" + upstreamPort + ";\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
    Files.writeString(dir.resolve("nginx.conf"), conf);
    nginx = new ProcessBuilder(nginxBinary.toString(), "-p", d, "-e", d + "/logs/error.log", "-c", d + "/nginx.conf")
        .redirectErrorStream(true).redirectOutput(dir.resolve("logs/stdout.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (!listening(tlsPort) || !listening(mutualTlsPort)) {
      if (!nginx.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("logs/error.log")));
      }
      Thread.sleep(50);
    }
  }

  @AfterAll
  static void stopNginx() throws Exception {
    if (nginx != null) {
      nginx.destroy();
      if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
        nginx.destroyForcibly();
      }
    }
  }

  private static String tls(String token) {
    return "sc://127.0.0.1:" + tlsPort + "/;use_ssl=true" + (token == null ? "" : ";token=" + token);
  }

  @Test
  void rightTokenOverTlsRunsQueries() {
    try (SparkSession spark = SparkSession.builder().remote(tls(PROXY_TOKEN)).trustCertificates(ca).create()) {
      List<Row> viaSql = spark.sql("SELECT sum(id) AS s, count(*) AS c, max(concat('v', id)) AS m FROM range(0, 1000)")
          .collectAsList();
      List<Row> viaApi = spark.range(0, 1000).selectExpr("sum(id) AS s", "count(*) AS c", "max(concat('v', id)) AS m")
          .collectAsList();
      assertEquals(499500L, viaSql.get(0).getLong(0));
      assertEquals(1000L, viaSql.get(0).getLong(1));
      assertEquals("v999", viaSql.get(0).getString(2));
      assertEquals(viaSql, viaApi);
      assertFalse(spark.toString().contains(PROXY_TOKEN), spark.toString());
    }
    // The certificate names localhost too.
    try (SparkSession spark = SparkSession.builder()
        .remote("sc://localhost:" + tlsPort + "/;use_ssl=true;token=" + PROXY_TOKEN).trustCertificates(ca).create()) {
      assertEquals(4.2, spark.sql("SELECT 4.2D AS x").collectAsList().get(0).getDouble(0));
    }
  }

  /** The same query through a session, by SQL text and by the DataFrame API; both checked. */
  private static void assertQueriesWork(SparkSession spark) {
    List<Row> viaSql = spark.sql("SELECT sum(id) AS s, count(*) AS c FROM range(0, 500)").collectAsList();
    List<Row> viaApi = spark.range(0, 500).selectExpr("sum(id) AS s", "count(*) AS c").collectAsList();
    assertEquals(124750L, viaSql.get(0).getLong(0));
    assertEquals(500L, viaSql.get(0).getLong(1));
    assertEquals(viaSql, viaApi);
  }

  /** A trust store holding the test CA, of the given type (JKS or PKCS12). */
  private static Path trustStore(String type, String password) throws Exception {
    java.security.cert.Certificate caCert;
    try (java.io.InputStream in = Files.newInputStream(ca)) {
      caCert = java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    java.security.KeyStore ks = java.security.KeyStore.getInstance(type);
    ks.load(null, null);
    ks.setCertificateEntry("test-ca", caCert);
    Path file = dir.resolve("trust-" + type.toLowerCase(java.util.Locale.ROOT) + ".store");
    try (java.io.OutputStream out = Files.newOutputStream(file)) {
      ks.store(out, password.toCharArray());
    }
    return file;
  }

  @Test
  void trustStoresOfBothTypesWork() throws Exception {
    for (String type : new String[] {"JKS", "PKCS12"}) {
      Path store = trustStore(type, STORE_PASSWORD);
      try (SparkSession spark = SparkSession.builder().remote(tls(PROXY_TOKEN)).trustStore(store, STORE_PASSWORD)
          .create()) {
        assertQueriesWork(spark);
      }
    }
    Path store = trustStore("PKCS12", STORE_PASSWORD);
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> SparkSession.builder()
        .remote(tls(PROXY_TOKEN)).trustStore(store, "not-the-password-55").create());
    assertTrue(wrong.getMessage().contains(store.toString()), wrong.getMessage());
    assertNoText(wrong, "not-the-password-55");
    assertThrows(IllegalArgumentException.class,
        () -> SparkSession.builder().trustStore(dir.resolve("missing.p12"), STORE_PASSWORD));
  }

  @Test
  void mutualTlsWithPemOrKeyStoreIdentity() throws Exception {
    String mtls = "sc://127.0.0.1:" + mutualTlsPort + "/;use_ssl=true";
    try (SparkSession spark = SparkSession.builder().remote(mtls).trustCertificates(ca)
        .clientCertificate(dir.resolve("client.pem"), dir.resolve("client.key")).create()) {
      assertQueriesWork(spark);
    }
    try (SparkSession spark = SparkSession.builder().remote(mtls).trustStore(trustStore("JKS", STORE_PASSWORD),
        STORE_PASSWORD).keyStore(dir.resolve("client.p12"), STORE_PASSWORD).create()) {
      assertQueriesWork(spark);
    }
    // Without a client certificate the proxy refuses the requests.
    long start = System.nanoTime();
    SparkConnectException e = failure(() -> SparkSession.builder().remote(mtls).trustCertificates(ca).create(),
        s -> s.sql("SELECT 1").collectAsList());
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.println("TlsIT: no client certificate: " + millis + " ms: " + e.getMessage());
    assertTrue(millis < FAST_MILLIS, "took " + millis + " ms");
    assertTrue(e instanceof SparkConnectionException, e.toString());
    assertTrue(e.getMessage().contains("clientCertificate or keyStore"), e.getMessage());
    assertNoSecret(e, null);
    // A key that does not parse is named, its content is not shown.
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> SparkSession.builder()
        .remote(mtls).trustCertificates(ca).clientCertificate(dir.resolve("client.pem"), dir.resolve("ca.pem"))
        .create());
    assertTrue(bad.getMessage().contains("ca.pem"), bad.getMessage());
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> SparkSession.builder()
        .remote(mtls).trustCertificates(ca).keyStore(dir.resolve("client.p12"), "wrong-pass-8c2").create());
    assertNoText(wrong, "wrong-pass-8c2");
    assertNoText(wrong, STORE_PASSWORD);
  }

  /** Neither the message nor the stack trace text of {@code e} and its causes contain {@code text}. */
  private static void assertNoText(Throwable e, String text) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new java.io.PrintWriter(w));
    assertFalse(w.toString().contains(text), "the exception shows a secret: " + w);
  }

  @Test
  void wrongOrMissingTokenIsRefusedQuickly() {
    for (String token : new String[] {"wrong-token-91b2", null}) {
      long start = System.nanoTime();
      SparkConnectException e = failure(() -> SparkSession.builder().remote(tls(token)).trustCertificates(ca).create(),
          s -> s.sql("SELECT 1").collectAsList());
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(millis < FAST_MILLIS, "took " + millis + " ms");
      assertEquals("UNAUTHENTICATED", e.getCondition(), e.getMessage());
      assertTrue(e.getMessage().contains("refused the credentials"), e.getMessage());
      assertEquals(0, e.getSuppressed().length, "UNAUTHENTICATED must not be retried");
      assertNoSecret(e, token);
    }
  }

  @Test
  void tlsOnOneSideOnlyOrUntrustedCertificateFailsQuickly() {
    List<Supplier<SparkSession>> cases = List.of(
        // Plaintext client against the TLS port (a local host may get a token without TLS).
        () -> SparkSession.builder().remote("sc://127.0.0.1:" + tlsPort + "/;token=" + PROXY_TOKEN).create(),
        // TLS client against the server's plaintext port.
        () -> SparkSession.builder().remote("sc://127.0.0.1:" + upstreamPort + "/;use_ssl=true;token=" + PROXY_TOKEN)
            .trustCertificates(ca).create(),
        // TLS client that trusts only the system's CAs, which did not sign the test certificate.
        () -> SparkSession.builder().remote(tls(PROXY_TOKEN)).create());
    for (int i = 0; i < cases.size(); i++) {
      long start = System.nanoTime();
      SparkConnectException e = failure(cases.get(i), s -> s.sql("SELECT 1").collectAsList());
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(millis < FAST_MILLIS, "case " + i + " took " + millis + " ms: " + e);
      assertTrue(e instanceof SparkConnectionException, "case " + i + ": " + e);
      assertTrue(e.getMessage().contains(i == 0 ? "use_ssl=true" : "TLS"), "case " + i + ": " + e.getMessage());
      assertNoSecret(e, PROXY_TOKEN);
    }
  }

  @Test
  void unreadableTrustFileIsRejected() throws IOException {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> SparkSession.builder().trustCertificates(dir.resolve("nope.pem")));
    assertTrue(missing.getMessage().contains("nope.pem"), missing.getMessage());
    Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a certificate\n");
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> SparkSession.builder().remote(tls(PROXY_TOKEN)).trustCertificates(garbage).create());
    assertTrue(bad.getMessage().contains("PEM"), bad.getMessage());
  }

  /**
   * Creates a session and runs {@code use} on it, expecting a {@link SparkConnectException};
   * everything written to System.err or logged through java.util.logging meanwhile is checked
   * for the tokens.
   */
  private static SparkConnectException failure(Supplier<SparkSession> create,
      java.util.function.Consumer<SparkSession> use) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldErr = System.err;
    List<String> logged = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        StringWriter w = new StringWriter();
        w.append(String.valueOf(r.getMessage()));
        if (r.getParameters() != null) {
          for (Object p : r.getParameters()) {
            w.append(' ').append(String.valueOf(p));
          }
        }
        if (r.getThrown() != null) {
          r.getThrown().printStackTrace(new java.io.PrintWriter(w));
        }
        synchronized (logged) {
          logged.add(w.toString());
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    root.addHandler(handler);
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    SparkConnectException e;
    try (SparkSession s = create.get()) {
      e = assertThrows(SparkConnectException.class, () -> use.accept(s));
    } finally {
      System.setErr(oldErr);
      root.removeHandler(handler);
    }
    String all = err.toString(StandardCharsets.UTF_8) + String.join("\n", logged);
    for (String secret : new String[] {PROXY_TOKEN, upstreamToken}) {
      if (secret != null) {
        assertFalse(all.contains(secret), "a token reached the log output");
      }
    }
    return e;
  }

  /** Neither the message nor the stack trace text of {@code e}, its causes or suppressed show a token. */
  private static void assertNoSecret(Throwable e, String token) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new java.io.PrintWriter(w));
    String text = w.toString();
    for (String secret : new String[] {token, PROXY_TOKEN, upstreamToken}) {
      if (secret != null) {
        assertFalse(text.contains(secret), "a token appears in the exception: " + text);
      }
    }
  }

  /** The executable {@code command} on the PATH or in /usr/sbin, or {@code null}. */
  private static Path which(String command) {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.add("/usr/sbin");
    for (String p : dirs) {
      if (!p.isEmpty() && Files.isExecutable(Path.of(p, command))) {
        return Path.of(p, command);
      }
    }
    return null;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
