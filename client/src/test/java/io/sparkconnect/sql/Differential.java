package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

/** Differential checks: a query through the DataFrame API against the same query as SQL text. */
final class Differential {
  private Differential() {}

  /** Asserts that {@code api} has the same rows as {@code sql}, in any order. */
  static void assertSameRows(SparkSession spark, DataFrame api, String sql) {
    assertEquals(sortedRows(spark.sql(sql)), sortedRows(api), sql);
  }

  /** The rows of {@code df} as text, sorted, for order-insensitive comparisons. */
  static List<String> sortedRows(DataFrame df) {
    return df.collectAsList().stream().map(Row::toString).sorted().collect(Collectors.toList());
  }
}
