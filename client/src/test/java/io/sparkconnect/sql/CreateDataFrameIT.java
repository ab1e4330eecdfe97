package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Local data to the server and rows back to Java objects, against a real server. */
class CreateDataFrameIT {
  static SparkSession spark;

  enum Color { RED, GREEN }

  record Address(String city, int zip) {}

  record Person(String name, int age, Long score, Optional<String> email, List<String> tags,
      Map<String, Integer> counts, Address address, Color color, BigDecimal balance, LocalDate born,
      Instant seen, LocalDateTime local, Duration delay, Period term, List<Address> previous) {}

  /** A JavaBean with a nested bean and a binary property. */
  public static final class Item {
    private String title;
    private double price;
    private byte[] payload;
    private Tag tag;

    public Item() {}

    Item(String title, double price, byte[] payload, Tag tag) {
      this.title = title;
      this.price = price;
      this.payload = payload;
      this.tag = tag;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public double getPrice() {
      return price;
    }

    public void setPrice(double price) {
      this.price = price;
    }

    public byte[] getPayload() {
      return payload;
    }

    public void setPayload(byte[] payload) {
      this.payload = payload;
    }

    public Tag getTag() {
      return tag;
    }

    public void setTag(Tag tag) {
      this.tag = tag;
    }
  }

  /** A nested JavaBean. */
  public static final class Tag {
    private String label;
    private Integer weight;

    public Tag() {}

    Tag(String label, Integer weight) {
      this.label = label;
      this.weight = weight;
    }

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    public Integer getWeight() {
      return weight;
    }

    public void setWeight(Integer weight) {
      this.weight = weight;
    }
  }

  record Wide(long id, double ratio, String name) {}

  record Narrow(int id) {}

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  @Test
  void millionRowsThroughCachedArtifact() {
    int n = 1_000_000;
    List<Row> rows = new ArrayList<>(n);
    long sumId = 0;
    double sumValue = 0;
    long sumLen = 0;
    for (int i = 0; i < n; i++) {
      long id = i * 3L - 7;
      double v = i * 0.25;
      String s = "row-" + i;
      rows.add(RowFactory.create(id, v, s));
      sumId += id;
      sumValue += v;
      sumLen += s.length();
    }
    StructType schema = new StructType().add("id", DataTypes.LongType, false).add("v", DataTypes.DoubleType)
        .add("s", DataTypes.StringType);
    try (SparkSession small = TestServer.newSession()) {
      // A low threshold forces the artifact path; the default (64 MiB) would inline these ~25 MB.
      small.conf().set("spark.sql.session.localRelationCacheThreshold", "1048576");
      DataFrame df = small.createDataFrame(rows, schema);
      assertTrue(df.relation().hasCachedLocalRelation(), "expected a cached local relation");
      String hash = df.relation().getCachedLocalRelation().getHash();
      assertEquals(Map.of("cache/" + hash, true), small.client().artifactStatuses(List.of("cache/" + hash)));
      Row agg = df.agg(functions.count(functions.lit(1)), sum("id"), sum("v"), sum(functions.length(col("s")))).first();
      assertEquals(n, agg.getLong(0));
      assertEquals(sumId, agg.getLong(1));
      assertEquals(sumValue, agg.getDouble(2), 1e-6);
      assertEquals(sumLen, agg.getLong(3));
      assertEquals(n, df.count());
      // The same data again: the server already has the artifact, and the result is the same.
      DataFrame again = small.createDataFrame(rows, schema);
      assertEquals(hash, again.relation().getCachedLocalRelation().getHash());
      assertEquals(List.of(RowFactory.create(-7L + 3 * 999_999L, 999_999 * 0.25, "row-999999")),
          again.orderBy(col("id").desc()).limit(1).collectAsList());
    }
    // Below the threshold the data goes inline.
    assertTrue(spark.createDataFrame(rows.subList(0, 10), schema).relation().hasLocalRelation());
  }

