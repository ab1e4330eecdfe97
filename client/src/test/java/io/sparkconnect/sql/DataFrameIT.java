package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.expr;
import static io.sparkconnect.sql.functions.lit;
import static io.sparkconnect.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DataFrame transformations and actions against a real server, asserting values. */
class DataFrameIT {
  static SparkSession spark;
  static DataFrame people;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    people = spark.sql("SELECT * FROM VALUES (1, 'alice', 34, 'eng'), (2, 'bob', 17, 'ops'),"
        + " (3, 'carol', 51, 'eng'), (4, 'dan', NULL, 'ops') AS t(id, name, age, dept)");
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  private static List<Object> column(DataFrame df, int i) {
    return df.collectAsList().stream().map(r -> r.get(i)).collect(Collectors.toList());
  }

  /** The same rows through the DataFrame API and through SQL text. */
  private static void assertSameRows(DataFrame api, String sql) {
    assertEquals(spark.sql(sql).collectAsList(), api.collectAsList(), sql);
  }

  @Test
  void selectFilterOrder() {
    DataFrame adults = people.filter(col("age").geq(18)).select(col("name"), col("age").plus(1).alias("next"))
        .orderBy(col("next").desc());
    assertEquals(List.of("carol", "alice"), column(adults, 0));
    assertEquals(List.of(52, 35), column(adults, 1));
    assertSameRows(adults, "SELECT name, age + 1 AS next FROM (" + peopleSql() + ") WHERE age >= 18 ORDER BY next DESC");
  }

  private static String peopleSql() {
    return "SELECT * FROM VALUES (1, 'alice', 34, 'eng'), (2, 'bob', 17, 'ops'),"
        + " (3, 'carol', 51, 'eng'), (4, 'dan', NULL, 'ops') AS t(id, name, age, dept)";
  }

  @Test
  void selectByNameAndExpr() {
    assertEquals(List.of("alice", "bob", "carol", "dan"), column(people.select("name").orderBy("id"), 0));
    assertEquals(List.of(2, 4, 6, 8), column(people.selectExpr("id * 2 AS d").orderBy("d"), 0));
    assertEquals(4, people.select("*").columns().length);
    assertEquals(List.of(3), column(people.where("age > 40").select("id"), 0));
    assertEquals(List.of(1, 3), column(people.where(col("dept").equalTo("eng")).select("id").orderBy("id"), 0));
  }

  @Test
  void arithmeticAndComparisons() {
    Row r = spark.range(1).select(
        lit(7).plus(3), lit(7).minus(3), lit(7).multiply(3), lit(7).divide(2), lit(7).mod(3),
        lit(1).equalTo(1), lit(1).notEqual(1), lit(2).gt(1), lit(2).geq(2), lit(1).lt(2), lit(3).leq(2),
        lit(true).and(lit(false)), lit(true).or(lit(false)), lit(true).not(), lit(null).isNull(),
        lit(1).isNotNull(), lit("5").cast(DataTypes.IntegerType), lit("2.50").cast("decimal(4,2)")).first();
    assertEquals(10, r.getInt(0));
    assertEquals(4, r.getInt(1));
    assertEquals(21, r.getInt(2));
    assertEquals(3.5, r.getDouble(3));
    assertEquals(1, r.getInt(4));
    assertEquals(List.of(true, false, true, true, true, false, false, true, false, true, true),
        List.of(r.getBoolean(5), r.getBoolean(6), r.getBoolean(7), r.getBoolean(8), r.getBoolean(9), r.getBoolean(10),
            r.getBoolean(11), r.getBoolean(12), r.getBoolean(13), r.getBoolean(14), r.getBoolean(15)));
    assertEquals(5, r.getInt(16));
    assertEquals(new java.math.BigDecimal("2.50"), r.getDecimal(17));
  }

  @Test
  void whenOtherwise() {
    DataFrame graded = people.select(col("name"),
        when(col("age").lt(18), "minor").when(col("age").isNull(), "unknown").otherwise("adult").alias("g")).orderBy("name");
    assertEquals(List.of("adult", "minor", "adult", "unknown"), column(graded, 1));
  }

