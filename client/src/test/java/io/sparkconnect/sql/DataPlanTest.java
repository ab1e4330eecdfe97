package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.proto.MergeAction;
import io.sparkconnect.proto.MergeIntoTableCommand;
import io.sparkconnect.proto.Read;
import io.sparkconnect.proto.WriteOperationV2;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Readers, writers, merges and Java-object mapping, checked without a server. */
class DataPlanTest {
  static SparkSession spark;

  record Inner(String a) {}

  record Outer(int id, Optional<Long> n, List<Inner> inners, Map<String, Double> m) {}

  record Self(Self next) {}

  record Wide(long id, double d) {}

  @BeforeAll
  static void open() {
    spark = SparkSession.builder().remote("sc://127.0.0.1:1").create();
  }

  @AfterAll
  static void close() {
    spark.close();
  }

  @Test
  void writeToModes() {
    DataFrameWriterV2 w = spark.range(3).writeTo("cat.db.t").using("delta").option("k", 1L).tableProperty("p", "v")
        .partitionedBy(col("id")).clusterBy("id").withSchemaEvolution();
    WriteOperationV2 op = w.operation(WriteOperationV2.Mode.MODE_OVERWRITE, col("id").gt(lit(1)));
    assertEquals("cat.db.t", op.getTableName());
    assertEquals("delta", op.getProvider());
    assertEquals(Map.of("k", "1"), op.getOptionsMap());
    assertEquals(Map.of("p", "v"), op.getTablePropertiesMap());
    assertEquals(List.of("id"), op.getClusteringColumnsList());
    assertEquals("id", op.getPartitioningColumns(0).getUnresolvedAttribute().getUnparsedIdentifier());
    assertTrue(op.hasOverwriteCondition());
    assertTrue(op.getWithSchemaEvolution());
    assertThrows(IllegalArgumentException.class, () -> spark.range(1).writeTo(" "));
    assertThrows(IllegalArgumentException.class, () -> spark.range(1).writeTo("t").option("k", (String) null));
  }

  @Test
  void mergeActions() {
    MergeIntoWriter m = spark.range(3).mergeInto("target", col("target.id").equalTo(col("id")))
        .whenMatched(col("id").gt(lit(1))).update(Map.of("v", lit(1)))
        .whenMatched().delete()
        .whenNotMatched().insertAll()
        .whenNotMatchedBySource().delete()
        .withSchemaEvolution();
    MergeIntoTableCommand c = m.command();
    assertEquals("target", c.getTargetTableName());
    assertEquals(2, c.getMatchActionsCount());
    MergeAction update = c.getMatchActions(0).getMergeAction();
    assertEquals(MergeAction.ActionType.ACTION_TYPE_UPDATE, update.getActionType());
    assertTrue(update.hasCondition());
    assertEquals("v", update.getAssignments(0).getKey().getUnresolvedAttribute().getUnparsedIdentifier());
    assertEquals(MergeAction.ActionType.ACTION_TYPE_INSERT_STAR, c.getNotMatchedActions(0).getMergeAction().getActionType());
    assertEquals(MergeAction.ActionType.ACTION_TYPE_DELETE, c.getNotMatchedBySourceActions(0).getMergeAction().getActionType());
    assertTrue(c.getWithSchemaEvolution());
    assertThrows(IllegalStateException.class, () -> spark.range(1).mergeInto("t", lit(true)).command());
    assertThrows(IllegalArgumentException.class,
        () -> spark.range(1).mergeInto("t", lit(true)).whenMatched().update(Map.of()));
  }

  @Test
  void mergeWriterClauseMethodsTakeANullableCondition() {
    Column cond = col("v").isNull();
    MergeIntoTableCommand c = spark.range(3).mergeInto("target", col("target.id").equalTo(col("id")))
        .insertAll(null)
        .insert(cond, Map.of("id", col("id")))
        .updateAll(null, false)
        .update(cond, Map.of("v", lit(2)), false)
        .delete(cond, false)
        .updateAll(cond, true)
        .update(null, Map.of("v", lit(3)), true)
        .delete(null, true)
        .command();
    List<MergeAction> notMatched = c.getNotMatchedActionsList().stream().map(e -> e.getMergeAction()).toList();
    List<MergeAction> matched = c.getMatchActionsList().stream().map(e -> e.getMergeAction()).toList();
    List<MergeAction> bySource = c.getNotMatchedBySourceActionsList().stream().map(e -> e.getMergeAction()).toList();
    assertEquals(List.of(MergeAction.ActionType.ACTION_TYPE_INSERT_STAR, MergeAction.ActionType.ACTION_TYPE_INSERT),
        notMatched.stream().map(MergeAction::getActionType).toList());
    assertEquals(List.of(MergeAction.ActionType.ACTION_TYPE_UPDATE_STAR, MergeAction.ActionType.ACTION_TYPE_UPDATE,
        MergeAction.ActionType.ACTION_TYPE_DELETE), matched.stream().map(MergeAction::getActionType).toList());
    assertEquals(List.of(MergeAction.ActionType.ACTION_TYPE_UPDATE_STAR, MergeAction.ActionType.ACTION_TYPE_UPDATE,
        MergeAction.ActionType.ACTION_TYPE_DELETE), bySource.stream().map(MergeAction::getActionType).toList());
    assertEquals(List.of(false, true), notMatched.stream().map(MergeAction::hasCondition).toList());
    assertEquals(cond.expr(), notMatched.get(1).getCondition());
    assertEquals(List.of(false, true, true), matched.stream().map(MergeAction::hasCondition).toList());
    assertEquals(List.of(true, false, false), bySource.stream().map(MergeAction::hasCondition).toList());
    assertEquals(lit(3).expr(), bySource.get(1).getAssignments(0).getValue());

    // The clause classes build the same actions through these methods.
    MergeIntoTableCommand viaClauses = spark.range(3).mergeInto("target", col("target.id").equalTo(col("id")))
        .whenNotMatched().insertAll()
        .whenNotMatched(cond).insert(Map.of("id", col("id")))
        .whenMatched().updateAll()
        .whenMatched(cond).update(Map.of("v", lit(2)))
        .whenMatched(cond).delete()
        .whenNotMatchedBySource(cond).updateAll()
        .whenNotMatchedBySource().update(Map.of("v", lit(3)))
        .whenNotMatchedBySource().delete()
        .command();
    assertEquals(c.getNotMatchedActionsList(), viaClauses.getNotMatchedActionsList());
    assertEquals(c.getMatchActionsList(), viaClauses.getMatchActionsList());
    assertEquals(c.getNotMatchedBySourceActionsList(), viaClauses.getNotMatchedBySourceActionsList());
    assertThrows(IllegalArgumentException.class,
        () -> spark.range(1).mergeInto("t", lit(true)).insert(null, Map.of()));
    assertThrows(NullPointerException.class,
        () -> spark.range(1).mergeInto("t", lit(true)).update(null, null, true));
  }

