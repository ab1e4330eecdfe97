package io.sparkconnect.examples;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.lit;
import static io.sparkconnect.sql.functions.sum;

import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.SparkSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A first tour: DataFrames from SQL and {@code range}, filters, {@code show}, the schema, and a
 * Parquet round trip in a temporary folder.
 *
 * <p>Runs on an embedded local server by default; set {@code SPARK_REMOTE=sc://host:port} to use a
 * server of your own.
 */
public final class SparkSessionExample {
  private SparkSessionExample() {}

  public static void main(String[] args) throws Exception {
    String remote = System.getenv().getOrDefault("SPARK_REMOTE", "local[2]");
    // Never print a token: it is a secret.
    String shown = remote.replaceAll("token=[^;]*", "token=***");
    System.out.println("Connecting to " + (remote.startsWith("local") ? "an embedded Spark server (" + remote + ")" : shown));
    try (SparkSession spark = SparkSession.builder().remote(remote).getOrCreate()) {
      System.out.println("Spark version: " + spark.version());

      DataFrame df = spark.sql("SELECT * FROM VALUES ('alice', 'eng', 120), ('bob', 'ops', 80),"
          + " ('carol', 'eng', 150), ('dan', 'ops', 95) AS people(name, dept, salary)");
      df.show();
      df.printSchema();

      DataFrame wellPaid = df.filter(col("salary").gt(90)).withColumn("bonus", col("salary").multiply(lit(0.1)));
      wellPaid.orderBy(col("salary").desc()).show();

      DataFrame numbers = spark.range(1, 1_000_001).withColumn("square", col("id").multiply(col("id")));
      Row totals = numbers.select(sum("id"), sum("square")).first();
      System.out.println("sum(id) = " + totals.getLong(0) + ", sum(id * id) = " + totals.getLong(1));
      System.out.println("numbers divisible by 7: " + numbers.filter(col("id").mod(7).equalTo(0)).count());

      Path dir = Files.createTempDirectory("spark-connect-example");
      try {
        String path = dir.resolve("people.parquet").toString();
        df.write().mode("overwrite").parquet(path);
        DataFrame back = spark.read().parquet(path);
        System.out.println("Read back " + back.count() + " rows from Parquet:");
        back.groupBy(col("dept")).agg(sum("salary").alias("total")).orderBy("dept").show();
      } finally {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}
