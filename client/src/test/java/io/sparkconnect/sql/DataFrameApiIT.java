package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.expressions.Window;
import io.sparkconnect.sql.expressions.WindowSpec;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.Metadata;
import io.sparkconnect.sql.types.StructType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Joins, set operations, grouping, windows, DataFrame extras and na/stat against a real server, differential where possible. */
class DataFrameApiIT {
  static SparkSession spark;
  static DataFrame emp;
  static DataFrame dept;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    spark.sql("SELECT * FROM VALUES (1, 'alice', 'eng', 100, 2020), (2, 'bob', 'ops', 80, 2020), (3, 'carol', 'eng', 120, 2021),"
        + " (4, 'dan', 'hr', NULL, 2021), (5, 'erin', 'ops', 90, 2021) AS t(id, name, dept, salary, year)").createOrReplaceTempView("emp");
    spark.sql("SELECT * FROM VALUES ('eng', 'Engineering'), ('ops', 'Operations'), ('fin', 'Finance') AS t(dept, title)")
        .createOrReplaceTempView("dept");
    emp = spark.table("emp");
    dept = spark.table("dept");
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
  void joins() {
    same(emp.join(dept, "dept").select("id", "title"), "SELECT id, title FROM emp JOIN dept USING (dept)");
    same(emp.join(dept, new String[] {"dept"}).select("id"), "SELECT id FROM emp JOIN dept USING (dept)");
    same(emp.join(dept, List.of("dept"), "left").select("id", "title"), "SELECT id, title FROM emp LEFT JOIN dept USING (dept)");
    same(emp.join(dept, "dept", "full_outer").select("dept", "id"), "SELECT dept, id FROM emp FULL OUTER JOIN dept USING (dept)");
    same(emp.join(dept, new String[] {"dept"}, "leftsemi"), "SELECT * FROM emp LEFT SEMI JOIN dept USING (dept)");
    same(emp.join(dept, emp.col("dept").equalTo(dept.col("dept"))).select(emp.col("id"), dept.col("title")),
        "SELECT e.id, d.title FROM emp e JOIN dept d ON e.dept = d.dept");
    for (String type : new String[] {"inner", "outer", "full", "fullouter", "left", "leftouter", "left_outer", "right",
        "rightouter", "right_outer", "semi", "left_semi", "anti", "leftanti", "left_anti", "cross"}) {
      assertNotNull(emp.join(dept, emp.col("dept").equalTo(dept.col("dept")), type).count());
    }
    same(emp.join(dept, emp.col("dept").equalTo(dept.col("dept")), "anti").select("id"),
        "SELECT id FROM emp e LEFT ANTI JOIN dept d ON e.dept = d.dept");
    same(emp.join(dept, emp.col("dept").equalTo(dept.col("dept")), "right").select(dept.col("title"), emp.col("id")),
        "SELECT d.title, e.id FROM emp e RIGHT JOIN dept d ON e.dept = d.dept");
    assertEquals(15, emp.crossJoin(dept).count());
    assertEquals(15, emp.join(dept).count());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> emp.join(dept, "dept", "sideways"));
    assertTrue(e.getMessage().contains("left_anti"), e.getMessage());
    same(emp.join(broadcast(dept), "dept").select("id"), "SELECT id FROM emp JOIN dept USING (dept)");
    same(emp.hint("shuffle_hash").join(dept, "dept").select("id"), "SELECT id FROM emp JOIN dept USING (dept)");
    // lateral join: per employee row, a one-row subquery using the outer salary
    same(emp.lateralJoin(spark.range(1).select(col("salary").outer().multiply(2).alias("twice"))).select("id", "twice"),
        "SELECT id, twice FROM emp, LATERAL (SELECT salary * 2 AS twice)");
    same(emp.lateralJoin(spark.range(2).select(col("id").alias("k")), col("k").equalTo(lit(1)), "left").select("name", "k"),
        "SELECT name, k FROM emp LEFT JOIN LATERAL (SELECT id AS k FROM range(2)) ON k = 1");
  }

  @Test
  void setOperations() {
    DataFrame a = spark.sql("SELECT * FROM VALUES (1, 'x'), (1, 'x'), (2, 'y') AS t(n, s)");
    DataFrame b = spark.sql("SELECT * FROM VALUES (1, 'x'), (3, 'z') AS t(n, s)");
    String as = "(SELECT * FROM VALUES (1, 'x'), (1, 'x'), (2, 'y') AS t(n, s))";
    String bs = "(SELECT * FROM VALUES (1, 'x'), (3, 'z') AS t(n, s))";
    same(a.union(b), "SELECT * FROM " + as + " UNION ALL SELECT * FROM " + bs);
    same(a.unionAll(b), "SELECT * FROM " + as + " UNION ALL SELECT * FROM " + bs);
    same(a.intersect(b), "SELECT * FROM " + as + " INTERSECT SELECT * FROM " + bs);
    same(a.intersectAll(a), "SELECT * FROM " + as + " INTERSECT ALL SELECT * FROM " + as);
    same(a.except(b), "SELECT * FROM " + as + " EXCEPT SELECT * FROM " + bs);
    same(a.exceptAll(b), "SELECT * FROM " + as + " EXCEPT ALL SELECT * FROM " + bs);
    same(a.unionByName(b.select("s", "n")), "SELECT * FROM " + as + " UNION ALL SELECT * FROM " + bs);
    same(a.unionByName(b.select("n"), true), "SELECT * FROM " + as + " UNION ALL SELECT n, NULL FROM " + bs);
    same(a.distinct(), "SELECT DISTINCT * FROM " + as);
    same(a.dropDuplicates(), "SELECT DISTINCT * FROM " + as);
    assertEquals(2, a.dropDuplicates("n").count());
    assertEquals(2, a.dropDuplicates(new String[] {"s"}).count());
    // Streaming only: the server refuses it on batch data, which shows the plan reached it.
    for (DataFrame w : List.of(a.dropDuplicatesWithinWatermark(), a.dropDuplicatesWithinWatermark("n", "s"),
        a.dropDuplicatesWithinWatermark(new String[] {"n"}))) {
      SparkConnectException e = assertThrows(SparkConnectException.class, w::count);
      assertTrue(e.getMessage().contains("dropDuplicatesWithinWatermark"), e.getMessage());
    }
  }

  @Test
  void groupingAndPivot() {
    same(emp.rollup("dept", "year").agg(sum("salary").alias("s")), "SELECT dept, year, sum(salary) AS s FROM emp GROUP BY ROLLUP(dept, year)");
    same(emp.rollup(col("dept")).count(), "SELECT dept, count(1) AS count FROM emp GROUP BY ROLLUP(dept)");
    same(emp.cube("dept", "year").agg(count(lit(1)).alias("c"), grouping_id().alias("g")),
        "SELECT dept, year, count(1) AS c, grouping_id() AS g FROM emp GROUP BY CUBE(dept, year)");
    same(emp.cube(col("dept")).agg(max("salary"), grouping("dept")), "SELECT dept, max(salary), grouping(dept) FROM emp GROUP BY CUBE(dept)");
    same(emp.groupingSets(List.of(List.of(col("dept")), List.of(col("year")), List.of()), col("dept"), col("year"))
            .agg(sum("salary").alias("s")),
        "SELECT dept, year, sum(salary) AS s FROM emp GROUP BY GROUPING SETS ((dept), (year), ())");
    same(emp.groupBy("year").pivot("dept").agg(sum("salary")),
        "SELECT * FROM (SELECT year, dept, salary FROM emp) PIVOT (sum(salary) FOR dept IN ('eng', 'hr', 'ops'))");
    same(emp.groupBy("year").pivot("dept", List.of("eng", "ops")).agg(sum("salary")),
        "SELECT * FROM (SELECT year, dept, salary FROM emp) PIVOT (sum(salary) FOR dept IN ('eng', 'ops'))");
    same(emp.groupBy(col("year")).pivot(col("dept"), List.of(lit("eng"))).sum("salary"),
        "SELECT * FROM (SELECT year, dept, salary FROM emp) PIVOT (sum(salary) FOR dept IN ('eng'))");
    same(emp.groupBy(col("year")).pivot(col("dept")).count(),
        "SELECT * FROM (SELECT year, dept FROM emp) PIVOT (count(1) FOR dept IN ('eng', 'hr', 'ops'))");
    same(emp.groupBy("dept").agg(Map.of("salary", "max")), "SELECT dept, max(salary) FROM emp GROUP BY dept");
    assertThrows(IllegalArgumentException.class, () -> emp.rollup("dept").pivot("year"));
  }

  @Test
  void windows() {
    WindowSpec byDept = Window.partitionBy("dept").orderBy(col("salary").desc());
    same(emp.select(col("id"), rank().over(byDept), dense_rank().over(byDept), row_number().over(byDept),
            percent_rank().over(byDept), cume_dist().over(byDept), ntile(2).over(byDept),
            lag("salary", 1).over(byDept), lead(col("salary"), 1, 0).over(byDept), nth_value(col("salary"), 1).over(byDept),
            sum("salary").over(Window.partitionBy(col("dept"))), count(lit(1)).over(),
            sum("salary").over(Window.orderBy("id").rowsBetween(Window.unboundedPreceding(), Window.currentRow())),
            sum("salary").over(Window.orderBy(col("id")).rowsBetween(-1, 1)),
            sum("salary").over(Window.orderBy("salary").rangeBetween(-20, Window.unboundedFollowing())),
            avg("salary").over(Window.partitionBy("year").orderBy("id").rangeBetween(Window.currentRow(), 1)),
            max("salary").over(Window.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing())),
            min("salary").over(Window.rangeBetween(Window.unboundedPreceding(), Window.unboundedFollowing()).partitionBy("dept"))),
        "SELECT id, rank() OVER w, dense_rank() OVER w, row_number() OVER w, percent_rank() OVER w, cume_dist() OVER w,"
            + " ntile(2) OVER w, lag(salary, 1) OVER w, lead(salary, 1, 0) OVER w, nth_value(salary, 1) OVER w,"
            + " sum(salary) OVER (PARTITION BY dept), count(1) OVER (),"
            + " sum(salary) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),"
            + " sum(salary) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING),"
            + " sum(salary) OVER (ORDER BY salary RANGE BETWEEN 20 PRECEDING AND UNBOUNDED FOLLOWING),"
            + " avg(salary) OVER (PARTITION BY year ORDER BY id RANGE BETWEEN CURRENT ROW AND 1 FOLLOWING),"
            + " max(salary) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),"
            + " min(salary) OVER (PARTITION BY dept)"
            + " FROM emp WINDOW w AS (PARTITION BY dept ORDER BY salary DESC)");
    assertThrows(IllegalArgumentException.class, () -> Window.rowsBetween(Window.unboundedFollowing(), 0));
  }

  @Test
  void extras() {
    Row d = emp.describe("salary").filter("summary = 'max'").first();
    assertEquals("120", d.getString(1));
    same(emp.summary("min", "max").select("summary", "salary"), "SELECT 'min', '80' UNION ALL SELECT 'max', '120'");
    DataFrame big = spark.range(1000);
    long sampled = big.sample(0.5, 7).count();
    assertTrue(sampled > 350 && sampled < 650, "sampled " + sampled);
    assertEquals(big.sample(0.3, 11).collectAsList(), big.sample(false, 0.3, 11).collectAsList());
    assertTrue(big.sample(true, 0.2).count() > 0);
    assertTrue(big.sample(0.2).count() > 0);
    DataFrame[] parts = big.randomSplit(new double[] {1, 3}, 5);
    assertEquals(1000, parts[0].count() + parts[1].count());
    assertEquals(0, parts[0].intersect(parts[1]).count());
    assertEquals(2, big.randomSplitAsList(new double[] {1, 1}, 1).size());
    assertEquals(3, big.randomSplit(new double[] {1, 1, 1}).length);
    assertEquals(4, big.repartition(4).select(spark_partition_id()).distinct().count());
    assertEquals(1000, big.repartition(3, col("id")).count());
    assertEquals(1000, big.repartition(col("id")).count());
    assertEquals(1000, big.repartitionByRange(2, col("id")).count());
    assertEquals(1000, big.repartitionByRange(col("id").desc()).count());
    assertEquals(1, big.repartition(4).coalesce(1).select(spark_partition_id()).distinct().count());
    assertThrows(IllegalArgumentException.class, () -> big.repartition(0));
    DataFrame m = emp.withMetadata("name", Metadata.fromJson("{\"comment\":\"who\"}"));
    assertEquals("who", m.schema().apply("name").metadata().getString("comment"));
    DataFrame wide = spark.sql("SELECT 1 AS id, 10 AS a, 20 AS b");
    same(wide.unpivot(new Column[] {col("id")}, new Column[] {col("a"), col("b")}, "k", "v"),
        "SELECT * FROM (SELECT 1 AS id, 10 AS a, 20 AS b) UNPIVOT (v FOR k IN (a, b))");
    same(wide.melt(new Column[] {col("id")}, "k", "v"), "SELECT * FROM (SELECT 1 AS id, 10 AS a, 20 AS b) UNPIVOT (v FOR k IN (a, b))");
    same(wide.unpivot(new Column[] {col("id")}, "k", "v"), "SELECT * FROM (SELECT 1 AS id, 10 AS a, 20 AS b) UNPIVOT (v FOR k IN (a, b))");
    same(wide.melt(new Column[] {col("id")}, new Column[] {col("a")}, "k", "v"), "SELECT 1, 'a', 10");
    DataFrame t = spark.sql("SELECT * FROM VALUES ('x', 1, 2), ('y', 3, 4) AS t(key, a, b)");
    same(t.transpose(), "SELECT 'a' AS key, 1 AS x, 3 AS y UNION ALL SELECT 'b', 2, 4");
    same(t.transpose(col("key")), "SELECT 'a' AS key, 1 AS x, 3 AS y UNION ALL SELECT 'b', 2, 4");
    assertEquals(5, emp.transform(df -> df.filter("id > 2")).count() + 2);
    same(emp.select(emp.colRegex("`(id|name)`")), "SELECT id, name FROM emp");
    same(emp.to(new StructType().add("name", DataTypes.StringType).add("id", DataTypes.LongType)),
        "SELECT name, CAST(id AS BIGINT) AS id FROM emp");
    assertEquals(List.of("{\"id\":1,\"name\":\"alice\"}"),
        emp.select("id", "name").filter("id = 1").toJSON().collectAsList().stream().map(r -> r.getString(0))
            .collect(java.util.stream.Collectors.toList()));
    Observation obs = new Observation("emp_stats");
    assertEquals(5, emp.observe(obs, count(lit(1)).alias("rows"), max("salary").alias("top")).collectAsList().size());
    assertEquals(5L, obs.get().get("rows"));
    assertEquals(120, obs.getAsJava().get("top"));
    assertEquals(5L, obs.getRow().getLong(0));
    assertEquals(5L, obs.future().join().get("rows"));
    assertEquals("emp_stats", obs.name());
    assertEquals(5, emp.observe("named", count(lit(1))).count());
    assertFalse(emp.isStreaming());
    assertFalse(spark.range(10).isLocal());
    assertTrue(emp.select("id").sameSemantics(emp.select("id")));
    assertFalse(emp.select("id").sameSemantics(emp.select("name")));
    assertEquals(emp.select("id").semanticHash(), emp.select("id").semanticHash());
    assertEquals(0, emp.inputFiles().length);
    assertNotNull(spark.read().json(writeJson()).metadataColumn("_metadata"));
  }

  private static String writeJson() {
    String dir = System.getProperty("java.io.tmpdir") + "/api-it-json-" + System.nanoTime();
    spark.range(2).write().json(dir);
    DataFrame files = spark.read().json(dir);
    assertTrue(files.inputFiles().length > 0);
    assertEquals(2, files.select(files.metadataColumn("_metadata").getField("file_name")).distinct().count() >= 1 ? 2 : 0);
    return dir;
  }

  @Test
  void cachingAndCheckpoints() {
    DataFrame c = spark.range(10).filter("id > 2");
    assertEquals(StorageLevel.NONE, c.storageLevel());
    assertEquals(StorageLevel.MEMORY_AND_DISK, c.cache().storageLevel());
    c.unpersist(true);
    assertEquals(StorageLevel.NONE, c.storageLevel());
    assertEquals(StorageLevel.DISK_ONLY, c.persist(StorageLevel.DISK_ONLY).storageLevel());
    c.unpersist();
    assertEquals(StorageLevel.MEMORY_AND_DISK, c.persist().storageLevel());
    c.unpersist(true);
    assertEquals(7, c.localCheckpoint().count());
    assertEquals(7, c.localCheckpoint(false).count());
    assertEquals(7, c.localCheckpoint(true, StorageLevel.MEMORY_ONLY).count());
    // Reliable checkpoints need spark.checkpoint.dir, fixed at server start; the test server has none.
    SparkConnectException e = assertThrows(SparkConnectException.class, () -> c.checkpoint().count());
    assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("checkpoint"), e.getMessage());
    assertThrows(SparkConnectException.class, () -> c.checkpoint(false).count());
  }

  @Test
  void naAndStat() {
    DataFrame n = spark.sql("SELECT * FROM VALUES (1, 'a', 1.0D, true), (NULL, NULL, NULL, NULL), (3, NULL, double('NaN'), NULL)"
        + " AS t(i, s, d, b)");
    String ns = "(SELECT * FROM VALUES (1, 'a', 1.0D, true), (NULL, NULL, NULL, NULL), (3, NULL, double('NaN'), NULL) AS t(i, s, d, b))";
    assertEquals(1, n.na().drop().count());
    assertEquals(1, n.na().drop("any").count());
    assertEquals(2, n.na().drop("all").count());
    assertEquals(2, n.na().drop(new String[] {"i"}).count());
    assertEquals(1, n.na().drop("any", new String[] {"i", "s"}).count());
    assertEquals(1, n.na().drop(2).count());
    assertEquals(2, n.na().drop(1, new String[] {"i", "s"}).count());
    assertThrows(IllegalArgumentException.class, () -> n.na().drop("some"));
    same(n.na().fill(0), "SELECT coalesce(i, 0), s, CASE WHEN d IS NULL OR isnan(d) THEN 0.0D ELSE d END, b FROM " + ns);
    same(n.na().fill(0.5).select("d"), "SELECT CASE WHEN d IS NULL OR isnan(d) THEN 0.5D ELSE d END FROM " + ns);
    same(n.na().fill("z").select("s"), "SELECT coalesce(s, 'z') FROM " + ns);
    same(n.na().fill(false).select("b"), "SELECT coalesce(b, false) FROM " + ns);
    same(n.na().fill(7, new String[] {"i"}).select("i", "d"), "SELECT coalesce(i, 7), d FROM " + ns);
    same(n.na().fill(2.0, new String[] {"d"}).select("d"), "SELECT CASE WHEN d IS NULL OR isnan(d) THEN 2.0D ELSE d END FROM " + ns);
    same(n.na().fill("q", new String[] {"s"}).select("s"), "SELECT coalesce(s, 'q') FROM " + ns);
    same(n.na().fill(true, new String[] {"b"}).select("b"), "SELECT coalesce(b, true) FROM " + ns);
    Map<String, Object> fills = new HashMap<>();
    fills.put("i", 9);
    fills.put("s", "w");
    same(n.na().fill(fills).select("i", "s"), "SELECT coalesce(i, 9), coalesce(s, 'w') FROM " + ns);
    same(n.na().replace("s", Map.of("a", "A")).select("s"), "SELECT CASE WHEN s = 'a' THEN 'A' ELSE s END FROM " + ns);
    same(n.na().replace(new String[] {"i"}, Map.of(1, 10)).select("i"), "SELECT CASE WHEN i = 1 THEN 10 ELSE i END FROM " + ns);
    same(n.na().replace("*", Map.of(3, 30)).select("i"), "SELECT CASE WHEN i = 3 THEN 30 ELSE i END FROM " + ns);

    DataFrame xy = spark.sql("SELECT id AS x, id * 2 + 1 AS y, id % 3 AS g FROM range(100)");
    assertEquals(1.0, xy.stat().corr("x", "y"), 1e-9);
    assertEquals(1.0, xy.stat().corr("x", "y", "pearson"), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> xy.stat().corr("x", "y", "spearman"));
    double cov = spark.sql("SELECT covar_samp(id, id * 2 + 1) FROM range(100)").first().getDouble(0);
    assertEquals(cov, xy.stat().cov("x", "y"), 1e-9);
    assertArrayEquals(new double[] {0, 49, 99}, xy.stat().approxQuantile("x", new double[] {0, 0.5, 1}, 0), 1.0);
    double[][] qs = xy.stat().approxQuantile(new String[] {"x", "y"}, new double[] {1}, 0.01);
    assertEquals(99, qs[0][0], 1e-9);
    assertEquals(199, qs[1][0], 1e-9);
    DataFrame ct = emp.stat().crosstab("dept", "year");
    assertEquals("dept_year", ct.columns()[0]);
    assertEquals(3, ct.count());
    Row f = spark.sql("SELECT 1 AS a FROM range(10)").stat().freqItems(new String[] {"a"}).first();
    assertEquals(List.of(1), f.getList(0));
    assertEquals(1, spark.sql("SELECT 1 AS a").stat().freqItems(new String[] {"a"}, 0.5).count());
    assertEquals(1, spark.sql("SELECT 1 AS a").stat().freqItems(List.of("a")).count());
    assertEquals(1, spark.sql("SELECT 1 AS a").stat().freqItems(List.of("a"), 0.4).count());
    DataFrame strat = xy.stat().sampleBy("g", Map.of(0L, 1.0, 1L, 0.0), 3);
    assertEquals(34, strat.count());
    assertEquals(34, xy.stat().sampleBy(col("g"), Map.of(0L, 1.0), 3).count());
  }
}
