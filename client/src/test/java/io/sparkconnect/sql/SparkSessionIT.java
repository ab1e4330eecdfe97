package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Session-level behaviour against a real server: SQL, parameters, config, views, lifecycle. */
@Tag("compat")
class SparkSessionIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  @Test
  void versionMatchesTheServer() {
    assertEquals(TestServer.version(), spark.version());
  }

  @Test
  void sqlQuery() {
    List<Row> rows = spark.sql("SELECT id, id * 2 AS twice FROM range(3) ORDER BY id").collectAsList();
    assertEquals(3, rows.size());
    assertEquals(1L, rows.get(1).getLong(0));
    assertEquals(4L, rows.get(2).getLong(1));
    assertEquals(4L, (long) rows.get(2).<Long>getAs("twice"));
  }

  @Test
  void namedAndPositionalParameters() {
    Row named = spark.sql("SELECT :a + 1 AS x, :s AS s", Map.of("a", 41, "s", "hi")).first();
    assertEquals(42, named.getInt(0));
    assertEquals("hi", named.getString(1));
    Row pos = spark.sql("SELECT ? * 2 AS x, ? AS d", 21L, java.time.LocalDate.of(2024, 2, 29)).first();
    assertEquals(42L, pos.getLong(0));
    assertEquals(java.time.LocalDate.of(2024, 2, 29), pos.getDate(1));
  }

  @Test
  void commandsRunEagerly() {
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW eager_v AS SELECT 7 AS seven");
    assertEquals(7, spark.table("eager_v").first().getInt(0));
    Row shown = spark.sql("SHOW TABLES").filter(col("tableName").equalTo("eager_v")).first();
    assertEquals("eager_v", shown.getString(shown.fieldIndex("tableName")));
  }

  @Test
  void rangeVariants() {
    assertEquals(10, spark.range(10).count());
    assertEquals(5, spark.range(5, 10).count());
    assertEquals(List.of(0L, 3L, 6L, 9L), ids(spark.range(0, 10, 3)));
    DataFrame parts = spark.range(0, 100, 1, 4);
    assertEquals(100, parts.count());
    assertEquals(4L, parts.selectExpr("spark_partition_id() AS p").groupBy("p").count().count());
    assertThrows(IllegalArgumentException.class, () -> spark.range(0, 1, 1, 0));
  }

  private static List<Long> ids(DataFrame df) {
    return df.collectAsList().stream().map(r -> r.getLong(0)).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void emptyDataFrame() {
    DataFrame empty = spark.emptyDataFrame();
    assertEquals(0, empty.count());
    assertEquals(0, empty.columns().length);
    assertTrue(empty.isEmpty());
  }

  @Test
  void runtimeConfig() {
    RuntimeConfig conf = spark.conf();
    conf.set("spark.sql.shuffle.partitions", 7);
    assertEquals("7", conf.get("spark.sql.shuffle.partitions"));
    assertTrue(conf.getAll().containsKey("spark.sql.shuffle.partitions"));
    conf.unset("spark.sql.shuffle.partitions");
    assertEquals("200", conf.get("spark.sql.shuffle.partitions"));
    assertEquals("fallback", conf.get("spark.test.not.set", "fallback"));
    assertEquals(Optional.empty(), conf.getOption("spark.test.not.set"));
    assertFalse(conf.contains("spark.test.not.set"));
    conf.set("spark.test.custom", "v");
    assertEquals(Optional.of("v"), conf.getOption("spark.test.custom"));
    assertTrue(conf.contains("spark.test.custom"));
    assertTrue(conf.isModifiable("spark.sql.shuffle.partitions"));
    assertFalse(conf.isModifiable("spark.executor.memory"));
    SparkConnectException e = assertThrows(SparkConnectException.class, () -> conf.get("spark.test.never.set"));
    assertEquals("SQL_CONF_NOT_FOUND", e.getCondition());
  }

  @Test
  void builderConfigIsApplied() {
    try (SparkSession s = SparkSession.builder().remote(TestServer.connectionString())
        .config("spark.sql.session.timeZone", "Asia/Tokyo").config("spark.sql.shuffle.partitions", 3L).create()) {
      assertEquals("Asia/Tokyo", s.conf().get("spark.sql.session.timeZone"));
      assertEquals("3", s.conf().get("spark.sql.shuffle.partitions"));
    }
  }

  @Test
  void newSessionIsIsolated() {
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW only_here AS SELECT 1 AS one");
    try (SparkSession other = spark.newSession()) {
      assertNotEquals(spark.sessionId(), other.sessionId());
      AnalysisException e = assertThrows(AnalysisException.class, () -> other.table("only_here").collect());
      assertEquals("TABLE_OR_VIEW_NOT_FOUND", e.getCondition());
      assertEquals("42P01", e.getSqlState());
    }
    assertEquals(1, spark.table("only_here").first().getInt(0));
  }

  @Test
  void getOrCreateReturnsTheOpenSession() {
    String remote = TestServer.connectionString();
    // As in Spark, the builder fills the default and active slots only when they are empty.
    SparkSession.clearDefaultSession();
    SparkSession.clearActiveSession();
    SparkSession a = SparkSession.builder().remote(remote).getOrCreate();
    try {
      SparkSession b = SparkSession.builder().remote(remote).getOrCreate();
      assertTrue(a == b);
      assertEquals(Optional.of(a), SparkSession.getDefaultSession());
      assertEquals(Optional.of(a), SparkSession.getActiveSession());
    } finally {
      a.close();
    }
    assertTrue(a.isClosed());
    SparkSession c = SparkSession.builder().remote(remote).getOrCreate();
    try {
      assertFalse(a == c);
      assertEquals(1L, c.range(1).count());
    } finally {
      c.close();
    }
  }

  @Test
  void closeIsIdempotentAndReleasesTheSession() {
    SparkSession s = TestServer.newSession();
    assertEquals(3, s.range(3).count());
    s.close();
    s.close();
    s.stop();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.range(1).count());
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }

  @Test
  void tempViews() {
    spark.range(3).createOrReplaceTempView("tv_numbers");
    assertEquals(3, spark.sql("SELECT * FROM tv_numbers").count());
    spark.range(5).createOrReplaceTempView("tv_numbers");
    assertEquals(5, spark.table("tv_numbers").count());
    AnalysisException e = assertThrows(AnalysisException.class, () -> spark.range(1).createTempView("tv_numbers"));
    assertEquals("TEMP_TABLE_OR_VIEW_ALREADY_EXISTS", e.getCondition());
    spark.range(2).createOrReplaceGlobalTempView("gtv_numbers");
    assertEquals(2, spark.table("global_temp.gtv_numbers").count());
  }

  @Test
  void toStringNeverShowsTheToken() {
    String remote = TestServer.connectionString();
    assertFalse(spark.toString().contains("token=") && !spark.toString().contains("token=***"), spark.toString());
    if (remote.contains("token=")) {
      String token = remote.substring(remote.indexOf("token=") + 6).split(";")[0];
      assertFalse(spark.toString().contains(token));
    }
  }
}
