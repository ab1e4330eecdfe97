package io.sparkconnect.examples;

import io.sparkconnect.api.java.function.FilterFunction;
import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.api.java.function.MapGroupsFunction;
import io.sparkconnect.sql.Encoders;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.Tuple2;
import io.sparkconnect.sql.TypedDataFrame;
import java.util.List;

/**
 * Typed operations whose Java lambdas run on the Spark server: {@code map} over records, a typed
 * {@code filter}, {@code groupByKey(...).mapGroups(...)} and {@code joinWith}.
 *
 * <p>Runs on an embedded local server by default; set {@code SPARK_REMOTE=sc://host:port} to use a
 * server of your own (its Java must run this program's classes).
 */
public final class TypedExample {
  private TypedExample() {}

  /** One sale. */
  public record Sale(String city, String item, long qty, double price) {}

  /** A city's totals. */
  public record CityTotal(String city, long items, double revenue) {}

  public static void main(String[] args) {
    String remote = System.getenv().getOrDefault("SPARK_REMOTE", "local[2]");
    try (SparkSession spark = SparkSession.builder().remote(remote).getOrCreate()) {
      TypedDataFrame<Sale> sales = spark.createDataset(List.of(
          new Sale("Oslo", "tea", 2, 2.5), new Sale("Oslo", "cake", 1, 4.0),
          new Sale("Rome", "pie", 3, 3.0), new Sale("Rome", "tea", 5, 2.0),
          new Sale("Lima", "cake", 4, 1.5)), Sale.class);

      // A typed map over records: the lambda runs in the server's executors.
      System.out.println(sales.map((MapFunction<Sale, String>) s -> s.qty() + " x " + s.item() + " in " + s.city(),
          Encoders.STRING()).collectAsList());

      System.out.println("Big sales: " + sales.filter((FilterFunction<Sale>) s -> s.qty() * s.price() >= 8)
          .collectAsList());

      // groupByKey().mapGroups(): one result record per city.
      List<CityTotal> totals = sales
          .groupByKey((MapFunction<Sale, String>) Sale::city, Encoders.STRING())
          .mapGroups((MapGroupsFunction<String, Sale, CityTotal>) (city, it) -> {
            long items = 0;
            double revenue = 0;
            while (it.hasNext()) {
              Sale s = it.next();
              items += s.qty();
              revenue += s.qty() * s.price();
            }
            return new CityTotal(city, items, revenue);
          }, Encoders.bean(CityTotal.class))
          .collectAsList();
      totals.forEach(System.out::println);

      TypedDataFrame<CityTotal> totalsDs = spark.createDataset(totals, CityTotal.class);
      for (Tuple2<Sale, CityTotal> t : sales.joinWith(totalsDs,
          sales.toDF().col("city").equalTo(totalsDs.toDF().col("city"))).collectAsList()) {
        System.out.printf("%s: %.0f%% of %s's revenue%n", t._1().item(),
            100 * t._1().qty() * t._1().price() / t._2().revenue(), t._1().city());
      }
    }
  }
}
