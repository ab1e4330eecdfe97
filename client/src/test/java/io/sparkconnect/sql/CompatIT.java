package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.count;
import static io.sparkconnect.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.UnresolvedTableValuedFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compatibility smoke test: one pass over each RPC the client uses (ExecutePlan for queries and
 * commands, AnalyzePlan, Config, ReleaseSession) and over the plan shapes most programs build,
 * run unchanged against every supported server version. Together with {@link SparkSessionIT},
 * {@link TypesIT} (every result type) and {@link ErrorsIT} it forms the {@code compat} group.
 */
@Tag("compat")
class CompatIT {
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
  void queriesShufflesAndAnalysis() {
    DataFrame api = spark.range(0, 1000, 1, 4)
        .withColumn("k", col("id").mod(10))
        .groupBy("k").agg(count(col("id")).as("n"), sum(col("id")).as("s"))
        .filter(col("k").lt(3)).orderBy("k");
    List<Row> sql = spark.sql(
        "SELECT id % 10 AS k, count(id) AS n, sum(id) AS s FROM range(0, 1000, 1, 4)"
            + " GROUP BY id % 10 HAVING k < 3 ORDER BY k").collectAsList();
    assertEquals(sql, api.collectAsList());
    assertEquals(List.of(0L, 100L, 49500L), List.of(sql.get(0).getLong(0), sql.get(0).getLong(1), sql.get(0).getLong(2)));
    // AnalyzePlan: schema, explain.
    assertEquals("struct<k:bigint,n:bigint,s:bigint>", api.schema().simpleString());
    String plan = captureExplain(api);
    assertTrue(plan.contains("== Physical Plan =="), plan);
    // A streamed result read one row at a time, stopped early.
    List<Long> firstThree = new ArrayList<>();
    try (CloseableIterator<Row> it = spark.range(0, 100_000, 1, 8).toLocalIterator()) {
      while (firstThree.size() < 3 && it.hasNext()) {
        firstThree.add(it.next().getLong(0));
      }
    }
    assertEquals(List.of(0L, 1L, 2L), firstThree);
  }

  @Test
  void writeThenReadFiles(@TempDir Path dir) {
    String path = dir.resolve("numbers").toString();
    spark.range(0, 20, 1, 2).selectExpr("id", "cast(id * 2 AS string) AS twice").write().mode("overwrite").parquet(path);
    assertTrue(Files.isDirectory(dir.resolve("numbers")));
    DataFrame back = spark.read().parquet(path);
    assertEquals(20, back.count());
    assertEquals("38", back.filter("id = 19").first().getString(1));
    assertEquals(back.orderBy("id").collectAsList(),
        spark.sql("SELECT * FROM parquet.`" + path + "` ORDER BY id").collectAsList());
  }

  @Test
  void newerProtocolIsRefusedClearlyByOlderServers() {
    // A table-valued function call as a relation: a Spark 4.0 addition to the protocol.
    DataFrame tvf = spark.newDataFrame(Relation.newBuilder().setUnresolvedTableValuedFunction(
        UnresolvedTableValuedFunction.newBuilder().setFunctionName("range")
            .addArguments(Expression.newBuilder().setLiteral(Expression.Literal.newBuilder().setLong(3)))));
    if (TestServer.serverAtLeast(spark, 4, 0)) {
      assertEquals(3, tvf.count());
    } else {
      SparkConnectException e = assertThrows(SparkConnectException.class, tvf::count);
      assertEquals("UNSUPPORTED_BY_SERVER_VERSION", e.getCondition());
      assertTrue(e.getMessage().contains("needs Spark 4.0 or later")
          && e.getMessage().contains("Relation.unresolved_table_valued_function")
          && e.getMessage().contains(spark.version()), e.getMessage());
      assertEquals(1, spark.range(1).count(), "the session stays usable");
    }
  }

  private static String captureExplain(DataFrame df) {
    java.io.PrintStream old = System.out;
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      df.explain();
    } finally {
      System.setOut(old);
    }
    return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
