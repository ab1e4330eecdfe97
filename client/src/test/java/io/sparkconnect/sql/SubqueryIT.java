package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Subquery columns, the Spark 4.x DataFrame operations (zipWithIndex, repartitionById,
 * nearestByJoin, withWatermark), table-valued functions and session extras against a real server;
 * differential against the same query in SQL text where SQL has one.
 */
class SubqueryIT {
  static SparkSession spark;
  static DataFrame emp;
  static DataFrame dept;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    spark.sql("SELECT * FROM VALUES (1, 'alice', 'eng', 100), (2, 'bob', 'ops', 80), (3, 'carol', 'eng', 120),"
        + " (4, 'dan', 'hr', NULL), (5, 'erin', 'ops', 90) AS t(id, name, dept, salary)").createOrReplaceTempView("sq_emp");
    spark.sql("SELECT * FROM VALUES ('eng', 'Engineering'), ('ops', 'Operations'), ('fin', 'Finance') AS t(dept, title)")
        .createOrReplaceTempView("sq_dept");
    emp = spark.table("sq_emp");
    dept = spark.table("sq_dept");
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  static void same(DataFrame api, String sql) {
    Differential.assertSameRows(spark, api, sql);
  }

  static List<String> sorted(DataFrame df) {
    return Differential.sortedRows(df);
  }

