package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Server errors become structured exceptions; the session survives them. Spark 3.5 sends only the
 * exception classes and the message: the condition is read off the message there, the SQLSTATE
 * comes from Spark's error catalogue, and the message parameters are not available.
 */
@Tag("compat")
class ErrorsIT {
  static SparkSession spark;

  static boolean structured;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    structured = TestServer.serverAtLeast(spark, 4, 0);
  }

  /** The SQLSTATE: sent by the server from 4.0 on, taken from Spark's error catalogue on 3.5. */
  static void assertSqlState(String expected, SparkConnectException e) {
    assertEquals(expected, e.getSqlState(), e.getMessage());
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  @Test
  void parseError() {
    ParseException e = assertThrows(ParseException.class, () -> spark.sql("SELEC 1").collect());
    assertEquals("PARSE_SYNTAX_ERROR", e.getCondition());
    assertSqlState("42601", e);
    assertTrue(e.getMessage().contains("SELEC"), e.getMessage());
    assertEquals(structured ? "'SELEC'" : null, e.getMessageParameters().get("error"));
    assertTrue(e instanceof AnalysisException, "ParseException is an AnalysisException, as in Spark");
    assertEquals(3, spark.range(3).count(), "the session stays usable");
  }

  @Test
  void unresolvedColumnInSql() {
    AnalysisException e = assertThrows(AnalysisException.class, () -> spark.sql("SELECT nope FROM range(1)").collect());
    assertTrue(e.getCondition().startsWith("UNRESOLVED_COLUMN."), e.getCondition());
    assertSqlState("42703", e);
    assertEquals(structured ? "`nope`" : null, e.getMessageParameters().get("objectName"));
    assertEquals(1, spark.range(1).count());
  }

  @Test
  void unresolvedColumnInDataFrame() {
    AnalysisException e = assertThrows(AnalysisException.class, () -> spark.range(3).select(col("missing")).collect());
    assertEquals("UNRESOLVED_COLUMN.WITH_SUGGESTION", e.getCondition());
    assertSqlState("42703", e);
    AnalysisException s = assertThrows(AnalysisException.class, () -> spark.range(3).filter("missing > 1").schema());
    assertTrue(s.getCondition().startsWith("UNRESOLVED_COLUMN."), s.getCondition());
  }

  @Test
  void missingTable() {
    AnalysisException e = assertThrows(AnalysisException.class, () -> spark.table("no_such_table").collect());
    assertEquals("TABLE_OR_VIEW_NOT_FOUND", e.getCondition());
    assertSqlState("42P01", e);
  }

  @Test
  void runtimeErrorCarriesItsCondition() {
    spark.conf().set("spark.sql.ansi.enabled", true);
    SparkConnectException e = assertThrows(SparkConnectException.class, () -> spark.sql("SELECT 1 / 0").collect());
    assertFalse(e instanceof AnalysisException);
    assertEquals("DIVIDE_BY_ZERO", e.getCondition());
    assertSqlState("22012", e);
    assertTrue(e.getServerClassName().contains("Arithmetic"), e.getServerClassName());
  }

  @Test
  void unreachableServerFailsFast() {
    long start = System.nanoTime();
    // Default policy: a server that never answered is given a few seconds, not the full policy's minutes.
    try (SparkSession s = SparkSession.builder().remote("sc://127.0.0.1:1").create()) {
      SparkConnectionException e = assertThrows(SparkConnectionException.class, () -> s.range(1).count());
      assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
      assertTrue(e.getMessage().contains("attempts"), e.getMessage());
      assertTrue(e.getSuppressed().length >= 1);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 15_000, "took " + millis + " ms");
  }

  @Test
  void explicitPolicyBoundsRetries() {
    RetryPolicy quick = RetryPolicy.builder().maxRetries(2).build();
    try (SparkSession s = SparkSession.builder().remote("sc://127.0.0.1:1").retryPolicy(quick).create()) {
      SparkConnectionException e = assertThrows(SparkConnectionException.class, () -> s.range(1).count());
      assertTrue(e.getMessage().contains("3 attempts (2 retries"), e.getMessage());
      assertEquals(2, e.getSuppressed().length);
    }
  }

  @Test
  void wrongTokenIsRefusedWithoutLeakingIt() {
    String remote = TestServer.connectionString();
    assumeTrue(remote.contains("token="), "the server has no token authentication (Spark 3.5 has none)");
    String bad = remote.replaceAll("token=[^;]*", "token=WRONGSECRET42");
    try (SparkSession s = SparkSession.builder().remote(bad).create()) {
      SparkConnectException e = assertThrows(SparkConnectException.class, () -> s.range(1).count());
      assertFalse(e.getMessage().contains("WRONGSECRET42"), e.getMessage());
      assertFalse(s.toString().contains("WRONGSECRET42"), s.toString());
    }
  }

  @Test
  void badConnectionStringIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SparkSession.builder().remote("http://host:1").create());
    assertTrue(e.getMessage().contains("sc://"), e.getMessage());
  }
}
