package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.proto.Aggregate;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.Join;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.sql.expressions.Window;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The protocol messages of the special-case functions and DataFrame operations, without a server. */
class ApiPlanTest {
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
  void lambdasUseUniqueVariables() {
    Expression e = transform(col("xs"), x -> transform(x, y -> y.plus(x))).expr();
    Expression.LambdaFunction outer = e.getUnresolvedFunction().getArguments(1).getLambdaFunction();
    String outerVar = outer.getArguments(0).getNameParts(0);
    Expression.LambdaFunction inner = outer.getFunction().getUnresolvedFunction().getArguments(1).getLambdaFunction();
    String innerVar = inner.getArguments(0).getNameParts(0);
    assertTrue(outerVar.startsWith("x_"), outerVar);
    assertNotEquals(outerVar, innerVar);
    Expression body = inner.getFunction();
    assertEquals("+", body.getUnresolvedFunction().getFunctionName());
    assertEquals(innerVar, body.getUnresolvedFunction().getArguments(0).getUnresolvedNamedLambdaVariable().getNameParts(0));
    assertEquals(outerVar, body.getUnresolvedFunction().getArguments(1).getUnresolvedNamedLambdaVariable().getNameParts(0));
    Expression.LambdaFunction three = map_zip_with(col("a"), col("b"), (k, v1, v2) -> v1).expr()
        .getUnresolvedFunction().getArguments(2).getLambdaFunction();
    assertEquals(3, three.getArgumentsCount());
    assertEquals(2, aggregate(col("xs"), lit(0), (a, x) -> a.plus(x), a -> a).expr()
        .getUnresolvedFunction().getArguments(2).getLambdaFunction().getArgumentsCount());
  }

  @Test
  void windowSpecs() {
    Expression.Window w = rank().over(Window.partitionBy("d").orderBy(col("s").desc()).rowsBetween(Window.unboundedPreceding(), 2))
        .expr().getWindow();
    assertEquals("rank", w.getWindowFunction().getUnresolvedFunction().getFunctionName());
    assertEquals("d", w.getPartitionSpec(0).getUnresolvedAttribute().getUnparsedIdentifier());
    assertEquals(Expression.SortOrder.SortDirection.SORT_DIRECTION_DESCENDING, w.getOrderSpec(0).getDirection());
    assertEquals(Expression.Window.WindowFrame.FrameType.FRAME_TYPE_ROW, w.getFrameSpec().getFrameType());
    assertTrue(w.getFrameSpec().getLower().getUnbounded());
    assertEquals(2, w.getFrameSpec().getUpper().getValue().getLiteral().getInteger());
    Expression.Window r = sum("v").over(Window.orderBy("t").rangeBetween(Window.currentRow(), 100L)).expr().getWindow();
    assertTrue(r.getFrameSpec().getLower().getCurrentRow());
    assertEquals(100L, r.getFrameSpec().getUpper().getValue().getLiteral().getLong());
    assertFalse(count(lit(1)).over().expr().getWindow().hasFrameSpec());
    assertThrows(IllegalArgumentException.class, () -> Window.rowsBetween(0, 1L << 40));
  }

  @Test
  void structFieldsAndDistinctAndInternal() {
    Expression.UpdateFields u = col("s").withField("a.b", lit(1)).expr().getUpdateFields();
    assertEquals("a.b", u.getFieldName());
    assertTrue(u.hasValueExpression());
    Expression.UpdateFields d = col("s").dropFields("x", "y").expr().getUpdateFields();
    assertEquals("y", d.getFieldName());
    assertFalse(d.hasValueExpression());
    assertEquals("x", d.getStructExpression().getUpdateFields().getFieldName());
    assertTrue(count_distinct(col("a")).expr().getUnresolvedFunction().getIsDistinct());
    assertTrue(listagg_distinct(col("a")).expr().getUnresolvedFunction().getIsDistinct());
    assertEquals("listagg", listagg_distinct(col("a")).expr().getUnresolvedFunction().getFunctionName());
    assertTrue(product(col("a")).expr().getUnresolvedFunction().getIsInternal());
    assertEquals("~", bitwiseNOT(col("a")).expr().getUnresolvedFunction().getFunctionName());
    assertEquals("ltrim", ltrim(col("a"), "x").expr().getUnresolvedFunction().getFunctionName());
    assertEquals("x", ltrim(col("a"), "x").expr().getUnresolvedFunction().getArguments(0).getLiteral().getString());
  }