  @Test
  void everyTypeWithNullsRoundTrips() {
    StructType schema = new StructType()
        .add("b", DataTypes.BooleanType).add("i8", DataTypes.ByteType).add("i16", DataTypes.ShortType)
        .add("i32", DataTypes.IntegerType).add("i64", DataTypes.LongType).add("f", DataTypes.FloatType)
        .add("d", DataTypes.DoubleType).add("dec", DataTypes.createDecimalType(12, 3))
        .add("s", DataTypes.StringType).add("bin", DataTypes.BinaryType).add("date", DataTypes.DateType)
        .add("ts", DataTypes.TimestampType).add("ntz", DataTypes.TimestampNTZType)
        .add("dt", DataTypes.createDayTimeIntervalType()).add("ym", DataTypes.createYearMonthIntervalType())
        .add("arr", DataTypes.createArrayType(DataTypes.IntegerType))
        .add("m", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
        .add("st", new StructType().add("x", DataTypes.IntegerType).add("y", DataTypes.StringType));
    Instant ts = Instant.parse("2024-01-15T12:00:00.123456Z");
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("a", 1L);
    m.put("b", null);
    Row full = RowFactory.create(true, (byte) -8, (short) 300, 70000, 1L << 40, 1.5f, -2.25,
        new BigDecimal("123456789.125"), "héllo", "bin".getBytes(StandardCharsets.UTF_8), LocalDate.of(1999, 12, 31),
        ts, LocalDateTime.of(2020, 2, 29, 23, 59, 59, 999_999_000), Duration.ofHours(25).plusMillis(1),
        Period.of(1, 2, 0), Arrays.asList(1, null, 3), m, RowFactory.create(5, null));
    Row nulls = RowFactory.create(new Object[schema.fields().length]);
    spark.conf().set("spark.sql.session.timeZone", "America/Los_Angeles");
    try {
      DataFrame df = spark.createDataFrame(List.of(full, nulls), schema);
      assertEquals(schema.toDDL(), df.schema().toDDL());
      assertEquals(List.of(full, nulls), df.collectAsList());
      // The server reads the UTC instant correctly and renders it in the session time zone.
      Row text = df.selectExpr("CAST(ts AS STRING)", "CAST(ntz AS STRING)", "CAST(date AS STRING)").first();
      assertEquals("2024-01-15 04:00:00.123456", text.getString(0));
      assertEquals("2020-02-29 23:59:59.999999", text.getString(1));
      assertEquals("1999-12-31", text.getString(2));
      Row sqlSide = spark.sql("SELECT TIMESTAMP'2024-01-15 04:00:00.123456' AS t").first();
      assertEquals(ts, sqlSide.getInstant(0));
    } finally {
      spark.conf().unset("spark.sql.session.timeZone");
    }
  }

  @Test
  void recordsBothWays() {
    Person ann = new Person("Ann", 41, 7L, Optional.of("ann@x"), List.of("a", "b"), Map.of("k", 1),
        new Address("Oslo", 150), Color.GREEN, new BigDecimal("10.500000000000000000"), LocalDate.of(1983, 5, 1),
        Instant.parse("2023-03-03T03:03:03.000003Z"), LocalDateTime.of(2001, 1, 1, 0, 0), Duration.ofSeconds(90),
        Period.ofYears(2), List.of(new Address("Rome", 1)));
    Person bob = new Person("Bob", 0, null, Optional.empty(), null, null, null, null, null, null, null, null, null,
        null, null);
    DataFrame df = spark.createDataFrame(List.of(ann, bob), Person.class);
    assertEquals("name STRING,age INT NOT NULL,score BIGINT,email STRING,tags ARRAY<STRING>,"
        + "counts MAP<STRING, INT>,address STRUCT<city: STRING, zip: INT>,color STRING,"
        + "balance DECIMAL(38,18),born DATE,seen TIMESTAMP,local TIMESTAMP_NTZ,delay INTERVAL DAY TO SECOND,"
        + "term INTERVAL YEAR TO MONTH,previous ARRAY<STRUCT<city: STRING, zip: INT>>",
        df.schema().toDDL());
    // The server keeps top-level NOT NULL but reports nested struct fields as nullable.
    // Differential: the server sees the values the objects hold.
    Row r = df.selectExpr("name", "age", "email", "address.city", "color", "tags[1]", "counts['k']",
        "previous[0].city").orderBy("name").first();
    assertEquals(RowFactory.create("Ann", 41, "ann@x", "Oslo", "GREEN", "b", 1, "Rome"), r);
    assertEquals(List.of(ann, bob), df.orderBy("name").as(Person.class).collectAsList());
    assertEquals(List.of(ann, bob), df.orderBy("name").collectAs(Person.class));
    assertEquals(ann, df.orderBy("name").as(Person.class).first());
    assertEquals(1, df.as(Person.class).take(1).length);
  }

  @Test
  void beansBothWays() {
    Item a = new Item("pen", 1.5, new byte[] {1, 2}, new Tag("office", 3));
    Item b = new Item(null, 0, null, null);
    DataFrame df = spark.createDataFrame(List.of(a, b), Item.class);
    // Bean properties come sorted by name, as in Spark's bean encoder.
    assertArrayEquals(new String[] {"payload", "price", "tag", "title"}, df.columns());
    Row r = df.selectExpr("title", "price", "tag.label", "tag.weight", "hex(payload)").orderBy(col("price").desc()).first();
    assertEquals(RowFactory.create("pen", 1.5, "office", 3, "0102"), r);
    List<Item> back = df.orderBy(col("price").desc()).as(Item.class).collectAsList();
    assertEquals("pen", back.get(0).getTitle());
    assertEquals(1.5, back.get(0).getPrice());
    assertArrayEquals(new byte[] {1, 2}, back.get(0).getPayload());
    assertEquals("office", back.get(0).getTag().getLabel());
    assertEquals(3, back.get(0).getTag().getWeight());
    assertNull(back.get(1).getTitle());
    assertNull(back.get(1).getTag());
    // Beans from SQL, columns matched ignoring case, int widened to double.
    Item fromSql = spark.sql("SELECT 'x' AS TITLE, 2 AS Price, NULL AS payload, named_struct('LABEL', 'l', 'weight', 9) AS tag")
        .as(Item.class).first();
    assertEquals("x", fromSql.getTitle());
    assertEquals(2.0, fromSql.getPrice());
    assertEquals(9, fromSql.getTag().getWeight());
  }

  @Test
  void singleValuesAndTypedViews() {
    DataFrame ints = spark.createDataFrame(List.of(1, 2, 3));
    assertArrayEquals(new String[] {"value"}, ints.columns());
    assertEquals(6L, ints.agg(sum("value")).first().getLong(0));
    assertEquals(List.of("a", "b"), spark.createDataFrame(Arrays.asList("a", null, "b")).filter("value IS NOT NULL")
        .as(String.class).collectAsList());
    assertEquals(List.of(1L, 2L, 3L), ints.orderBy("value").as(Long.class).collectAsList());
    assertEquals(List.of(new Wide(1, 0.5, "x")), spark.createDataset(List.of(new Wide(1, 0.5, "x")), Wide.class).collectAsList());
    try (CloseableIterator<Wide> it = spark.sql("SELECT CAST(id AS INT) AS ID, CAST(id AS FLOAT) / 2 AS ratio, 'n' AS name,"
        + " 'extra' AS ignored FROM range(3)").as(Wide.class).toLocalIterator()) {
      List<Wide> got = new ArrayList<>();
      it.forEachRemaining(got::add);
      assertEquals(List.of(new Wide(0, 0.0, "n"), new Wide(1, 0.5, "n"), new Wide(2, 1.0, "n")), got);
    }
  }

  @Test
  void clearErrors() {
    StructType schema = new StructType().add("id", DataTypes.IntegerType).add("name", DataTypes.StringType);
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> spark.createDataFrame(List.of(RowFactory.create(1, "a"), RowFactory.create(2, 3)), schema));
    assertTrue(bad.getMessage().contains("name") && bad.getMessage().contains("row 1"), bad.getMessage());
    IllegalArgumentException nullPrimitive = assertThrows(IllegalArgumentException.class,
        () -> spark.sql("SELECT CAST(NULL AS BIGINT) AS id, 0.5D AS ratio, 'x' AS name").as(Wide.class).first());
    assertTrue(nullPrimitive.getMessage().contains("'id'"), nullPrimitive.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> spark.sql("SELECT 1L AS id, 'x' AS name").as(Wide.class).first());
    assertTrue(missing.getMessage().contains("'ratio'"), missing.getMessage());
    IllegalArgumentException narrowing = assertThrows(IllegalArgumentException.class,
        () -> spark.sql("SELECT 1L AS id").as(Narrow.class).first());
    assertTrue(narrowing.getMessage().contains("'id'") && narrowing.getMessage().contains("narrow"), narrowing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> spark.createDataFrame(List.of(1, "x")));
    assertFalse(spark.createDataFrame(List.of(), Wide.class).schema().fields().length == 0);
  }
}
