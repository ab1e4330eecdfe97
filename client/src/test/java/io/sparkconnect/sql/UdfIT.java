package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.array;
import static io.sparkconnect.sql.functions.call_udf;
import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.lit;
import static io.sparkconnect.sql.functions.map;
import static io.sparkconnect.sql.functions.struct;
import static io.sparkconnect.sql.functions.udf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.api.java.UDF0;
import io.sparkconnect.sql.api.java.UDF1;
import io.sparkconnect.sql.api.java.UDF10;
import io.sparkconnect.sql.api.java.UDF2;
import io.sparkconnect.sql.api.java.UDF22;
import io.sparkconnect.sql.expressions.UserDefinedFunction;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Java lambda UDFs running on the server (in executor JVMs on a cluster), with their results
 * checked value by value.
 */
@Tag("compat")
class UdfIT {
  static SparkSession spark;

  /** The buffer of {@link Average}. */
  public record SumCount(long sum, long count) {}

  /** The mean of longs, as a user-defined aggregate function with a record buffer. */
  public static final class Average extends io.sparkconnect.sql.expressions.Aggregator<Long, SumCount, Double> {
    @Override
    public SumCount zero() {
      return new SumCount(0, 0);
    }

    @Override
    public SumCount reduce(SumCount b, Long a) {
      return a == null ? b : new SumCount(b.sum() + a, b.count() + 1);
    }

    @Override
    public SumCount merge(SumCount b1, SumCount b2) {
      return new SumCount(b1.sum() + b2.sum(), b1.count() + b2.count());
    }

    @Override
    public Double finish(SumCount r) {
      return r.count() == 0 ? null : (double) r.sum() / r.count();
    }

    @Override
    public Encoder<SumCount> bufferEncoder() {
      return Encoders.bean(SumCount.class);
    }

    @Override
    public Encoder<Double> outputEncoder() {
      return Encoders.DOUBLE();
    }
  }

  /** A record a UDF returns as a struct. */
  public record Point(long x, String label) {}

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  private static List<Object> column(DataFrame df) {
    List<Object> out = new ArrayList<>();
    for (Row r : df.collectAsList()) {
      out.add(r.get(0));
    }
    return out;
  }

