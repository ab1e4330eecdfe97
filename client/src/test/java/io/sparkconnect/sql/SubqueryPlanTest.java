package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.SubqueryExpression;
import io.sparkconnect.proto.WithRelations;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plans of subquery columns, the other Spark 4.x DataFrame operations and the session's default
 * and active sessions, without a server.
 */
class SubqueryPlanTest {
  static SparkSession spark;

  @BeforeAll
  static void open() {
    spark = SparkSession.builder().remote("sc://127.0.0.1:1").create();
  }

  @AfterAll
  static void close() {
    spark.close();
  }

  @Test
  void scalarSubqueryBecomesAReferenceOfWithRelations() {
    DataFrame t = spark.table("t");
    DataFrame sub = spark.table("u").select(max("y"));
    DataFrame q = t.where(col("x").gt(sub.scalar()));
    Relation root = q.relation();
    assertTrue(root.hasWithRelations(), root.toString());
    WithRelations w = root.getWithRelations();
    assertEquals(1, w.getReferencesCount());
    assertEquals(sub.relation(), w.getReferences(0));
    Expression cond = w.getRoot().getFilter().getCondition();
    SubqueryExpression s = cond.getUnresolvedFunction().getArguments(1).getSubqueryExpression();
    assertEquals(sub.relation().getCommon().getPlanId(), s.getPlanId());
    assertEquals(SubqueryExpression.SubqueryType.SUBQUERY_TYPE_SCALAR, s.getSubqueryType());
    // the carried plan does not reach the server
    assertTrue(s.getUnknownFields().asMap().isEmpty());
    assertTrue(w.getRoot().getFilter().getInput().hasRead());
    assertTrue(root.getCommon().getPlanId() != w.getRoot().getCommon().getPlanId());
    // later operators keep the wrapper as their input and are not wrapped again
    Relation next = q.select("x").relation();
    assertTrue(next.hasProject());
    assertTrue(next.getProject().getInput().hasWithRelations());
  }

  @Test
  void existsAndInSubqueriesAndSharedReferences() {
    DataFrame other = spark.table("u");
    Column ex = other.where(col("a").equalTo(col("b").outer())).exists();
    Column in = col("k").isin(other.select("a"));
    DataFrame q = spark.table("t").where(ex.and(in).or(ex));
    WithRelations w = q.relation().getWithRelations();
    // the same subquery used twice travels once
    assertEquals(2, w.getReferencesCount());
    Expression.UnresolvedFunction or = w.getRoot().getFilter().getCondition().getUnresolvedFunction();
    Expression.UnresolvedFunction and = or.getArguments(0).getUnresolvedFunction();
    assertEquals(SubqueryExpression.SubqueryType.SUBQUERY_TYPE_EXISTS, and.getArguments(0).getSubqueryExpression().getSubqueryType());
    SubqueryExpression inSub = and.getArguments(1).getSubqueryExpression();
    assertEquals(SubqueryExpression.SubqueryType.SUBQUERY_TYPE_IN, inSub.getSubqueryType());
    assertEquals("k", inSub.getInSubqueryValues(0).getUnresolvedAttribute().getUnparsedIdentifier());
    // a subquery inside a select list, and a subquery whose plan has a subquery itself
    DataFrame inner = spark.table("v").where(col("z").equalTo(spark.table("w").select(min("z")).scalar()));
    DataFrame sel = spark.table("t").select(col("x"), inner.select(count(lit(1))).scalar().alias("n"));
    WithRelations ws = sel.relation().getWithRelations();
    assertEquals(1, ws.getReferencesCount());
    assertTrue(ws.getReferences(0).getProject().getInput().hasWithRelations());
    // columns without subqueries are untouched
    assertFalse(spark.table("t").where(col("x").gt(1)).relation().hasWithRelations());
  }

