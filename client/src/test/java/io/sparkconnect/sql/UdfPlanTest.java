package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.udf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.proto.CommonInlineUserDefinedFunction;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.sql.api.java.UDF1;
import io.sparkconnect.sql.expressions.UserDefinedFunction;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code udf} puts in the plan, and the client side of the user-code conversions, without a server. */
class UdfPlanTest {
  /** A record for struct conversions. */
  public record Item(String name, long count, List<Integer> sizes) implements java.io.Serializable {}

  /** A bean for encoder schemas. */
  public static class Bean {
    private int age;
    private String name;

    public int getAge() {
      return age;
    }

    public void setAge(int age) {
      this.age = age;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  @Test
  void udfBuildsACommonInlineScalarScalaUdf() throws Exception {
    UserDefinedFunction f = udf((UDF1<Long, String>) x -> "v" + x, DataTypes.StringType).withName("fmt").asNonNullable();
    Expression e = f.apply(col("id")).expr();
    CommonInlineUserDefinedFunction u = e.getCommonInlineUserDefinedFunction();
    assertEquals("fmt", u.getFunctionName());
    assertTrue(u.getDeterministic());
    assertEquals(1, u.getArgumentsCount());
    assertEquals("id", u.getArguments(0).getUnresolvedAttribute().getUnparsedIdentifier());
    assertTrue(u.hasScalarScalaUdf());
    assertFalse(u.getScalarScalaUdf().getNullable());
    assertFalse(u.getScalarScalaUdf().getAggregate());
    assertTrue(u.getScalarScalaUdf().getOutputType().hasString());
    // The payload is the client's payload class, holding the adapter around the lambda.
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(u.getScalarScalaUdf().getPayload().toByteArray()))) {
      assertInstanceOf(UserCodePayload.class, in.readObject());
    }
  }

  @Test
  void theAdapterConvertsArgumentsAndResults() {
    StructType item = (StructType) TypedEncoder.bean(Item.class).dataType();
    UdfCall call = new UdfCall((UDF1<Row, Item>) r -> new Item(r.getString(0).toUpperCase(), r.getLong(1) + 1, List.of(1, 2)), 1,
        TypedEncoder.ofType(item));
    Object[] wire = {new Object[] {item.json(), "ab", 4L, Arrays.asList(7)}};
    Object[] out = (Object[]) call.apply(wire);
    assertNull(out[0]);
    assertEquals("AB", out[1]);
    assertEquals(5L, out[2]);
    assertEquals(List.of(1, 2), out[3]);
  }

