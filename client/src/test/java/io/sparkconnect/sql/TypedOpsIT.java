package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.api.java.function.CoGroupFunction;
import io.sparkconnect.api.java.function.FilterFunction;
import io.sparkconnect.api.java.function.FlatMapFunction;
import io.sparkconnect.api.java.function.FlatMapGroupsFunction;
import io.sparkconnect.api.java.function.ForeachFunction;
import io.sparkconnect.api.java.function.ForeachPartitionFunction;
import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.api.java.function.MapGroupsFunction;
import io.sparkconnect.api.java.function.MapPartitionsFunction;
import io.sparkconnect.api.java.function.ReduceFunction;
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
 * The typed operations whose functions run on the server ({@code map}, {@code flatMap},
 * {@code mapPartitions}, {@code filter}, {@code foreach}, {@code reduce}, {@code groupByKey} and
 * its group functions, {@code cogroup}, {@code GroupedData.as}), on records, beans, single values
 * and rows, with the values the server returns. In the compat group, so a two-worker cluster runs
 * the functions in executor JVMs.
 */
@Tag("compat")
class TypedOpsIT {
  public record Sale(String city, String item, long qty, double price) {}

  public record CityTotal(String city, long items, double revenue) {}

  /** A JavaBean, filled through setters. */
  public static final class Item {
    private String name;
    private long qty;

    public Item() {}

    Item(String name, long qty) {
      this.name = name;
      this.qty = qty;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public long getQty() {
      return qty;
    }

    public void setQty(long qty) {
      this.qty = qty;
    }
  }

  static SparkSession spark;
  static TypedDataFrame<Sale> sales;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    sales = spark.createDataset(List.of(
        new Sale("Oslo", "tea", 2, 2.5),
        new Sale("Oslo", "cake", 1, 4.0),
        new Sale("Rome", "pie", 3, 3.0),
        new Sale("Rome", "tea", 5, 2.0),
        new Sale("Lima", "cake", 4, 1.5)), Sale.class).toDF().repartition(3).as(Encoders.bean(Sale.class));
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  @Test
  void mapOverRecordsToValuesRecordsAndBeans() {
    List<String> labels = sales.map((MapFunction<Sale, String>) s -> s.city() + ":" + s.item(), Encoders.STRING())
        .collectAsList();
    labels.sort(null);
    assertEquals(List.of("Lima:cake", "Oslo:cake", "Oslo:tea", "Rome:pie", "Rome:tea"), labels);

    List<CityTotal> totals = sales.map(
        (MapFunction<Sale, CityTotal>) s -> new CityTotal(s.city(), s.qty(), s.qty() * s.price()),
        Encoders.bean(CityTotal.class)).collectAsList();
    totals.sort(Comparator.comparing(CityTotal::revenue));
    assertEquals(new CityTotal("Oslo", 1, 4.0), totals.get(0));
    assertEquals(new CityTotal("Oslo", 2, 5.0), totals.get(1));
    assertEquals(new CityTotal("Rome", 5, 10.0), totals.get(4));

    TypedDataFrame<Item> items = sales.map((MapFunction<Sale, Item>) s -> new Item(s.item(), s.qty()),
        Encoders.bean(Item.class));
    assertEquals(List.of("name", "qty"), List.of(items.schema().fieldNames()));
    long teaQty = items.collectAsList().stream().filter(i -> i.getName().equals("tea")).mapToLong(Item::getQty).sum();
    assertEquals(7, teaQty);
  }

