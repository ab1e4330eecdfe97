package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sparkconnect.sql.types.DataTypes;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential tests of the {@link functions} that {@link FunctionsIT} leaves out: generators,
 * sketches (KLL, Theta, Tuple, HLL, bitmaps), TIME, geospatial and partition transforms. Each batch
 * selects many functions through the API and the same expressions as SQL text, one query a side.
 */
class FunctionsMoreIT {
  /** A point (1 2) as little-endian well-known binary. */
  private static final String POINT_WKB = "0101000000000000000000F03F0000000000000040";

  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    spark.sql("SELECT * FROM VALUES (1, 'a', 1.0D, 5), (2, 'a', 2.0D, 5), (3, 'b', 3.0D, 7), (4, 'b', 4.0D, 8),"
        + " (5, 'b', 5.0D, 9) AS t(k, g, v, w)").createOrReplaceTempView("kv");
    spark.sql("SELECT array(3, 1, NULL) AS arr, CAST(array() AS ARRAY<INT>) AS empty, CAST(NULL AS ARRAY<INT>) AS nul,"
        + " map('a', 1, 'b', 2) AS m, array(named_struct('x', 1, 'y', 'p'), named_struct('x', 2, 'y', 'q')) AS structs,"
        + " CAST(NULL AS ARRAY<STRUCT<x: INT, y: STRING>>) AS nostructs, '{\"a\":1,\"b\":\"x\"}' AS js,"
        + " CAST(NULL AS INT) AS n, 7 AS i, '4142' AS hx").createOrReplaceTempView("gx");
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  /** Pairs of (API column, SQL text) over the one-row result of {@code view}; returns the API row. */
  static Row check(String view, Object... pairs) {
    List<Column> api = new ArrayList<>();
    List<String> sql = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      api.add((Column) pairs[i]);
      sql.add((String) pairs[i + 1]);
    }
    List<Row> a = spark.table(view).select(api.toArray(new Column[0])).collectAsList();
    List<Row> b = spark.sql("SELECT " + String.join(", ", sql) + " FROM " + view).collectAsList();
    assertEquals(1, a.size(), "one row expected from " + view);
    assertEquals(b.get(0).size(), a.get(0).size());
    for (int i = 0; i < a.get(0).size(); i++) {
      int k = i;
      assertTrue(Rows.valueEquals(b.get(0).get(i), a.get(0).get(i)),
          () -> "differs from SQL " + sql.get(k) + ": api=" + a.get(0).get(k) + " sql=" + b.get(0).get(k));
    }
    return a.get(0);
  }

  /** The API DataFrame gives the same rows, in the same order, as the SQL text. */
  static List<Row> sameRows(DataFrame api, String sql) {
    List<Row> a = api.collectAsList();
    List<Row> b = spark.sql(sql).collectAsList();
    assertEquals(b.size(), a.size(), () -> "row count differs from SQL " + sql + ": api=" + a + " sql=" + b);
    for (int i = 0; i < a.size(); i++) {
      assertTrue(Rows.equals(a.get(i), b.get(i)), "differs from SQL " + sql + ": api=" + a + " sql=" + b);
    }
    assertEquals(List.of(spark.sql(sql).columns()), List.of(api.columns()), "column names differ from SQL " + sql);
    return a;
  }

  private static void assumeSpark42(String why) {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 2), why + " (checked on Spark 4.2; absent from 4.0 and 3.5)");
  }

  @Test
  void generatorsAndJsonTuple() {
    DataFrame gx = spark.table("gx");
    assertEquals(3, sameRows(gx.select(explode(col("arr"))), "SELECT explode(arr) FROM gx").size());
    sameRows(gx.select(explode(col("m"))), "SELECT explode(m) FROM gx");
    assertEquals(0, sameRows(gx.select(explode(col("empty"))), "SELECT explode(empty) FROM gx").size());
    List<Row> outer = sameRows(gx.select(col("i"), explode_outer(col("empty"))), "SELECT i, explode_outer(empty) FROM gx");
    assertEquals(1, outer.size());
    assertEquals(null, outer.get(0).get(1));
    sameRows(gx.select(explode_outer(col("m"))), "SELECT explode_outer(m) FROM gx");
    List<Row> pos = sameRows(gx.select(posexplode(col("arr"))), "SELECT posexplode(arr) FROM gx");
    assertEquals(Arrays.asList(2, null), Arrays.asList(pos.get(2).get(0), pos.get(2).get(1)));
    assertEquals(1, sameRows(gx.select(posexplode_outer(col("nul"))), "SELECT posexplode_outer(nul) FROM gx").size());
    sameRows(gx.select(posexplode_outer(col("m"))), "SELECT posexplode_outer(m) FROM gx");
    List<Row> inl = sameRows(gx.select(inline_outer(col("structs"))), "SELECT inline_outer(structs) FROM gx");
    assertEquals(List.of("x", "y"), List.of(gx.select(inline_outer(col("structs"))).columns()));
    assertEquals("q", inl.get(1).get(1));
    assertEquals(1, sameRows(gx.select(inline_outer(col("nostructs"))), "SELECT inline_outer(nostructs) FROM gx").size());
    List<Row> jt = sameRows(gx.select(json_tuple(col("js"), "a", "b", "missing")), "SELECT json_tuple(js, 'a', 'b', 'missing') FROM gx");
    assertEquals(List.of("1", "x"), List.of(jt.get(0).get(0), jt.get(0).get(1)));
    assertThrows(IllegalArgumentException.class, () -> json_tuple(col("js")));
  }

  @Test
  void binaryPaddingAndTopKByOrdering() {
    Row r = check("gx", lpad(unhex(col("hx")), 4, new byte[] {0x30}), "lpad(unhex(hx), 4, X'30')",
        rpad(unhex(col("hx")), 3, new byte[] {0x5A}), "rpad(unhex(hx), 3, X'5A')");
    assertArrayEquals(new byte[] {0x30, 0x30, 0x41, 0x42}, (byte[]) r.get(0));
    assertArrayEquals(new byte[] {0x41, 0x42, 0x5A}, (byte[]) r.get(1));
    assumeSpark42("max_by and min_by with k");
    r = check("kv", max_by(col("k"), col("v"), 2), "max_by(k, v, 2)", min_by(col("g"), col("w"), lit(3)), "min_by(g, w, 3)");
    assertEquals(List.of(5, 4), r.getList(0));
    assertEquals(List.of("a", "a", "b"), r.getList(1));
  }

  @Test
  void nullsHexMeanAndHllBitmapAggregates() {
    Row r = check("gx", isnull(col("n")), "isnull(n)", isnull(col("i")), "isnull(i)", unhex(col("hx")), "unhex(hx)",
        unhex(lit("zz")), "unhex('zz')");
    assertEquals(true, r.get(0));
    assertArrayEquals(new byte[] {0x41, 0x42}, (byte[]) r.get(2));
    r = check("kv", mean(col("v")), "mean(v)", mean("k"), "mean(k)");
    assertEquals(3.0, r.get(0));
    spark.sql("SELECT g, hll_sketch_agg(k) AS hl, bitmap_construct_agg(bitmap_bit_position(k)) AS bm FROM kv GROUP BY g")
        .createOrReplaceTempView("hk");
    r = check("hk",
        hll_sketch_estimate(hll_union_agg(col("hl"))), "hll_sketch_estimate(hll_union_agg(hl))",
        hll_sketch_estimate(hll_union_agg("hl")), "hll_sketch_estimate(hll_union_agg(hl))",
        hll_sketch_estimate(hll_union_agg(col("hl"), true)), "hll_sketch_estimate(hll_union_agg(hl, true))",
        hll_sketch_estimate(hll_union_agg(col("hl"), lit(false))), "hll_sketch_estimate(hll_union_agg(hl, false))",
        hll_sketch_estimate(hll_union_agg("hl", true)), "hll_sketch_estimate(hll_union_agg(hl, true))",
        bitmap_count(bitmap_or_agg(col("bm"))), "bitmap_count(bitmap_or_agg(bm))");
    assertEquals(List.of(5L, 5L, 5L, 5L, 5L, 5L), List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)));
  }

  @Test
  void unwrapUdt() {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "unwrap_udt is an internal function, which Spark 3.5's protocol cannot name");
    // The only UDT a Connect server hands out without user classes is ML's vector (array_to_vector).
    List<Row> rows = spark.range(1).select(unwrap_udt(call_function("array_to_vector", array(lit(1.0), lit(2.0))))).collectAsList();
    Row vector = (Row) rows.get(0).get(0);
    // A dense vector: type 1, no size or indices, the values.
    assertEquals(List.of(1.0, 2.0), vector.getList(3));
    assertEquals(1, ((Number) vector.get(0)).intValue());
  }

  @Test
  void sketchFamilies() {
    assumeSpark42("KLL, Theta and Tuple sketches and bitmap_and_agg");
    spark.sql("SELECT g, kll_sketch_agg_bigint(k) AS kb, kll_sketch_agg_float(CAST(v AS FLOAT)) AS kf,"
        + " kll_sketch_agg_double(v) AS kd, theta_sketch_agg(k) AS th, tuple_sketch_agg_double(k, v) AS td,"
        + " tuple_sketch_agg_integer(k, w) AS ti, bitmap_construct_agg(bitmap_bit_position(k)) AS bm FROM kv GROUP BY g")
        .createOrReplaceTempView("sk");
    // Aggregates over the two groups' sketches.
    Row r = check("sk",
        kll_sketch_get_n_bigint(kll_merge_agg_bigint(col("kb"))), "kll_sketch_get_n_bigint(kll_merge_agg_bigint(kb))",
        kll_sketch_get_n_bigint(kll_merge_agg_bigint("kb", 200)), "kll_sketch_get_n_bigint(kll_merge_agg_bigint(kb, 200))",
        kll_sketch_get_n_bigint(kll_merge_agg_bigint(col("kb"), lit(200))), "kll_sketch_get_n_bigint(kll_merge_agg_bigint(kb, 200))",
        kll_sketch_get_n_float(kll_merge_agg_float(col("kf"))), "kll_sketch_get_n_float(kll_merge_agg_float(kf))",
        kll_sketch_get_n_float(kll_merge_agg_float("kf", 200)), "kll_sketch_get_n_float(kll_merge_agg_float(kf, 200))",
        kll_sketch_get_n_double(kll_merge_agg_double(col("kd"), 200)), "kll_sketch_get_n_double(kll_merge_agg_double(kd, 200))",
        kll_sketch_get_n_double(kll_merge_agg_double("kd")), "kll_sketch_get_n_double(kll_merge_agg_double(kd))",
        theta_sketch_estimate(theta_union_agg(col("th"))), "theta_sketch_estimate(theta_union_agg(th))",
        theta_sketch_estimate(theta_union_agg("th", 10)), "theta_sketch_estimate(theta_union_agg(th, 10))",
        theta_sketch_estimate(theta_union_agg(col("th"), lit(10))), "theta_sketch_estimate(theta_union_agg(th, 10))",
        theta_sketch_estimate(theta_intersection_agg(col("th"))), "theta_sketch_estimate(theta_intersection_agg(th))",
        theta_sketch_estimate(theta_intersection_agg("th")), "theta_sketch_estimate(theta_intersection_agg(th))",
        tuple_sketch_estimate_double(tuple_union_agg_double(col("td"))), "tuple_sketch_estimate_double(tuple_union_agg_double(td))",
        tuple_sketch_summary_double(tuple_union_agg_double("td", 12, "sum")), "tuple_sketch_summary_double(tuple_union_agg_double(td, 12, 'sum'))",
        tuple_sketch_summary_double(tuple_union_agg_double(col("td"), lit(12), lit("max")), "max"), "tuple_sketch_summary_double(tuple_union_agg_double(td, 12, 'max'), 'max')",
        tuple_sketch_estimate_double(tuple_union_agg_double("td", 12)), "tuple_sketch_estimate_double(tuple_union_agg_double(td, 12))",
        tuple_sketch_estimate_double(tuple_union_agg_double("td")), "tuple_sketch_estimate_double(tuple_union_agg_double(td))",
        tuple_sketch_estimate_integer(tuple_union_agg_integer(col("ti"))), "tuple_sketch_estimate_integer(tuple_union_agg_integer(ti))",
        tuple_sketch_summary_integer(tuple_union_agg_integer("ti", 12, "sum")), "tuple_sketch_summary_integer(tuple_union_agg_integer(ti, 12, 'sum'))",
        tuple_sketch_estimate_integer(tuple_union_agg_integer(col("ti"), 12, "min")), "tuple_sketch_estimate_integer(tuple_union_agg_integer(ti, 12, 'min'))",
        tuple_sketch_estimate_integer(tuple_union_agg_integer("ti", 12)), "tuple_sketch_estimate_integer(tuple_union_agg_integer(ti, 12))",
        tuple_sketch_estimate_integer(tuple_union_agg_integer("ti")), "tuple_sketch_estimate_integer(tuple_union_agg_integer(ti))",
        tuple_sketch_estimate_double(tuple_intersection_agg_double(col("td"))), "tuple_sketch_estimate_double(tuple_intersection_agg_double(td))",
        tuple_sketch_estimate_double(tuple_intersection_agg_double("td", "min")), "tuple_sketch_estimate_double(tuple_intersection_agg_double(td, 'min'))",
        tuple_sketch_estimate_double(tuple_intersection_agg_double("td")), "tuple_sketch_estimate_double(tuple_intersection_agg_double(td))",
        tuple_sketch_estimate_integer(tuple_intersection_agg_integer(col("ti"), "max")), "tuple_sketch_estimate_integer(tuple_intersection_agg_integer(ti, 'max'))",
        tuple_sketch_estimate_integer(tuple_intersection_agg_integer(col("ti"), lit("max"))), "tuple_sketch_estimate_integer(tuple_intersection_agg_integer(ti, 'max'))",
        tuple_sketch_estimate_integer(tuple_intersection_agg_integer("ti", "sum")), "tuple_sketch_estimate_integer(tuple_intersection_agg_integer(ti, 'sum'))",
        tuple_sketch_estimate_integer(tuple_intersection_agg_integer("ti")), "tuple_sketch_estimate_integer(tuple_intersection_agg_integer(ti))",
        bitmap_count(bitmap_and_agg(col("bm"))), "bitmap_count(bitmap_and_agg(bm))");
    assertEquals(List.of(5L, 5L, 0L), List.of(r.get(0), r.get(7), r.get(10)));
    assertEquals(List.of(5.0, 15.0, 5.0), List.of(r.get(12), r.get(13), r.get(14)));
    assertEquals(0.0, r.get(22));
    assertEquals(0L, r.get(29));

    // Sketches built from column names (the String overloads).
    r = check("kv",
        tuple_sketch_estimate_double(tuple_sketch_agg_double("k", "v")), "tuple_sketch_estimate_double(tuple_sketch_agg_double(k, v))",
        tuple_sketch_summary_double(tuple_sketch_agg_double("k", "v", 12)), "tuple_sketch_summary_double(tuple_sketch_agg_double(k, v, 12))",
        tuple_sketch_summary_double(tuple_sketch_agg_double("k", "v", 12, "max"), "max"), "tuple_sketch_summary_double(tuple_sketch_agg_double(k, v, 12, 'max'), 'max')",
        tuple_sketch_estimate_integer(tuple_sketch_agg_integer("k", "w")), "tuple_sketch_estimate_integer(tuple_sketch_agg_integer(k, w))",
        tuple_sketch_summary_integer(tuple_sketch_agg_integer("k", "w", 12)), "tuple_sketch_summary_integer(tuple_sketch_agg_integer(k, w, 12))",
        tuple_sketch_summary_integer(tuple_sketch_agg_integer("k", "w", 12, "min"), "min"), "tuple_sketch_summary_integer(tuple_sketch_agg_integer(k, w, 12, 'min'), 'min')");
    assertEquals(List.of(5.0, 15.0, 5.0, 5.0, 34L, 5L), List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)));

    // Two sketches side by side: group a (keys 1, 2) and group b (keys 3, 4, 5).
    spark.sql("SELECT a.kb AS akb, b.kb AS bkb, a.kf AS akf, b.kf AS bkf, a.kd AS akd, b.kd AS bkd, a.th AS ath,"
        + " b.th AS bth, a.td AS atd, b.td AS btd, a.ti AS ati, b.ti AS bti FROM sk a, sk b WHERE a.g = 'a' AND b.g = 'b'")
        .createOrReplaceTempView("sk2");
    r = check("sk2",
        kll_sketch_get_quantile_bigint(col("bkb"), lit(0.5)), "kll_sketch_get_quantile_bigint(bkb, 0.5)",
        kll_sketch_get_quantile_float(col("bkf"), array(lit(0.0), lit(1.0))), "kll_sketch_get_quantile_float(bkf, array(0.0, 1.0))",
        kll_sketch_get_quantile_double(col("bkd"), lit(0.5)), "kll_sketch_get_quantile_double(bkd, 0.5)",
        kll_sketch_get_rank_bigint(col("bkb"), lit(3)), "kll_sketch_get_rank_bigint(bkb, 3)",
        kll_sketch_get_rank_float(col("bkf"), lit(3.0f)), "kll_sketch_get_rank_float(bkf, CAST(3 AS FLOAT))",
        kll_sketch_get_rank_double(col("bkd"), lit(3.0)), "kll_sketch_get_rank_double(bkd, 3.0D)",
        kll_sketch_get_n_bigint(kll_sketch_merge_bigint(col("akb"), col("bkb"))), "kll_sketch_get_n_bigint(kll_sketch_merge_bigint(akb, bkb))",
        kll_sketch_get_n_float(kll_sketch_merge_float(col("akf"), col("bkf"))), "kll_sketch_get_n_float(kll_sketch_merge_float(akf, bkf))",
        kll_sketch_get_n_double(kll_sketch_merge_double(col("akd"), col("bkd"))), "kll_sketch_get_n_double(kll_sketch_merge_double(akd, bkd))",
        kll_sketch_to_string_bigint(col("akb")), "kll_sketch_to_string_bigint(akb)",
        kll_sketch_to_string_float(col("akf")), "kll_sketch_to_string_float(akf)",
        kll_sketch_to_string_double(col("akd")), "kll_sketch_to_string_double(akd)",
        theta_sketch_estimate(theta_union(col("ath"), col("bth"))), "theta_sketch_estimate(theta_union(ath, bth))",
        theta_sketch_estimate(theta_union("ath", "bth")), "theta_sketch_estimate(theta_union(ath, bth))",
        theta_sketch_estimate(theta_union(col("ath"), col("bth"), 10)), "theta_sketch_estimate(theta_union(ath, bth, 10))",
        theta_sketch_estimate(theta_union(col("ath"), col("bth"), lit(10))), "theta_sketch_estimate(theta_union(ath, bth, 10))",
        theta_sketch_estimate(theta_union("ath", "bth", 10)), "theta_sketch_estimate(theta_union(ath, bth, 10))",
        theta_sketch_estimate(theta_intersection(col("ath"), col("ath"))), "theta_sketch_estimate(theta_intersection(ath, ath))",
        theta_sketch_estimate(theta_intersection("ath", "bth")), "theta_sketch_estimate(theta_intersection(ath, bth))",
        theta_sketch_estimate(theta_difference(col("bth"), col("ath"))), "theta_sketch_estimate(theta_difference(bth, ath))",
        theta_sketch_estimate(theta_difference("ath", "bth")), "theta_sketch_estimate(theta_difference(ath, bth))");
    assertEquals(4L, r.get(0));
    assertEquals(List.of(3.0f, 5.0f), r.getList(1));
    assertEquals(List.of(5L, 5L, 5L), List.of(r.get(6), r.get(7), r.get(8)));
    assertTrue(!r.getString(9).isEmpty());
    assertEquals(List.of(5L, 2L, 0L, 3L, 2L), List.of(r.get(12), r.get(17), r.get(18), r.get(19), r.get(20)));

    r = check("sk2",
        tuple_sketch_estimate_double("atd"), "tuple_sketch_estimate_double(atd)",
        tuple_sketch_estimate_integer("bti"), "tuple_sketch_estimate_integer(bti)",
        tuple_sketch_summary_double(col("btd")), "tuple_sketch_summary_double(btd)",
        tuple_sketch_summary_double(col("btd"), lit("max")), "tuple_sketch_summary_double(btd, 'max')",
        tuple_sketch_summary_double(col("btd"), "min"), "tuple_sketch_summary_double(btd, 'min')",
        tuple_sketch_summary_double("btd"), "tuple_sketch_summary_double(btd)",
        tuple_sketch_summary_double("btd", "max"), "tuple_sketch_summary_double(btd, 'max')",
        tuple_sketch_summary_integer(col("bti")), "tuple_sketch_summary_integer(bti)",
        tuple_sketch_summary_integer(col("bti"), lit("max")), "tuple_sketch_summary_integer(bti, 'max')",
        tuple_sketch_summary_integer(col("bti"), "min"), "tuple_sketch_summary_integer(bti, 'min')",
        tuple_sketch_summary_integer("bti"), "tuple_sketch_summary_integer(bti)",
        tuple_sketch_summary_integer("bti", "max"), "tuple_sketch_summary_integer(bti, 'max')",
        tuple_sketch_theta_double(col("atd")), "tuple_sketch_theta_double(atd)",
        tuple_sketch_theta_double("atd"), "tuple_sketch_theta_double(atd)",
        tuple_sketch_theta_integer(col("ati")), "tuple_sketch_theta_integer(ati)",
        tuple_sketch_theta_integer("ati"), "tuple_sketch_theta_integer(ati)");
    assertEquals(List.of(2.0, 3.0, 12.0, 5.0, 3.0), List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
    assertEquals(List.of(24L, 9L, 7L), List.of(r.get(7), r.get(8), r.get(9)));
    assertEquals(List.of(1.0, 1.0), List.of(r.get(12), r.get(14)));

    // Set operations of two Tuple sketches and of a Tuple sketch with a Theta sketch: group a has
    // keys 1 and 2, group b keys 3, 4 and 5.
    r = check("sk2",
        tuple_sketch_estimate_double(tuple_union_double(col("atd"), col("btd"))), "tuple_sketch_estimate_double(tuple_union_double(atd, btd))",
        tuple_sketch_estimate_double(tuple_union_double(col("atd"), col("btd"), lit(10), lit("max"))), "tuple_sketch_estimate_double(tuple_union_double(atd, btd, 10, 'max'))",
        tuple_sketch_estimate_double(tuple_union_double(col("atd"), col("btd"), 10)), "tuple_sketch_estimate_double(tuple_union_double(atd, btd, 10))",
        tuple_sketch_estimate_double(tuple_union_double(col("atd"), col("btd"), 10, "min")), "tuple_sketch_estimate_double(tuple_union_double(atd, btd, 10, 'min'))",
        tuple_sketch_estimate_double(tuple_union_double("atd", "btd")), "tuple_sketch_estimate_double(tuple_union_double(atd, btd))",
        tuple_sketch_estimate_double(tuple_union_double("atd", "btd", 10)), "tuple_sketch_estimate_double(tuple_union_double(atd, btd, 10))",
        tuple_sketch_summary_double(tuple_union_double("atd", "btd", 10, "sum")), "tuple_sketch_summary_double(tuple_union_double(atd, btd, 10, 'sum'))",
        tuple_sketch_estimate_integer(tuple_union_integer(col("ati"), col("bti"))), "tuple_sketch_estimate_integer(tuple_union_integer(ati, bti))",
        tuple_sketch_estimate_integer(tuple_union_integer(col("ati"), col("bti"), lit(10), lit("max"))), "tuple_sketch_estimate_integer(tuple_union_integer(ati, bti, 10, 'max'))",
        tuple_sketch_estimate_integer(tuple_union_integer(col("ati"), col("bti"), 10)), "tuple_sketch_estimate_integer(tuple_union_integer(ati, bti, 10))",
        tuple_sketch_estimate_integer(tuple_union_integer(col("ati"), col("bti"), 10, "min")), "tuple_sketch_estimate_integer(tuple_union_integer(ati, bti, 10, 'min'))",
        tuple_sketch_estimate_integer(tuple_union_integer("ati", "bti")), "tuple_sketch_estimate_integer(tuple_union_integer(ati, bti))",
        tuple_sketch_estimate_integer(tuple_union_integer("ati", "bti", 10)), "tuple_sketch_estimate_integer(tuple_union_integer(ati, bti, 10))",
        tuple_sketch_summary_integer(tuple_union_integer("ati", "bti", 10, "sum")), "tuple_sketch_summary_integer(tuple_union_integer(ati, bti, 10, 'sum'))",
        tuple_sketch_estimate_double(tuple_union_theta_double(col("atd"), col("bth"))), "tuple_sketch_estimate_double(tuple_union_theta_double(atd, bth))",
        tuple_sketch_estimate_double(tuple_union_theta_double(col("atd"), col("bth"), lit(10), lit("sum"))), "tuple_sketch_estimate_double(tuple_union_theta_double(atd, bth, 10, 'sum'))",
        tuple_sketch_estimate_double(tuple_union_theta_double(col("atd"), col("bth"), 10)), "tuple_sketch_estimate_double(tuple_union_theta_double(atd, bth, 10))",
        tuple_sketch_estimate_double(tuple_union_theta_double(col("atd"), col("bth"), 10, "max")), "tuple_sketch_estimate_double(tuple_union_theta_double(atd, bth, 10, 'max'))",
        tuple_sketch_estimate_double(tuple_union_theta_double("atd", "bth")), "tuple_sketch_estimate_double(tuple_union_theta_double(atd, bth))",
        tuple_sketch_estimate_double(tuple_union_theta_double("atd", "bth", 10)), "tuple_sketch_estimate_double(tuple_union_theta_double(atd, bth, 10))",
        tuple_sketch_estimate_double(tuple_union_theta_double("atd", "bth", 10, "sum")), "tuple_sketch_estimate_double(tuple_union_theta_double(atd, bth, 10, 'sum'))",
        tuple_sketch_estimate_integer(tuple_union_theta_integer(col("ati"), col("bth"))), "tuple_sketch_estimate_integer(tuple_union_theta_integer(ati, bth))",
        tuple_sketch_estimate_integer(tuple_union_theta_integer(col("ati"), col("bth"), lit(10), lit("sum"))), "tuple_sketch_estimate_integer(tuple_union_theta_integer(ati, bth, 10, 'sum'))",
        tuple_sketch_estimate_integer(tuple_union_theta_integer(col("ati"), col("bth"), 10)), "tuple_sketch_estimate_integer(tuple_union_theta_integer(ati, bth, 10))",
        tuple_sketch_estimate_integer(tuple_union_theta_integer(col("ati"), col("bth"), 10, "max")), "tuple_sketch_estimate_integer(tuple_union_theta_integer(ati, bth, 10, 'max'))",
        tuple_sketch_estimate_integer(tuple_union_theta_integer("ati", "bth")), "tuple_sketch_estimate_integer(tuple_union_theta_integer(ati, bth))",
        tuple_sketch_estimate_integer(tuple_union_theta_integer("ati", "bth", 10)), "tuple_sketch_estimate_integer(tuple_union_theta_integer(ati, bth, 10))",
        tuple_sketch_estimate_integer(tuple_union_theta_integer("ati", "bth", 10, "sum")), "tuple_sketch_estimate_integer(tuple_union_theta_integer(ati, bth, 10, 'sum'))");
    assertEquals(List.of(5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 15.0), values(r).subList(0, 7));
    assertEquals(List.of(5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 34L), values(r).subList(7, 14));
    assertEquals(List.of(5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0), values(r).subList(14, 21));
    assertEquals(List.of(5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0), values(r).subList(21, 28));

    r = check("sk2",
        tuple_sketch_estimate_double(tuple_intersection_double(col("atd"), col("atd"))), "tuple_sketch_estimate_double(tuple_intersection_double(atd, atd))",
        tuple_sketch_summary_double(tuple_intersection_double(col("atd"), col("atd"), lit("max")), "max"), "tuple_sketch_summary_double(tuple_intersection_double(atd, atd, 'max'), 'max')",
        tuple_sketch_estimate_double(tuple_intersection_double(col("atd"), col("btd"), "min")), "tuple_sketch_estimate_double(tuple_intersection_double(atd, btd, 'min'))",
        tuple_sketch_estimate_double(tuple_intersection_double("atd", "atd")), "tuple_sketch_estimate_double(tuple_intersection_double(atd, atd))",
        tuple_sketch_summary_double(tuple_intersection_double("atd", "atd", "sum")), "tuple_sketch_summary_double(tuple_intersection_double(atd, atd, 'sum'))",
        tuple_sketch_estimate_integer(tuple_intersection_integer(col("bti"), col("bti"))), "tuple_sketch_estimate_integer(tuple_intersection_integer(bti, bti))",
        tuple_sketch_estimate_integer(tuple_intersection_integer(col("bti"), col("ati"), lit("max"))), "tuple_sketch_estimate_integer(tuple_intersection_integer(bti, ati, 'max'))",
        tuple_sketch_summary_integer(tuple_intersection_integer(col("bti"), col("bti"), "min"), "min"), "tuple_sketch_summary_integer(tuple_intersection_integer(bti, bti, 'min'), 'min')",
        tuple_sketch_estimate_integer(tuple_intersection_integer("bti", "bti")), "tuple_sketch_estimate_integer(tuple_intersection_integer(bti, bti))",
        tuple_sketch_estimate_integer(tuple_intersection_integer("bti", "bti", "sum")), "tuple_sketch_estimate_integer(tuple_intersection_integer(bti, bti, 'sum'))",
        tuple_sketch_estimate_double(tuple_intersection_theta_double(col("atd"), col("ath"))), "tuple_sketch_estimate_double(tuple_intersection_theta_double(atd, ath))",
        tuple_sketch_estimate_double(tuple_intersection_theta_double(col("atd"), col("bth"), lit("max"))), "tuple_sketch_estimate_double(tuple_intersection_theta_double(atd, bth, 'max'))",
        tuple_sketch_estimate_double(tuple_intersection_theta_double(col("atd"), col("ath"), "min")), "tuple_sketch_estimate_double(tuple_intersection_theta_double(atd, ath, 'min'))",
        tuple_sketch_estimate_double(tuple_intersection_theta_double("atd", "ath")), "tuple_sketch_estimate_double(tuple_intersection_theta_double(atd, ath))",
        tuple_sketch_estimate_double(tuple_intersection_theta_double("atd", "ath", "sum")), "tuple_sketch_estimate_double(tuple_intersection_theta_double(atd, ath, 'sum'))",
        tuple_sketch_estimate_integer(tuple_intersection_theta_integer(col("bti"), col("bth"))), "tuple_sketch_estimate_integer(tuple_intersection_theta_integer(bti, bth))",
        tuple_sketch_estimate_integer(tuple_intersection_theta_integer(col("bti"), col("bth"), lit("max"))), "tuple_sketch_estimate_integer(tuple_intersection_theta_integer(bti, bth, 'max'))",
        tuple_sketch_estimate_integer(tuple_intersection_theta_integer(col("bti"), col("ath"), "min")), "tuple_sketch_estimate_integer(tuple_intersection_theta_integer(bti, ath, 'min'))",
        tuple_sketch_estimate_integer(tuple_intersection_theta_integer("bti", "bth")), "tuple_sketch_estimate_integer(tuple_intersection_theta_integer(bti, bth))",
        tuple_sketch_estimate_integer(tuple_intersection_theta_integer("bti", "bth", "sum")), "tuple_sketch_estimate_integer(tuple_intersection_theta_integer(bti, bth, 'sum'))",
        tuple_sketch_estimate_double(tuple_difference_double(col("btd"), col("atd"))), "tuple_sketch_estimate_double(tuple_difference_double(btd, atd))",
        tuple_sketch_estimate_double(tuple_difference_double("atd", "atd")), "tuple_sketch_estimate_double(tuple_difference_double(atd, atd))",
        tuple_sketch_estimate_integer(tuple_difference_integer(col("bti"), col("ati"))), "tuple_sketch_estimate_integer(tuple_difference_integer(bti, ati))",
        tuple_sketch_estimate_integer(tuple_difference_integer("bti", "bti")), "tuple_sketch_estimate_integer(tuple_difference_integer(bti, bti))",
        tuple_sketch_estimate_double(tuple_difference_theta_double(col("btd"), col("ath"))), "tuple_sketch_estimate_double(tuple_difference_theta_double(btd, ath))",
        tuple_sketch_estimate_double(tuple_difference_theta_double("atd", "ath")), "tuple_sketch_estimate_double(tuple_difference_theta_double(atd, ath))",
        tuple_sketch_estimate_integer(tuple_difference_theta_integer(col("ati"), col("bth"))), "tuple_sketch_estimate_integer(tuple_difference_theta_integer(ati, bth))",
        tuple_sketch_estimate_integer(tuple_difference_theta_integer("bti", "bth")), "tuple_sketch_estimate_integer(tuple_difference_theta_integer(bti, bth))");
    // In sum mode the intersection adds the summaries of each common key: (1 + 1) + (2 + 2).
    assertEquals(List.of(2.0, 2.0, 0.0, 2.0, 6.0), values(r).subList(0, 5));
    assertEquals(List.of(3.0, 0.0, 7L, 3.0, 3.0), values(r).subList(5, 10));
    assertEquals(List.of(2.0, 0.0, 2.0, 2.0, 2.0), values(r).subList(10, 15));
    assertEquals(List.of(3.0, 3.0, 0.0, 3.0, 3.0), values(r).subList(15, 20));
    assertEquals(List.of(3.0, 0.0, 3.0, 0.0, 3.0, 0.0, 2.0, 0.0), values(r).subList(20, 28));
  }

  /** The values of one row. */
  private static List<Object> values(Row row) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      out.add(row.get(i));
    }
    return out;
  }

  @Test
  void timeOfDay() {
    assumeSpark42("the TIME type and its functions");
    // TIME is behind a session flag in Spark 4.2.
    spark.conf().set("spark.sql.timeType.enabled", "true");
    try {
      spark.sql("SELECT 1 AS h, 2 AS mi, CAST(3.5 AS DECIMAL(16, 6)) AS sec, TIME'01:01:01' AS t1, TIME'05:37:20.25' AS t2,"
          + " '10:20:30' AS s, TIMESTAMP'2024-03-15 10:37:00' AS ts").createOrReplaceTempView("tv");
      Row r = check("tv",
          make_time(col("h"), col("mi"), col("sec")), "make_time(h, mi, sec)",
          to_time(col("s")), "to_time(s)", to_time(lit("10.20"), lit("HH.mm")), "to_time('10.20', 'HH.mm')",
          try_to_time(lit("x")), "try_to_time('x')", try_to_time(lit("10.20"), lit("HH.mm")), "try_to_time('10.20', 'HH.mm')",
          time_diff(lit("MINUTE"), col("t1"), col("t2")), "time_diff('MINUTE', t1, t2)",
          time_trunc(lit("HOUR"), col("t2")), "time_trunc('HOUR', t2)",
          // The bucket width must be a constant.
          time_bucket(expr("INTERVAL '15' MINUTE"), col("ts")), "time_bucket(INTERVAL '15' MINUTE, ts)",
          time_bucket(expr("INTERVAL '15' MINUTE"), col("ts"), lit("2024-01-01 00:05:00").cast("timestamp")),
          "time_bucket(INTERVAL '15' MINUTE, ts, TIMESTAMP'2024-01-01 00:05:00')",
          time_from_seconds(lit(3661)), "time_from_seconds(3661)", time_from_millis(lit(3661001L)), "time_from_millis(3661001)",
          time_from_micros(lit(3661000001L)), "time_from_micros(3661000001)",
          time_to_seconds(col("t2")), "time_to_seconds(t2)", time_to_millis(col("t2")), "time_to_millis(t2)",
          time_to_micros(col("t1")), "time_to_micros(t1)",
          current_time().isNotNull(), "current_time() IS NOT NULL", current_time(2).isNotNull(), "current_time(2) IS NOT NULL",
          time_bucket(expr("INTERVAL '15' MINUTE"), col("ts"), lit("2024-01-01 00:05:00").cast("timestamp")).cast("string"),
          "CAST(time_bucket(INTERVAL '15' MINUTE, ts, TIMESTAMP'2024-01-01 00:05:00') AS STRING)");
      assertEquals(LocalTime.of(1, 2, 3, 500_000_000), r.get(0));
      assertEquals(LocalTime.of(10, 20, 30), r.get(1));
      assertEquals(null, r.get(3));
      assertEquals(276L, r.get(5));
      assertEquals(LocalTime.of(5, 0), r.get(6));
      assertEquals("2024-03-15 10:35:00", r.get(17));
      assertEquals(LocalTime.of(1, 1, 1), r.get(9));
      assertEquals(0, new BigDecimal("20240.25").compareTo((BigDecimal) r.get(12)));
      assertEquals(3661000000L, r.get(14));
      assertEquals(true, r.get(15));
      DataFrame now = spark.range(1).select(current_time(), current_time(2));
      assertEquals(DataTypes.createTimeType(6), now.schema().fields()[0].dataType());
      assertEquals(DataTypes.createTimeType(2), now.schema().fields()[1].dataType());
    } finally {
      spark.conf().unset("spark.sql.timeType.enabled");
    }
  }

  @Test
  void variantValidity() {
    assumeSpark42("is_valid_variant");
    spark.sql("SELECT parse_json('{\"a\":[1,2]}') AS v").createOrReplaceTempView("vx");
    Row r = check("vx", is_valid_variant(col("v")), "is_valid_variant(v)",
        is_valid_variant(parse_json(lit("null"))), "is_valid_variant(parse_json('null'))");
    assertEquals(true, r.get(0));
  }

  @Test
  void geospatial() {
    assumeSpark42("the geospatial st_* functions");
    spark.sql("SELECT X'" + POINT_WKB + "' AS wkb").createOrReplaceTempView("geo");
    Row r = check("geo",
        st_asbinary(st_geogfromwkb(col("wkb"))), "st_asbinary(st_geogfromwkb(wkb))",
        st_asbinary(st_geomfromwkb(col("wkb")), "XDR"), "st_asbinary(st_geomfromwkb(wkb), 'XDR')",
        st_asbinary(st_geomfromwkb(col("wkb")), lit("NDR")), "st_asbinary(st_geomfromwkb(wkb), 'NDR')",
        st_srid(st_geomfromwkb(col("wkb"))), "st_srid(st_geomfromwkb(wkb))",
        st_srid(st_geomfromwkb(col("wkb"), 4326)), "st_srid(st_geomfromwkb(wkb, 4326))",
        st_srid(st_geomfromwkb(col("wkb"), lit(3857))), "st_srid(st_geomfromwkb(wkb, 3857))",
        st_srid(st_geogfromwkb(col("wkb"))), "st_srid(st_geogfromwkb(wkb))",
        st_srid(st_setsrid(st_geomfromwkb(col("wkb")), 3857)), "st_srid(st_setsrid(st_geomfromwkb(wkb), 3857))",
        st_srid(st_setsrid(st_geomfromwkb(col("wkb")), lit(4326))), "st_srid(st_setsrid(st_geomfromwkb(wkb), 4326))");
    assertEquals(POINT_WKB, hex((byte[]) r.get(0)));
    assertEquals("00000000013FF00000000000004000000000000000", hex((byte[]) r.get(1)));
    assertEquals(List.of(0, 4326, 3857, 4326, 3857, 4326),
        List.of(r.get(3), r.get(4), r.get(5), r.get(6), r.get(7), r.get(8)));
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format("%02X", b));
    }
    return sb.toString();
  }

  @Test
  void partitionTransforms() {
    DataFrame src = spark.sql("SELECT id, TIMESTAMP'2024-03-15 10:00:00' + make_interval(0, 0, 0, CAST(id AS INT)) AS ts FROM range(6)");
    try {
      // The session catalog turns bucket() into a bucketed table; same layout as the SQL form.
      src.writeTo("cover_bucket_api").using("parquet").partitionedBy(bucket(4, col("id"))).create();
      src.writeTo("cover_bucket_lit").using("parquet").partitionedBy(bucket(lit(2), col("id"))).create();
      spark.sql("CREATE TABLE cover_bucket_sql USING parquet CLUSTERED BY (id) INTO 4 BUCKETS AS SELECT * FROM range(1)").collect();
      assertEquals(bucketing("cover_bucket_sql"), bucketing("cover_bucket_api"));
      assertEquals(List.of("4", "[`id`]"), bucketing("cover_bucket_api"));
      assertEquals(List.of("2", "[`id`]"), bucketing("cover_bucket_lit"));
      assertEquals(6L, spark.table("cover_bucket_api").count());
      // years() needs a catalog with partition transforms; the session catalog refuses it as the SQL form does.
      SparkConnectException api = assertThrows(SparkConnectException.class,
          () -> src.writeTo("cover_years").using("parquet").partitionedBy(years(col("ts"))).create());
      SparkConnectException sql = assertThrows(SparkConnectException.class,
          () -> spark.sql("CREATE TABLE cover_years (ts TIMESTAMP) USING parquet PARTITIONED BY (years(ts))").collect());
      assertEquals(sql.getCondition(), api.getCondition());
      assertTrue(api.getMessage().contains("years"), api.getMessage());
    } finally {
      for (String t : new String[] {"cover_bucket_api", "cover_bucket_lit", "cover_bucket_sql", "cover_years"}) {
        spark.sql("DROP TABLE IF EXISTS " + t).collect();
      }
    }
  }

  /** The bucket count and columns of a table, from DESCRIBE TABLE EXTENDED. */
  private static List<String> bucketing(String table) {
    String buckets = null;
    String columns = null;
    for (Row row : spark.sql("DESCRIBE TABLE EXTENDED " + table).collectAsList()) {
      if ("Num Buckets".equals(row.getString(0))) {
        buckets = row.getString(1);
      } else if ("Bucket Columns".equals(row.getString(0))) {
        columns = row.getString(1);
      }
    }
    return Arrays.asList(buckets, columns);
  }
}
