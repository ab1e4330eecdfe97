package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors carry the details the server kept: query context and server stack trace. */
class ErrorDetailsIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void stop() {
    spark.close();
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
    assertFalse(e.getServerStackTrace().isEmpty(), "the server's stack trace is kept");
    assertTrue(e.getStackTrace()[0].getClassName().startsWith("io.sparkconnect"), "the client stack trace stays");
  }
}
