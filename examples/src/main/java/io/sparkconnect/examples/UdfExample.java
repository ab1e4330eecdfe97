package io.sparkconnect.examples;

import static io.sparkconnect.sql.functions.call_udf;
import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.udaf;
import static io.sparkconnect.sql.functions.udf;

import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.api.java.function.MapGroupsFunction;
import io.sparkconnect.api.java.function.VoidFunction2;
import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Encoder;
import io.sparkconnect.sql.Encoders;
import io.sparkconnect.sql.SaveMode;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.TypedDataFrame;
import io.sparkconnect.sql.api.java.UDF1;
import io.sparkconnect.sql.api.java.UDF2;
import io.sparkconnect.sql.expressions.Aggregator;
import io.sparkconnect.sql.expressions.UserDefinedFunction;
import io.sparkconnect.sql.streaming.StreamingQuery;
import io.sparkconnect.sql.streaming.Trigger;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Java code running on the server: lambda UDFs (one returning a record as a struct), a UDF
 * registered for SQL, a user-defined aggregate function, a typed {@code map} over records, a
 * {@code groupByKey().mapGroups}, and a streaming {@code foreachBatch}.
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am -DskipTests package exec:java \
 *     -Dexample.main=io.sparkconnect.examples.UdfExample
 * }</pre>
 *
 * <p>Runs on an embedded local server by default; set {@code SPARK_REMOTE=sc://host:port} to use a
 * server of your own (the UDAF needs Spark 4.0 or later).
 */
public final class UdfExample {
  private UdfExample() {}

  /** A struct a UDF returns. */
  public record Range(long low, long high) {}

  /** A reading of a sensor. */
  public record Reading(String sensor, double celsius) {}

  /** A sensor's summary. */
  public record Summary(String sensor, long readings, double maxCelsius) {}

  /** The buffer of {@link Spread}. */
  public record MinMax(long min, long max) {}

  /** The difference between the largest and the smallest value of a group. */
  public static final class Spread extends Aggregator<Long, MinMax, Long> {
    @Override
    public MinMax zero() {
      return new MinMax(Long.MAX_VALUE, Long.MIN_VALUE);
    }

    @Override
    public MinMax reduce(MinMax b, Long a) {
      return a == null ? b : new MinMax(Math.min(b.min(), a), Math.max(b.max(), a));
    }

    @Override
    public MinMax merge(MinMax b1, MinMax b2) {
      return new MinMax(Math.min(b1.min(), b2.min()), Math.max(b1.max(), b2.max()));
    }

    @Override
    public Long finish(MinMax r) {
      return r.max() < r.min() ? null : r.max() - r.min();
    }

    @Override
    public Encoder<MinMax> bufferEncoder() {
      return Encoders.bean(MinMax.class);
    }

    @Override
    public Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    String remote = System.getenv().getOrDefault("SPARK_REMOTE", "local[2]");
    try (SparkSession spark = SparkSession.builder().remote(remote).getOrCreate()) {
      // A lambda UDF: the lambda is serialized here and its class sent to the server.
      UserDefinedFunction collatz = udf((UDF1<Long, Long>) n -> n % 2 == 0 ? n / 2 : 3 * n + 1, DataTypes.LongType);
      spark.range(1, 6).select(col("id"), collatz.apply(col("id")).as("next")).show();

      // Lists in, a record out (as a struct).
      StructType range = new StructType().add("low", DataTypes.LongType, false).add("high", DataTypes.LongType, false);
      UserDefinedFunction around = udf((UDF2<Long, Long, Range>) (x, width) -> new Range(x - width, x + width), range);
      UserDefinedFunction squares = udf((UDF1<Long, List<Long>>) n -> {
        List<Long> out = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
          out.add(i * i);
        }
        return out;
      }, DataTypes.createArrayType(DataTypes.LongType));
      spark.range(1, 4).select(around.apply(col("id"), col("id")).as("range"), squares.apply(col("id")).as("squares")).show();

      // Registered by name: callable from SQL text and call_udf.
      spark.udf().register("initials", (UDF1<String, String>) s -> {
        StringBuilder b = new StringBuilder();
        for (String w : s.split("\\s+")) {
          if (!w.isEmpty()) {
            b.append(Character.toUpperCase(w.charAt(0)));
          }
        }
        return b.toString();
      }, DataTypes.StringType);
      spark.sql("SELECT name, initials(name) AS initials FROM VALUES ('ada lovelace'), ('alan mathison turing') AS t(name)").show();
      spark.range(1).select(call_udf("initials", io.sparkconnect.sql.functions.lit("grace brewster hopper"))).show();

      // A user-defined aggregate function (Spark 4.0 or later servers).
      if (!spark.version().startsWith("3.")) {
        UserDefinedFunction spread = udaf(new Spread(), Encoders.LONG());
        spark.range(0, 20).groupBy(col("id").mod(3).as("k")).agg(spread.apply(col("id")).as("spread")).orderBy("k").show();
      }

      // Typed operations over records: map, then groupByKey().mapGroups.
      TypedDataFrame<Reading> readings = spark.createDataset(List.of(
          new Reading("north", 11.5), new Reading("north", 14.0), new Reading("south", 21.25)), Reading.class);
      System.out.println(readings.map((MapFunction<Reading, Double>) r -> r.celsius() * 9 / 5 + 32, Encoders.DOUBLE())
          .collectAsList());
      readings.groupByKey((MapFunction<Reading, String>) Reading::sensor, Encoders.STRING())
          .mapGroups((MapGroupsFunction<String, Reading, Summary>) (sensor, it) -> {
            long n = 0;
            double max = Double.NEGATIVE_INFINITY;
            while (it.hasNext()) {
              n++;
              max = Math.max(max, it.next().celsius());
            }
            return new Summary(sensor, n, max);
          }, Encoders.bean(Summary.class))
          .collectAsList().forEach(System.out::println);

      // foreachBatch: the function gets every micro-batch as a DataFrame and writes it to a table.
      String dir = "/tmp/udf-example-" + UUID.randomUUID();
      String table = "udf_example_batches";
      spark.range(0, 30).selectExpr("id", "id % 3 AS kind").write().json(dir);
      spark.sql("DROP TABLE IF EXISTS " + table);
      StreamingQuery query = spark.readStream().schema("id BIGINT, kind BIGINT").option("maxFilesPerTrigger", 1).json(dir)
          .writeStream()
          .foreachBatch((VoidFunction2<DataFrame, Long>) (batch, batchId) ->
              batch.groupBy("kind").count().selectExpr("kind", "count", batchId + " AS batch")
                  .write().mode(SaveMode.Append).saveAsTable(table))
          .trigger(Trigger.AvailableNow())
          .start();
      query.awaitTermination();
      spark.sql("SELECT kind, sum(count) AS rows FROM " + table + " GROUP BY kind ORDER BY kind").show();
      spark.sql("DROP TABLE " + table);
    }
  }
}
