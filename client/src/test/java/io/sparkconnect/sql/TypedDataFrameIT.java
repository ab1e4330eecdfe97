package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.api.java.function.MapFunction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The untyped DataFrame methods a typed DataFrame offers, as Spark's {@code Dataset<T>} does: the
 * ones that keep the rows keep their type; the others return a {@code DataFrame}. Values from a
 * real server.
 */
@Tag("compat")
class TypedDataFrameIT {
  public record City(String name, long people) {}

  public record Inner(long a, String b) {}

  public record Outer(String label, Inner inner, long n) {}

  static SparkSession spark;
  static TypedDataFrame<City> cities;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    cities = spark.createDataset(List.of(new City("Oslo", 700), new City("Rome", 2800), new City("Bern", 140),
        new City("Oslo", 700)), Encoders.bean(City.class));
  }

  @Test
  void createDatasetStoresValuesAsTheEncoderDoes() {
    assertEquals(List.of("a", "b"), spark.createDataset(List.of("b", "a"), Encoders.STRING()).orderBy("value").collectAsList());
    assertEquals("struct<value:bigint>", spark.createDataset(List.of(1L), Encoders.LONG()).schema().simpleString());
    TypedDataFrame<Tuple2<String, Long>> pairs = spark.createDataset(List.of(new Tuple2<>("x", 1L), new Tuple2<>("y", 2L)),
        Encoders.tuple(Encoders.STRING(), Encoders.LONG()));
    assertEquals("struct<_1:string,_2:bigint>", pairs.schema().simpleString());
    assertEquals(List.of(new Tuple2<>("y", 2L)), pairs.where("_2 > 1").collectAsList());
    assertEquals(List.of(new City("Bern", 140)), cities.where("people < 200").collectAsList());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> spark.createDataset(java.util.Arrays.asList(new City("A", 1), null), Encoders.bean(City.class)));
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  @Test
  void rowPreservingMethodsKeepTheType() {
    List<City> sorted = cities.where(col("people").gt(200)).orderBy(col("people").desc()).collectAsList();
    assertEquals(List.of(new City("Rome", 2800), new City("Oslo", 700), new City("Oslo", 700)), sorted);
    assertEquals(List.of(new City("Bern", 140), new City("Oslo", 700), new City("Rome", 2800)),
        cities.distinct().sort("people").collectAsList());
    assertEquals(3, cities.dropDuplicates("name").count());
    assertEquals(List.of(new City("Rome", 2800)), cities.orderBy("name").offset(3).collectAsList());
    assertEquals(List.of(new City("Rome", 2800)), List.of(cities.orderBy("people").tail(1)));
    assertEquals(8, cities.union(cities).count());
    assertEquals(List.of(new City("Bern", 140)), cities.except(cities.where("people > 200")).collectAsList());
    assertEquals(2, cities.intersect(cities.where("people >= 700")).count());
    assertEquals(4, cities.repartition(2).count());
    assertEquals(4, cities.coalesce(1).cache().count());
    TypedDataFrame<City>[] parts = cities.randomSplit(new double[] {0.5, 0.5}, 7L);
    assertEquals(4, parts[0].count() + parts[1].count());
  }

  @Test
  void untypedMethodsReturnDataFrames() {
    Row total = cities.agg(sum("people")).first();
    assertEquals(4340L, total.getLong(0));
    List<Row> byName = cities.groupBy("name").count().orderBy("name").collectAsList();
    assertEquals("[[Bern,1], [Oslo,2], [Rome,1]]", byName.toString());
    assertEquals("[[BERN], [OSLO], [OSLO], [ROME]]",
        cities.select(functions.upper(col("name")).as("n")).orderBy("n").collectAsList().toString());
    assertEquals("[[Rome,28]]", cities.withColumn("hundreds", col("people").divide(100).cast("long")).drop("people")
        .where("hundreds > 10").collectAsList().toString());
    assertArrayEquals(new String[] {"name", "people"}, cities.columns());
    assertEquals(List.of("{\"name\":\"Bern\",\"people\":140}"),
        cities.where("name = 'Bern'").toJSON().collectAsList());
    assertTrue(cities.join(spark.sql("SELECT 'Oslo' AS name, 'NO' AS country"), "name").count() == 2);
    assertFalse(cities.isEmpty());
    assertFalse(cities.isStreaming());
  }

  @Test
  void printSchemaAndShowMatchTheDataFrame() {
    assertEquals(capture(() -> cities.toDF().printSchema()), capture(() -> cities.printSchema()));
    assertEquals(capture(() -> cities.toDF().show(2, false)), capture(() -> cities.show(2, false)));
    assertTrue(capture(() -> cities.printSchema()).contains(" |-- people: long"));
  }

  @Test
  void typedOperationsChainAfterUntypedOnes() {
    List<String> names = cities.where("people > 500").dropDuplicates()
        .map((MapFunction<City, String>) c -> c.name().toLowerCase(), Encoders.STRING()).orderBy("value").collectAsList();
    assertEquals(List.of("oslo", "rome"), names);
  }

  @Test
  void typedOperationsReadRecordsByNameWhateverTheColumnOrder() {
    TypedDataFrame<City> shuffled = spark.sql("SELECT 'extra' AS note, 7L AS people, 'Lima' AS name").as(City.class);
    assertEquals(List.of("Lima:7"),
        shuffled.map((MapFunction<City, String>) c -> c.name() + ":" + c.people(), Encoders.STRING()).collectAsList());
    assertEquals(1, shuffled.filter((io.sparkconnect.api.java.function.FilterFunction<City>) c -> c.people() == 7).count());
    TypedDataFrame<Outer> nested = spark.sql(
        "SELECT 3L AS n, named_struct('b', 'q', 'a', 5L) AS inner, 'L' AS label"
            + " UNION ALL SELECT 4L, CAST(NULL AS STRUCT<b: STRING, a: BIGINT>), 'M'").as(Outer.class);
    assertEquals(List.of("L/5/q/3", "M/null/4"), nested.map((MapFunction<Outer, String>) o -> o.label() + "/"
        + (o.inner() == null ? "null" : o.inner().a() + "/" + o.inner().b()) + "/" + o.n(), Encoders.STRING())
        .orderBy("value").collectAsList());
  }

  @Test
  void groupByKeyReadsRecordsByName() {
    // City is not a direct record (this test class is not public): the client picks its columns by name.
    TypedDataFrame<City> shuffled = spark.sql("SELECT 'extra' AS note, 7L AS people, 'Lima' AS name"
        + " UNION ALL SELECT 'x', 3L, 'Lima'").as(City.class);
    assertEquals(List.of(new Tuple2<>("Lima", 10L)), shuffled
        .groupByKey((MapFunction<City, String>) City::name, Encoders.STRING())
        .mapGroups((io.sparkconnect.api.java.function.MapGroupsFunction<String, City, Tuple2<String, Long>>) (k, it) -> {
          long n = 0;
          while (it.hasNext()) {
            n += it.next().people();
          }
          return new Tuple2<>(k, n);
        }, Encoders.tuple(Encoders.STRING(), Encoders.LONG())).collectAsList());
  }

  private static String capture(Runnable r) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
