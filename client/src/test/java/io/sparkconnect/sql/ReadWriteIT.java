package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and tables written and read back through a real server. */
class ReadWriteIT {
  static SparkSession spark;

  static final StructType FLAT = new StructType()
      .add("id", DataTypes.IntegerType, false).add("b", DataTypes.BooleanType).add("i8", DataTypes.ByteType)
      .add("i16", DataTypes.ShortType).add("i64", DataTypes.LongType).add("f", DataTypes.FloatType)
      .add("d", DataTypes.DoubleType).add("dec", DataTypes.createDecimalType(10, 2)).add("s", DataTypes.StringType)
      .add("date", DataTypes.DateType).add("ts", DataTypes.TimestampType).add("ntz", DataTypes.TimestampNTZType);

  static final StructType NESTED = FLAT.add("bin", DataTypes.BinaryType)
      .add("arr", DataTypes.createArrayType(DataTypes.LongType))
      .add("m", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType))
      .add("st", new StructType().add("x", DataTypes.DoubleType).add("y", DataTypes.StringType));

  static final Object[] FLAT_VALUES = {1, true, (byte) 7, (short) -300, 1L << 50, 0.5f, -1.25, new BigDecimal("12345678.90"),
      "text, with \"quotes\"", LocalDate.of(2024, 2, 29), Instant.parse("2024-05-06T07:08:09.123456Z"),
      LocalDateTime.of(2001, 2, 3, 4, 5, 6)};

  static List<Row> rows(StructType schema) {
    Object[] full = Arrays.copyOf(FLAT_VALUES, schema.fields().length);
    if (schema.fields().length > FLAT_VALUES.length) {
      full[12] = new byte[] {0, 1, -1};
      full[13] = Arrays.asList(1L, null);
      full[14] = Map.of("k", 2);
      full[15] = RowFactory.create(2.5, null);
    }
    Object[] nulls = new Object[schema.fields().length];
    nulls[0] = 2;
    return List.of(RowFactory.create(full), RowFactory.create(nulls));
  }

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void stop() {
    spark.sql("DROP TABLE IF EXISTS rw_saved");
    spark.sql("DROP TABLE IF EXISTS rw_v2");
    spark.close();
  }

  private static void assertRoundTrip(String format, StructType schema, Path dir, Map<String, String> options) {
    List<Row> expected = rows(schema);
    String path = dir.resolve(format).toString();
    spark.createDataFrame(expected, schema).write().format(format).options(options).save(path);
    DataFrame back = spark.read().format(format).options(options).schema(schema).load(path).orderBy("id");
    assertEquals(expected, back.collectAsList(), format);
    // Without a given schema, the self-describing formats give back the same columns and types.
    if (format.equals("parquet") || format.equals("orc")) {
      DataFrame inferred = spark.read().format(format).load(path);
      assertEquals(schema.add("x", DataTypes.IntegerType).toDDL().replace(" NOT NULL", "").replace(",x INT", ""),
          inferred.schema().toDDL(), format);
    }
  }

  @Test
  void fileFormatsRoundTripEveryTypeWithNulls(@TempDir Path dir) {
    assertRoundTrip("parquet", NESTED, dir, Map.of());
    assertRoundTrip("orc", NESTED, dir, Map.of());
    // The text formats write milliseconds by default; this pattern keeps the microseconds.
    String micros = "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX";
    assertRoundTrip("json", NESTED, dir, Map.of("timestampFormat", micros));
    assertRoundTrip("csv", FLAT, dir, Map.of("header", "true", "timestampFormat", micros));
    // The shortcuts read and write the same files.
    spark.createDataFrame(rows(FLAT), FLAT).write().mode("overwrite").option("timestampFormat", micros)
        .json(dir.resolve("j2").toString());
    assertEquals(rows(FLAT), spark.read().schema(FLAT).option("timestampFormat", micros).json(dir.resolve("j2").toString())
        .orderBy("id").collectAsList());
  }

  @Test
  void textAndModes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lines.txt");
    Files.writeString(file, "alpha\nbeta\n\ngamma\n", StandardCharsets.UTF_8);
    assertEquals(List.of("alpha", "beta", "", "gamma"), spark.read().textFile(file.toString()).collectAsList());
    assertEquals(4, spark.read().text(file.toString()).count());
    String out = dir.resolve("out").toString();
    DataFrame words = spark.createDataFrame(List.of("x", "y"));
    words.write().text(out);
    assertThrows(AnalysisException.class, () -> words.write().text(out));
    words.write().mode(SaveMode.Ignore).text(out);
    words.write().mode(SaveMode.Append).text(out);
    assertEquals(4, spark.read().text(out).count());
    words.write().mode("overwrite").text(out);
    assertEquals(Set.of("x", "y"), Set.copyOf(spark.read().textFile(out).collectAsList()));
    assertThrows(IllegalArgumentException.class, () -> words.write().mode("sometimes"));
  }

  @Test
  void partitionedWritesAndReads(@TempDir Path dir) throws IOException {
    DataFrame df = spark.range(0, 20).selectExpr("id", "id % 3 AS part", "CAST(id * 2 AS STRING) AS s");
    String path = dir.resolve("p").toString();
    df.write().partitionBy("part").parquet(path);
    try (Stream<Path> list = Files.list(dir.resolve("p"))) {
      Set<String> folders = list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("part="))
          .collect(Collectors.toSet());
      assertEquals(Set.of("part=0", "part=1", "part=2"), folders);
    }
    DataFrame back = spark.read().parquet(path);
    assertEquals(List.of("id", "s", "part"), List.of(back.columns()));
    assertEquals(7, back.filter(col("part").equalTo(1)).count());
    assertEquals(spark.sql("SELECT id, CAST(id * 2 AS STRING) AS s, id % 3 AS part FROM range(20) WHERE id % 3 = 2 ORDER BY id")
        .collectAsList(), back.filter("part = 2").orderBy("id").selectExpr("id", "s", "CAST(part AS BIGINT) AS part").collectAsList());
    assertEquals(7, spark.read().parquet(path + "/part=0").count());
  }

  @Test
  void tables() {
    spark.sql("DROP TABLE IF EXISTS rw_saved");
    DataFrame df = spark.createDataFrame(rows(FLAT), FLAT);
    df.write().format("parquet").saveAsTable("rw_saved");
    assertEquals(rows(FLAT), spark.table("rw_saved").orderBy("id").collectAsList());
    assertThrows(AnalysisException.class, () -> df.write().saveAsTable("rw_saved"));
    df.write().insertInto("rw_saved");
    assertEquals(4, spark.read().table("rw_saved").count());
    df.filter("id = 1").write().mode(SaveMode.Overwrite).insertInto("rw_saved");
    assertEquals(List.of(rows(FLAT).get(0)), spark.table("rw_saved").collectAsList());
    df.write().mode(SaveMode.Append).saveAsTable("rw_saved");
    assertEquals(3, spark.sql("SELECT * FROM rw_saved").count());
  }

  @Test
  void writeToCreateAppendOverwrite() {
    spark.sql("DROP TABLE IF EXISTS rw_v2");
    DataFrame first = spark.range(0, 5).selectExpr("id", "CAST(id % 2 AS INT) AS p");
    first.writeTo("rw_v2").using("parquet").partitionedBy(col("p")).tableProperty("team", "tests").create();
    assertEquals(5, spark.table("rw_v2").count());
    assertThrows(AnalysisException.class, () -> first.writeTo("rw_v2").using("parquet").create());
    assertEquals("tests", spark.sql("SHOW TBLPROPERTIES rw_v2 ('team')").first().getString(1));
    assertEquals(List.of("p"), spark.sql("DESCRIBE TABLE rw_v2").filter("col_name = 'p'").select("col_name")
        .as(String.class).collectAsList().subList(0, 1));
    // Replacing and appending need a catalog of DataSource V2 tables; the session catalog's file
    // tables are V1, and the server says so: the commands reach it intact, and nothing changes.
    DataFrame more = spark.range(1).selectExpr("id", "0 AS p");
    for (Runnable write : List.<Runnable>of(() -> more.writeTo("rw_v2").append(),
        () -> more.writeTo("rw_v2").overwritePartitions(), () -> more.writeTo("rw_v2").overwrite(col("id").gt(lit(0))),
        () -> more.writeTo("rw_v2").using("parquet").replace(), () -> more.writeTo("rw_v2").createOrReplace())) {
      AnalysisException e = assertThrows(AnalysisException.class, write::run);
      assertTrue(e.getMessage().contains("v1 table") || e.getMessage().contains("does not support"), e.getMessage());
    }
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), spark.table("rw_v2").orderBy("id").select("id").as(Long.class).collectAsList());
  }
}