  @Test
  void scalarAndExistsSubqueries() {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "subquery columns need Spark 4.0 (SubqueryExpression, WithRelations)");
    // uncorrelated scalar subquery in a filter
    same(emp.where(col("salary").gt(emp.select(avg("salary")).scalar())).select("id"),
        "SELECT id FROM sq_emp WHERE salary > (SELECT avg(salary) FROM sq_emp)");
    // correlated scalar subquery in a select list, the outer column marked with outer()
    DataFrame d = dept.as("d");
    same(d.select(col("dept"), emp.where(col("dept").equalTo(col("d.dept").outer())).select(count(lit(1))).scalar().alias("n")),
        "SELECT dept, (SELECT count(1) FROM sq_emp e WHERE e.dept = d.dept) AS n FROM sq_dept d");
    // EXISTS and NOT EXISTS
    same(d.where(emp.where(col("dept").equalTo(col("d.dept").outer())).exists()),
        "SELECT * FROM sq_dept d WHERE EXISTS (SELECT 1 FROM sq_emp e WHERE e.dept = d.dept)");
    same(d.where(not(emp.where(col("dept").equalTo(col("d.dept").outer())).exists())).select("dept"),
        "SELECT dept FROM sq_dept d WHERE NOT EXISTS (SELECT 1 FROM sq_emp e WHERE e.dept = d.dept)");
    // a subquery whose own plan holds a subquery, and one used twice in a query
    Column top = emp.where(col("salary").equalTo(emp.select(max("salary")).scalar())).select("name").scalar();
    same(dept.select(col("dept"), top.alias("best"), concat(top, lit("!")).alias("shout")),
        "SELECT dept, (SELECT name FROM sq_emp WHERE salary = (SELECT max(salary) FROM sq_emp)) AS best,"
            + " concat((SELECT name FROM sq_emp WHERE salary = (SELECT max(salary) FROM sq_emp)), '!') AS shout FROM sq_dept");
    // in withColumn, orderBy and an aggregate, and later operators on top of the subquery's query
    same(emp.withColumn("gap", col("salary").minus(emp.select(min("salary")).scalar())).where(col("gap").gt(0))
            .orderBy(col("gap").desc()).select("id", "gap"),
        "SELECT id, gap FROM (SELECT id, salary - (SELECT min(salary) FROM sq_emp) AS gap FROM sq_emp) WHERE gap > 0");
    same(emp.groupBy("dept").agg(max("salary").minus(emp.select(min("salary")).scalar()).alias("over_min")),
        "SELECT dept, max(salary) - (SELECT min(salary) FROM sq_emp) AS over_min FROM sq_emp GROUP BY dept");
    // a scalar subquery with more than one row fails on the server
    assertThrows(SparkConnectException.class, () -> emp.select(emp.select("id").scalar()).collect());
  }

  @Test
  void inSubquery() {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 1), "IN subquery columns need Spark 4.1 (SubqueryExpression.in_subquery_values)");
    same(emp.where(col("dept").isin(dept.select("dept"))).select("id"),
        "SELECT id FROM sq_emp WHERE dept IN (SELECT dept FROM sq_dept)");
    same(emp.where(not(col("dept").isin(dept.where(col("title").startsWith("E")).select("dept")))).select("id"),
        "SELECT id FROM sq_emp WHERE dept NOT IN (SELECT dept FROM sq_dept WHERE title LIKE 'E%')");
  }

  @Test
  void zipWithIndexNumbersRowsInOrder() {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "zipWithIndex uses an internal function call, a Spark 4.0 protocol field");
    // three partitions of a range: the index follows partition order, so it equals id
    List<Row> rows = spark.range(0, 10, 1, 3).zipWithIndex().collectAsList();
    assertEquals(10, rows.size());
    for (Row r : rows) {
      assertEquals(r.getLong(0), r.getLong(1));
    }
    DataFrame named = spark.range(100, 103).zipWithIndex("n");
    assertEquals(List.of("id", "n"), List.of(named.columns()));
    assertEquals(List.of(0L, 1L, 2L), named.orderBy("id").collectAsList().stream().map(r -> r.getLong(1)).collect(Collectors.toList()));
  }

  @Test
  void repartitionByIdPutsRowsIntoTheGivenPartitions() {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 1), "repartitionById needs Spark 4.1 (Expression.direct_shuffle_partition_id)");
    DataFrame r = spark.range(40).repartitionById(4, col("id").mod(4).cast("int"));
    List<Row> rows = r.select(col("id"), spark_partition_id().alias("p")).collectAsList();
    assertEquals(40, rows.size());
    for (Row row : rows) {
      assertEquals(row.getLong(0) % 4, row.getInt(1), row.toString());
    }
  }

  @Test
  void nearestByJoinMatchesTheRankedCrossJoin() {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 2), "nearestByJoin needs Spark 4.2 (NearestByJoin relation)");
    DataFrame q = spark.sql("SELECT * FROM VALUES (1.0D), (6.0D), (11.0D) AS t(q)");
    DataFrame b = spark.sql("SELECT * FROM VALUES (0.0D), (3.0D), (8.0D), (10.0D), (20.0D) AS t(b)");
    q.createOrReplaceTempView("nb_q");
    b.createOrReplaceTempView("nb_b");
    String ranked = "SELECT q, b FROM (SELECT q, b, row_number() OVER (PARTITION BY q ORDER BY abs(q - b)) AS rn"
        + " FROM nb_q CROSS JOIN nb_b) WHERE rn <= 2";
    same(q.nearestByJoin(b, abs(col("q").minus(col("b"))), 2, "exact", "distance").select("q", "b"), ranked);
    same(q.nearestByJoin(b, negative(abs(col("q").minus(col("b")))), 2, "exact", "similarity").select("q", "b"), ranked);
    // left outer keeps rows without a match
    List<Row> outer = q.nearestByJoin(b.where(lit(false)), abs(col("q").minus(col("b"))), 1, "exact", "distance", "leftouter")
        .select("q", "b").collectAsList();
    assertEquals(3, outer.size());
    assertTrue(outer.stream().allMatch(r -> r.isNullAt(1)), outer.toString());
  }

  @Test
  void withWatermarkOnABatchDataFrameChangesNothing() {
    DataFrame events = spark.sql("SELECT * FROM VALUES (1, TIMESTAMP'2024-01-01 10:00:00'), (2, TIMESTAMP'2024-01-01 09:00:00')"
        + " AS t(id, ts)");
    DataFrame marked = events.withWatermark("ts", "10 minutes");
    assertEquals(sorted(events), sorted(marked));
    assertEquals(events.schema(), marked.schema());
    assertFalse(marked.isStreaming());
  }

  @Test
  void tableValuedFunctions() {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "table-valued function relations need Spark 4.0");
    TableValuedFunction tvf = spark.tvf();
    same(tvf.range(2, 11, 3, 2), "SELECT * FROM range(2, 11, 3, 2)");
    same(tvf.explode(array(lit(1), lit(2))), "SELECT * FROM explode(array(1, 2))");
    same(tvf.explode_outer(array()), "SELECT * FROM explode_outer(array())");
    same(tvf.posexplode(array(lit("x"), lit("y"))), "SELECT * FROM posexplode(array('x', 'y'))");
    same(tvf.posexplode_outer(lit(null).cast("array<int>")), "SELECT * FROM posexplode_outer(CAST(NULL AS array<int>))");
    same(tvf.inline(array(struct(lit(1).alias("a"), lit("p").alias("b")))), "SELECT * FROM inline(array(named_struct('a', 1, 'b', 'p')))");
    same(tvf.inline_outer(lit(null).cast("array<struct<a:int>>")), "SELECT * FROM inline_outer(CAST(NULL AS array<struct<a:int>>))");
    same(tvf.json_tuple(lit("{\"a\":1,\"b\":\"z\"}"), lit("a"), lit("b")), "SELECT * FROM json_tuple('{\"a\":1,\"b\":\"z\"}', 'a', 'b')");
    same(tvf.stack(lit(2), lit(1), lit("x"), lit(2), lit("y")), "SELECT * FROM stack(2, 1, 'x', 2, 'y')");
    same(tvf.variant_explode(parse_json(lit("[1, \"two\"]"))), "SELECT * FROM variant_explode(parse_json('[1, \"two\"]'))");
    same(tvf.variant_explode_outer(parse_json(lit("3"))), "SELECT * FROM variant_explode_outer(parse_json('3'))");
    same(tvf.sql_keywords(), "SELECT * FROM sql_keywords()");
    same(tvf.collations().where(col("NAME").startsWith("UTF8")).select("NAME"),
        "SELECT NAME FROM collations() WHERE NAME LIKE 'UTF8%'");
    if (TestServer.serverAtLeast(spark, 4, 2)) {
      // the server keeps no Python worker logs unless told to
      AnalysisException off = assertThrows(AnalysisException.class, () -> tvf.python_worker_logs().collect());
      assertEquals("FEATURE_NOT_ENABLED", off.getCondition());
    }
  }

  @Test
  void sessionExtras() {
    // time() prints the elapsed time and returns the result
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    long n;
    try {
      n = spark.time(() -> spark.range(1000).count());
    } finally {
      System.setOut(saved);
    }
    assertEquals(1000L, n);
    assertTrue(out.toString(StandardCharsets.UTF_8).matches("Time taken: \\d+ ms\\R"), out.toString(StandardCharsets.UTF_8));
    assertTrue(spark.isUsable());
    try (SparkSession other = TestServer.newSession()) {
      assertTrue(other.isUsable());
      other.close();
      assertFalse(other.isUsable());
    }
  }

  @Test
  void executeCommandReachesTheServersRunnerLookup() {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "executeCommand needs Spark 4.0 (ExecuteExternalCommand)");
    // Spark ships no external command runner: an unknown one is refused by the server's lookup.
    SparkConnectException e = assertThrows(SparkConnectException.class,
        () -> spark.executeCommand("no.such.Runner", "SELECT 1", Map.of("k", "v")));
    assertTrue(e.getMessage().contains("no.such.Runner"), e.getMessage());
    assertEquals(1, spark.range(1).count(), "the session stays usable");
  }

  @Test
  void olderServersRefuseNewerFeaturesClearly() {
    assumeFalse(TestServer.serverAtLeast(spark, 4, 2), "only servers older than Spark 4.2 lack these features");
    List<Supplier<Object>> needs42 = new ArrayList<>();
    needs42.add(() -> emp.where(col("dept").isin(dept.select("dept"))).collect());
    needs42.add(() -> spark.range(4).repartitionById(2, col("id").cast("int")).collect());
    needs42.add(() -> emp.nearestByJoin(dept, lit(1), 1, "exact", "distance").collect());
    List<Supplier<Object>> needs40 = new ArrayList<>();
    needs40.add(() -> emp.where(col("salary").gt(emp.select(avg("salary")).scalar())).collect());
    needs40.add(() -> emp.where(dept.exists()).collect());
    needs40.add(() -> spark.range(3).zipWithIndex().collect());
    needs40.add(() -> spark.tvf().explode(array(lit(1))).collect());
    needs40.add(() -> spark.executeCommand("no.such.Runner", "x", Map.of()));
    List<Supplier<Object>> refused = new ArrayList<>(needs42);
    if (!TestServer.serverAtLeast(spark, 4, 0)) {
      refused.addAll(needs40);
    }
    for (Supplier<Object> call : refused) {
      SparkConnectException e = assertThrows(SparkConnectException.class, call::get);
      assertEquals("UNSUPPORTED_BY_SERVER_VERSION", e.getCondition(), e.getMessage());
      assertTrue(e.getMessage().contains(spark.version()), e.getMessage());
    }
    assertEquals(1, spark.range(1).count(), "the session stays usable");
  }
}
