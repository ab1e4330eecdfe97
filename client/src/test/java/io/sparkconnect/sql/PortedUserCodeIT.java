package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.call_udf;
import static io.sparkconnect.sql.functions.callUDF;
import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.expr;
import static io.sparkconnect.sql.functions.udf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.api.java.function.CoGroupFunction;
import io.sparkconnect.api.java.function.FilterFunction;
import io.sparkconnect.api.java.function.FlatMapFunction;
import io.sparkconnect.api.java.function.FlatMapGroupsFunction;
import io.sparkconnect.api.java.function.ForeachFunction;
import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.api.java.function.MapGroupsFunction;
import io.sparkconnect.api.java.function.MapPartitionsFunction;
import io.sparkconnect.api.java.function.ReduceFunction;
import io.sparkconnect.sql.api.java.UDF1;
import io.sparkconnect.sql.api.java.UDF2;
import io.sparkconnect.sql.expressions.Aggregator;
import io.sparkconnect.sql.expressions.UserDefinedFunction;
import io.sparkconnect.sql.streaming.SourceProgress;
import io.sparkconnect.sql.streaming.StateOperatorProgress;
import io.sparkconnect.sql.streaming.StreamingQuery;
import io.sparkconnect.sql.streaming.StreamingQueryProgress;
import io.sparkconnect.sql.streaming.Trigger;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java programs written for Spark's own Java API, ported by the porting rule only (imports from
 * {@code io.sparkconnect}, {@code Dataset<Row>} as {@code DataFrame}, {@code Dataset<T>} as
 * {@code TypedDataFrame<T>}), in the style of Spark's Java examples and Java test suites: they
 * must compile unchanged and give what Spark gives (values, {@code show()} text, schemas, errors).
 * The class is serializable, as Spark's Java suites are, since anonymous functions written in an
 * instance method may capture it. Public and package-private types both appear, as they take
 * different paths (public records in a public class are built by the server itself).
 */