  @Test
  void oneArgumentLambda() {
    UserDefinedFunction plusOne = udf((UDF1<Long, Long>) x -> x + 1, DataTypes.LongType);
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), column(spark.range(5).select(plusOne.apply(col("id")))));
  }

  @Test
  void zeroTwoTenAndTwentyTwoArguments() {
    UserDefinedFunction hello = udf((UDF0<String>) () -> "hello", DataTypes.StringType);
    UserDefinedFunction concat = udf((UDF2<String, Long, String>) (s, n) -> s + "-" + n, DataTypes.StringType);
    UserDefinedFunction sum10 = udf((UDF10<Integer, Integer, Integer, Integer, Integer, Integer, Integer, Integer, Integer, Integer, Integer>)
        (a, b, c, d, e, f, g, h, i, j) -> a + b + c + d + e + f + g + h + i + j, DataTypes.IntegerType);
    UserDefinedFunction sum22 = udf((UDF22<Long, Long, Long, Long, Long, Long, Long, Long, Long, Long, Long, Long, Long, Long, Long, Long,
        Long, Long, Long, Long, Long, Long, Long>) (a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19,
            a20, a21, a22) -> a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 + a17 + a18 + a19 + a20
            + a21 + a22, DataTypes.LongType);
    Column[] ten = new Column[10];
    for (int i = 0; i < 10; i++) {
      ten[i] = lit(i + 1);
    }
    Column[] twentyTwo = new Column[22];
    for (int i = 0; i < 22; i++) {
      twentyTwo[i] = col("id");
    }
    List<Row> rows = spark.range(1, 3)
        .select(hello.apply(), concat.apply(lit("n"), col("id")), sum10.apply(ten), sum22.apply(twentyTwo))
        .collectAsList();
    assertEquals(2, rows.size());
    assertEquals("hello", rows.get(0).get(0));
    assertEquals("n-1", rows.get(0).get(1));
    assertEquals("n-2", rows.get(1).get(1));
    assertEquals(55, rows.get(1).get(2));
    assertEquals(22L, rows.get(0).get(3));
    assertEquals(44L, rows.get(1).get(3));
  }

  /** Each basic type goes in and comes back unchanged; the UDF also reports the Java class it got. */
  @Test
  void everyBasicTypeInAndOut() {
    Object[][] cases = {
        {"CAST(true AS BOOLEAN)", DataTypes.BooleanType, true, "java.lang.Boolean"},
        {"CAST(7 AS TINYINT)", DataTypes.ByteType, (byte) 7, "java.lang.Byte"},
        {"CAST(300 AS SMALLINT)", DataTypes.ShortType, (short) 300, "java.lang.Short"},
        {"CAST(70000 AS INT)", DataTypes.IntegerType, 70000, "java.lang.Integer"},
        {"CAST(5000000000 AS BIGINT)", DataTypes.LongType, 5000000000L, "java.lang.Long"},
        {"CAST(1.5 AS FLOAT)", DataTypes.FloatType, 1.5f, "java.lang.Float"},
        {"CAST(2.25 AS DOUBLE)", DataTypes.DoubleType, 2.25d, "java.lang.Double"},
        {"'héllo'", DataTypes.StringType, "héllo", "java.lang.String"},
        {"CAST(12.345 AS DECIMAL(10,3))", DataTypes.createDecimalType(10, 3), new BigDecimal("12.345"), "java.math.BigDecimal"},
        {"DATE'2024-02-29'", DataTypes.DateType, LocalDate.of(2024, 2, 29), "java.time.LocalDate"},
        {"TIMESTAMP'2024-01-02 03:04:05.123456 UTC'", DataTypes.TimestampType, Instant.parse("2024-01-02T03:04:05.123456Z"), "java.time.Instant"},
        {"TIMESTAMP_NTZ'2024-01-02 03:04:05'", DataTypes.TimestampNTZType, LocalDateTime.of(2024, 1, 2, 3, 4, 5), "java.time.LocalDateTime"},
    };
    for (Object[] c : cases) {
      DataType t = (DataType) c[1];
      UserDefinedFunction same = udf((UDF1<Object, Object>) v -> v, t);
      UserDefinedFunction cls = udf((UDF1<Object, String>) v -> v.getClass().getName(), DataTypes.StringType);
      Row r = spark.sql("SELECT " + c[0] + " AS v").select(same.apply(col("v")), cls.apply(col("v"))).first();
      assertEquals(c[2], r.get(0), "value of " + c[0]);
      assertEquals(c[3], r.get(1), "class of " + c[0]);
    }
    UserDefinedFunction bytes = udf((UDF1<byte[], byte[]>) b -> new byte[] {b[1], b[0]}, DataTypes.BinaryType);
    Row r = spark.sql("SELECT X'0102' AS b").select(bytes.apply(col("b"))).first();
    assertTrue(Arrays.equals(new byte[] {2, 1}, (byte[]) r.get(0)));
  }

  @Test
  void nullsInAndOut() {
    UserDefinedFunction describe = udf((UDF1<Long, String>) x -> x == null ? "null!" : "v" + x, DataTypes.StringType);
    UserDefinedFunction nullIfOdd = udf((UDF1<Long, Long>) x -> x % 2 == 1 ? null : x, DataTypes.LongType);
    List<Row> rows = spark.sql("SELECT * FROM VALUES (CAST(NULL AS BIGINT)), (3L), (4L) AS t(x)")
        .select(describe.apply(col("x")), nullIfOdd.apply(functions.coalesce(col("x"), lit(1L)))).collectAsList();
    assertEquals("null!", rows.get(0).get(0));
    assertEquals("v3", rows.get(1).get(0));
    assertNull(rows.get(0).get(1));
    assertNull(rows.get(1).get(1));
    assertEquals(4L, rows.get(2).get(1));
  }

  @Test
  void arraysMapsAndStructsAsJavaValues() {
    UserDefinedFunction doubled = udf((UDF1<List<Long>, List<Long>>) l -> {
      if (!(l instanceof List)) {
        throw new IllegalStateException("not a java.util.List: " + l.getClass());
      }
      List<Long> out = new ArrayList<>();
      for (Long x : l) {
        out.add(x == null ? null : x * 2);
      }
      return out;
    }, DataTypes.createArrayType(DataTypes.LongType));
    UserDefinedFunction keys = udf((UDF1<Map<String, Long>, Map<String, Long>>) m -> {
      Map<String, Long> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(k.toUpperCase(), v + 1));
      return out;
    }, DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType));
    UserDefinedFunction field = udf((UDF1<Row, String>) r -> r.getAs("name") + ":" + r.getLong(r.fieldIndex("n")),
        DataTypes.StringType);
    List<Row> rows = spark.range(1)
        .select(doubled.apply(array(lit(1L), lit(null).cast("bigint"), lit(3L))),
            keys.apply(map(lit("a"), lit(1L), lit("b"), lit(2L))),
            field.apply(struct(lit(7L).as("n"), lit("seven").as("name"))))
        .collectAsList();
    assertEquals(Arrays.asList(2L, null, 6L), rows.get(0).getList(0));
    assertEquals(Map.of("A", 2L, "B", 3L), rows.get(0).getJavaMap(1));
    assertEquals("seven:7", rows.get(0).get(2));
  }

  @Test
  void recordsAndRowsBecomeStructs() {
    StructType point = new StructType().add("x", DataTypes.LongType, false).add("label", DataTypes.StringType);
    UserDefinedFunction toRecord = udf((UDF1<Long, Point>) x -> new Point(x, "p" + x), point);
    UserDefinedFunction toRow = udf((UDF1<Long, Row>) x -> RowFactory.create(x * 10, null), point);
    UserDefinedFunction nested = udf((UDF1<Long, List<Point>>) x -> List.of(new Point(x, "a"), new Point(x + 1, "b")),
        DataTypes.createArrayType(point));
    List<Row> rows = spark.range(2, 3).select(toRecord.apply(col("id")).as("r"), toRow.apply(col("id")).as("w"),
        nested.apply(col("id")).as("n")).collectAsList();
    Row r = rows.get(0);
    assertEquals(2L, r.getStruct(0).getLong(0));
    assertEquals("p2", r.getStruct(0).getString(1));
    assertEquals(20L, r.getStruct(1).getLong(0));
    assertNull(r.getStruct(1).get(1));
    List<Row> n = r.getList(2);
    assertEquals(List.of(2L, 3L), List.of(n.get(0).getLong(0), n.get(1).getLong(0)));
    assertEquals("b", n.get(1).getString(1));
  }

  @Test
  void registeredFunctionsFromSqlAndCallUdf() {
    spark.udf().register("udfit_plus_one", (UDF1<Long, Long>) x -> x + 1, DataTypes.LongType);
    UserDefinedFunction shout = spark.udf().register("udfit_shout",
        udf((UDF1<String, String>) s -> s.toUpperCase() + "!", DataTypes.StringType));
    assertEquals(42L, spark.sql("SELECT udfit_plus_one(41L)").first().get(0));
    assertEquals("HI!", spark.sql("SELECT udfit_shout('hi')").first().get(0));
    assertEquals(List.of(1L, 2L), column(spark.range(2).select(call_udf("udfit_plus_one", col("id")))));
    @SuppressWarnings("deprecation")
    Column viaCallUdf = functions.callUDF("udfit_shout", lit("a"));
    assertEquals("A!", spark.range(1).select(viaCallUdf).first().get(0));
    assertEquals("X!", spark.range(1).select(shout.apply(lit("x"))).first().get(0));
  }

  @Test
  void namesNullabilityAndDeterminism() {
    UserDefinedFunction f = udf((UDF1<Long, Long>) x -> x * 3, DataTypes.LongType);
    assertTrue(f.nullable());
    assertTrue(f.deterministic());
    UserDefinedFunction g = f.withName("triple").asNonNullable().asNondeterministic();
    assertFalse(g.nullable());
    assertFalse(g.deterministic());
    DataFrame df = spark.range(3).select(g.apply(col("id")));
    assertEquals("triple(id)", df.columns()[0]);
    assertFalse(df.schema().fields()[0].nullable());
    assertEquals(List.of(0L, 3L, 6L), column(df));
    assertTrue(spark.range(1).select(f.apply(col("id"))).schema().fields()[0].nullable());
  }

  @Test
  void userExceptionsReachTheCallerWithTheirClassMessageAndFrame() {
    UserDefinedFunction failing = udf((UDF1<Long, Long>) x -> {
      if (x == 2) {
        throw new IllegalStateException("boom at " + x);
      }
      return x;
    }, DataTypes.LongType);
    SparkConnectException e = assertThrows(SparkConnectException.class,
        () -> spark.range(4).select(failing.apply(col("id"))).collectAsList());
    Throwable cause = e;
    String all = "";
    List<StackTraceElement> frames = new ArrayList<>();
    while (cause != null) {
      all += cause.getMessage() + "\n";
      if (cause instanceof SparkConnectException) {
        frames.addAll(((SparkConnectException) cause).getServerStackTrace());
      }
      cause = cause.getCause();
    }
    assertTrue(all.contains("FAILED_EXECUTE_UDF"), all);
    if (!TestServer.serverAtLeast(spark, 4, 0)) {
      // Spark 3.5 keeps the cause out of FAILED_EXECUTE_UDF's message and cuts the job failure's
      // text before its "Caused by" lines. Only a session with the JVM stack trace enabled gets the
      // causes, as text, from a server whose spark.connect.jvmStacktrace.maxSize lets them through
      // (TestServer sets it); the client names the root cause from there.
      if (System.getProperty("spark.test.remote") == null) {
        try (SparkSession traced = TestServer.newSession()) {
          traced.conf().set("spark.sql.pyspark.jvmStacktrace.enabled", "true");
          SparkConnectException withTrace = assertThrows(SparkConnectException.class,
              () -> traced.range(4).select(failing.apply(col("id"))).collectAsList());
          assertTrue(withTrace.getMessage().contains("Caused by: java.lang.IllegalStateException: boom at 2"),
              withTrace.getMessage());
        }
      }
      return;
    }
    assertTrue(all.contains("java.lang.IllegalStateException"), all);
    assertTrue(all.contains("boom at 2"), all);
    assertTrue(frames.stream().anyMatch(f -> f.getClassName().startsWith(UdfIT.class.getName())),
        "the user's frame in the server stack trace: " + frames);
  }

  @Test
  void aNonSerializableCaptureFailsOnTheClientNamingTheType() {
    Thread notSerializable = new Thread(() -> { });
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> udf((UDF1<Long, String>) x -> notSerializable.getName() + x, DataTypes.StringType));
    assertTrue(e.getMessage().contains("java.lang.Thread"), e.getMessage());
    assertTrue(e.getMessage().contains("not serializable"), e.getMessage());
  }

  @Test
  void aFailedRegistrationLeavesNothingBehind() {
    SparkConnectException e = assertThrows(SparkConnectException.class,
        () -> spark.udf().registerJava("udfit_missing", "com.example.NoSuchUdf", DataTypes.LongType));
    assertTrue(e.getMessage().contains("com.example.NoSuchUdf"), e.getMessage());
    AnalysisException gone = assertThrows(AnalysisException.class, () -> spark.sql("SELECT udfit_missing(1)").collectAsList());
    assertTrue(gone.getMessage().contains("udfit_missing"), gone.getMessage());
  }

  @Test
  void wrongArgumentCountFailsBeforeSending() {
    UserDefinedFunction two = udf((UDF2<Long, Long, Long>) (a, b) -> a + b, DataTypes.LongType);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> two.apply(col("id")));
    assertTrue(e.getMessage().contains("takes 2 arguments, not 1"), e.getMessage());
  }

  @Test
  void aResultThatDoesNotFitTheReturnTypeNamesBoth() {
    UserDefinedFunction bad = udf((UDF1<Long, Object>) x -> "text", DataTypes.createArrayType(DataTypes.LongType));
    SparkConnectException e = assertThrows(SparkConnectException.class,
        () -> spark.range(1).select(bad.apply(col("id"))).collectAsList());
    assertTrue(e.getMessage().contains("FAILED_EXECUTE_UDF"), e.getMessage());
    if (TestServer.serverAtLeast(spark, 4, 0)) {
      assertTrue(e.getMessage().contains("java.lang.String cannot be returned as array<bigint>"), e.getMessage());
    }
  }

  @Test
  void userDefinedAggregateFunctions() {
    UserDefinedFunction avg = functions.udaf(new Average(), Encoders.LONG());
    DataFrame grouped = spark.range(1, 11).groupBy(col("id").mod(2).as("k")).agg(avg.apply(col("id")).as("a")).orderBy("k");
    if (!TestServer.serverAtLeast(spark, 4, 0)) {
      SparkConnectException e = assertThrows(SparkConnectException.class, grouped::collectAsList);
      assertEquals("UNSUPPORTED_BY_SERVER_VERSION", e.getCondition());
      return;
    }
    List<Row> rows = grouped.collectAsList();
    assertEquals(0L, rows.get(0).get(0));
    assertEquals(6.0, rows.get(0).get(1));
    assertEquals(5.0, rows.get(1).get(1));
    spark.udf().register("udfit_avg", avg);
    assertEquals(2.5, spark.sql("SELECT udfit_avg(id) FROM range(1, 5)").first().get(0));
    assertNull(spark.sql("SELECT udfit_avg(id) FROM range(0)").first().get(0));
  }
}
