package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.api.java.function.FilterFunction;
import io.sparkconnect.api.java.function.FlatMapFunction;
import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.api.java.function.MapGroupsFunction;
import io.sparkconnect.api.java.function.ReduceFunction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Typed operations over public records, which the server builds and reads itself with Spark's own
 * encoders ({@code DirectRecords}): the same values as the wire path, fields bound to columns by
 * name (also for {@code groupByKey}), nulls in boxed and nested fields, dates, instants and
 * decimals, and the same schema. In the compat group: a two-worker cluster runs them in executors.
 */
@Tag("compat")
public class DirectRecordsIT {
  public record Sale(String city, String item, long qty, double price) {}

  public record CityTotal(String city, long items, double revenue) {}

  public record Where(String city, Integer zip) {}

  public record Event(long id, Long score, String tag, LocalDate day, Instant at, BigDecimal amount, Where where) {}

  public record Doubled(long x, long y) {}

  /** A JavaBean, as Spark's Java programs write them: direct too, filled through its setters. */
  public static class Person implements java.io.Serializable {
    private String name;
    private Integer age;
    private boolean member;
    private Where home;

    public Person() {}

    public Person(String name, Integer age, boolean member, Where home) {
      this.name = name;
      this.age = age;
      this.member = member;
      this.home = home;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Integer getAge() {
      return age;
    }

    public void setAge(Integer age) {
      this.age = age;
    }

    public boolean isMember() {
      return member;
    }

    public void setMember(boolean member) {
      this.member = member;
    }

    public Where getHome() {
      return home;
    }

    public void setHome(Where home) {
      this.home = home;
    }

    @Override
    public String toString() {
      return name + "/" + age + "/" + member + "/" + (home == null ? "-" : home.city() + ":" + home.zip());
    }
  }

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
  void recordsAreDirect() {
    assertTrue(DirectRecords.isDirect(Sale.class));
    assertTrue(DirectRecords.isDirect(Event.class));
    assertFalse(DirectRecords.isDirect(Hidden.class), "a record outside a public class");
    assertFalse(DirectRecords.isDirect(WithList.class), "a record with a list component");
    assertTrue(DirectRecords.isDirect(Person.class), "a public JavaBean");
  }

  @Test
  void beansAreReadByNameAndFilledThroughSetters() {
    DataFrame df = spark.sql("SELECT named_struct('zip', 150, 'city', 'Oslo') AS home, true AS member, 'extra' AS note,"
        + " 41 AS age, 'ann' AS name UNION ALL SELECT NULL, false, 'x', NULL, 'bob'");
    TypedDataFrame<Person> people = df.as(Encoders.bean(Person.class));
    TypedDataFrame<Person> older = people.map((MapFunction<Person, Person>) p -> new Person(p.getName().toUpperCase(),
        p.getAge() == null ? null : p.getAge() + 1, !p.isMember(), p.getHome()), Encoders.bean(Person.class));
    assertEquals("struct<age:int,home:struct<city:string,zip:int>,member:boolean,name:string>",
        older.schema().simpleString());
    List<String> seen = older.collectAsList().stream().map(Person::toString).sorted().toList();
    assertEquals(List.of("ANN/42/false/Oslo:150", "BOB/null/true/-"), seen);
    Map<Boolean, Long> byMember = new TreeMap<>();
    for (Tuple2<Boolean, Object> t : people.groupByKey((MapFunction<Person, Boolean>) Person::isMember, Encoders.BOOLEAN())
        .count().collectAsList()) {
      byMember.put(t._1(), (Long) t._2());
    }
    assertEquals(Map.of(false, 1L, true, 1L), byMember);
  }

  record Hidden(long a) {}

  public record WithList(List<String> names) {}

  @Test
  void mapRowsToRecordsAndSumOnTheServer() {
    TypedDataFrame<Doubled> d = spark.range(1000)
        .map((MapFunction<Row, Doubled>) r -> new Doubled(r.getLong(0), r.getLong(0) * 2), Encoders.bean(Doubled.class));
    assertEquals("struct<x:bigint,y:bigint>", d.schema().simpleString());
    assertFalse(d.schema().fields()[0].nullable());
    assertEquals(999L * 1000, d.toDF().agg(functions.sum("y")).first().getLong(0));
  }

