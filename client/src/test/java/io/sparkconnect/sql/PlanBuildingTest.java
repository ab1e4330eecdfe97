package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.expr;
import static io.sparkconnect.sql.functions.lit;
import static io.sparkconnect.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.sql.types.DataTypes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The protocol messages the API builds, checked without a server. */
class PlanBuildingTest {
  static SparkSession spark;

  @BeforeAll
  static void open() {
    // Nothing is sent until an action runs, so no server is needed to build plans.
    spark = SparkSession.builder().remote("sc://127.0.0.1:1").create();
  }

  @AfterAll
  static void close() {
    spark.close();
  }

  @Test
  void rangeAndPlanIds() {
    Relation r = spark.range(1, 10, 2, 3).relation();
    assertEquals(1, r.getRange().getStart());
    assertEquals(10, r.getRange().getEnd());
    assertEquals(2, r.getRange().getStep());
    assertEquals(3, r.getRange().getNumPartitions());
    assertNotEquals(spark.range(1).relation().getCommon().getPlanId(), spark.range(1).relation().getCommon().getPlanId());
  }

  @Test
  void selectFilterChain() {
    DataFrame base = spark.range(5);
    Relation r = base.select(col("id"), col("id").plus(1).alias("next")).filter(col("next").gt(2)).relation();
    assertTrue(r.hasFilter());
    Expression cond = r.getFilter().getCondition();
    assertEquals(">", cond.getUnresolvedFunction().getFunctionName());
    assertEquals("next", cond.getUnresolvedFunction().getArguments(0).getUnresolvedAttribute().getUnparsedIdentifier());
    assertEquals(2, cond.getUnresolvedFunction().getArguments(1).getLiteral().getInteger());
    Relation project = r.getFilter().getInput();
    assertEquals(2, project.getProject().getExpressionsCount());
    Expression alias = project.getProject().getExpressions(1);
    assertEquals(List.of("next"), alias.getAlias().getNameList());
    assertEquals("+", alias.getAlias().getExpr().getUnresolvedFunction().getFunctionName());
    assertEquals(base.relation(), project.getProject().getInput());
  }

  @Test
  void immutability() {
    DataFrame base = spark.range(5);
    Relation before = base.relation();
    base.filter("id > 1");
    base.limit(1);
    assertEquals(before, base.relation());
    Column c = col("a");
    Expression e = c.expr();
    c.plus(1).alias("b");
    assertEquals(e, c.expr());
  }

  @Test
  void sortOrders() {
    Relation r = spark.range(3).orderBy(col("id").desc(), col("x")).relation();
    assertTrue(r.getSort().getIsGlobal());
    assertEquals(Expression.SortOrder.SortDirection.SORT_DIRECTION_DESCENDING, r.getSort().getOrder(0).getDirection());
    assertEquals(Expression.SortOrder.NullOrdering.SORT_NULLS_LAST, r.getSort().getOrder(0).getNullOrdering());
    assertEquals(Expression.SortOrder.SortDirection.SORT_DIRECTION_ASCENDING, r.getSort().getOrder(1).getDirection());
    assertEquals(Expression.SortOrder.NullOrdering.SORT_NULLS_FIRST, r.getSort().getOrder(1).getNullOrdering());
    assertTrue(!spark.range(3).sortWithinPartitions("id").relation().getSort().getIsGlobal());
  }

  @Test
  void columnOperators() {
    assertEquals("(a + 1)", col("a").plus(1).toString());
    assertEquals("((a * b) = 2)", col("a").multiply(col("b")).equalTo(2).toString());
    assertEquals("(NOT (x > 1))", col("x").gt(1).not().toString());
    assertEquals("CAST(a AS INT)", col("a").cast(DataTypes.IntegerType).toString());
    assertEquals("a DESC NULLS LAST", col("a").desc().toString());
    assertEquals("a AS b", col("a").as("b").toString());
    assertEquals("*", col("*").toString());
    assertTrue(col("t.*").expr().hasUnresolvedStar());
    assertTrue(expr("a + 1").expr().hasExpressionString());
    assertEquals(col("a").plus(1), col("a").plus(lit(1)));
  }

  @Test
  void whenChains() {
    Column c = when(col("a").gt(1), "big").when(col("a").gt(0), "small").otherwise("none");
    Expression.UnresolvedFunction f = c.expr().getUnresolvedFunction();
    assertEquals("when", f.getFunctionName());
    assertEquals(5, f.getArgumentsCount());
    assertThrows(IllegalArgumentException.class, () -> c.otherwise("again"));
    assertThrows(IllegalArgumentException.class, () -> c.when(col("b"), 1));
    assertThrows(IllegalArgumentException.class, () -> col("a").otherwise(1));
  }

  @Test
  void literals() {
    assertEquals(5L, lit(5L).expr().getLiteral().getLong());
    assertEquals("x", lit("x").expr().getLiteral().getString());
    assertTrue(lit(null).expr().getLiteral().hasNull());
    assertEquals(19782, lit(java.time.LocalDate.of(2024, 2, 29)).expr().getLiteral().getDate());
    assertEquals(1_000_001L, lit(java.time.Instant.ofEpochSecond(1, 1000)).expr().getLiteral().getTimestamp());
    Expression.Literal.Decimal d = lit(new java.math.BigDecimal("12.340")).expr().getLiteral().getDecimal();
    assertEquals("12.340", d.getValue());
    assertEquals(5, d.getPrecision());
    assertEquals(3, d.getScale());
    Expression.Literal arr = lit(List.of(1, 2)).expr().getLiteral();
    assertEquals(2, arr.getArray().getElementsCount());
    assertThrows(IllegalArgumentException.class, () -> lit(new Object()));
  }

  @Test
  void mapLiterals() {
    Expression.Literal m = Literals.of(Map.of("k", 7));
    assertEquals("k", m.getMap().getKeys(0).getString());
    assertEquals(7, m.getMap().getValues(0).getInteger());
    assertEquals(DataTypes.StringType, Literals.typeOf(m.getMap().getKeys(0)));
    java.util.Map<String, Integer> nullKey = new java.util.HashMap<>();
    nullKey.put(null, 1);
    assertThrows(IllegalArgumentException.class, () -> Literals.of(nullKey));
  }

  @Test
  void writerAndReaderOptions() {
    assertThrows(IllegalArgumentException.class, () -> spark.range(1).write().mode("sometimes"));
    Relation read = spark.read().format("csv").option("header", true).schema("a INT").load("/x", "/y").relation();
    assertEquals("csv", read.getRead().getDataSource().getFormat());
    assertEquals("true", read.getRead().getDataSource().getOptionsMap().get("header"));
    assertEquals("a INT", read.getRead().getDataSource().getSchema());
    assertEquals(List.of("/x", "/y"), read.getRead().getDataSource().getPathsList());
  }
}