@Tag("compat")
public class PortedUserCodeIT implements Serializable {
  private static final long serialVersionUID = 1L;
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.close();
    }
  }

  private static boolean spark4() {
    return TestServer.serverAtLeast(spark, 4, 0);
  }

  private static void assertUnsupported(Runnable r) {
    SparkConnectException e = assertThrows(SparkConnectException.class, r::run);
    assertEquals("UNSUPPORTED_BY_SERVER_VERSION", e.getCondition(), e.getMessage());
  }

  @SafeVarargs
  private static <T> Set<T> asSet(T... values) {
    return new HashSet<>(Arrays.asList(values));
  }

  private static String show(TypedDataFrame<?> ds) {
    return ds.showString(20, 20, false);
  }

  private static String show(DataFrame df) {
    return df.showString(20, 20, false);
  }

  // ---- JavaBeans and records, public and package-private ----

  /** A JavaBean as Spark's examples write them (public, serializable, getters and setters). */
  public static class Employee implements Serializable {
    private String name;
    private long salary;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public long getSalary() {
      return salary;
    }

    public void setSalary(long salary) {
      this.salary = salary;
    }
  }

  /** A package-private buffer bean (the slower, converting path). */
  static class Average implements Serializable {
    private long sum;
    private long count;

    public Average() {}

    public Average(long sum, long count) {
      this.sum = sum;
      this.count = count;
    }

    public long getSum() {
      return sum;
    }

    public void setSum(long sum) {
      this.sum = sum;
    }

    public long getCount() {
      return count;
    }

    public void setCount(long count) {
      this.count = count;
    }
  }

  /** The typed average of salaries, as in Spark's typed aggregation example. */
  public static class MyTypedAverage extends Aggregator<Employee, Average, Double> {
    @Override
    public Average zero() {
      return new Average(0L, 0L);
    }

    @Override
    public Average reduce(Average buffer, Employee employee) {
      buffer.setSum(buffer.getSum() + employee.getSalary());
      buffer.setCount(buffer.getCount() + 1);
      return buffer;
    }

    @Override
    public Average merge(Average b1, Average b2) {
      b1.setSum(b1.getSum() + b2.getSum());
      b1.setCount(b1.getCount() + b2.getCount());
      return b1;
    }

    @Override
    public Double finish(Average reduction) {
      return ((double) reduction.getSum()) / reduction.getCount();
    }

    @Override
    public Encoder<Average> bufferEncoder() {
      return Encoders.bean(Average.class);
    }

    @Override
    public Encoder<Double> outputEncoder() {
      return Encoders.DOUBLE();
    }
  }

  /** The untyped average of longs, as in Spark's untyped aggregation example. */
  public static class MyAverage extends Aggregator<Long, Average, Double> {
    @Override
    public Average zero() {
      return new Average(0L, 0L);
    }

    @Override
    public Average reduce(Average buffer, Long data) {
      buffer.setSum(buffer.getSum() + data);
      buffer.setCount(buffer.getCount() + 1);
      return buffer;
    }

    @Override
    public Average merge(Average b1, Average b2) {
      b1.setSum(b1.getSum() + b2.getSum());
      b1.setCount(b1.getCount() + b2.getCount());
      return b1;
    }

    @Override
    public Double finish(Average reduction) {
      return ((double) reduction.getSum()) / reduction.getCount();
    }

    @Override
    public Encoder<Average> bufferEncoder() {
      return Encoders.bean(Average.class);
    }

    @Override
    public Encoder<Double> outputEncoder() {
      return Encoders.DOUBLE();
    }
  }

  /** A public record in a public class (the direct path). */
  public record Person(String name, int age) {}

  /** A package-private record (the converting path). */
  record City(String name, long population) {}

  /** A bean with arrays, lists, maps and binary, as Spark's Java suite has. */
  public static class SimpleJavaBean implements Serializable {
    private boolean a;
    private int b;
    private byte[] c;
    private String[] d;
    private List<String> e;
    private List<Long> f;
    private Map<Integer, String> g;

    public boolean isA() {
      return a;
    }

    public void setA(boolean a) {
      this.a = a;
    }

    public int getB() {
      return b;
    }

    public void setB(int b) {
      this.b = b;
    }

    public byte[] getC() {
      return c;
    }

    public void setC(byte[] c) {
      this.c = c;
    }

    public String[] getD() {
      return d;
    }

    public void setD(String[] d) {
      this.d = d;
    }

    public List<String> getE() {
      return e;
    }

    public void setE(List<String> e) {
      this.e = e;
    }

    public List<Long> getF() {
      return f;
    }

    public void setF(List<Long> f) {
      this.f = f;
    }

    public Map<Integer, String> getG() {
      return g;
    }

    public void setG(Map<Integer, String> g) {
      this.g = g;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof SimpleJavaBean that)) {
        return false;
      }
      return a == that.a && b == that.b && Arrays.equals(c, that.c) && Arrays.equals(d, that.d)
          && Objects.equals(e, that.e) && Objects.equals(f, that.f) && Objects.equals(g, that.g);
    }

    @Override
    public int hashCode() {
      return Objects.hash(a, b, Arrays.hashCode(c), Arrays.hashCode(d), e, f, g);
    }
  }

  /** A bean whose properties are declared out of name order. */
  public static class Unordered implements Serializable {
    private String zeta = "z";
    private String alpha = "a";

    public String getZeta() {
      return zeta;
    }

    public void setZeta(String zeta) {
      this.zeta = zeta;
    }

    public String getAlpha() {
      return alpha;
    }

    public void setAlpha(String alpha) {
      this.alpha = alpha;
    }
  }

  /** A serializable class with no bean properties, for {@code Encoders.javaSerialization}. */
  public static class JavaSerializable implements Serializable {
    String value;

    JavaSerializable(String value) {
      this.value = value;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof JavaSerializable j && j.value.equals(value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }
  }

  // ---- Spark's scalar UDF example ----

  @Test
  void scalarUdfExample() {
    UserDefinedFunction random = udf(() -> Math.random(), DataTypes.DoubleType);
    random.asNondeterministic();
    // a temporary function does not shadow a built-in one (random), so the example's name changes
    spark.udf().register("myRandom", random);
    DataFrame r = spark.sql("SELECT myRandom()");
    assertEquals("myRandom()", r.columns()[0]);
    double v = r.first().getDouble(0);
    assertTrue(v >= 0 && v < 1, "random() gave " + v);

    spark.udf().register("plusOne", new UDF1<Integer, Integer>() {
      @Override
      public Integer call(Integer x) {
        return x + 1;
      }
    }, DataTypes.IntegerType);
    assertEquals("""
        +----------+
        |plusOne(5)|
        +----------+
        |         6|
        +----------+
        """, show(spark.sql("SELECT plusOne(5)")));

    UserDefinedFunction strLen = udf((String s, Integer x) -> s.length() + x, DataTypes.IntegerType);
    spark.udf().register("strLen", strLen);
    assertEquals("""
        +---------------+
        |strLen(test, 1)|
        +---------------+
        |              5|
        +---------------+
        """, show(spark.sql("SELECT strLen('test', 1)")));

    spark.udf().register("oneArgFilter", new UDF1<Long, Boolean>() {
      @Override
      public Boolean call(Long x) {
        return x > 5;
      }
    }, DataTypes.BooleanType);
    spark.range(1, 10).createOrReplaceTempView("test");
    assertEquals("""
        +---+
        | id|
        +---+
        |  6|
        |  7|
        |  8|
        |  9|
        +---+
        """, show(spark.sql("SELECT * FROM test WHERE oneArgFilter(id)")));
  }

  @Test
  void udfsCalledByNameAndAsColumns() {
    spark.udf().register("strLenJ", (UDF1<String, Integer>) String::length, DataTypes.IntegerType);
    DataFrame people = spark.createDataFrame(
        List.of(RowFactory.create("Michael", 29), RowFactory.create("Andy", 30)),
        new StructType().add("name", DataTypes.StringType).add("age", DataTypes.IntegerType));
    people.createOrReplaceTempView("people_udf");
    assertEquals(List.of(7, 4), spark.sql("SELECT strLenJ(name) FROM people_udf ORDER BY age")
        .collectAsList().stream().map(row -> row.getInt(0)).toList());
    assertEquals(List.of(7, 4), people.orderBy("age").select(callUDF("strLenJ", col("name")))
        .collectAsList().stream().map(row -> row.getInt(0)).toList());
    assertEquals(List.of(7, 4), people.orderBy("age").select(call_udf("strLenJ", col("name")))
        .collectAsList().stream().map(row -> row.getInt(0)).toList());

    UserDefinedFunction concat = udf((UDF2<String, Integer, String>) (s, i) -> s + "#" + i,
        DataTypes.StringType);
    assertEquals(List.of("Michael#29", "Andy#30"),
        people.orderBy("age").select(concat.apply(col("name"), col("age"))).collectAsList().stream()
            .map(row -> row.getString(0)).toList());

    UserDefinedFunction nondet = udf(() -> 1, DataTypes.IntegerType).asNondeterministic();
    assertFalse(nondet.deterministic());
    assertEquals(1, spark.range(1).select(nondet.apply()).first().getInt(0));
  }

  @Test
  void udfsReturningStructsArraysAndMaps() {
    StructType pair = new StructType().add("word", DataTypes.StringType).add("len", DataTypes.IntegerType);
    UserDefinedFunction toPair = udf((UDF1<String, Row>) s -> RowFactory.create(s, s.length()), pair);
    UserDefinedFunction split = udf((UDF1<String, String[]>) s -> s.split(","),
        DataTypes.createArrayType(DataTypes.StringType));
    UserDefinedFunction counts = udf((UDF1<String, Map<String, Integer>>) s -> {
      Map<String, Integer> m = new HashMap<>();
      for (String w : s.split(",")) {
        m.merge(w, 1, Integer::sum);
      }
      return m;
    }, DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType));
    DataFrame df = spark.sql("SELECT 'a,b,a' AS s");
    Row r = df.select(toPair.apply(col("s")).as("p"), split.apply(col("s")).as("a"),
        counts.apply(col("s")).as("m")).first();
    assertEquals("a,b,a", r.getStruct(0).getString(0));
    assertEquals(5, r.getStruct(0).getInt(1));
    assertEquals(List.of("a", "b", "a"), r.getList(1));
    assertEquals(Map.of("a", 2, "b", 1), r.getJavaMap(2));
    DataFrame typed = df.select(toPair.apply(col("s")).as("p"));
    assertEquals("""
        root
         |-- p: struct (nullable = true)
         |    |-- word: string (nullable = true)
         |    |-- len: integer (nullable = true)
        """, typed.schema().treeString());
  }

  // ---- Spark's Java UDF suite, ported ----

  /** A UDF class, registered by name with registerJava. */
  public static class StringLengthTest implements UDF2<String, String, Integer> {
    @Override
    public Integer call(String str1, String str2) {
      return str1.length() + str2.length();
    }
  }

  @Test
  void registeredLambdasWithoutCasts() {
    spark.udf().register("stringLengthTest1", (String str) -> str.length(), DataTypes.IntegerType);
    assertEquals(4, spark.sql("SELECT stringLengthTest1('test')").head().getInt(0));
    spark.udf().register("stringLengthTest2",
        (String str1, String str2) -> str1.length() + str2.length(), DataTypes.IntegerType);
    assertEquals(9, spark.sql("SELECT stringLengthTest2('test', 'test2')").head().getInt(0));
  }

  @Test
  void registerJavaOfAPortedClass() {
    spark.udf().registerJava("stringLengthTest3", StringLengthTest.class.getName(), DataTypes.IntegerType);
    assertEquals(9, spark.sql("SELECT stringLengthTest3('test', 'test2')").head().getInt(0));
    // without a return type, it is found from the class, as Spark does
    spark.udf().registerJava("stringLengthTest4", StringLengthTest.class.getName(), null);
    Row r = spark.sql("SELECT stringLengthTest4('test', 'test2')").head();
    assertEquals(9, r.getInt(0));
    assertEquals(DataTypes.IntegerType, spark.sql("SELECT stringLengthTest4('a', 'b') AS n").schema().apply("n").dataType());
  }

  @Test
  void sameUdfGroupsAsOneExpression() {
    spark.udf().register("inc", (Long i) -> i + 1, DataTypes.LongType);
    spark.range(10).toDF("x").createOrReplaceTempView("tmp_inc");
    List<Row> results = spark.sql("SELECT inc(x) FROM tmp_inc GROUP BY inc(x)").collectAsList();
    assertEquals(10, results.size());
    long sum = 0;
    for (Row result : results) {
      sum += result.getLong(0);
    }
    assertEquals(55, sum);
  }

  // ---- Spark's typed and untyped aggregation examples ----

  private static Path employees(Path dir) throws Exception {
    Path file = dir.resolve("employees.json");
    Files.writeString(file, """
        {"name":"Michael", "salary":3000}
        {"name":"Andy", "salary":4500}
        {"name":"Justin", "salary":3500}
        {"name":"Berta", "salary":4000}
        """);
    return file;
  }

  @Test
  void typedAggregationExample(@TempDir Path dir) throws Exception {
    Encoder<Employee> employeeEncoder = Encoders.bean(Employee.class);
    TypedDataFrame<Employee> ds = spark.read().json(employees(dir).toString()).as(employeeEncoder);
    assertEquals("""
        +-------+------+
        |   name|salary|
        +-------+------+
        |Michael|  3000|
        |   Andy|  4500|
        | Justin|  3500|
        |  Berta|  4000|
        +-------+------+
        """, show(ds));
    MyTypedAverage myAverage = new MyTypedAverage();
    TypedColumn<Employee, Double> averageSalary = myAverage.toColumn().name("average_salary");
    if (!spark4()) {
      assertUnsupported(() -> ds.select(averageSalary));
      return;
    }
    TypedDataFrame<Double> result = ds.select(averageSalary);
    assertEquals("""
        +--------------+
        |average_salary|
        +--------------+
        |        3750.0|
        +--------------+
        """, show(result));
    assertEquals(List.of(3750.0), result.collectAsList());
  }

  @Test
  void untypedAggregationExample(@TempDir Path dir) throws Exception {
    if (!spark4()) {
      assertUnsupported(() -> spark.udf().register("myAverage", functions.udaf(new MyAverage(), Encoders.LONG())));
      return;
    }
    spark.udf().register("myAverage", functions.udaf(new MyAverage(), Encoders.LONG()));
    DataFrame df = spark.read().json(employees(dir).toString());
    df.createOrReplaceTempView("employees");
    DataFrame result = spark.sql("SELECT myAverage(salary) as average_salary FROM employees");
    assertEquals("""
        +--------------+
        |average_salary|
        +--------------+
        |        3750.0|
        +--------------+
        """, show(result));
  }

  /** The sum of a long column, as an aggregator over rows. */
  public static class RowSum extends Aggregator<Row, Long, Long> {
    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long reduce(Long b, Row r) {
      return b + r.getLong(r.fieldIndex("salary"));
    }

    @Override
    public Long merge(Long b1, Long b2) {
      return b1 + b2;
    }

    @Override
    public Long finish(Long r) {
      return r;
    }

    @Override
    public Encoder<Long> bufferEncoder() {
      return Encoders.LONG();
    }

    @Override
    public Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }

  @Test
  void typedColumnOverRows(@TempDir Path dir) throws Exception {
    DataFrame df = spark.read().json(employees(dir).toString());
    TypedColumn<Row, Long> total = new RowSum().toColumn().name("total");
    if (!spark4()) {
      assertUnsupported(() -> df.select(total));
      return;
    }
    TypedDataFrame<Long> sums = df.select(total);
    assertEquals(List.of(15000L), sums.collectAsList());
    assertEquals("""
        +-----+
        |total|
        +-----+
        |15000|
        +-----+
        """, show(sums));
    // a Column.as(Encoder) column is not a TypedColumn<Row, U>: rows, as in Spark
    DataFrame untyped = df.select(functions.sum("salary").as(Encoders.LONG()));
    assertEquals(15000L, untyped.first().getLong(0));
  }

  @Test
  void typedOperationsOnRows() {
    DataFrame df = spark.createDataFrame(List.of(RowFactory.create("Ann", 30), RowFactory.create("Bob", 40)),
        new StructType().add("name", DataTypes.StringType).add("age", DataTypes.IntegerType));
    TypedDataFrame<String> names = df.map((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING());
    assertEquals(List.of("Ann", "Bob"), names.collectAsList());
    TypedDataFrame<Person> people = df.as(Encoders.bean(Person.class));
    assertEquals(List.of(new Person("Ann", 30), new Person("Bob", 40)), people.collectAsList());
    KeyValueGroupedDataset<String, Person> byName = df.groupBy("name").as(Encoders.STRING(), Encoders.bean(Person.class));
    assertEquals(asSet("Ann:30", "Bob:40"), new HashSet<>(byName.mapGroups(
        (MapGroupsFunction<String, Person, String>) (k, it) -> k + ":" + it.next().age(), Encoders.STRING())
        .collectAsList()));
    // a record's columns follow its components
    TypedDataFrame<Person> none = spark.emptyDataset(Encoders.bean(Person.class));
    assertEquals(0, none.count());
    assertEquals("""
        root
         |-- name: string (nullable = true)
         |-- age: integer (nullable = false)
        """, none.schema().treeString());
    // a bean's properties are in name order, as Spark's bean encoder has them
    TypedDataFrame<Unordered> beans = spark.createDataset(List.of(new Unordered()), Encoders.bean(Unordered.class));
    assertEquals("""
        +-----+----+
        |alpha|zeta|
        +-----+----+
        |    a|   z|
        +-----+----+
        """, show(beans));
  }

  // ---- Spark's Java Dataset suite, ported ----

  @Test
  void collectTakeAndIterate() {
    List<String> data = Arrays.asList("hello", "world");
    TypedDataFrame<String> ds = spark.createDataset(data, Encoders.STRING());
    assertEquals(Arrays.asList("hello", "world"), ds.collectAsList());
    assertEquals(Arrays.asList("hello"), ds.takeAsList(1));
    Iterator<String> iter = ds.toLocalIterator();
    assertEquals("hello", iter.next());
    assertEquals("world", iter.next());
    assertFalse(iter.hasNext());
  }

  @Test
  void typedFilterPreservesSchema() {
    TypedDataFrame<Long> ds = spark.createDataset(List.of(1L, 5L, 9L), Encoders.LONG());
    TypedDataFrame<Long> ds2 = ds.filter((FilterFunction<Long>) value -> value > 3);
    assertEquals(ds.schema(), ds2.schema());
    assertEquals(List.of(5L, 9L), ds2.collectAsList());
  }

  @Test
  void commonOperations() {
    List<String> data = Arrays.asList("hello", "world");
    TypedDataFrame<String> ds = spark.createDataset(data, Encoders.STRING());
    assertEquals("hello", ds.first());

    TypedDataFrame<String> filtered = ds.filter((FilterFunction<String>) v -> v.startsWith("h"));
    assertEquals(Arrays.asList("hello"), filtered.collectAsList());

    TypedDataFrame<Integer> mapped = ds.map((MapFunction<String, Integer>) String::length, Encoders.INT());
    assertEquals(Arrays.asList(5, 5), mapped.collectAsList());
    // Encoders.INT() is Spark's boxed Integer: nullable
    assertEquals("""
        root
         |-- value: integer (nullable = true)
        """, mapped.schema().treeString());
    assertEquals("""
        root
         |-- value: string (nullable = true)
        """, ds.schema().treeString());
    assertEquals("""
        +-----+
        |value|
        +-----+
        |    5|
        |    5|
        +-----+
        """, show(mapped));

    TypedDataFrame<String> parMapped = ds.mapPartitions((MapPartitionsFunction<String, String>) it -> {
      List<String> ls = new LinkedList<>();
      while (it.hasNext()) {
        ls.add(it.next().toUpperCase(Locale.ROOT));
      }
      return ls.iterator();
    }, Encoders.STRING());
    assertEquals(Arrays.asList("HELLO", "WORLD"), parMapped.collectAsList());

    TypedDataFrame<String> flatMapped = ds.flatMap((FlatMapFunction<String, String>) s -> {
      List<String> ls = new LinkedList<>();
      for (char c : s.toCharArray()) {
        ls.add(String.valueOf(c));
      }
      return ls.iterator();
    }, Encoders.STRING());
    assertEquals(Arrays.asList("h", "e", "l", "l", "o", "w", "o", "r", "l", "d"), flatMapped.collectAsList());

    ds.foreach((ForeachFunction<String>) s -> {
      if (s.isEmpty()) {
        throw new IllegalStateException("empty");
      }
    });
  }

  @Test
  void reduce() {
    TypedDataFrame<Integer> ds = spark.createDataset(Arrays.asList(1, 2, 3), Encoders.INT());
    int reduced = ds.reduce((ReduceFunction<Integer>) (v1, v2) -> v1 + v2);
    assertEquals(6, reduced);
  }

  @Test
  void groupByKeyOperations() {
    List<String> data = Arrays.asList("a", "foo", "bar");
    TypedDataFrame<String> ds = spark.createDataset(data, Encoders.STRING());
    KeyValueGroupedDataset<Integer, String> grouped =
        ds.groupByKey((MapFunction<String, Integer>) String::length, Encoders.INT());

    TypedDataFrame<String> mapped = grouped.mapGroups((MapGroupsFunction<Integer, String, String>) (key, values) -> {
      StringBuilder sb = new StringBuilder(key.toString());
      while (values.hasNext()) {
        sb.append(values.next());
      }
      return sb.toString();
    }, Encoders.STRING());
    assertEquals(asSet("1a", "3foobar"), new HashSet<>(mapped.collectAsList()));

    TypedDataFrame<String> flatMapped = grouped.flatMapGroups(
        (FlatMapGroupsFunction<Integer, String, String>) (key, values) -> {
          StringBuilder sb = new StringBuilder(key.toString());
          while (values.hasNext()) {
            sb.append(values.next());
          }
          return Collections.singletonList(sb.toString()).iterator();
        }, Encoders.STRING());
    assertEquals(asSet("1a", "3foobar"), new HashSet<>(flatMapped.collectAsList()));

    TypedDataFrame<Tuple2<Integer, String>> reduced =
        grouped.reduceGroups((ReduceFunction<String>) (v1, v2) -> v1 + v2);
    assertEquals(asSet(new Tuple2<>(1, "a"), new Tuple2<>(3, "foobar")), new HashSet<>(reduced.collectAsList()));

    TypedDataFrame<Integer> keys = grouped.keys();
    assertEquals(asSet(1, 3), new HashSet<>(keys.collectAsList()));

    // Spark's Java signature: the counts are typed Object (Scala's Long)
    TypedDataFrame<Tuple2<Integer, Object>> asSpark = grouped.count();
    assertEquals(asSet(new Tuple2<>(1, 1L), new Tuple2<>(3, 2L)), new HashSet<>(asSpark.collectAsList()));
    TypedDataFrame<Tuple2<Integer, Long>> counted = grouped.count();
    assertEquals(asSet(new Tuple2<>(1, 1L), new Tuple2<>(3, 2L)), new HashSet<>(counted.collectAsList()));
    assertEquals("""
        +---+--------+
        |key|count(1)|
        +---+--------+
        |  1|       1|
        |  3|       2|
        +---+--------+
        """, show(counted.orderBy("key")));

    KeyValueGroupedDataset<Integer, Integer> lengths =
        grouped.mapValues((MapFunction<String, Integer>) String::length, Encoders.INT());
    assertEquals(asSet("1:1", "3:6"), new HashSet<>(lengths.mapGroups(
        (MapGroupsFunction<Integer, Integer, String>) (k, it) -> {
          int sum = 0;
          while (it.hasNext()) {
            sum += it.next();
          }
          return k + ":" + sum;
        }, Encoders.STRING()).collectAsList()));

    List<Integer> data2 = Arrays.asList(2, 6, 10);
    TypedDataFrame<Integer> ds2 = spark.createDataset(data2, Encoders.INT());
    KeyValueGroupedDataset<Integer, Integer> grouped2 =
        ds2.groupByKey((MapFunction<Integer, Integer>) v -> v / 2, Encoders.INT());
    TypedDataFrame<String> cogrouped = grouped.cogroup(grouped2,
        (CoGroupFunction<Integer, String, Integer, String>) (key, left, right) -> {
          StringBuilder sb = new StringBuilder(key.toString());
          while (left.hasNext()) {
            sb.append(left.next());
          }
          sb.append("#");
          while (right.hasNext()) {
            sb.append(right.next());
          }
          return Collections.singletonList(sb.toString()).iterator();
        }, Encoders.STRING());
    assertEquals(asSet("1a#2", "3foobar#6", "5#10"), new HashSet<>(cogrouped.collectAsList()));
  }

  @Test
  void groupByKeyOverRecordsAndBeans() {
    TypedDataFrame<Person> people = spark.createDataset(List.of(new Person("Ann", 30), new Person("Bob", 30),
        new Person("Cid", 40)), Encoders.bean(Person.class));
    TypedDataFrame<City> cities = spark.createDataset(List.of(new City("X", 10), new City("Y", 20),
        new City("X", 5)), Encoders.bean(City.class));
    KeyValueGroupedDataset<Integer, Person> byAge =
        people.groupByKey((MapFunction<Person, Integer>) Person::age, Encoders.INT());
    TypedDataFrame<Tuple2<Integer, Long>> n = byAge.count();
    assertEquals(asSet(new Tuple2<>(30, 2L), new Tuple2<>(40, 1L)), new HashSet<>(n.collectAsList()));
    TypedDataFrame<Person> oldest = byAge.reduceGroups(
        (ReduceFunction<Person>) (a, b) -> a.name().compareTo(b.name()) < 0 ? a : b)
        .map((MapFunction<Tuple2<Integer, Person>, Person>) Tuple2::_2, Encoders.bean(Person.class));
    assertEquals(asSet(new Person("Ann", 30), new Person("Cid", 40)), new HashSet<>(oldest.collectAsList()));

    TypedDataFrame<City> totals = cities.groupByKey((MapFunction<City, String>) City::name, Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, City, City>) (k, it) -> {
          long sum = 0;
          while (it.hasNext()) {
            sum += it.next().population();
          }
          return new City(k, sum);
        }, Encoders.bean(City.class));
    assertEquals(List.of(new City("X", 15), new City("Y", 20)), totals.orderBy("name").collectAsList());
    assertEquals("""
        +----+----------+
        |name|population|
        +----+----------+
        |   X|        15|
        |   Y|        20|
        +----+----------+
        """, show(totals.orderBy("name")));
    TypedDataFrame<Tuple2<String, Long>> agg = cities.groupByKey((MapFunction<City, String>) City::name,
        Encoders.STRING()).agg(functions.sum("population").as(Encoders.LONG()));
    assertEquals(asSet(new Tuple2<>("X", 15L), new Tuple2<>("Y", 20L)), new HashSet<>(agg.collectAsList()));
  }

  @Test
  void selectAsTuple() {
    TypedDataFrame<Integer> ds = spark.createDataset(Arrays.asList(2, 6), Encoders.INT());
    TypedDataFrame<Tuple2<Integer, String>> selected = ds.select(
        expr("value + 1"), col("value").cast("string")).as(Encoders.tuple(Encoders.INT(), Encoders.STRING()));
    assertEquals(Arrays.asList(new Tuple2<>(3, "2"), new Tuple2<>(7, "6")), selected.collectAsList());
  }

  @Test
  void setOperations() {
    TypedDataFrame<String> ds = spark.createDataset(Arrays.asList("abc", "abc", "xyz"), Encoders.STRING());
    assertEquals(asSet("abc", "xyz"), new HashSet<>(ds.distinct().collectAsList()));
    TypedDataFrame<String> ds2 = spark.createDataset(Arrays.asList("xyz", "foo", "foo"), Encoders.STRING());
    assertEquals(Arrays.asList("xyz"), ds.intersect(ds2).collectAsList());
    assertEquals(Arrays.asList("abc", "abc", "xyz", "xyz", "foo", "foo", "abc", "abc", "xyz"),
        ds.union(ds2).union(ds).collectAsList());
    assertEquals(Arrays.asList("abc"), ds.except(ds2).collectAsList());
  }

  @Test
  void joinWithAliases() {
    TypedDataFrame<Integer> ds = spark.createDataset(Arrays.asList(1, 2, 3), Encoders.INT()).as("a");
    TypedDataFrame<Integer> ds2 = spark.createDataset(Arrays.asList(2, 3, 4), Encoders.INT()).as("b");
    TypedDataFrame<Tuple2<Integer, Integer>> joined = ds.joinWith(ds2, col("a.value").equalTo(col("b.value")));
    assertEquals(Arrays.asList(new Tuple2<>(2, 2), new Tuple2<>(3, 3)), joined.orderBy("_1").collectAsList());
    assertEquals("""
        root
         |-- _1: integer (nullable = true)
         |-- _2: integer (nullable = true)
        """, joined.schema().treeString());
  }

  @Test
  void tupleEncoders() {
    Encoder<Tuple2<Integer, String>> encoder2 = Encoders.tuple(Encoders.INT(), Encoders.STRING());
    List<Tuple2<Integer, String>> data2 = Arrays.asList(new Tuple2<>(1, "a"), new Tuple2<>(2, "b"));
    TypedDataFrame<Tuple2<Integer, String>> ds2 = spark.createDataset(data2, encoder2);
    assertEquals(data2, ds2.collectAsList());
    assertEquals("""
        +---+---+
        | _1| _2|
        +---+---+
        |  1|  a|
        |  2|  b|
        +---+---+
        """, show(ds2));

    Encoder<Tuple3<Integer, Long, String>> encoder3 = Encoders.tuple(Encoders.INT(), Encoders.LONG(), Encoders.STRING());
    List<Tuple3<Integer, Long, String>> data3 = Arrays.asList(new Tuple3<>(1, 2L, "a"));
    assertEquals(data3, spark.createDataset(data3, encoder3).collectAsList());

    Encoder<Tuple4<Integer, String, Long, String>> encoder4 =
        Encoders.tuple(Encoders.INT(), Encoders.STRING(), Encoders.LONG(), Encoders.STRING());
    List<Tuple4<Integer, String, Long, String>> data4 = Arrays.asList(new Tuple4<>(1, "b", 2L, "a"));
    assertEquals(data4, spark.createDataset(data4, encoder4).collectAsList());

    Encoder<Tuple5<Integer, String, Long, String, Boolean>> encoder5 =
        Encoders.tuple(Encoders.INT(), Encoders.STRING(), Encoders.LONG(), Encoders.STRING(), Encoders.BOOLEAN());
    List<Tuple5<Integer, String, Long, String, Boolean>> data5 = Arrays.asList(new Tuple5<>(1, "b", 2L, "a", true));
    assertEquals(data5, spark.createDataset(data5, encoder5).collectAsList());

    Encoder<Tuple2<String, Tuple2<String, String>>> nested =
        Encoders.tuple(Encoders.STRING(), Encoders.tuple(Encoders.STRING(), Encoders.STRING()));
    List<Tuple2<String, Tuple2<String, String>>> data = Arrays.asList(new Tuple2<>("1", new Tuple2<>("a", "b")),
        new Tuple2<>("2", new Tuple2<>("c", "d")));
    DataFrame df = spark.createDataset(data, nested).toDF("value1", "value2");
    assertEquals(List.of("a", "c"), df.select(expr("value2._1")).collectAsList().stream()
        .map(r -> r.getString(0)).toList());
    assertEquals(data, spark.createDataset(data, nested).collectAsList());
  }

  @Test
  void primitiveAndTimeEncoders() {
    Encoder<Tuple5<Double, BigDecimal, Date, Timestamp, Float>> encoder =
        Encoders.tuple(Encoders.DOUBLE(), Encoders.DECIMAL(), Encoders.DATE(), Encoders.TIMESTAMP(), Encoders.FLOAT());
    List<Tuple5<Double, BigDecimal, Date, Timestamp, Float>> data = Arrays.asList(new Tuple5<>(
        1.7976931348623157E308, new BigDecimal("0.922337203685477589"), Date.valueOf("1970-01-01"),
        new Timestamp(System.currentTimeMillis()), Float.MAX_VALUE));
    List<Tuple5<Double, BigDecimal, Date, Timestamp, Float>> back = spark.createDataset(data, encoder).collectAsList();
    assertEquals(data.get(0)._1(), back.get(0)._1());
    // Spark's DECIMAL() encoder is decimal(38,18): the value comes back at scale 18
    assertEquals(0, data.get(0)._2().compareTo(back.get(0)._2()));
    assertEquals(data.get(0)._3(), back.get(0)._3());
    assertEquals(data.get(0)._4(), back.get(0)._4());
    assertEquals(data.get(0)._5(), back.get(0)._5());

    Encoder<Tuple2<LocalDate, Instant>> e2 = Encoders.tuple(Encoders.LOCALDATE(), Encoders.INSTANT());
    List<Tuple2<LocalDate, Instant>> d2 = Arrays.asList(new Tuple2<>(LocalDate.ofEpochDay(0), Instant.ofEpochSecond(0)));
    assertEquals(d2, spark.createDataset(d2, e2).collectAsList());

    List<LocalDateTime> ldt = Arrays.asList(LocalDateTime.of(1, 1, 1, 1, 1));
    assertEquals(ldt, spark.createDataset(ldt, Encoders.LOCALDATETIME()).collectAsList());
    List<Duration> dur = Arrays.asList(Duration.ofDays(0));
    assertEquals(dur, spark.createDataset(dur, Encoders.DURATION()).collectAsList());
    List<Period> per = Arrays.asList(Period.ofYears(10));
    assertEquals(per, spark.createDataset(per, Encoders.PERIOD()).collectAsList());
  }

  @Test
  void javaSerializationEncoder() {
    Encoder<JavaSerializable> encoder = Encoders.javaSerialization(JavaSerializable.class);
    List<JavaSerializable> data = Arrays.asList(new JavaSerializable("hello"), new JavaSerializable("world"));
    TypedDataFrame<JavaSerializable> ds = spark.createDataset(data, encoder);
    assertEquals(data, ds.collectAsList());
    assertEquals("""
        root
         |-- value: binary (nullable = true)
        """, ds.schema().treeString());
    assertEquals(List.of("HELLO", "WORLD"),
        ds.map((MapFunction<JavaSerializable, String>) j -> j.value.toUpperCase(Locale.ROOT), Encoders.STRING())
            .collectAsList());
  }

  @Test
  void javaBeanEncoder() {
    SimpleJavaBean obj1 = new SimpleJavaBean();
    obj1.setA(true);
    obj1.setB(3);
    obj1.setC(new byte[] {1, 2});
    obj1.setD(new String[] {"hello", null});
    obj1.setE(Arrays.asList("a", "b"));
    obj1.setF(Arrays.asList(100L, null, 200L));
    Map<Integer, String> map1 = new HashMap<>();
    map1.put(1, "a");
    map1.put(2, "b");
    obj1.setG(map1);
    SimpleJavaBean obj2 = new SimpleJavaBean();
    obj2.setA(false);
    obj2.setB(30);
    obj2.setC(new byte[] {3, 4});
    obj2.setD(new String[] {null, "world"});
    obj2.setE(Arrays.asList("x", "y"));
    obj2.setF(Arrays.asList(300L, null, 400L));
    obj2.setG(Map.of(3, "c"));
    List<SimpleJavaBean> data = Arrays.asList(obj1, obj2);
    TypedDataFrame<SimpleJavaBean> ds = spark.createDataset(data, Encoders.bean(SimpleJavaBean.class));
    assertEquals(data, ds.collectAsList());
    assertEquals("""
        root
         |-- a: boolean (nullable = false)
         |-- b: integer (nullable = false)
         |-- c: binary (nullable = true)
         |-- d: array (nullable = true)
         |    |-- element: string (containsNull = true)
         |-- e: array (nullable = true)
         |    |-- element: string (containsNull = true)
         |-- f: array (nullable = true)
         |    |-- element: long (containsNull = true)
         |-- g: map (nullable = true)
         |    |-- key: integer
         |    |-- value: string (valueContainsNull = true)
        """, ds.schema().treeString());

    Row row1 = RowFactory.create(true, 3, new byte[] {1, 2}, new String[] {"hello", null}, Arrays.asList("a", "b"),
        Arrays.asList(100L, null, 200L), map1);
    StructType schema = new StructType()
        .add("a", DataTypes.BooleanType, false)
        .add("b", DataTypes.IntegerType, false)
        .add("c", DataTypes.BinaryType)
        .add("d", DataTypes.createArrayType(DataTypes.StringType))
        .add("e", DataTypes.createArrayType(DataTypes.StringType))
        .add("f", DataTypes.createArrayType(DataTypes.LongType))
        .add("g", DataTypes.createMapType(DataTypes.IntegerType, DataTypes.StringType));
    TypedDataFrame<SimpleJavaBean> ds3 = spark.createDataFrame(Arrays.asList(row1), schema)
        .as(Encoders.bean(SimpleJavaBean.class));
    assertEquals(List.of(obj1), ds3.collectAsList());
    assertEquals(List.of(6), ds3.map((MapFunction<SimpleJavaBean, Integer>) b -> b.getB() * 2, Encoders.INT())
        .collectAsList());
  }

  // ---- streaming progress, as listeners and monitoring code read it ----

  @Test
  void progressOfSourcesSinkAndStateOperators(@TempDir Path dir) throws Exception {
    String in = dir.resolve("in").toString();
    spark.range(0, 10).selectExpr("id % 4 AS k").coalesce(1).write().json(in);
    StreamingQuery q = spark.readStream().schema(new StructType().add("k", DataTypes.LongType)).json(in)
        .dropDuplicates("k").writeStream().format("memory").queryName("ported_progress").outputMode("append")
        .trigger(Trigger.AvailableNow()).start();
    try {
      assertTrue(q.awaitTermination(120_000), "AvailableNow query did not finish");
      StreamingQueryProgress p = Arrays.stream(q.recentProgress()).filter(x -> x.numInputRows() > 0)
          .findFirst().orElseThrow();
      assertEquals(1, p.sources().length);
      SourceProgress s = p.sources()[0];
      assertTrue(s.description().startsWith("FileStreamSource"), s.description());
      assertEquals(10, s.numInputRows());
      assertTrue(s.endOffset().contains("logOffset"), s.endOffset());
      assertTrue(p.sink().description().startsWith("MemorySink"), p.sink().description());
      assertEquals(4, p.sink().numOutputRows());
      assertEquals(1, p.stateOperators().length);
      StateOperatorProgress op = p.stateOperators()[0];
      assertEquals("dedupe", op.operatorName());
      assertEquals(4, op.numRowsTotal());
      assertEquals(4, op.numRowsUpdated());
      assertTrue(op.json().contains("\"operatorName\":\"dedupe\""), op.json());
      assertEquals(4, spark.sql("SELECT * FROM ported_progress").count());
    } finally {
      q.stop();
    }
  }

  @Test
  void observedMetricsOfAStream(@TempDir Path dir) throws Exception {
    String in = dir.resolve("in").toString();
    spark.range(0, 10).selectExpr("id AS k").coalesce(1).write().json(in);
    StreamingQuery q = spark.readStream().schema(new StructType().add("k", DataTypes.LongType)).json(in)
        .observe("metrics", functions.count(functions.lit(1)).as("rows"), functions.max(col("k")).as("maxk"),
            functions.avg(col("k")).as("avgk"))
        .writeStream().format("memory").queryName("ported_observed").trigger(Trigger.AvailableNow()).start();
    try {
      assertTrue(q.awaitTermination(120_000), "AvailableNow query did not finish");
      StreamingQueryProgress p = Arrays.stream(q.recentProgress()).filter(x -> x.numInputRows() > 0)
          .findFirst().orElseThrow();
      Row m = p.observedMetrics().get("metrics");
      assertEquals(3, m.length(), p.json());
      assertEquals(10L, m.<Long>getAs("rows"));
      assertEquals(9L, m.getLong(1));
      assertEquals(4.5, m.getDouble(2));
      assertEquals(List.of("rows", "maxk", "avgk"), List.of(m.schema().fieldNames()));
    } finally {
      q.stop();
    }
  }

  @Test
  void streamingWordCountWithATypedFlatMap(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("lines"));
    Files.writeString(in.resolve("a.txt"), "apache spark\nspark connect java\n");
    DataFrame lines = spark.readStream().text(in.toString());
    TypedDataFrame<String> words = lines.as(Encoders.STRING())
        .flatMap((FlatMapFunction<String, String>) x -> Arrays.asList(x.split(" ")).iterator(), Encoders.STRING());
    DataFrame wordCounts = words.groupBy("value").count();
    StreamingQuery query = wordCounts.writeStream().outputMode("complete").format("memory")
        .queryName("ported_word_counts").trigger(Trigger.AvailableNow()).start();
    try {
      assertTrue(query.awaitTermination(120_000), "AvailableNow query did not finish");
      assertEquals("""
          +-------+-----+
          |  value|count|
          +-------+-----+
          | apache|    1|
          |connect|    1|
          |   java|    1|
          |  spark|    2|
          +-------+-----+
          """, show(spark.sql("SELECT * FROM ported_word_counts ORDER BY value")));
    } finally {
      query.stop();
    }
  }

  // ---- errors ----

  @Test
  void failingUdfNamesTheException() {
    UserDefinedFunction boom = udf((UDF1<Long, Long>) x -> {
      if (x == 2) {
        throw new IllegalArgumentException("no twos here");
      }
      return x;
    }, DataTypes.LongType);
    SparkConnectException e = assertThrows(SparkConnectException.class,
        () -> spark.range(3).select(boom.apply(col("id"))).collectAsList());
    if (spark4()) {
      assertTrue(e.getMessage().contains("IllegalArgumentException") || String.valueOf(e.getServerStackTrace())
          .contains("IllegalArgumentException"), e.getMessage());
    }
  }

  @Test
  void nonSerializableCaptureFailsBeforeSending() {
    Object notSerializable = new Object();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
      UserDefinedFunction f = udf((UDF1<Long, String>) x -> x + notSerializable.toString(), DataTypes.StringType);
      spark.range(1).select(f.apply(col("id"))).collectAsList();
    });
    assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
  }
}