  @Test
  void readsColumnsByNameInAnyOrder() {
    // The columns come in another order than the record's components, with one more column.
    DataFrame df = spark.sql("SELECT 2.5D AS price, 'extra' AS note, 3L AS qty, 'tea' AS item, 'Oslo' AS city "
        + "UNION ALL SELECT 4.0D, 'x', 1L, 'cake', 'Rome'");
    List<String> seen = df.as(Sale.class)
        .map((MapFunction<Sale, String>) s -> s.city() + ":" + s.item() + ":" + s.qty() + ":" + s.price(),
            Encoders.STRING())
        .collectAsList();
    assertEquals(List.of("Oslo:tea:3:2.5", "Rome:cake:1:4.0"), seen.stream().sorted().toList());
  }

  @Test
  void groupByKeyReadsRecordsByName() {
    DataFrame df = spark.sql("SELECT * FROM VALUES (2.5D, 2L, 'tea', 'Oslo'), (4.0D, 1L, 'cake', 'Oslo'), "
        + "(3.0D, 3L, 'pie', 'Rome') AS t(price, qty, item, city)");
    KeyValueGroupedDataset<String, Sale> byCity = df.as(Sale.class)
        .groupByKey((MapFunction<Sale, String>) Sale::city, Encoders.STRING());
    List<CityTotal> totals = new ArrayList<>(byCity.mapGroups((MapGroupsFunction<String, Sale, CityTotal>) (city, it) -> {
      long items = 0;
      double revenue = 0;
      while (it.hasNext()) {
        Sale s = it.next();
        items += s.qty();
        revenue += s.qty() * s.price();
      }
      return new CityTotal(city, items, revenue);
    }, Encoders.bean(CityTotal.class)).collectAsList());
    totals.sort(Comparator.comparing(CityTotal::city));
    assertEquals(List.of(new CityTotal("Oslo", 3, 9.0), new CityTotal("Rome", 3, 9.0)), totals);
  }

  @Test
  void recordKeysAndReduceGroups() {
    TypedDataFrame<Sale> sales = spark.createDataset(List.of(new Sale("Oslo", "tea", 2, 2.5),
        new Sale("Oslo", "tea", 1, 2.0), new Sale("Rome", "pie", 3, 3.0)), Encoders.bean(Sale.class));
    Map<String, Long> byKey = new TreeMap<>();
    for (Tuple2<Where, Sale> t : sales
        .groupByKey((MapFunction<Sale, Where>) s -> new Where(s.city(), s.city().length()), Encoders.bean(Where.class))
        .reduceGroups((ReduceFunction<Sale>) (a, b) -> new Sale(a.city(), a.item(), a.qty() + b.qty(), a.price()))
        .collectAsList()) {
      byKey.put(t._1().city() + "/" + t._1().zip(), t._2().qty());
    }
    assertEquals(Map.of("Oslo/4", 3L, "Rome/4", 3L), byKey);
  }

  @Test
  void nullsDatesDecimalsAndNestedRecordsRoundTrip() {
    Instant at = Instant.parse("2024-05-06T07:08:09.123456Z");
    List<Event> in = List.of(
        new Event(1, 10L, "a", LocalDate.of(2024, 1, 2), at, new BigDecimal("1.500000000000000000"), new Where("Oslo", 150)),
        new Event(2, null, null, null, null, null, null),
        new Event(3, 30L, "c", LocalDate.of(1999, 12, 31), at.plusSeconds(1), new BigDecimal("-2.250000000000000000"),
            new Where(null, null)));
    TypedDataFrame<Event> events = spark.createDataset(in, Encoders.bean(Event.class));
    List<Event> out = new ArrayList<>(events
        .map((MapFunction<Event, Event>) e -> new Event(e.id() * 10, e.score() == null ? null : e.score() + 1, e.tag(),
            e.day() == null ? null : e.day().plusDays(1), e.at(), e.amount(), e.where()), Encoders.bean(Event.class))
        .collectAsList());
    out.sort(Comparator.comparingLong(Event::id));
    assertEquals(3, out.size());
    assertEquals(new Event(10, 11L, "a", LocalDate.of(2024, 1, 3), at, new BigDecimal("1.500000000000000000"),
        new Where("Oslo", 150)), out.get(0));
    assertEquals(new Event(20, null, null, null, null, null, null), out.get(1));
    assertNull(out.get(2).where().city());
    assertNull(out.get(2).where().zip());
    assertEquals(LocalDate.of(2000, 1, 1), out.get(2).day());
    assertEquals(0, new BigDecimal("-2.25").compareTo(out.get(2).amount()));
    assertEquals(events.schema(), events.map((MapFunction<Event, Event>) e -> e, Encoders.bean(Event.class)).schema());
  }

