package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Errors carry the details the server kept (Spark 4.0 and later answer {@code FetchErrorDetails}):
 * the cause chain, the query context and the server stack trace.
 */
class ErrorDetailsIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "FetchErrorDetails needs Spark 4.0 or later");
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  /** Line (1-based) and position (1-based) of a character of {@code sql}, as Spark's summary counts them. */
  private static String linePosition(String sql, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (sql.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", position " + (index - lineStart + 1);
  }

  @Test
  void sqlQueryContextPointsAtTheFragment() {
    String sql = "SELECT id,\n  nope + 1 AS x FROM range(3)";
    AnalysisException e = assertThrows(AnalysisException.class, () -> spark.sql(sql).collect());
    assertTrue(e.getCondition().startsWith("UNRESOLVED_COLUMN"), e.getCondition());
    List<QueryContext> ctx = e.getQueryContext();
    System.out.println("ErrorDetailsIT: " + ctx);
    assertEquals(1, ctx.size(), ctx.toString());
    QueryContext q = ctx.get(0);
    assertEquals(QueryContextType.SQL, q.contextType());
    assertEquals("nope", q.fragment());
    assertEquals(sql.indexOf("nope"), q.startIndex());
    assertEquals(sql.indexOf("nope") + 3, q.stopIndex());
    assertEquals("nope", sql.substring(q.startIndex(), q.stopIndex() + 1));
    assertTrue(q.summary().contains(linePosition(sql, q.startIndex())), q.summary());
    assertFalse(e.getServerStackTrace().isEmpty(), "the server's stack trace is kept");
    assertTrue(e.getStackTrace()[0].getClassName().startsWith("io.sparkconnect"), "the client stack trace stays");
  }

  /** A runtime error raised in an executor task still points at its SQL fragment, line and column. */
  @Test
  void runtimeErrorInATaskHasTheQueryContext() {
    String sql = "SELECT id,\n    CAST(concat('x', id) AS INT) AS n FROM range(3)";
    SparkConnectException e = assertThrows(SparkConnectException.class, () -> spark.sql(sql).collect());
    assertEquals("CAST_INVALID_INPUT", e.getCondition(), e.getMessage());
    assertEquals("22018", e.getSqlState());
    assertEquals(1, e.getQueryContext().size(), e.getQueryContext().toString());
    QueryContext q = e.getQueryContext().get(0);
    assertEquals(QueryContextType.SQL, q.contextType());
    assertEquals("CAST(concat('x', id) AS INT)", q.fragment());
    assertEquals(sql.indexOf("CAST("), q.startIndex());
    assertEquals(q.fragment(), sql.substring(q.startIndex(), q.stopIndex() + 1));
    assertEquals("line 2, position 5", linePosition(sql, q.startIndex()));
    assertTrue(q.summary().contains("line 2, position 5"), q.summary());
    assertTrue(e.getServerClassName().startsWith("org.apache.spark."), e.getServerClassName());
  }

  /**
   * A failure with Java causes on the server arrives as a chain of exceptions: each with the
   * server's class, message, condition when it has one, and its server stack trace as its own.
   */
  @Test
  void causeChainWithServerStackTraces() {
    spark.conf().set("spark.sql.connect.serverStacktrace.enabled", "true");
    try {
      SparkConnectException e = assertThrows(SparkConnectException.class, () -> spark.sql(
          "SELECT from_json('{bad', 'a INT', map('mode', 'FAILFAST')) AS j").collect());
      List<Throwable> chain = new ArrayList<>();
      for (Throwable c = e; c != null && chain.size() < 10; c = c.getCause()) {
        chain.add(c);
      }
      System.out.println("ErrorDetailsIT: chain " + chain);
      assertTrue(e.getCondition().startsWith("MALFORMED_RECORD_IN_PARSING"), e.getCondition());
      assertEquals("org.apache.spark.SparkException", e.getServerClassName());
      assertTrue(e.getSuppressed().length > 0, "the raw gRPC status stays reachable");
      assertFalse(e.getServerStackTrace().isEmpty());
      assertTrue(e.getServerStackTrace().stream().anyMatch(f -> f.getClassName().startsWith("org.apache.spark.")),
          e.getServerStackTrace().toString());
      assertTrue(e.getStackTrace()[0].getClassName().startsWith("io.sparkconnect"), "the client stack trace stays");

      SparkConnectException cause = (SparkConnectException) e.getCause();
      assertNotNull(cause, "the server-side cause is in the chain");
      assertEquals("com.fasterxml.jackson.core.JsonParseException", cause.getServerClassName());
      assertTrue(cause.getMessage().contains("Unexpected character ('b'"), cause.getMessage());
      assertNull(cause.getCondition(), "a plain Java exception has no condition");
      assertFalse(cause.getServerStackTrace().isEmpty());
      assertEquals(cause.getServerStackTrace(), List.of(cause.getStackTrace()),
          "a cause exists only on the server: its stack trace is the server's");
      assertTrue(cause.getStackTrace()[0].getClassName().startsWith("com.fasterxml.jackson."),
          cause.getStackTrace()[0].toString());
    } finally {
      spark.conf().unset("spark.sql.connect.serverStacktrace.enabled");
    }
  }

  /**
   * A chain with an exception without message (here {@code InvocationTargetException}) makes Spark
   * 4.x's {@code FetchErrorDetails} fail on the server (a NullPointerException there); the error
   * then still surfaces at once with what the status carries: the server's class and message.
   */
  @Test
  void detailsTheServerCannotGiveFallBackToTheStatus() {
    SparkConnectException e = assertThrows(SparkConnectException.class, () -> spark.sql(
        "SELECT reflect('java.lang.Integer', 'parseInt', concat('x', id)) FROM range(2)").collect());
    assertEquals("org.apache.spark.SparkException", e.getServerClassName());
    assertTrue(e.getMessage().contains("InvocationTargetException"), e.getMessage());
    assertTrue(e.getMessage().contains("NumberFormatException") || e.getMessage().contains("Job aborted"),
        e.getMessage());
    assertEquals(5, spark.range(5).count(), "the session stays usable");
  }
}