  @Test
  void withColumnRenameDrop() {
    DataFrame df = people.withColumn("age2", col("age").multiply(2)).withColumnRenamed("name", "who").drop("dept", "age");
    assertArrayEquals(new String[] {"id", "who", "age2"}, df.columns());
    assertEquals(68, df.orderBy("id").first().getInt(2));
    assertArrayEquals(new String[] {"id", "name", "age"}, people.drop(col("dept")).columns());
    assertArrayEquals(new String[] {"a", "b", "c", "d"}, people.toDF("a", "b", "c", "d").columns());
    DataFrame replaced = people.withColumn("age", lit(0));
    assertArrayEquals(people.columns(), replaced.columns());
    assertEquals(0, replaced.first().getInt(2));
    DataFrame multi = people.withColumns(new java.util.LinkedHashMap<>(Map.of("x", lit(1)))).withColumnsRenamed(Map.of("x", "y"));
    assertEquals("y", multi.columns()[4]);
  }

  @Test
  void limitOffsetHeadTakeTail() {
    DataFrame ten = spark.range(10);
    assertEquals(3, ten.limit(3).count());
    assertEquals(List.of(7L, 8L, 9L), column(ten.offset(7), 0));
    assertEquals(0L, ten.head().getLong(0));
    assertEquals(0L, ten.first().getLong(0));
    assertEquals(2, ten.head(2).length);
    assertEquals(4, ten.take(4).length);
    Row[] tail = ten.tail(2);
    assertEquals(8L, tail[0].getLong(0));
    assertEquals(9L, tail[1].getLong(0));
    assertThrows(NoSuchElementException.class, () -> ten.filter("id > 100").first());
    assertTrue(ten.filter("id > 100").isEmpty());
    assertFalse(ten.isEmpty());
    assertThrows(IllegalArgumentException.class, () -> ten.limit(-1));
  }

  @Test
  void sortDirectionsAndNulls() {
    assertEquals(java.util.Arrays.asList(null, 17, 34, 51), column(people.select("age").orderBy(col("age").asc()), 0));
    assertEquals(java.util.Arrays.asList(51, 34, 17, null), column(people.select("age").orderBy(col("age").desc()), 0));
    assertEquals(java.util.Arrays.asList(17, 34, 51, null), column(people.select("age").sort(col("age").asc_nulls_last()), 0));
    assertEquals(java.util.Arrays.asList(null, 51, 34, 17), column(people.select("age").sort(col("age").desc_nulls_first()), 0));
  }

  @Test
  void aliasAndQualifiedColumns() {
    DataFrame p = people.alias("p");
    assertEquals(List.of("alice"), column(p.filter(col("p.id").equalTo(1)).select(col("p.name")), 0));
    assertEquals("alice", people.filter(people.col("id").equalTo(1)).select(people.col("name")).first().getString(0));
  }

  @Test
  void toLocalIteratorStreamsAndCanStopEarly() {
    long sum = 0;
    long n = 0;
    try (CloseableIterator<Row> it = spark.range(0, 200_000, 1, 4).toLocalIterator()) {
      while (it.hasNext()) {
        sum += it.next().getLong(0);
        n++;
      }
    }
    assertEquals(200_000, n);
    assertEquals(199_999L * 200_000L / 2, sum);
    CloseableIterator<Row> early = spark.range(10_000_000).toLocalIterator();
    assertEquals(0L, early.next().getLong(0));
    early.close();
    early.close();
    assertFalse(early.hasNext());
    assertEquals(5, spark.range(5).count(), "the session stays usable after an early close");
  }

  @Test
  void schemaColumnsDtypes() {
    StructType schema = people.schema();
    assertArrayEquals(new String[] {"id", "name", "age", "dept"}, schema.fieldNames());
    assertEquals(DataTypes.IntegerType, schema.apply("id").dataType());
    assertEquals(DataTypes.StringType, schema.apply("name").dataType());
    Map.Entry<String, String>[] dtypes = people.dtypes();
    assertEquals("id", dtypes[0].getKey());
    assertEquals("int", dtypes[0].getValue());
    assertEquals("string", dtypes[1].getValue());
    assertEquals("[id: int, name: string, age: int, dept: string]", people.toString());
  }

