package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link DataFrame#takeAsList}, {@link DataFrame#sortWithinPartitions},
 * {@link DataFrame#createGlobalTempView}, {@link DataFrame#mergeInto} and
 * {@link GroupedData#mean}, each against the same query as SQL text.
 */
class DataFrameMoreIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  private static List<Long> ids(List<Row> rows) {
    List<Long> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(r.getLong(0));
    }
    return out;
  }

  @Test
  void takeAsList() {
    DataFrame df = spark.range(10).orderBy(col("id").desc());
    List<Row> three = df.takeAsList(3);
    assertEquals(spark.sql("SELECT id FROM range(10) ORDER BY id DESC LIMIT 3").collectAsList(), three);
    assertEquals(List.of(9L, 8L, 7L), ids(three));
    assertEquals(10, df.takeAsList(100).size());
    assertTrue(df.takeAsList(0).isEmpty());
  }

  @Test
  void sortWithinPartitions() {
    // Two partitions of five ids each: each is sorted on its own, and the partitions stay in order.
    DataFrame df = spark.range(0, 10, 1, 2);
    List<Row> api = df.sortWithinPartitions(col("id").desc()).collectAsList();
    assertEquals(spark.sql("SELECT id FROM range(0, 10, 1, 2) SORT BY id DESC").collectAsList(), api);
    assertEquals(List.of(4L, 3L, 2L, 1L, 0L, 9L, 8L, 7L, 6L, 5L), ids(api));
    DataFrame mixed = spark.sql("SELECT id, id % 2 AS odd FROM range(0, 10, 1, 2)");
    api = mixed.sortWithinPartitions("odd", "id").collectAsList();
    assertEquals(spark.sql("SELECT id, id % 2 AS odd FROM range(0, 10, 1, 2) SORT BY odd, id").collectAsList(), api);
    assertEquals(List.of(0L, 2L, 4L, 1L, 3L, 6L, 8L, 5L, 7L, 9L), ids(api));
  }

  @Test
  void globalTempViewIsSharedAcrossSessions() {
    String name = "cover_global_view";
    spark.range(5).createGlobalTempView(name);
    try (SparkSession other = TestServer.newSession()) {
      assertEquals(spark.sql("SELECT sum(id) FROM global_temp." + name).collectAsList(),
          other.table("global_temp." + name).agg(sum("id")).collectAsList());
      assertEquals(10L, other.table("global_temp." + name).agg(sum("id")).first().getLong(0));
      // Unlike createOrReplaceGlobalTempView, a second create of the same name fails.
      SparkConnectException e = assertThrows(SparkConnectException.class, () -> other.range(1).createGlobalTempView(name));
      assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    } finally {
      spark.sql("DROP VIEW IF EXISTS global_temp." + name).collect();
    }
  }

  @Test
  void mergeIntoSessionCatalogTable() {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "MERGE through the DataFrame API is new in Spark 4.0");
    spark.sql("CREATE TABLE cover_merge_target (id BIGINT, v STRING) USING parquet").collect();
    try {
      DataFrame source = spark.sql("SELECT id, CAST(id AS STRING) AS v FROM range(3)").as("s");
      // The session catalog's file tables do not support MERGE: the API must give the same error as SQL.
      SparkConnectException api = assertThrows(SparkConnectException.class, () -> source
          .mergeInto("cover_merge_target", col("s.id").equalTo(col("cover_merge_target.id")))
          .whenMatched().updateAll().whenNotMatched().insertAll().merge());
      SparkConnectException sql = assertThrows(SparkConnectException.class, () -> spark.sql(
          "MERGE INTO cover_merge_target t USING (SELECT id, CAST(id AS STRING) AS v FROM range(3)) s ON s.id = t.id"
              + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *").collect());
      assertEquals(sql.getCondition(), api.getCondition());
      if (TestServer.serverAtLeast(spark, 4, 1)) {
        assertEquals("UNSUPPORTED_FEATURE.TABLE_OPERATION", api.getCondition());
      }
      // Spark 4.0 words it "MERGE INTO TABLE is not supported temporarily".
      assertTrue(api.getMessage().contains("MERGE INTO TABLE"), api.getMessage());
      // The writer's own clause methods (nullable condition) reach the server the same way.
      SparkConnectException direct = assertThrows(SparkConnectException.class, () -> source
          .mergeInto("cover_merge_target", col("s.id").equalTo(col("cover_merge_target.id")))
          .updateAll(null, false).insertAll(null).delete(col("v").isNull(), true).merge());
      assertEquals(sql.getCondition(), direct.getCondition());
      assertEquals(0L, spark.table("cover_merge_target").count());
    } finally {
      spark.sql("DROP TABLE IF EXISTS cover_merge_target").collect();
    }
  }

  @Test
  void groupedMean() {
    DataFrame t = spark.sql("SELECT * FROM VALUES ('a', 1, 10.0D), ('a', 3, NULL), ('b', 5, 2.5D) AS t(g, i, d)");
    List<Row> api = t.groupBy("g").mean("i", "d").orderBy("g").collectAsList();
    assertEquals(spark.sql("SELECT g, avg(i), avg(d) FROM VALUES ('a', 1, 10.0D), ('a', 3, NULL), ('b', 5, 2.5D) AS t(g, i, d)"
        + " GROUP BY g ORDER BY g").collectAsList(), api);
    assertEquals(List.of("g", "avg(i)", "avg(d)"), List.of(t.groupBy("g").mean("i", "d").columns()));
    assertEquals(2.0, api.get(0).getDouble(1));
    assertEquals(10.0, api.get(0).getDouble(2));
    assertEquals(5.0, api.get(1).getDouble(1));
  }

  @Test
  void groupedAggregatesOfEveryNumericColumnAndToDF() {
    String values = "VALUES ('a', 1, 10.0D, 'x'), ('a', 3, NULL, 'y'), ('b', 5, 2.5D, 'z') AS t(g, i, d, s)";
    DataFrame t = spark.sql("SELECT * FROM " + values);
    // No names: every numeric column, as Spark does (the string columns are left out).
    DataFrame sums = t.groupBy("g").sum();
    assertEquals(List.of("g", "sum(i)", "sum(d)"), List.of(sums.columns()));
    assertEquals(spark.sql("SELECT g, sum(i), sum(d) FROM " + values + " GROUP BY g ORDER BY g").collectAsList(),
        sums.orderBy("g").collectAsList());
    assertEquals(spark.sql("SELECT g, max(i), max(d) FROM " + values + " GROUP BY g ORDER BY g").collectAsList(),
        t.groupBy("g").max().orderBy("g").collectAsList());
    assertEquals(List.of("g", "avg(i)", "avg(d)"), List.of(t.groupBy("g").mean().columns()));
    // toDF: the grouping columns, then the given aggregates; with none, one row per group.
    assertEquals(List.of("a", "b"), t.groupBy("g").toDF().orderBy("g").collectAsList().stream()
        .map(r -> r.getString(0)).toList());
    assertEquals(spark.sql("SELECT g, count(s) FROM " + values + " GROUP BY g ORDER BY g").collectAsList(),
        t.groupBy("g").toDF(functions.count("s")).orderBy("g").collectAsList());
    // fillMap is fill(Map); repartitionByExpression is repartition with an optional count.
    assertEquals(List.of(10.0, -1.0, 2.5), t.na().fillMap(java.util.Map.of("d", -1.0)).orderBy("i").collectAsList()
        .stream().map(r -> r.getDouble(2)).toList());
    DataFrame parts = spark.range(0, 100).repartitionByExpression(3, functions.col("id"));
    assertEquals(3L, parts.select(functions.spark_partition_id()).distinct().count());
    assertEquals(4950L, parts.agg(functions.sum("id")).collectAsList().get(0).getLong(0));
    assertEquals(100L, spark.range(0, 100).repartitionByExpression(null, functions.col("id")).count());
  }
}
