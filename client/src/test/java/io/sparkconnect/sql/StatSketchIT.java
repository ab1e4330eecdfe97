package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.concat;
import static io.sparkconnect.sql.functions.explode;
import static io.sparkconnect.sql.functions.lit;
import static io.sparkconnect.sql.functions.sequence;
import static io.sparkconnect.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.util.sketch.BloomFilter;
import io.sparkconnect.util.sketch.CountMinSketch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code stat().bloomFilter} and {@code stat().countMinSketch} against a real server: the
 * server-built sketches answer queries correctly and equal, bit for bit, the same sketch built
 * locally from the same items.
 */
class StatSketchIT {
  private static final int N = 10_000;
  static SparkSession spark;

  @BeforeAll
  static void open() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void close() {
    spark.close();
  }

  /**
   * The filter this client builds from the same items: servers from Spark 4.1 on write format 2,
   * older ones format 1.
   */
  private static BloomFilter local(long expectedItems, long numBits) {
    BloomFilter.Version v = TestServer.serverAtLeast(spark, 4, 1) ? BloomFilter.Version.V2 : BloomFilter.Version.V1;
    return BloomFilter.create(v, expectedItems, numBits, 0);
  }

  @Test
  void bloomFilterOverIntegralColumns() {
    DataFrame ids = spark.range(0, N);
    BloomFilter longs = ids.stat().bloomFilter("id", N, 0.01);
    int falsePositives = 0;
    for (long i = 0; i < N; i++) {
      assertTrue(longs.mightContain(i), "no false negative: " + i);
      falsePositives += longs.mightContainLong(N + i) ? 1 : 0;
    }
    System.out.printf("bloomFilter(range(0, %d), %d, 0.01): %s, %d false positives in %d absent ids%n", N, N, longs,
        falsePositives, N);
    assertTrue(falsePositives < 0.03 * N, falsePositives + " false positives");

    BloomFilter expected = local(N, BloomFilter.optimalNumOfBits(N, 0.01));
    for (long i = 0; i < N; i++) {
      expected.putLong(i);
    }
    assertEquals(expected, longs, "the server hashes longs as this client does");

    // Spark widens int, smallint and tinyint values to long before hashing: the same filter.
    DataFrame narrow = ids.select(col("id").cast("int").alias("i"), col("id").cast("short").alias("s"));
    assertEquals(longs, narrow.stat().bloomFilter(col("i"), N, 0.01));
    assertTrue(narrow.stat().bloomFilter("s", N, BloomFilter.optimalNumOfBits(N, 0.01)).mightContain((short) 77));

    // Nulls are skipped.
    BloomFilter evens = ids.select(when(col("id").mod(2).equalTo(0), col("id")).alias("e")).stat()
        .bloomFilter("e", N, 64L * 1024);
    BloomFilter expectedEvens = local(N, 64L * 1024);
    for (long i = 0; i < N; i += 2) {
      expectedEvens.putLong(i);
    }
    assertEquals(expectedEvens, evens);
  }

  @Test
  void bloomFilterOverStrings() {
    DataFrame words = spark.range(0, N).select(concat(lit("wörd-"), col("id").cast("string")).alias("w"));
    BloomFilter filter = words.stat().bloomFilter(col("w"), N, 0.01);
    BloomFilter expected = local(N, BloomFilter.optimalNumOfBits(N, 0.01));
    int falsePositives = 0;
    for (int i = 0; i < N; i++) {
      assertTrue(filter.mightContainString("wörd-" + i));
      expected.putString("wörd-" + i);
      falsePositives += filter.mightContain("absent-" + i) ? 1 : 0;
    }
    System.out.printf("bloomFilter(strings): %d false positives in %d absent strings%n", falsePositives, N);
    assertTrue(falsePositives < 0.03 * N, falsePositives + " false positives");
    assertEquals(expected, filter, "the server hashes the UTF-8 bytes as this client does");
  }

  @Test
  void bloomFilterEdgeCases() {
    // No non-null value: the server returns null, the client an empty filter.
    BloomFilter empty = spark.range(0).stat().bloomFilter("id", 100, 0.03);
    assertEquals(0, empty.cardinality());
    assertEquals(local(100, BloomFilter.optimalNumOfBits(100, 0.03)), empty, "the format and size the server uses");
    assertFalse(empty.mightContain(0L));
    // Types the server's aggregate does not take fail there, with the server's message.
    SparkConnectException e = assertThrows(SparkConnectException.class,
        () -> spark.range(3).select(col("id").cast("double").alias("d")).stat().bloomFilter("d", 100, 0.03));
    assertTrue(e.getMessage().contains("bloom_filter_agg"), e.getMessage());
  }

  @Test
  void countMinSketchOverLongs() throws Exception {
    // Value k in 1..50 occurs 51 - k times.
    DataFrame values = spark.range(1, 51).select(explode(sequence(lit(1L), col("id"))).alias("v"));
    CountMinSketch sketch = values.stat().countMinSketch("v", 0.01, 0.95, 42);
    assertEquals(1275, sketch.totalCount());
    assertEquals(200, sketch.width());
    assertEquals(5, sketch.depth());
    CountMinSketch expected = CountMinSketch.create(0.01, 0.95, 42);
    long worst = 0;
    for (int k = 1; k <= 50; k++) {
      long estimate = sketch.estimateCount(k);
      assertTrue(estimate >= 51 - k && estimate <= 51 - k + 0.01 * 1275, k + ": " + estimate);
      worst = Math.max(worst, estimate - (51 - k));
      expected.addLong(k, 51 - k);
    }
    System.out.println("countMinSketch(eps 0.01): largest overestimate " + worst + " of " + 1275);
    assertEquals(sketch.estimateCount(60L), sketch.estimateCount(60), "ints count as longs");
    assertArrayEquals(expected.toByteArray(), sketch.toByteArray(), "the server hashes longs as this client does");

    values.createOrReplaceTempView("sketch_values");
    byte[] sql = (byte[]) spark.sql("SELECT count_min_sketch(v, 0.01d, 0.95d, 42) FROM sketch_values")
        .collectAsList().get(0).get(0);
    assertArrayEquals(sql, sketch.toByteArray(), "same bytes as the SQL aggregate");
  }

  @Test
  void countMinSketchOverStringsByDepthAndWidth() throws Exception {
    DataFrame values = spark.range(1, 51).select(explode(sequence(lit(1L), col("id"))).alias("v"));
    CountMinSketch sketch = values.stat().countMinSketch(col("v").cast("string"), 5, 200, 7);
    assertEquals(5, sketch.depth());
    assertEquals(200, sketch.width());
    assertEquals(1275, sketch.totalCount());
    CountMinSketch expected = CountMinSketch.create(5, 200, 7);
    for (int k = 1; k <= 50; k++) {
      long estimate = sketch.estimateCount(String.valueOf(k));
      assertTrue(estimate >= 51 - k && estimate <= 51 - k + sketch.relativeError() * 1275, k + ": " + estimate);
      expected.addString(String.valueOf(k), 51 - k);
    }
    assertEquals(expected, sketch);
  }
}