  @Test
  void otherOperations() {
    DataFrame t = spark.table("t");
    Expression.DirectShufflePartitionID d = t.repartitionById(3, col("p")).relation().getRepartitionByExpression()
        .getPartitionExprs(0).getDirectShufflePartitionId();
    assertEquals("p", d.getChild().getUnresolvedAttribute().getUnparsedIdentifier());
    assertEquals(3, t.repartitionById(3, col("p")).relation().getRepartitionByExpression().getNumPartitions());
    assertThrows(IllegalArgumentException.class, () -> t.repartitionById(0, col("p")));

    io.sparkconnect.proto.NearestByJoin n = t.nearestByJoin(spark.table("u"), col("a").minus(col("b")), 2, "EXACT",
        "distance", "left_outer").relation().getNearestByJoin();
    assertEquals(2, n.getNumResults());
    assertEquals("leftouter", n.getJoinType());
    assertEquals("exact", n.getMode());
    assertEquals("distance", n.getDirection());
    assertEquals("inner", t.nearestByJoin(t, col("a"), 1, "approx", "similarity").relation().getNearestByJoin().getJoinType());
    assertThrows(IllegalArgumentException.class, () -> t.nearestByJoin(t, col("a"), 0, "exact", "distance"));
    assertThrows(IllegalArgumentException.class, () -> t.nearestByJoin(t, col("a"), 1, "fuzzy", "distance"));
    assertThrows(IllegalArgumentException.class, () -> t.nearestByJoin(t, col("a"), 1, "exact", "distance", "full"));

    io.sparkconnect.proto.WithWatermark wm = t.withWatermark("ts", "10 minutes").relation().getWithWatermark();
    assertEquals("ts", wm.getEventTime());
    assertEquals("10 minutes", wm.getDelayThreshold());

    Expression idx = t.zipWithIndex().relation().getProject().getExpressions(1);
    assertEquals("index", idx.getAlias().getName(0));
    assertEquals("distributed_sequence_id", idx.getAlias().getExpr().getUnresolvedFunction().getFunctionName());
    assertTrue(idx.getAlias().getExpr().getUnresolvedFunction().getIsInternal());

    io.sparkconnect.proto.UnresolvedTableValuedFunction f = spark.tvf().stack(lit(2), lit(1), lit(2)).relation()
        .getUnresolvedTableValuedFunction();
    assertEquals("stack", f.getFunctionName());
    assertEquals(3, f.getArgumentsCount());
    assertTrue(spark.tvf().range(5).relation().hasRange());
  }

  @Test
  void defaultAndActiveSessions() throws Exception {
    SparkSession.clearDefaultSession();
    SparkSession.clearActiveSession();
    assertEquals(Optional.empty(), SparkSession.getDefaultSession());
    assertThrows(IllegalStateException.class, SparkSession::active);
    SparkSession a = SparkSession.builder().remote("sc://127.0.0.1:1").create();
    SparkSession b = SparkSession.builder().remote("sc://127.0.0.1:1").create();
    try {
      // the first session the builder makes fills both slots; later ones leave them alone
      assertEquals(Optional.of(a), SparkSession.getDefaultSession());
      assertEquals(Optional.of(a), SparkSession.getActiveSession());
      SparkSession.setActiveSession(b);
      assertSame(b, SparkSession.active());
      // the active session is per thread (inherited by threads started afterwards)
      AtomicReference<Optional<SparkSession>> seen = new AtomicReference<>();
      Thread child = new Thread(() -> seen.set(SparkSession.getActiveSession()));
      child.start();
      child.join();
      assertEquals(Optional.of(b), seen.get());
      SparkSession.clearActiveSession();
      assertSame(a, SparkSession.active());
      SparkSession.setDefaultSession(b);
      assertSame(b, SparkSession.active());
      b.close();
      // a closed session is not usable and no longer returned
      assertFalse(b.isUsable());
      assertTrue(a.isUsable());
      assertEquals(Optional.empty(), SparkSession.getDefaultSession());
    } finally {
      a.close();
      b.close();
    }
    assertThrows(IllegalStateException.class, SparkSession::active);
  }

  @Test
  void timePrintsTheElapsedTime() {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int r;
    try {
      r = spark.time(() -> 42);
    } finally {
      System.setOut(saved);
    }
    assertEquals(42, r);
    assertTrue(out.toString(StandardCharsets.UTF_8).matches("Time taken: \\d+ ms\\R"), out.toString(StandardCharsets.UTF_8));
  }
}