  @Test
  void wireStructsBecomeRowsWithTheirSchema() {
    StructType t = new StructType().add("d", DataTypes.DateType).add("m", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType));
    Row r = (Row) WireValues.toJava(new Object[] {t.json(), LocalDate.of(2024, 1, 2), Map.of("a", 1L)});
    assertEquals(t, r.schema());
    assertEquals(LocalDate.of(2024, 1, 2), r.getAs("d"));
    assertEquals(Map.of("a", 1L), r.getJavaMap(1));
  }

  @Test
  void resultsAreCheckedAgainstTheReturnType() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WireValues.toWire("x", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), ""));
    assertTrue(e.getMessage().contains("java.lang.String cannot be returned as map<string,bigint>"), e.getMessage());
    assertEquals(3L, WireValues.toWire(3, DataTypes.LongType, ""));
    assertEquals(new BigDecimal("2"), WireValues.toWire(2L, DataTypes.createDecimalType(10, 0), ""));
    assertEquals(LocalDate.of(2020, 1, 1), WireValues.toWire(java.sql.Date.valueOf("2020-01-01"), DataTypes.DateType, ""));
  }

  @Test
  void encodersHaveSparksSchemas() {
    assertEquals(new StructType().add("value", DataTypes.LongType, true), Encoders.LONG().schema());
    assertEquals(Long.class, Encoders.LONG().clsTag());
    assertEquals(new StructType().add("age", DataTypes.IntegerType, false).add("name", DataTypes.StringType, true),
        Encoders.bean(Bean.class).schema());
    assertEquals("struct<name:string,count:bigint,sizes:array<int>>", Encoders.bean(Item.class).schema().simpleString());
    StructType s = new StructType().add("a", DataTypes.IntegerType);
    assertEquals(s, Encoders.row(s).schema());
    assertEquals(DataTypes.BinaryType, Encoders.javaSerialization(Item.class).schema().fields()[0].dataType());
    assertThrows(IllegalArgumentException.class, () -> Encoders.javaSerialization(Thread.class));
    assertThrows(IllegalArgumentException.class, () -> Encoders.bean(Thread.class));
  }

  @Test
  void beanAndSerializedEncodersRoundTrip() {
    TypedEncoder<Item> e = (TypedEncoder<Item>) Encoders.bean(Item.class);
    Item item = new Item("n", 3, List.of(4, 5));
    assertEquals(item, e.fromWire(e.toWire(item)));
    TypedEncoder<Item> j = (TypedEncoder<Item>) Encoders.javaSerialization(Item.class);
    assertEquals(item, j.fromWire(j.toWire(item)));
    TypedEncoder<java.sql.Date> d = (TypedEncoder<java.sql.Date>) Encoders.DATE();
    assertEquals(java.sql.Date.valueOf("2021-03-04"), d.fromWire(LocalDate.of(2021, 3, 4)));
  }

  @Test
  void classFilesNewerThanTheServersJavaAreRefusedWithTheReason() {
    SparkConnectException e = assertThrows(SparkConnectException.class, () -> UserCode.checkJava(17, 65, "com.acme.Fn"));
    assertEquals("UNSUPPORTED_CLASS_VERSION", e.getCondition());
    assertTrue(e.getMessage().contains("com.acme.Fn is compiled for Java 21"), e.getMessage());
    assertTrue(e.getMessage().contains("the server runs Java 17"), e.getMessage());
    UserCode.checkJava(21, 65, "com.acme.Fn");
    SparkConnectException old = assertThrows(SparkConnectException.class, () -> UserCode.checkJava(11, 55, "x"));
    assertEquals("UNSUPPORTED_BY_SERVER_VERSION", old.getCondition());
  }

  @Test
  void theUploadedClientJarLeavesOutTheProtocolAndThePayloadClass() throws Exception {
    UserClasses.Jar jar = UserClasses.clientJar();
    assertTrue(jar.name.startsWith("jars/spark-connect-java-client-"), jar.name);
    List<String> names = new java.util.ArrayList<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(jar.bytes))) {
      for (java.util.zip.ZipEntry en; (en = in.getNextEntry()) != null; ) {
        names.add(en.getName());
      }
    }
    assertTrue(names.contains("io/sparkconnect/sql/UdfCall.class"));
    assertTrue(names.contains("io/sparkconnect/sql/api/java/UDF1.class"));
    assertFalse(names.contains("io/sparkconnect/sql/UserCodePayload.class"));
    assertFalse(names.stream().anyMatch(n -> n.startsWith("io/sparkconnect/proto/")));
    assertArrayEquals(jar.bytes, UserClasses.clientJar().bytes);
  }

  @Test
  void spark42EncoderFactoriesAndUdfNames() {
    assertEquals("char(3)", Encoders.CHAR(3).schema().fields()[0].dataType().simpleString());
    assertEquals("varchar(10)", Encoders.VARCHAR(10).schema().fields()[0].dataType().simpleString());
    assertEquals("time(6)", Encoders.LOCALTIME().schema().fields()[0].dataType().simpleString());
    assertEquals(java.time.LocalTime.class, Encoders.LOCALTIME().clsTag());
    assertEquals(Encoders.LONG().schema(), Encoders.scalaLong().schema());
    assertEquals(Encoders.BOOLEAN().schema(), Encoders.scalaBoolean().schema());
    UserDefinedFunction f = udf((UDF1<Long, Long>) x -> x, DataTypes.LongType);
    assertEquals("UDF", f.name());
    assertEquals("plus", f.withName("plus").name());
  }
}