  @Test
  void flatMapAndMapPartitions() {
    List<String> words = sales.flatMap((FlatMapFunction<Sale, String>) s -> List.of(s.city(), s.item()).iterator(),
        Encoders.STRING()).collectAsList();
    assertEquals(10, words.size());
    assertEquals(3, words.stream().filter("Oslo"::equals).count() + words.stream().filter("Lima"::equals).count());

    List<Long> perPartition = sales.mapPartitions((MapPartitionsFunction<Sale, Long>) it -> {
      long n = 0;
      while (it.hasNext()) {
        n += it.next().qty();
      }
      return List.of(n).iterator();
    }, Encoders.LONG()).collectAsList();
    assertEquals(3, perPartition.size());
    assertEquals(15L, perPartition.stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void typedFilterKeepsTheEncoder() {
    TypedDataFrame<Sale> big = sales.filter((FilterFunction<Sale>) s -> s.qty() * s.price() >= 8);
    List<Sale> rows = big.collectAsList();
    rows.sort(Comparator.comparing(Sale::item));
    assertEquals(List.of(new Sale("Rome", "pie", 3, 3.0), new Sale("Rome", "tea", 5, 2.0)), rows);
    assertEquals(sales.schema(), big.schema());
  }

  @Test
  void reduceCombinesOnTheServer() {
    Sale most = sales.reduce((ReduceFunction<Sale>) (a, b) -> a.qty() >= b.qty() ? a : b);
    assertEquals(new Sale("Rome", "tea", 5, 2.0), most);
    long sum = spark.range(1, 101).as(Long.class).reduce((ReduceFunction<Long>) Long::sum);
    assertEquals(5050L, sum);
    assertThrows(UnsupportedOperationException.class,
        () -> spark.range(0).as(Long.class).reduce((ReduceFunction<Long>) Long::sum));
  }

  @Test
  void foreachRunsOnTheServer() {
    // The functions run in the server's JVMs: what reaches the client is their effect, here a
    // failure carrying the value they saw.
    sales.foreach((ForeachFunction<Sale>) s -> {
      if (s.qty() < 0) {
        throw new IllegalStateException("negative");
      }
    });
    SparkConnectException e = assertThrows(SparkConnectException.class,
        () -> sales.foreach((ForeachFunction<Sale>) s -> {
          if (s.item().equals("pie")) {
            throw new IllegalStateException("saw pie in " + s.city());
          }
        }));
    assertTrue(e.getMessage().contains("saw pie in Rome"), e.getMessage());
    SparkConnectException p = assertThrows(SparkConnectException.class,
        () -> sales.foreachPartition((ForeachPartitionFunction<Sale>) it -> {
          while (it.hasNext()) {
            Sale s = it.next();
            if (s.city().equals("Lima")) {
              throw new IllegalArgumentException("partition with Lima");
            }
          }
        }));
    assertTrue(p.getMessage().contains("IllegalArgumentException") && p.getMessage().contains("partition with Lima"),
        p.getMessage());
  }

  @Test
  void groupByKeyMapGroupsOnRecords() {
    KeyValueGroupedDataset<String, Sale> byCity = sales.groupByKey((MapFunction<Sale, String>) Sale::city,
        Encoders.STRING());
    List<CityTotal> totals = byCity.mapGroups((MapGroupsFunction<String, Sale, CityTotal>) (city, it) -> {
      long items = 0;
      double revenue = 0;
      while (it.hasNext()) {
        Sale s = it.next();
        items += s.qty();
        revenue += s.qty() * s.price();
      }
      return new CityTotal(city, items, revenue);
    }, Encoders.bean(CityTotal.class)).collectAsList();
    totals.sort(Comparator.comparing(CityTotal::city));
    assertEquals(List.of(new CityTotal("Lima", 4, 6.0), new CityTotal("Oslo", 3, 9.0),
        new CityTotal("Rome", 8, 19.0)), totals);

    Map<String, Long> counts = new TreeMap<>();
    for (Tuple2<String, Long> t : byCity.<Long>count().collectAsList()) {
      counts.put(t._1(), t._2());
    }
    assertEquals(Map.of("Lima", 1L, "Oslo", 2L, "Rome", 2L), counts);

    List<String> keys = byCity.keys().collectAsList();
    keys.sort(null);
    assertEquals(List.of("Lima", "Oslo", "Rome"), keys);
  }

  @Test
  void reduceGroupsMapValuesAndSortedGroups() {
    KeyValueGroupedDataset<String, Sale> byItem = sales.groupByKey((MapFunction<Sale, String>) Sale::item,
        Encoders.STRING());
    Map<String, Long> qty = new TreeMap<>();
    for (Tuple2<String, Long> t : byItem.mapValues((MapFunction<Sale, Long>) Sale::qty, Encoders.LONG())
        .reduceGroups((ReduceFunction<Long>) Long::sum).collectAsList()) {
      qty.put(t._1(), t._2());
    }
    assertEquals(Map.of("cake", 5L, "pie", 3L, "tea", 7L), qty);

    List<Tuple2<String, Sale>> biggest = byItem.reduceGroups((ReduceFunction<Sale>) (a, b) -> a.qty() >= b.qty() ? a : b)
        .collectAsList();
    biggest.sort(Comparator.comparing(Tuple2::_1));
    assertEquals(new Tuple2<>("tea", new Sale("Rome", "tea", 5, 2.0)), biggest.get(2));

    List<String> ordered = byItem.flatMapSortedGroups(new Column[] {col("qty").desc()},
        (FlatMapGroupsFunction<String, Sale, String>) (item, it) -> {
          List<String> cities = new ArrayList<>();
          it.forEachRemaining(s -> cities.add(s.city()));
          return List.of(item + "=" + String.join(",", cities)).iterator();
        }, Encoders.STRING()).collectAsList();
    ordered.sort(null);
    assertEquals(List.of("cake=Lima,Oslo", "pie=Rome", "tea=Rome,Oslo"), ordered);
  }

  @Test
  void cogroupSeesBothSides() {
    TypedDataFrame<Item> stock = spark.createDataset(List.of(new Item("tea", 100), new Item("jam", 7)), Item.class)
        .toDF().as(Encoders.bean(Item.class));
    KeyValueGroupedDataset<String, Sale> sold = sales.groupByKey((MapFunction<Sale, String>) Sale::item,
        Encoders.STRING());
    KeyValueGroupedDataset<String, Item> held = stock.groupByKey((MapFunction<Item, String>) Item::getName,
        Encoders.STRING());
    List<String> lines = sold.cogroup(held, (CoGroupFunction<String, Sale, Item, String>) (item, s, h) -> {
      long out = 0;
      while (s.hasNext()) {
        out += s.next().qty();
      }
      long in = 0;
      while (h.hasNext()) {
        in += h.next().getQty();
      }
      return List.of(item + ":" + (in - out)).iterator();
    }, Encoders.STRING()).collectAsList();
    lines.sort(null);
    assertEquals(List.of("cake:-5", "jam:7", "pie:-3", "tea:93"), lines);
  }

  @Test
  void typedOperationsOnRows() {
    DataFrame df = sales.toDF();
    List<String> cities = df.map((MapFunction<Row, String>) r -> r.<String>getAs("city").toUpperCase(),
        Encoders.STRING()).collectAsList();
    assertEquals(List.of("LIMA", "OSLO", "ROME"), new java.util.TreeSet<>(cities).stream().toList());
    assertEquals(5, cities.size());

    DataFrame tea = df.filter((FilterFunction<Row>) r -> r.getAs("item").equals("tea"));
    assertEquals(2, tea.count());
    assertEquals(df.schema(), tea.schema());

    Row most = df.reduce((ReduceFunction<Row>) (a, b) -> a.<Long>getAs("qty") >= b.<Long>getAs("qty") ? a : b);
    assertEquals("tea", most.getAs("item"));
    assertEquals(5L, most.<Long>getAs("qty"));

    Map<Long, Long> bySize = new TreeMap<>();
    for (Tuple2<Long, Long> t : df.groupByKey((MapFunction<Row, Long>) r -> r.<Long>getAs("qty") % 2, Encoders.LONG())
        .<Long>count().collectAsList()) {
      bySize.put(t._1(), t._2());
    }
    assertEquals(Map.of(0L, 2L, 1L, 3L), bySize);
  }

  /** An item and how much of it, for the deprecated explode. */
  public record Part(String part, long n) {}

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedExplodeAddsRowsPerResult() {
    DataFrame df = spark.sql("SELECT * FROM VALUES ('a b', 1), ('c', 2), ('', 3) AS t(words, k)");
    List<Row> rows = df.explode("words", "word",
        (FlatMapFunction<String, String>) w -> w.isEmpty() ? List.<String>of().iterator()
            : List.of(w.split(" ")).iterator(), Encoders.STRING()).orderBy("word").collectAsList();
    assertEquals(List.of("words", "k", "word"), List.of(rows.get(0).schema().fieldNames()));
    assertEquals(List.of("a b/1/a", "a b/1/b", "c/2/c"),
        rows.stream().map(r -> r.getString(0) + "/" + r.getInt(1) + "/" + r.getString(2)).toList());

    List<Row> parts = df.explode(new Column[] {col("words"), col("k")},
        (FlatMapFunction<Row, Part>) r -> List.of(new Part(r.getString(0), r.getInt(1) * 10L)).iterator(),
        Encoders.bean(Part.class)).orderBy("k").collectAsList();
    assertEquals(List.of("words", "k", "part", "n"), List.of(parts.get(0).schema().fieldNames()));
    assertEquals(30L, parts.get(2).getLong(3));
    assertEquals("c", parts.get(1).getString(2));
  }

  @Test
  void groupedDataAsReadsKeysFromColumns() {
    List<String> out = sales.toDF().groupBy(col("city")).as(Encoders.STRING(), Encoders.bean(Sale.class))
        .mapGroups((MapGroupsFunction<String, Sale, String>) (city, it) -> {
          long n = 0;
          while (it.hasNext()) {
            n += it.next().qty();
          }
          return city + "=" + n;
        }, Encoders.STRING()).collectAsList();
    out.sort(null);
    assertEquals(List.of("Lima=4", "Oslo=3", "Rome=8"), out);
  }

  @Test
  void groupedOperationsOverProjectionsAndSql() {
    // Inputs with computed columns: Spark 3.5 needs them resolved before it builds the grouped plan.
    DataFrame projected = spark.range(7).selectExpr("id", "id % 3 AS k");
    List<String> byColumn = projected.groupBy("k").as(Encoders.LONG(),
        Encoders.row(io.sparkconnect.sql.types.StructType.fromDDL("id BIGINT, k BIGINT")))
        .mapGroups((MapGroupsFunction<Long, Row, String>) (k, it) -> {
          long n = 0;
          while (it.hasNext()) {
            n += it.next().getLong(0);
          }
          return k + "=" + n;
        }, Encoders.STRING()).collectAsList();
    assertEquals(List.of("0=9", "1=5", "2=7"), byColumn.stream().sorted().toList());
    DataFrame sql = spark.sql("SELECT * FROM VALUES ('Oslo', 2L), ('Oslo', 3L), ('Rome', 4L) AS t(city, qty)");
    List<String> byKey = sql.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Row, String>) (city, it) -> {
          long n = 0;
          while (it.hasNext()) {
            n += it.next().getLong(1);
          }
          return city + "=" + n;
        }, Encoders.STRING()).collectAsList();
    assertEquals(List.of("Oslo=5", "Rome=4"), byKey.stream().sorted().toList());
  }

  @Test
  void userExceptionsNameTheirClass() {
    SparkConnectException e = assertThrows(SparkConnectException.class,
        () -> sales.map((MapFunction<Sale, String>) s -> {
          throw new java.io.IOException("cannot read " + s.item());
        }, Encoders.STRING()).collectAsList());
    assertTrue(e.getMessage().contains("IOException"), e.getMessage());
    assertTrue(e.getMessage().contains("cannot read"), e.getMessage());
  }
}