  @Test
  void rowsOfPlainAndOtherFields() {
    DataFrame plain = spark.sql("SELECT id, CAST(id AS INT) AS i, CONCAT('s', id) AS s, id * 0.5D AS d, id % 2 = 0 AS b,"
        + " CAST(CAST(id AS STRING) AS BINARY) AS bin FROM range(6)");
    List<String> seen = plain.map((MapFunction<Row, String>) r -> r.getLong(0) + "/" + r.getInt(1) + "/" + r.getString(2)
        + "/" + r.getDouble(3) + "/" + r.getBoolean(4) + "/" + r.<byte[]>getAs("bin").length + "/" + r.schema().fieldNames()[2],
        Encoders.STRING()).collectAsList();
    assertEquals("5/5/s5/2.5/false/1/s", seen.stream().sorted().toList().get(5));
    assertEquals(3, plain.filter((FilterFunction<Row>) r -> r.getBoolean(4)).count());
    Row sum = plain.select("id", "s").reduce((ReduceFunction<Row>) (a, b) -> RowFactory.create(a.getLong(0) + b.getLong(0), "x"));
    assertEquals(15L, sum.getLong(0));
    Map<Long, Long> byParity = new TreeMap<>();
    for (Tuple2<Long, Long> t : plain.groupByKey((MapFunction<Row, Long>) r -> r.getLong(0) % 2, Encoders.LONG())
        .mapGroups((MapGroupsFunction<Long, Row, Tuple2<Long, Long>>) (k, it) -> {
          long n = 0;
          while (it.hasNext()) {
            n += it.next().<Long>getAs("id");
          }
          return new Tuple2<>(k, n);
        }, Encoders.tuple(Encoders.LONG(), Encoders.LONG())).collectAsList()) {
      byParity.put(t._1(), t._2());
    }
    assertEquals(Map.of(0L, 6L, 1L, 9L), byParity);
    // A row with a date and a decimal takes the wire path, with the same values.
    DataFrame other = spark.sql("SELECT DATE'2024-02-29' AS day, 1.25BD AS amount, 'x' AS s");
    assertEquals(List.of("2024-03-01/1.25/x"), other.map((MapFunction<Row, String>) r -> r.getLocalDate(0).plusDays(1)
        + "/" + r.getDecimal(1) + "/" + r.getString(2), Encoders.STRING()).collectAsList());
  }

  @Test
  void filterFlatMapAndReduce() {
    TypedDataFrame<Sale> sales = spark.createDataset(List.of(new Sale("Oslo", "tea", 2, 2.5),
        new Sale("Oslo", "cake", 1, 4.0), new Sale("Rome", "pie", 3, 3.0)), Encoders.bean(Sale.class));
    TypedDataFrame<Sale> oslo = sales.filter((FilterFunction<Sale>) s -> s.city().equals("Oslo"));
    assertEquals(2, oslo.count());
    List<String> letters = sales
        .flatMap((FlatMapFunction<Sale, String>) s -> List.of(s.item().split("")).iterator(), Encoders.STRING())
        .collectAsList();
    assertEquals(10, letters.size());
    Sale total = sales.reduce((ReduceFunction<Sale>) (a, b) -> new Sale("all", "all", a.qty() + b.qty(), 0));
    assertEquals(6, total.qty());
  }
}
