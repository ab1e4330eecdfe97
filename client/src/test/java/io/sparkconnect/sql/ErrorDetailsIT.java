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

/** Errors carry the details the server kept: query context, cause chain, server stack trace. */
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

  @Test
  void causeChainFromTheServer() {
    // The reflective call fails with an InvocationTargetException whose cause is the real failure.
    SparkConnectException e = assertThrows(SparkConnectException.class,
        () -> spark.sql("SELECT reflect('java.lang.Integer', 'parseInt', s) FROM VALUES ('12'), ('x1') AS t(s)").collect());
    System.out.println("ErrorDetailsIT: reflect -> " + e + " cond=" + e.getCondition() + " server=" + e.getServerClassName()
        + " cause=" + e.getCause() + " suppressed=" + java.util.Arrays.toString(e.getSuppressed()));
    if (e.getCause() != null) {
      System.out.println("ErrorDetailsIT: cause details " + io.grpc.protobuf.StatusProto.fromThrowable(e.getCause()));
    }
    StringBuilder chain = new StringBuilder();
    boolean numberFormat = false;
    int depth = 0;
    for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
      assertTrue(t instanceof SparkConnectException, t.toString());
      String server = ((SparkConnectException) t).getServerClassName();
      chain.append(" -> ").append(server);
      numberFormat |= "java.lang.NumberFormatException".equals(server);
    }
    System.out.println("ErrorDetailsIT: cause chain" + chain);
    assertTrue(depth >= 2, "the server's causes are attached:" + chain);
    assertTrue(numberFormat, "the root cause is in the chain:" + chain);
    Throwable last = e;
    while (last.getCause() != null) {
      last = last.getCause();
    }
    assertTrue(last.getStackTrace().length > 0, "causes carry the server's stack trace");
  }
}
