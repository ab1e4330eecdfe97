package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sparkconnect.sql.types.DataTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential tests of {@link Column}'s comparison, membership, bitwise, cast, extraction and sort
 * methods: every row through the API and through the same SQL text, compared in order.
 */
class ColumnIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    spark.sql("SELECT * FROM VALUES (1, 1.5D, 'a', 12, '7'), (2, CAST('NaN' AS DOUBLE), 'b', 10, 'x'),"
        + " (NULL, NULL, 'c', 6, NULL), (4, 4.0D, NULL, 3, '1.5') AS t(i, d, s, b, txt)")
        .createOrReplaceTempView("cv");
    spark.sql("SELECT array(10, 20) AS arr, map('k', 'v', 'j', 'w') AS m, array(array(1, 2), array(3)) AS nested,"
        + " named_struct('a', map('x', 5)) AS st").createOrReplaceTempView("nested_v");
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  /** Pairs of (API column, SQL text) over every row of {@code view}, in the view's order. */
  static List<Row> check(String view, Object... pairs) {
    List<Column> api = new ArrayList<>();
    List<String> sql = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      api.add((Column) pairs[i]);
      sql.add((String) pairs[i + 1]);
    }
    List<Row> a = spark.table(view).select(api.toArray(new Column[0])).collectAsList();
    List<Row> b = spark.sql("SELECT " + String.join(", ", sql) + " FROM " + view).collectAsList();
    assertEquals(b.size(), a.size());
    for (int r = 0; r < a.size(); r++) {
      for (int i = 0; i < a.get(r).size(); i++) {
        int row = r;
        int k = i;
        assertTrue(Rows.valueEquals(b.get(r).get(i), a.get(r).get(i)),
            () -> "row " + row + " differs from SQL " + sql.get(k) + ": api=" + a.get(row).get(k) + " sql=" + b.get(row).get(k));
      }
    }
    return a;
  }

  /** The values of column {@code i} of each row. */
  static List<Object> column(List<Row> rows, int i) {
    List<Object> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(r.get(i));
    }
    return out;
  }

  /** The values of one row. */
  static List<Object> values(Row row) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      out.add(row.get(i));
    }
    return out;
  }

  @Test
  void comparisonMembershipAndNaN() {
    Iterable<Integer> notACollection = () -> List.of(2, 4).iterator();
    List<Row> rows = check("cv",
        col("i").eqNullSafe(2), "i <=> 2",
        col("i").eqNullSafe(null), "i <=> NULL",
        col("s").eqNullSafe(col("txt")), "s <=> txt",
        col("i").between(1, 2), "i BETWEEN 1 AND 2",
        col("d").between(lit(1.0), col("i")), "d BETWEEN 1.0D AND i",
        col("d").isNaN(), "isnan(d)",
        col("i").isin(1, 4), "i IN (1, 4)",
        col("s").isin("a", "c"), "s IN ('a', 'c')",
        col("i").isin(col("b"), lit(2)), "i IN (b, 2)",
        col("i").isInCollection(List.of(2, 4)), "i IN (2, 4)",
        col("s").isInCollection(new LinkedHashSet<>(List.of("b"))), "s IN ('b')",
        col("i").isInCollection(notACollection), "i IN (2, 4)");
    assertEquals(Arrays.asList(false, true, false, false), column(rows, 0));
    assertEquals(Arrays.asList(false, false, true, false), column(rows, 1));
    assertEquals(Arrays.asList(true, true, null, false), column(rows, 3));
    assertEquals(Arrays.asList(false, true, false, false), column(rows, 5));
    assertEquals(Arrays.asList(true, false, null, true), column(rows, 6));
    assertEquals(Arrays.asList(false, true, null, true), column(rows, 11));
  }

  @Test
  void bitwise() {
    List<Row> rows = check("cv",
        col("b").bitwiseAND(6), "b & 6",
        col("b").bitwiseAND(col("i")), "b & i",
        col("b").bitwiseOR(1), "b | 1",
        col("b").bitwiseOR(col("i")), "b | i",
        col("b").bitwiseXOR(5), "b ^ 5",
        col("b").bitwiseXOR(col("b")), "b ^ b");
    assertEquals(Arrays.asList(4, 2, 6, 2), column(rows, 0));
    assertEquals(Arrays.asList(13, 11, 7, 3), column(rows, 2));
    assertEquals(Arrays.asList(9, 15, 3, 6), column(rows, 4));
  }

  @Test
  void tryCast() {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "try_cast needs the cast evaluation mode of Spark 4.0's protocol");
    List<Row> rows = check("cv",
        col("txt").try_cast("int"), "try_cast(txt AS INT)",
        col("txt").try_cast(DataTypes.IntegerType), "try_cast(txt AS INT)",
        col("txt").try_cast("decimal(3,1)"), "try_cast(txt AS DECIMAL(3,1))",
        col("txt").try_cast(DataTypes.DoubleType), "try_cast(txt AS DOUBLE)");
    assertEquals(Arrays.asList(7, null, null, null), column(rows, 0));
    assertEquals(Arrays.asList(7.0, null, null, 1.5), column(rows, 3));
  }

  @Test
  void getItem() {
    List<Row> rows = check("nested_v",
        col("arr").getItem(0), "arr[0]",
        col("arr").getItem(lit(1)), "arr[1]",
        col("m").getItem("j"), "m['j']",
        col("m").getItem(lit("k")), "m['k']",
        col("m").getItem("zz"), "m['zz']",
        col("nested").getItem(0).getItem(1), "nested[0][1]",
        col("st").getField("a").getItem("x"), "st.a['x']");
    assertEquals(Arrays.asList(10, 20, "w", "v", null, 2, 5), values(rows.get(0)));
  }

  @Test
  void nullOrderingSorts() {
    DataFrame cv = spark.table("cv");
    List<Row> api = cv.select("i", "d").orderBy(col("i").asc_nulls_first()).collectAsList();
    assertEquals(spark.sql("SELECT i, d FROM cv ORDER BY i ASC NULLS FIRST").collectAsList(), api);
    assertEquals(Arrays.asList(null, 1, 2, 4), column(api, 0));
    api = cv.select("i", "d").orderBy(col("d").desc_nulls_last()).collectAsList();
    assertEquals(spark.sql("SELECT i, d FROM cv ORDER BY d DESC NULLS LAST").collectAsList(), api);
    // NaN sorts above every number; null goes last.
    assertEquals(Arrays.asList(2, 4, 1, null), column(api, 0));
    api = cv.select("s", "i").orderBy(asc_nulls_first("s"), desc_nulls_last("i")).collectAsList();
    assertEquals(spark.sql("SELECT s, i FROM cv ORDER BY s ASC NULLS FIRST, i DESC NULLS LAST").collectAsList(), api);
    assertEquals(Arrays.asList(null, "a", "b", "c"), column(api, 0));
    api = cv.select("s", "i").orderBy(desc_nulls_last("s")).collectAsList();
    assertEquals(Arrays.asList("c", "b", "a", null), column(api, 0));
  }
}