  @Test
  void showPrintsWhatSparkPrints() {
    String out = capture(() -> spark.range(3).show());
    assertEquals("+---+\n| id|\n+---+\n|  0|\n|  1|\n|  2|\n+---+\n\n", out);
    String two = capture(() -> people.select("id", "name").orderBy("id").show(2));
    assertEquals("+---+-----+\n| id| name|\n+---+-----+\n|  1|alice|\n|  2|  bob|\n+---+-----+\nonly showing top 2 rows\n"
        // Spark 3.5 servers end this footer with one more line break.
        + (TestServer.serverAtLeast(spark, 4, 0) ? "" : "\n"), two);
    String longText = capture(() -> spark.sql("SELECT repeat('x', 30) AS s").show());
    assertEquals("+--------------------+\n|                   s|\n+--------------------+\n|xxxxxxxxxxxxxxxxx...|\n+--------------------+\n\n", longText);
    String full = capture(() -> spark.sql("SELECT repeat('x', 25) AS s").show(1, false));
    assertEquals("+-------------------------+\n|s                        |\n+-------------------------+\n|xxxxxxxxxxxxxxxxxxxxxxxxx|\n+-------------------------+\n\n", full);
    String vertical = capture(() -> spark.sql("SELECT 1 AS a, 'x' AS b").show(1, 20, true));
    assertEquals("-RECORD 0--\n a   | 1   \n b   | x   \n\n", vertical);
    String nulls = capture(() -> spark.sql("SELECT CAST(NULL AS INT) AS n, array(1,2) AS arr, map('k', 1) AS m, named_struct('x', 1) AS st").show());
    assertEquals("+----+------+--------+---+\n|   n|   arr|       m| st|\n+----+------+--------+---+\n|NULL|[1, 2]|{k -> 1}|{1}|\n+----+------+--------+---+\n\n", nulls);
  }

  @Test
  void printSchemaPrintsWhatSparkPrints() {
    String out = capture(() -> spark.sql("SELECT 1L AS id, named_struct('a', 1, 'b', array('x')) AS s, map('k', 2.5D) AS m").printSchema());
    assertEquals("root\n"
        + " |-- id: long (nullable = false)\n"
        + " |-- s: struct (nullable = false)\n"
        + " |    |-- a: integer (nullable = false)\n"
        + " |    |-- b: array (nullable = false)\n"
        + " |    |    |-- element: string (containsNull = false)\n"
        + " |-- m: map (nullable = false)\n"
        + " |    |-- key: string\n"
        + " |    |-- value: double (valueContainsNull = false)\n\n", out);
    String level1 = capture(() -> spark.sql("SELECT named_struct('a', 1) AS s").printSchema(1));
    assertEquals("root\n |-- s: struct (nullable = false)\n\n", level1);
    StructType local = spark.sql("SELECT 1L AS id, named_struct('a', 1, 'b', array('x')) AS s, map('k', 2.5D) AS m").schema();
    assertEquals(out, local.treeString() + "\n");
  }

  @Test
  void explainPrintsPlans() {
    String simple = capture(() -> spark.range(3).filter("id > 1").explain());
    assertTrue(simple.startsWith("== Physical Plan =="), simple);
    assertTrue(simple.contains("Range"), simple);
    String extended = capture(() -> spark.range(3).explain(true));
    assertTrue(extended.contains("== Parsed Logical Plan =="), extended);
    assertTrue(extended.contains("== Optimized Logical Plan =="), extended);
    String formatted = capture(() -> spark.range(3).explain("formatted"));
    assertTrue(formatted.contains("(1) Range"), formatted);
    assertThrows(IllegalArgumentException.class, () -> spark.range(3).explain("fancy"));
  }

  static String capture(Runnable r) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    synchronized (System.class) {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      try {
        r.run();
      } finally {
        System.setOut(old);
      }
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void largeCollectIsExact() {
    List<Row> rows = spark.range(0, 300_000, 1, 3).selectExpr("id", "id * 1.5D AS d", "concat('s', CAST(id AS STRING)) AS s").collectAsList();
    assertEquals(300_000, rows.size());
    long sum = 0;
    List<String> some = new ArrayList<>();
    for (Row r : rows) {
      sum += r.getLong(0);
      assertEquals(r.getLong(0) * 1.5, r.getDouble(1));
      if (r.getLong(0) % 100_000 == 0) {
        some.add(r.getString(2));
      }
    }
    assertEquals(299_999L * 300_000L / 2, sum);
    assertEquals(List.of("s0", "s100000", "s200000"), some);
  }

  @Test
  void nullHandlingInRows() {
    Row r = people.filter("id = 4").first();
    assertTrue(r.isNullAt(2));
    assertNull(r.get(2));
    assertTrue(r.anyNull());
    assertThrows(NullPointerException.class, () -> r.getInt(2));
    assertThrows(IndexOutOfBoundsException.class, () -> r.get(9));
    assertThrows(IllegalArgumentException.class, () -> r.fieldIndex("nope"));
    assertEquals("dan", r.getAs("name"));
  }
}
