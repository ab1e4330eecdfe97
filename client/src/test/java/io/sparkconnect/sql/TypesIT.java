package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.CalendarInterval;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.MapType;
import io.sparkconnect.sql.types.StructType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every result type decoded from a real server's Arrow batches, from SQL literals. */
@Tag("compat")
class TypesIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    spark.conf().set("spark.sql.session.timeZone", "UTC");
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  private static final String ALL_TYPES = "SELECT true AS b, CAST(-8 AS TINYINT) AS y, CAST(300 AS SMALLINT) AS sh,"
      + " 70000 AS i, 5000000000L AS l, CAST(1.5 AS FLOAT) AS f, 2.25D AS d,"
      + " CAST(-12345678.91 AS DECIMAL(10,2)) AS dec, CAST('12345678901234567890.123456789012345678' AS DECIMAL(38,18)) AS bigdec,"
      + " 'héllo ☃' AS s, X'00FF10' AS bin, DATE'2024-02-29' AS dt, DATE'1969-12-31' AS old,"
      + " TIMESTAMP'2024-01-02 03:04:05.123456' AS ts, TIMESTAMP_NTZ'2024-01-02 03:04:05.123456' AS ntz,"
      + " INTERVAL '1 02:03:04.5' DAY TO SECOND AS dti, INTERVAL '3-2' YEAR TO MONTH AS ymi,"
      + " array(1, NULL, 3) AS arr, map('a', 1, 'b', NULL) AS m, named_struct('x', 1, 'y', named_struct('z', 'deep')) AS st,"
      + " array(named_struct('k', 1), named_struct('k', 2)) AS arrst, map(1, array('p', 'q')) AS marr, NULL AS n";

  @Test
  void everyTypeDecodes() {
    Row r = spark.sql(ALL_TYPES).first();
    assertEquals(true, r.getBoolean(0));
    assertEquals((byte) -8, r.getByte(1));
    assertEquals((short) 300, r.getShort(2));
    assertEquals(70000, r.getInt(3));
    assertEquals(5_000_000_000L, r.getLong(4));
    assertEquals(1.5f, r.getFloat(5));
    assertEquals(2.25, r.getDouble(6));
    assertEquals(new BigDecimal("-12345678.91"), r.getDecimal(7));
    assertEquals(new BigDecimal("12345678901234567890.123456789012345678"), r.getDecimal(8));
    assertEquals("héllo ☃", r.getString(9));
    assertArrayEquals(new byte[] {0, (byte) 0xFF, 0x10}, r.getAs(10));
    assertEquals(LocalDate.of(2024, 2, 29), r.getDate(11));
    assertEquals(LocalDate.of(1969, 12, 31), r.getDate(12));
    assertEquals(Instant.parse("2024-01-02T03:04:05.123456Z"), r.getTimestamp(13));
    assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000), r.get(14));
    assertEquals(Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4).plusMillis(500), r.get(15));
    assertEquals(Period.of(3, 2, 0), r.get(16));
    assertEquals(Arrays.asList(1, null, 3), r.getList(17));
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("a", 1);
    m.put("b", null);
    assertEquals(m, r.getJavaMap(18));
    Row st = r.getStruct(19);
    assertEquals(1, st.getInt(0));
    assertEquals("deep", st.getStruct(1).getString(0));
    assertEquals("deep", st.getStruct(1).getAs("z"));
    List<Row> arrst = r.getList(20);
    assertEquals(2, arrst.get(1).getInt(0));
    assertEquals(Map.of(1, List.of("p", "q")), r.getJavaMap(21));
    assertNull(r.get(22));
    assertTrue(r.isNullAt(22));
  }

  @Test
  void schemaOfEveryType() {
    StructType s = spark.sql(ALL_TYPES).schema();
    assertEquals(DataTypes.BooleanType, s.apply("b").dataType());
    assertEquals(DataTypes.ByteType, s.apply("y").dataType());
    assertEquals(DataTypes.ShortType, s.apply("sh").dataType());
    assertEquals(DataTypes.LongType, s.apply("l").dataType());
    assertEquals(DataTypes.FloatType, s.apply("f").dataType());
    assertEquals(new DecimalType(10, 2), s.apply("dec").dataType());
    assertEquals(DataTypes.BinaryType, s.apply("bin").dataType());
    assertEquals(DataTypes.DateType, s.apply("dt").dataType());
    assertEquals(DataTypes.TimestampType, s.apply("ts").dataType());
    assertEquals(DataTypes.TimestampNTZType, s.apply("ntz").dataType());
    assertEquals(DataTypes.createDayTimeIntervalType(), s.apply("dti").dataType());
    assertEquals(DataTypes.createYearMonthIntervalType(), s.apply("ymi").dataType());
    assertEquals(new ArrayType(DataTypes.IntegerType, true), s.apply("arr").dataType());
    assertEquals(new MapType(DataTypes.StringType, DataTypes.IntegerType, true), s.apply("m").dataType());
    assertEquals(DataTypes.NullType, s.apply("n").dataType());
    // The schema carried by the decoded rows matches the analyzed schema.
    assertEquals(s, spark.sql(ALL_TYPES).first().schema());
  }

  @Test
  void nullsOfEveryType() {
    Row r = spark.sql("SELECT CAST(NULL AS BOOLEAN), CAST(NULL AS TINYINT), CAST(NULL AS SMALLINT), CAST(NULL AS INT),"
        + " CAST(NULL AS BIGINT), CAST(NULL AS FLOAT), CAST(NULL AS DOUBLE), CAST(NULL AS DECIMAL(5,1)),"
        + " CAST(NULL AS STRING), CAST(NULL AS BINARY), CAST(NULL AS DATE), CAST(NULL AS TIMESTAMP),"
        + " CAST(NULL AS TIMESTAMP_NTZ), CAST(NULL AS ARRAY<INT>), CAST(NULL AS MAP<STRING,INT>),"
        + " CAST(NULL AS STRUCT<a: INT>)").first();
    assertEquals(16, r.size());
    for (int i = 0; i < r.size(); i++) {
      assertTrue(r.isNullAt(i), "column " + i);
      assertNull(r.get(i), "column " + i);
    }
  }

  @Test
  void timestampsInAnotherTimeZone() {
    try (SparkSession la = TestServer.newSession()) {
      la.conf().set("spark.sql.session.timeZone", "America/Los_Angeles");
      Row r = la.sql("SELECT TIMESTAMP'2024-07-01 12:00:00' AS ts, TIMESTAMP_NTZ'2024-07-01 12:00:00' AS ntz,"
          + " CAST(TIMESTAMP'2024-07-01 12:00:00' AS STRING) AS txt").first();
      assertEquals(Instant.parse("2024-07-01T19:00:00Z"), r.getTimestamp(0));
      assertEquals(LocalDateTime.of(2024, 7, 1, 12, 0), r.get(1));
      assertEquals("2024-07-01 12:00:00", r.getString(2));
    }
  }

  @Test
  void calendarInterval() {
    assumeTrue(TestServer.serverAtLeast(spark, 4, 0), "Spark 3.5 cannot send CalendarInterval values in Arrow results");
    Row r = spark.sql("SELECT make_interval(1, 2, 0, 3, 4, 5, 6.5) AS ci").first();
    CalendarInterval ci = r.getAs(0);
    assertEquals(14, ci.months());
    assertEquals(3, ci.days());
    assertEquals(((4 * 60 + 5) * 60 + 6) * 1_000_000L + 500_000L, ci.microseconds());
  }

  @Test
  void literalsRoundTrip() {
    Object[] values = {true, (byte) 1, (short) 2, 3, 4L, 1.25f, 2.5, new BigDecimal("123.450"), "text",
        new byte[] {1, 2}, LocalDate.of(2020, 1, 1), Instant.parse("2021-03-04T05:06:07.891011Z"),
        LocalDateTime.of(2022, 5, 6, 7, 8, 9), Duration.ofSeconds(90), Period.of(1, 2, 0),
        List.of(1, 2, 3), Map.of("k", "v")};
    Column[] cols = new Column[values.length];
    for (int i = 0; i < values.length; i++) {
      cols[i] = functions.lit(values[i]).alias("c" + i);
    }
    Row r = spark.range(1).select(cols).first();
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof byte[]) {
        assertArrayEquals((byte[]) values[i], r.getAs(i));
      } else {
        assertEquals(values[i], r.get(i), "literal " + i);
      }
    }
  }
}
