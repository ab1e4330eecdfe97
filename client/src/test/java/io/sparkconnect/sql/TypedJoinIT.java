package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The typed operations that need no code on the server: {@code joinWith} (a join the server
 * shapes into {@code _1}/{@code _2} columns), {@code emptyDataset} and {@code as(Encoder)}, on
 * records, beans, single values and rows.
 */
@Tag("compat")
class TypedJoinIT {
  public record Person(long id, String name) {}

  public record Order(long personId, String item, double price) {}

  /** A JavaBean, read through setters. */
  public static final class City {
    private String name;
    private long population;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public long getPopulation() {
      return population;
    }

    public void setPopulation(long population) {
      this.population = population;
    }
  }

  static SparkSession spark;
  static TypedDataFrame<Person> people;
  static TypedDataFrame<Order> orders;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    people = spark.createDataset(List.of(new Person(1, "ann"), new Person(2, "bob"), new Person(3, "cy")), Person.class);
    orders = spark.createDataset(List.of(new Order(1, "tea", 2.5), new Order(1, "cake", 4.0), new Order(2, "pie", 3.0)),
        Order.class);
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  @Test
  void innerJoinWithRecordsOnBothSides() {
    TypedDataFrame<Tuple2<Person, Order>> j = people.joinWith(orders,
        people.toDF().col("id").equalTo(orders.toDF().col("personId")));
    assertEquals("struct<_1:struct<id:bigint,name:string>,_2:struct<personId:bigint,item:string,price:double>>",
        j.schema().simpleString());
    List<Tuple2<Person, Order>> pairs = j.collectAsList();
    pairs.sort(Comparator.comparing((Tuple2<Person, Order> t) -> t._2().item()));
    assertEquals(List.of(
        new Tuple2<>(new Person(1, "ann"), new Order(1, "cake", 4.0)),
        new Tuple2<>(new Person(2, "bob"), new Order(2, "pie", 3.0)),
        new Tuple2<>(new Person(1, "ann"), new Order(1, "tea", 2.5))), pairs);
  }

  @Test
  void typedOperationsOnJoinedPairsReadEachSideByName() {
    // Each side's columns in another order than its record's, one side with an extra column.
    TypedDataFrame<Person> shuffled = spark.sql("SELECT 'ann' AS name, 'x' AS note, 1L AS id"
        + " UNION ALL SELECT 'cy', 'y', 3L").as(Person.class);
    TypedDataFrame<Order> shuffledOrders = spark.sql("SELECT 2.5D AS price, 'tea' AS item, 1L AS personId").as(Order.class);
    TypedDataFrame<Tuple2<Person, Order>> j = shuffled.joinWith(shuffledOrders,
        shuffled.toDF().col("id").equalTo(shuffledOrders.toDF().col("personId")), "left_outer");
    List<String> seen = j.map((io.sparkconnect.api.java.function.MapFunction<Tuple2<Person, Order>, String>) t ->
        t._1().id() + ":" + t._1().name() + ":" + (t._2() == null ? "-" : t._2().item() + "@" + t._2().price()),
        Encoders.STRING()).collectAsList();
    assertEquals(List.of("1:ann:tea@2.5", "3:cy:-"), seen.stream().sorted().toList());
  }

  @Test
  void outerJoinWithGivesNullForTheMissingSide() {
    List<Tuple2<Person, Order>> pairs = people.joinWith(orders,
        people.toDF().col("id").equalTo(orders.toDF().col("personId")), "left_outer").collectAsList();
    assertEquals(4, pairs.size());
    Tuple2<Person, Order> cy = pairs.stream().filter(t -> t._1().name().equals("cy")).findFirst().orElseThrow();
    assertNull(cy._2());
    assertThrows(IllegalArgumentException.class,
        () -> people.joinWith(orders, col("id").equalTo(col("personId")), "left_anti"));
  }

  @Test
  void joinWithSingleValuesAndRows() {
    TypedDataFrame<Long> ids = spark.range(1, 3).as(Long.class);
    List<Tuple2<Long, Person>> byId = ids.joinWith(people, ids.toDF().col("id").equalTo(people.toDF().col("id")))
        .collectAsList();
    byId.sort(Comparator.comparing(Tuple2::_1));
    assertEquals(List.of(new Tuple2<>(1L, new Person(1, "ann")), new Tuple2<>(2L, new Person(2, "bob"))), byId);

    DataFrame o = orders.toDF();
    List<Tuple2<Row, Row>> rows = people.toDF().joinWith(o, people.toDF().col("id").equalTo(o.col("personId")))
        .collectAsList();
    assertEquals(3, rows.size());
    for (Tuple2<Row, Row> t : rows) {
      assertEquals(t._1().getLong(0), t._2().getLong(0));
      assertEquals(List.of("id", "name"), List.of(t._1().schema().fieldNames()));
    }
  }

  @Test
  void joinWithBeans() {
    DataFrame cities = spark.sql("SELECT * FROM VALUES ('ann', 'Oslo', 700000L), ('bob', 'Rome', 2800000L)"
        + " AS t(who, name, population)");
    TypedDataFrame<City> typed = cities.as(Encoders.bean(City.class));
    List<Tuple2<Person, City>> pairs = people.joinWith(typed, people.toDF().col("name").equalTo(cities.col("who")))
        .collectAsList();
    pairs.sort(Comparator.comparing(t -> t._1().id()));
    assertEquals(2, pairs.size());
    assertEquals("Oslo", pairs.get(0)._2().getName());
    assertEquals(2_800_000L, pairs.get(1)._2().getPopulation());
  }

  @Test
  void emptyDatasetHasTheEncodersColumnsAndNoRows() {
    TypedDataFrame<Person> empty = spark.emptyDataset(Encoders.bean(Person.class));
    assertEquals(0, empty.count());
    assertTrue(empty.collectAsList().isEmpty());
    assertEquals(List.of("id", "name"), List.of(empty.schema().fieldNames()));
    TypedDataFrame<String> strings = spark.emptyDataset(Encoders.STRING());
    assertEquals("struct<value:string>", strings.schema().simpleString());
  }

  @Test
  void asEncoderReadsRecordsBeansAndValues() {
    DataFrame df = spark.sql("SELECT 'x' AS name, 5L AS population, 9L AS id");
    assertEquals(List.of(new Person(9, "x")), df.as(Encoders.bean(Person.class)).collectAsList());
    assertEquals(5L, df.as(Encoders.bean(City.class)).first().getPopulation());
    assertEquals(List.of("x"), df.select("name").as(Encoders.STRING()).collectAsList());
  }
}