  @Test
  void schemasAndOptions() {
    StructType schema = new StructType().add("a", DataTypes.IntegerType);
    Expression.UnresolvedFunction f = from_json(col("j"), schema, Map.of("mode", "FAILFAST")).expr().getUnresolvedFunction();
    assertEquals(schema.json(), f.getArguments(1).getLiteral().getString());
    assertEquals("map", f.getArguments(2).getUnresolvedFunction().getFunctionName());
    assertEquals(2, from_json(col("j"), schema, Map.of()).expr().getUnresolvedFunction().getArgumentsCount());
    assertEquals("`a` INT", from_csv(col("c"), schema, Map.of()).expr().getUnresolvedFunction().getArguments(1).getLiteral().getString());
    assertThrows(IllegalArgumentException.class, () -> json_tuple(col("j")));
    assertEquals("window", window(col("t"), "1 hour").expr().getUnresolvedFunction().getFunctionName());
    assertEquals(4, window(col("t"), "1 hour").expr().getUnresolvedFunction().getArgumentsCount());
  }

  @Test
  void joinsGroupingAndMore() {
    DataFrame a = spark.range(3);
    DataFrame b = spark.range(3);
    assertEquals(Join.JoinType.JOIN_TYPE_FULL_OUTER, a.join(b, "id", "FULL_OUTER").relation().getJoin().getJoinType());
    assertEquals(Join.JoinType.JOIN_TYPE_LEFT_ANTI, a.join(b, "id", "anti").relation().getJoin().getJoinType());
    assertEquals(List.of("id"), a.join(b, "id").relation().getJoin().getUsingColumnsList());
    assertEquals(Join.JoinType.JOIN_TYPE_CROSS, a.crossJoin(b).relation().getJoin().getJoinType());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.join(b, col("id"), "nope"));
    assertTrue(e.getMessage().contains("left_semi"), e.getMessage());
    Relation u = a.unionByName(b, true).relation();
    assertTrue(u.getSetOp().getByName() && u.getSetOp().getAllowMissingColumns() && u.getSetOp().getIsAll());
    assertFalse(a.intersect(b).relation().getSetOp().getIsAll());
    Aggregate p = a.groupBy("id").pivot("id", List.of(1, 2)).agg(count(lit(1))).relation().getAggregate();
    assertEquals(Aggregate.GroupType.GROUP_TYPE_PIVOT, p.getGroupType());
    assertEquals(2, p.getPivot().getValuesCount());
    Aggregate g = a.groupingSets(List.of(List.of(col("id")), List.of()), col("id")).agg(count(lit(1))).relation().getAggregate();
    assertEquals(2, g.getGroupingSetsCount());
    assertEquals(Aggregate.GroupType.GROUP_TYPE_ROLLUP, a.rollup("id").count().relation().getAggregate().getGroupType());
    assertEquals(Aggregate.GroupType.GROUP_TYPE_CUBE, a.cube(col("id")).count().relation().getAggregate().getGroupType());
    assertEquals("broadcast", broadcast(a).relation().getHint().getName());
    DataFrame[] parts = a.randomSplit(new double[] {1, 3}, 7);
    assertEquals(0.25, parts[0].relation().getSample().getUpperBound(), 1e-12);
    assertEquals(0.25, parts[1].relation().getSample().getLowerBound(), 1e-12);
    assertEquals(1.0, parts[1].relation().getSample().getUpperBound(), 1e-12);
    assertTrue(parts[1].relation().getSample().getDeterministicOrder());
    assertThrows(IllegalArgumentException.class, () -> a.randomSplit(new double[] {-1, 2}));
    assertThrows(IllegalArgumentException.class, () -> a.sample(1.5));
    assertFalse(a.coalesce(2).relation().getRepartition().getShuffle());
    assertTrue(a.repartitionByRange(col("id")).relation().getRepartitionByExpression().getPartitionExprs(0).hasSortOrder());
    assertEquals(1, a.na().drop("all").relation().getDropNa().getMinNonNulls());
    assertFalse(a.na().drop().relation().getDropNa().hasMinNonNulls());
    assertThrows(IllegalArgumentException.class, () -> a.na().fill(Map.of("id", new Object())));
    assertThrows(IllegalArgumentException.class, () -> a.stat().freqItems(new String[] {"id"}, 0));
    assertTrue(a.metadataColumn("_metadata").expr().getUnresolvedAttribute().getIsMetadataColumn());
    assertEquals(StorageLevel.MEMORY_AND_DISK, StorageLevel.apply(true, true, false, true, 1));
    assertEquals("StorageLevel(disk, memory, deserialized, 1 replicas)", StorageLevel.MEMORY_AND_DISK.toString());
  }
}
