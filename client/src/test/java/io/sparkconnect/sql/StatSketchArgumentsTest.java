package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad sketch arguments fail in the client, before any request (there is no server here). */
class StatSketchArgumentsTest {
  static SparkSession spark;

  @BeforeAll
  static void open() {
    spark = SparkSession.builder().remote("sc://127.0.0.1:1").create();
  }

  @AfterAll
  static void close() {
    spark.close();
  }

  @Test
  void rejectsBadArgumentsWithoutContactingTheServer() {
    DataFrameStatFunctions stat = spark.range(10).stat();
    bad("false positive probability", () -> stat.bloomFilter("id", 100, 0.0));
    bad("false positive probability", () -> stat.bloomFilter(col("id"), 100, 1.0));
    bad("false positive probability", () -> stat.bloomFilter("id", 100, Double.NaN));
    bad("expected number of items", () -> stat.bloomFilter("id", 0, 0.5));
    bad("expected number of items", () -> stat.bloomFilter("id", -1, 64L));
    bad("number of bits", () -> stat.bloomFilter(col("id"), 10, 0L));
    bad("relative error", () -> stat.countMinSketch("id", 0.0, 0.5, 1));
    bad("confidence", () -> stat.countMinSketch(col("id"), 0.1, 1.0, 1));
    bad("Depth and width", () -> stat.countMinSketch("id", 0, 10, 1));
    bad("Depth and width", () -> stat.countMinSketch(col("id"), 3, -1, 1));
  }

  private static void bad(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