  @Test
  void jdbcReads() {
    Properties props = new Properties();
    props.setProperty("user", "u");
    Read.DataSource ds = spark.read().jdbc("jdbc:x://h/db", "people", "id", 0, 100, 4, props).relation()
        .getRead().getDataSource();
    assertEquals("jdbc", ds.getFormat());
    assertEquals(Map.of("url", "jdbc:x://h/db", "dbtable", "people", "user", "u", "partitionColumn", "id",
        "lowerBound", "0", "upperBound", "100", "numPartitions", "4"), ds.getOptionsMap());
    Read.DataSource byPredicate = spark.read().jdbc("jdbc:x://h/db", "people", new String[] {"id < 5", "id >= 5"}, props)
        .relation().getRead().getDataSource();
    assertEquals(List.of("id < 5", "id >= 5"), byPredicate.getPredicatesList());
    assertEquals("t", spark.read().option("versionAsOf", 1L).changes("t").relation().getRelationChanges().getUnparsedIdentifier());
    assertThrows(IllegalArgumentException.class, () -> spark.read().schema("a INT").textFile("x"));
  }

  @Test
  void schemaInference() {
    StructType s = ObjectEncoder.forBean(Outer.class).schema();
    assertEquals("id INT NOT NULL,n BIGINT,inners ARRAY<STRUCT<a: STRING>>,m MAP<STRING, DOUBLE>", s.toDDL());
    IllegalArgumentException recursive = assertThrows(IllegalArgumentException.class, () -> ObjectEncoder.forBean(Self.class));
    assertTrue(recursive.getMessage().contains("recursive"), recursive.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ObjectEncoder.forBean(String.class));
    Object[] row = ObjectEncoder.forBean(Outer.class).encodeRow(
        new Outer(1, Optional.empty(), List.of(new Inner("x")), Map.of("k", 1.0)), 0);
    assertEquals(1, row[0]);
    assertEquals(null, row[1]);
    assertEquals(List.of(List.of("x")), List.of(List.of(((Object[]) ((List<?>) row[2]).get(0))[0])));
  }

  @Test
  void rowDecoding() {
    StructType schema = new StructType().add("ID", DataTypes.IntegerType).add("d", DataTypes.FloatType);
    Row r = new GenericRow(new Object[] {3, 1.5f}, schema);
    assertEquals(new Wide(3, 1.5), ObjectDecoder.of(schema, Wide.class).decode(r));
    StructType twice = new StructType().add("id", DataTypes.LongType).add("ID", DataTypes.LongType).add("d", DataTypes.DoubleType);
    assertEquals(new Wide(7, 0),
        ObjectDecoder.of(twice, Wide.class).decode(new GenericRow(new Object[] {7L, 8L, 0.0}, twice)));
    StructType ambiguous = new StructType().add("Id", DataTypes.LongType).add("ID", DataTypes.LongType).add("d", DataTypes.DoubleType);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ObjectDecoder.of(ambiguous, Wide.class));
    assertTrue(e.getMessage().contains("'id'") && e.getMessage().contains("several"), e.getMessage());
    StructType text = new StructType().add("id", DataTypes.StringType).add("d", DataTypes.DoubleType);
    e = assertThrows(IllegalArgumentException.class, () -> ObjectDecoder.of(text, Wide.class));
    assertTrue(e.getMessage().contains("'id'") && e.getMessage().contains("string"), e.getMessage());
  }

  @Test
  void rowHelpers() {
    StructType ab = new StructType().add("a", DataTypes.IntegerType).add("b", DataTypes.StringType);
    Row r = new GenericRow(new Object[] {1, "x"}, ab);
    assertEquals(Map.of("b", "x", "a", 1), r.getValuesMap(List.of("b", "a")));
    assertEquals(Map.of("a", 1, "b", "x"), r.jsonValue());
    assertEquals(0, Row.empty().size());
    Row merged = Row.merge(r, new GenericRow(new Object[] {2.5}, new StructType().add("c", DataTypes.DoubleType)));
    assertEquals(RowFactory.create(1, "x", 2.5), merged);
    assertEquals(List.of("a", "b", "c"), List.of(merged.schema().fieldNames()));
    assertEquals(null, Row.merge(r, RowFactory.create(1)).schema());
    assertEquals(Map.of("k", 1), RowFactory.create(Map.of("k", 1)).getMap(0));
  }
}
