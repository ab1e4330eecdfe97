package io.sparkconnect.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.local.LocalSparkServer;
import io.sparkconnect.sql.SparkSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged shell ({@code java -jar spark-connect-shell.jar} and {@code bin/spark-connect-sql})
 * run as a user runs it, with {@code -e}, {@code -f} and piped statements, against a real Spark
 * Connect server; the printed output is checked against what the server's own {@code show}
 * formatting gives.
 */
class SqlShellIT {
  private static final Pattern TIME = Pattern.compile("Time taken: \\d+\\.\\d{3} s");

  static LocalSparkServer server;
  static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    server = LocalSparkServer.builder().sparkVersion(System.getProperty("spark.server.version", "4.2.0"))
        .master("local[2]").start();
    spark = SparkSession.builder().remote(server.connectionString()).create();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.close();
    }
    if (server != null) {
      server.close();
    }
  }

  record Result(int exit, String out, String err) {
    int timings() {
      Matcher m = TIME.matcher(err);
      int n = 0;
      while (m.find()) {
        n++;
      }
      return n;
    }
  }

  static Result shell(String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(System.getProperty("shell.jar"));
    command.add("--remote");
    command.add(server.connectionString());
    command.addAll(List.of(args));
    return exec(command, stdin);
  }

  static Result exec(List<String> command, String stdin) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("SPARK_REMOTE");
    Process p = pb.start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    if (stdin != null) {
      p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    p.getOutputStream().close();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the shell did not finish");
    return new Result(p.exitValue(), out.get(), err.get());
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What Spark's show prints for {@code sql}: the server's formatting, then a line break. */
  static String shown(String sql, int rows, int truncate, boolean vertical) {
    return spark.sql(sql).showString(rows, truncate, vertical) + "\n";
  }

  @Test
  void statementsOfMinusEPrintAsShowDoes() throws Exception {
    Result r = shell(null, "-e", "SELECT 1 AS one, 'a;b' AS s; SELECT id, id * 2 AS twice FROM range(3)");
    assertEquals(0, r.exit(), r.err());
    assertEquals("+---+---+\n|one|  s|\n+---+---+\n|  1|a;b|\n+---+---+\n\n"
        + "+---+-----+\n| id|twice|\n+---+-----+\n|  0|    0|\n|  1|    2|\n|  2|    4|\n+---+-----+\n\n", r.out());
    assertEquals(shown("SELECT 1 AS one, 'a;b' AS s", 20, 20, false)
        + shown("SELECT id, id * 2 AS twice FROM range(3)", 20, 20, false), r.out());
    assertEquals(2, r.timings(), r.err());
  }

  @Test
  void scriptFileRunsUntilTheFirstError() throws Exception {
    Path script = dir.resolve("script.sql");
    Files.writeString(script, String.join("\n",
        "-- a comment; with a semicolon",
        "CREATE OR REPLACE TEMPORARY VIEW shell_it_v AS",
        "  SELECT * FROM VALUES (1, 'x'), (2, 'y;z') AS t(n, s);",
        "SELECT n, /* not the end; */ s",
        "FROM shell_it_v",
        "ORDER BY n;",
        "SELECT * FROM shell_it_no_such_table;",
        "SELECT 'never printed';",
        ""));
    Result r = shell(null, "-f", script.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("+---+---+\n|  n|  s|\n+---+---+\n|  1|  x|\n|  2|y;z|\n+---+---+\n\n", r.out());
    assertTrue(r.err().contains("Error [TABLE_OR_VIEW_NOT_FOUND] SQLSTATE 42P01: "), r.err());
    assertTrue(r.err().contains("`shell_it_no_such_table`"), r.err());
    assertFalse(r.out().contains("never printed"));
    assertEquals(2, r.timings(), "the view and the query were timed: " + r.err());
  }

  @Test
  void resultOptionsGoToShow() throws Exception {
    String sql = "SELECT id, repeat('x', 30) AS long FROM range(5)";
    Result r = shell(null, "--max-rows", "2", "--truncate", "0", "-e", sql);
    assertEquals(0, r.exit(), r.err());
    assertEquals(shown(sql, 2, 0, false), r.out());
    assertTrue(r.out().endsWith("only showing top 2 rows\n"), r.out());
    assertEquals(7, r.out().split("\n").length, r.out());
    assertTrue(r.out().contains("x".repeat(30)), r.out());
    Result v = shell(null, "--vertical", "-e", "SELECT 7 AS seven");
    assertEquals(shown("SELECT 7 AS seven", 20, 20, true), v.out());
    assertTrue(v.out().contains("seven | 7"), v.out());
  }

  @Test
  void commandsPrintNoTableAndErrorsGiveTheirSqlState() throws Exception {
    Result r = shell(null, "-e", "SET spark.sql.shuffle.partitions=3; CREATE TEMPORARY VIEW shell_it_w AS SELECT 1;"
        + " SELEC 1");
    assertEquals(1, r.exit());
    assertTrue(r.out().contains("|spark.sql.shuffle...|    3|"), r.out());
    assertFalse(r.out().contains("++"), "the view's empty result prints no table: " + r.out());
    assertTrue(r.err().contains("Error [PARSE_SYNTAX_ERROR] SQLSTATE 42601: Syntax error at or near 'SELEC'"), r.err());
    assertEquals(2, r.timings(), r.err());
  }

  @Test
  void pipedStatementsRunAsAScript() throws Exception {
    Result r = shell("SELECT 40 + 2 AS answer;\nquit;\nSELECT 'after quit';\n");
    assertEquals(0, r.exit(), r.err());
    assertEquals(shown("SELECT 40 + 2 AS answer", 20, 20, false), r.out());
  }

  @Test
  void badCommandLineExitsWithUsage() throws Exception {
    Result r = shell(null, "--max-rows", "none");
    assertEquals(2, r.exit());
    assertEquals("spark-connect-sql: --max-rows wants a number, not 'none'\n", r.err());
    Result help = shell(null, "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().startsWith("Usage: spark-connect-sql [options]"), help.out());
  }

  @Test
  void unreachableServerIsAClearError() throws Exception {
    List<String> command = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("shell.jar"), "--remote", "sc://127.0.0.1:1", "-e", "SELECT 1");
    Result r = exec(command, null);
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("Error SQLSTATE 08006: "), r.err());
    assertTrue(r.err().contains("127.0.0.1:1"), r.err());
  }

  /** The launcher script with no --remote: the shell starts its own embedded server. */
  @Test
  void scriptDefaultsToAnEmbeddedServer() throws Exception {
    Path script = Paths.get(System.getProperty("shell.script"));
    List<String> command = List.of(script.toString(), "-e", "SELECT 'embedded' AS server");
    Result r = exec(command, null);
    assertEquals(0, r.exit(), r.err());
    assertEquals(shown("SELECT 'embedded' AS server", 20, 20, false), r.out());
    assertTrue(r.err().contains("Starting an embedded Spark server"), r.err());
  }
}
