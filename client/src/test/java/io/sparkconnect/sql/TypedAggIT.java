package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.api.java.function.ReduceFunction;
import io.sparkconnect.sql.expressions.Aggregator;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
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
 * The aggregates of {@link KeyValueGroupedDataset} ({@code count}, {@code reduceGroups},
 * {@code agg} with typed columns) and {@link TypedDataFrame#select(TypedColumn)}, checked against
 * the column names and values the server returns. Aggregators ({@code Aggregator.toColumn()}) need
 * Spark 4.0; on 3.5 they fail before sending.
 */
@Tag("compat")
class TypedAggIT {
  public record Sale(String city, String item, long qty, double price) {}

  /** Total quantity of sales, as an aggregator over records. */
  public static final class TotalQty extends Aggregator<Sale, Long, Long> {
    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long reduce(Long b, Sale a) {
      return b + a.qty();
    }

    @Override
    public Long merge(Long b1, Long b2) {
      return b1 + b2;
    }

    @Override
    public Long finish(Long r) {
      return r;
    }

    @Override
    public Encoder<Long> bufferEncoder() {
      return Encoders.LONG();
    }

    @Override
    public Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }

  /** The longest of some strings (the greatest of equally long ones), over single values. */
  public static final class Longest extends Aggregator<String, String, String> {
    @Override
    public String zero() {
      return "";
    }

    @Override
    public String reduce(String b, String a) {
      return longer(b, a);
    }

    @Override
    public String merge(String b1, String b2) {
      return longer(b1, b2);
    }

    private static String longer(String x, String y) {
      int c = Integer.compare(x.length(), y.length());
      return c > 0 || (c == 0 && x.compareTo(y) >= 0) ? x : y;
    }

    @Override
    public String finish(String r) {
      return r;
    }

    @Override
    public Encoder<String> bufferEncoder() {
      return Encoders.STRING();
    }

    @Override
    public Encoder<String> outputEncoder() {
      return Encoders.STRING();
    }
  }

  static SparkSession spark;
  static TypedDataFrame<Sale> sales;
  static KeyValueGroupedDataset<String, Sale> byCity;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    sales = spark.createDataset(List.of(
        new Sale("Oslo", "tea", 2, 2.5),
        new Sale("Oslo", "cake", 1, 4.0),
        new Sale("Rome", "pie", 3, 3.0),
        new Sale("Rome", "tea", 5, 2.0),
        new Sale("Lima", "cake", 4, 1.5)), Sale.class).toDF().repartition(3).as(Encoders.bean(Sale.class));
    byCity = sales.groupByKey((MapFunction<Sale, String>) Sale::city, Encoders.STRING());
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  private static boolean aggregators() {
    return TestServer.serverAtLeast(spark, 4, 0);
  }

  @Test
  void countNamesItsColumnsAsSpark() {
    TypedDataFrame<Tuple2<String, Long>> counts = byCity.count();
    StructType schema = counts.schema();
    assertEquals(List.of("key", "count(1)"), List.of(schema.fieldNames()));
    assertEquals(DataTypes.StringType, schema.fields()[0].dataType());
    assertEquals(DataTypes.LongType, schema.fields()[1].dataType());
    assertEquals(false, schema.fields()[1].nullable());
    Map<String, Long> m = new TreeMap<>();
    for (Tuple2<String, Long> t : counts.collectAsList()) {
      m.put(t._1(), t._2());
    }
    assertEquals(Map.of("Lima", 1L, "Oslo", 2L, "Rome", 2L), m);
    // mapValues does not change what is counted.
    Map<String, Long> mapped = new TreeMap<>();
    for (Tuple2<String, Long> t : byCity.mapValues((MapFunction<Sale, Long>) Sale::qty, Encoders.LONG()).<Long>count()
        .collectAsList()) {
      mapped.put(t._1(), t._2());
    }
    assertEquals(m, mapped);
  }

  @Test
  void countOverColumnKeysOfGroupedDataAs() {
    KeyValueGroupedDataset<String, Sale> g = sales.toDF().groupBy(col("item"))
        .as(Encoders.STRING(), Encoders.bean(Sale.class));
    TypedDataFrame<Tuple2<String, Long>> counts = g.count();
    List<Tuple2<String, Long>> rows = new ArrayList<>(counts.collectAsList());
    rows.sort(Comparator.comparing(Tuple2::_1));
    assertEquals(List.of(new Tuple2<>("cake", 2L), new Tuple2<>("pie", 1L), new Tuple2<>("tea", 2L)), rows);
    assertEquals(List.of("key", "count(1)"), List.of(counts.schema().fieldNames()));

    List<Tuple2<String, Sale>> max = new ArrayList<>(g.reduceGroups(
        (ReduceFunction<Sale>) (a, b) -> a.qty() >= b.qty() ? a : b).collectAsList());
    max.sort(Comparator.comparing(Tuple2::_1));
    assertEquals(List.of("Lima", "Rome", "Rome"), max.stream().map(t -> t._2().city()).toList());
  }

  @Test
  void reduceGroupsRunsSparksReduceAggregator() {
    TypedDataFrame<Tuple2<String, Sale>> biggest = byCity.reduceGroups(
        (ReduceFunction<Sale>) (a, b) -> a.qty() >= b.qty() ? a : b);
    String[] names = biggest.schema().fieldNames();
    assertEquals("key", names[0]);
    assertTrue(names[1].startsWith("reduceaggregator("), names[1]);
    List<Tuple2<String, Sale>> rows = new ArrayList<>(biggest.collectAsList());
    rows.sort(Comparator.comparing(Tuple2::_1));
    assertEquals(List.of(new Tuple2<>("Lima", new Sale("Lima", "cake", 4, 1.5)),
        new Tuple2<>("Oslo", new Sale("Oslo", "tea", 2, 2.5)),
        new Tuple2<>("Rome", new Sale("Rome", "tea", 5, 2.0))), rows);

    KeyValueGroupedDataset<Long, Long> ids = spark.range(10).as(Encoders.LONG())
        .groupByKey((MapFunction<Long, Long>) v -> v % 2, Encoders.LONG());
    List<Tuple2<Long, Long>> sums = new ArrayList<>(ids.reduceGroups((ReduceFunction<Long>) Long::sum).collectAsList());
    sums.sort(Comparator.comparing(Tuple2::_1));
    assertEquals(List.of(new Tuple2<>(0L, 20L), new Tuple2<>(1L, 25L)), sums);

    TypedDataFrame<Tuple2<String, Long>> qty = byCity.mapValues((MapFunction<Sale, Long>) Sale::qty, Encoders.LONG())
        .reduceGroups((ReduceFunction<Long>) Long::sum);
    assertEquals(List.of("key", "value"), List.of(qty.schema().fieldNames()));
    Map<String, Long> m = new TreeMap<>();
    qty.collectAsList().forEach(t -> m.put(t._1(), t._2()));
    assertEquals(Map.of("Lima", 4L, "Oslo", 3L, "Rome", 8L), m);
  }

  @Test
  void aggWithColumnsAsEncoders() {
    TypedDataFrame<Tuple3<String, Long, Double>> r = byCity.agg(functions.sum("qty").as(Encoders.LONG()),
        functions.max("price").as(Encoders.DOUBLE()).name("top"));
    assertEquals(List.of("key", "sum(qty)", "top"), List.of(r.schema().fieldNames()));
    List<Tuple3<String, Long, Double>> rows = new ArrayList<>(r.collectAsList());
    rows.sort(Comparator.comparing(Tuple3::_1));
    assertEquals(List.of(new Tuple3<>("Lima", 4L, 1.5), new Tuple3<>("Oslo", 3L, 4.0), new Tuple3<>("Rome", 8L, 3.0)),
        rows);

    TypedDataFrame<Tuple5<String, Long, Long, Double, String>> four = byCity.agg(
        functions.count("*").as(Encoders.LONG()), functions.sum("qty").as(Encoders.LONG()),
        functions.avg("price").as(Encoders.DOUBLE()), functions.max("item").as(Encoders.STRING()));
    List<Tuple5<String, Long, Long, Double, String>> all = new ArrayList<>(four.collectAsList());
    all.sort(Comparator.comparing(Tuple5::_1));
    assertEquals(new Tuple5<>("Rome", 2L, 8L, 2.5, "tea"), all.get(2));
  }

  @Test
  void aggWithAggregators() {
    if (!aggregators()) {
      SparkConnectException e = assertThrows(SparkConnectException.class,
          () -> byCity.agg(new TotalQty().toColumn(), functions.count("*").as(Encoders.LONG())));
      assertEquals("UNSUPPORTED_BY_SERVER_VERSION", e.getCondition());
      return;
    }
    // Unnamed, the aggregator's column has the server's name for it.
    TypedDataFrame<Tuple2<String, Long>> unnamed = byCity.agg(new TotalQty().toColumn());
    assertEquals("key", unnamed.schema().fieldNames()[0]);
    assertEquals(15L, unnamed.collectAsList().stream().mapToLong(Tuple2::_2).sum());

    TypedDataFrame<Tuple3<String, Long, Long>> r = byCity.agg(new TotalQty().toColumn().name("total"),
        functions.count("*").as(Encoders.LONG()));
    assertEquals(List.of("key", "total", "count(1)"), List.of(r.schema().fieldNames()));
    List<Tuple3<String, Long, Long>> rows = new ArrayList<>(r.collectAsList());
    rows.sort(Comparator.comparing(Tuple3::_1));
    assertEquals(List.of(new Tuple3<>("Lima", 4L, 1L), new Tuple3<>("Oslo", 3L, 2L), new Tuple3<>("Rome", 8L, 2L)),
        rows);

    // After mapValues the aggregator sees the mapped values.
    TypedDataFrame<Tuple2<String, String>> longest = byCity.mapValues((MapFunction<Sale, String>) Sale::item,
        Encoders.STRING()).agg(new Longest().toColumn());
    Map<String, String> m = new TreeMap<>();
    longest.collectAsList().forEach(t -> m.put(t._1(), t._2()));
    assertEquals(Map.of("Lima", "cake", "Oslo", "cake", "Rome", "tea"), m);
  }

  @Test
  void plainColumnsAfterMapValuesFailOnTheClient() {
    KeyValueGroupedDataset<String, Long> qty = byCity.mapValues((MapFunction<Sale, Long>) Sale::qty, Encoders.LONG());
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
        () -> qty.agg(functions.sum("qty").as(Encoders.LONG())));
    assertTrue(e.getMessage().contains("mapValues"), e.getMessage());
  }

  @Test
  void selectTypedColumns() {
    List<Long> doubled = sales.select(col("qty").multiply(2).as(Encoders.LONG())).collectAsList();
    doubled.sort(null);
    assertEquals(List.of(2L, 4L, 6L, 8L, 10L), doubled);

    List<Tuple2<String, Double>> pairs = new ArrayList<>(sales.select(col("item").as(Encoders.STRING()),
        col("price").as(Encoders.DOUBLE())).collectAsList());
    pairs.sort(Comparator.comparing(Tuple2::_2));
    assertEquals(new Tuple2<>("cake", 1.5), pairs.get(0));

    List<Sale> same = sales.select(functions.struct(col("city"), col("item"), col("qty"), col("price"))
        .as(Encoders.bean(Sale.class))).collectAsList();
    assertEquals(5, same.size());
    assertTrue(same.contains(new Sale("Rome", "pie", 3, 3.0)), same.toString());

    if (!aggregators()) {
      SparkConnectException e = assertThrows(SparkConnectException.class,
          () -> sales.select(new TotalQty().toColumn()));
      assertEquals("UNSUPPORTED_BY_SERVER_VERSION", e.getCondition());
      return;
    }
    assertEquals(List.of(15L), sales.select(new TotalQty().toColumn()).collectAsList());
    TypedDataFrame<Tuple2<Long, Long>> both = sales.select(new TotalQty().toColumn().name("total"),
        functions.count("*").as(Encoders.LONG()));
    assertEquals(List.of("total", "count(1)"), List.of(both.schema().fieldNames()));
    assertEquals(List.of(new Tuple2<>(15L, 5L)), both.collectAsList());
  }
}
