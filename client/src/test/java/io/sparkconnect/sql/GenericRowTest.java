package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.types.CalendarInterval;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenericRowTest {

  private static Map<String, Integer> map(String k, int v) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put(k, v);
    return m;
  }

  @Test
  void typedGetters() {
    Row r = RowFactory.create(true, (byte) 1, (short) 2, 3, 4L, 5.5f, 6.5, "s",
        new BigDecimal("1.25"), LocalDate.of(2024, 1, 2), Instant.parse("2024-01-02T03:04:05Z"),
        LocalDateTime.of(2024, 1, 2, 3, 4, 5), LocalTime.of(1, 2, 3), Duration.ofHours(2),
        Period.ofMonths(3), new CalendarInterval(1, 2, 3), new byte[] {1, 2},
        Arrays.asList(1, 2), map("k", 1), RowFactory.create(7), null);
    assertEquals(21, r.size());
    assertEquals(21, r.length());
    assertNull(r.schema());
    assertTrue(r.getBoolean(0));
    assertEquals(1, r.getByte(1));
    assertEquals(2, r.getShort(2));
    assertEquals(3, r.getInt(3));
    assertEquals(4L, r.getLong(4));
    assertEquals(5.5f, r.getFloat(5));
    assertEquals(6.5, r.getDouble(6));
    assertEquals("s", r.getString(7));
    assertEquals(new BigDecimal("1.25"), r.getDecimal(8));
    assertEquals(LocalDate.of(2024, 1, 2), r.getDate(9));
    assertEquals(LocalDate.of(2024, 1, 2), r.getLocalDate(9));
    assertEquals(Instant.parse("2024-01-02T03:04:05Z"), r.getTimestamp(10));
    assertEquals(Instant.parse("2024-01-02T03:04:05Z"), r.getInstant(10));
    assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5), r.getLocalDateTime(11));
    assertEquals(LocalTime.of(1, 2, 3), r.getLocalTime(12));
    assertEquals(Duration.ofHours(2), r.getDuration(13));
    assertEquals(Period.ofMonths(3), r.getPeriod(14));
    assertEquals(new CalendarInterval(1, 2, 3), r.getCalendarInterval(15));
    assertArrayEquals(new byte[] {1, 2}, r.getBinary(16));
    assertEquals(List.of(1, 2), r.getList(17));
    assertEquals(map("k", 1), r.getJavaMap(18));
    assertEquals(RowFactory.create(7), r.getStruct(19));
    assertTrue(r.isNullAt(20));
    assertFalse(r.isNullAt(0));
    assertTrue(r.anyNull());
    assertFalse(RowFactory.create(1, 2).anyNull());
    Integer three = r.getAs(3);
    assertEquals(3, three);
    assertNull(r.getString(20));
    // getBinary hands out a copy.
    r.getBinary(16)[0] = 9;
    assertArrayEquals(new byte[] {1, 2}, r.getBinary(16));
  }

  @Test
  void nullPrimitiveThrows() {
    Row r = RowFactory.create(1, null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> r.getInt(1));
    assertEquals("Value at index 1 is null", e.getMessage());
    assertThrows(NullPointerException.class, () -> r.getLong(1));
    assertThrows(NullPointerException.class, () -> r.getBoolean(1));
    assertThrows(NullPointerException.class, () -> r.getDouble(1));
    assertThrows(ClassCastException.class, () -> r.getLong(0));
  }

  @Test
  void badIndex() {
    Row r = RowFactory.create(1, 2);
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> r.get(2));
    assertTrue(e.getMessage().contains("2"), e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> r.get(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> r.isNullAt(5));
    assertThrows(IndexOutOfBoundsException.class, () -> r.getInt(5));
  }

  @Test
  void namedAccess() {
    StructType schema = new StructType().add("a", DataTypes.IntegerType)
        .add("b", DataTypes.StringType);
    Row r = new GenericRow(new Object[] {1, "x"}, schema);
    assertEquals(schema, r.schema());
    assertEquals(1, r.fieldIndex("b"));
    String b = r.getAs("b");
    assertEquals("x", b);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> r.getAs("zz"));
    assertTrue(e.getMessage().contains("zz"), e.getMessage());
    assertTrue(e.getMessage().contains("a, b"), e.getMessage());
    IllegalStateException noSchema = assertThrows(IllegalStateException.class,
        () -> RowFactory.create(1).fieldIndex("a"));
    assertTrue(noSchema.getMessage().contains("row has no schema"), noSchema.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new GenericRow(new Object[] {1}, schema));
  }

  @Test
  void equalsAndHashCode() {
    Row a = RowFactory.create(1, "x", new byte[] {1, 2}, Arrays.asList(new byte[] {3}, null),
        map("k", 1), RowFactory.create(new BigDecimal("1.0")), null);
    Row b = new GenericRow(new Object[] {1, "x", new byte[] {1, 2},
        Arrays.asList(new byte[] {3}, null), map("k", 1), RowFactory.create(new BigDecimal("1.00")),
        null}, new StructType().add("a", DataTypes.IntegerType).add("b", DataTypes.StringType)
        .add("c", DataTypes.BinaryType).add("d", DataTypes.createArrayType(DataTypes.BinaryType))
        .add("e", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType))
        .add("f", new StructType().add("x", DataTypes.createDecimalType(10, 2)))
        .add("g", DataTypes.NullType));
    assertEquals(a, b);
    assertEquals(b, a);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, RowFactory.create(1, "x"));
    assertNotEquals(RowFactory.create(1), RowFactory.create(2));
    assertNotEquals(RowFactory.create(new byte[] {1}), RowFactory.create(new byte[] {2}));
    assertNotEquals(RowFactory.create(1), "1");
    assertEquals(RowFactory.create(Double.NaN), RowFactory.create(Double.NaN));
    assertEquals(a, a.copy());
  }

  @Test
  void toStringAndMkString() {
    assertEquals("[1,abc,null]", RowFactory.create(1, "abc", null).toString());
    assertEquals("[1,[2,3]]", RowFactory.create(1, RowFactory.create(2, 3)).toString());
    assertEquals("[1,[1, 2]]", RowFactory.create(1, Arrays.asList(1, 2)).toString());
    assertEquals("[{k=1},[0A FF]]",
        RowFactory.create(map("k", 1), new byte[] {10, -1}).toString());
    assertEquals("[[[1,2]]]",
        RowFactory.create(Arrays.asList(RowFactory.create(1, 2))).toString());
    Row r = RowFactory.create(1, "a", null);
    assertEquals("1anull", r.mkString());
    assertEquals("1|a|null", r.mkString("|"));
    assertEquals("<1, a, null>", r.mkString("<", ", ", ">"));
    assertEquals("[]", RowFactory.create().toString());
  }

  @Test
  void json() {
    StructType inner = new StructType().add("x", DataTypes.IntegerType);
    StructType schema = new StructType()
        .add("a", DataTypes.IntegerType).add("b", DataTypes.StringType)
        .add("c", DataTypes.createDecimalType(10, 2)).add("d", DataTypes.DateType)
        .add("e", DataTypes.TimestampType).add("f", DataTypes.BinaryType)
        .add("g", DataTypes.createArrayType(DataTypes.LongType))
        .add("h", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType))
        .add("i", DataTypes.createMapType(DataTypes.IntegerType, DataTypes.StringType))
        .add("j", inner).add("k", DataTypes.DoubleType).add("l", DataTypes.TimestampNTZType)
        .add("m", DataTypes.BooleanType);
    Map<Integer, String> intKeys = new LinkedHashMap<>();
    intKeys.put(1, "one");
    Row r = new GenericRow(new Object[] {1, "q\"uote", new BigDecimal("12.50"),
        LocalDate.of(2024, 1, 1), Instant.parse("2024-01-01T10:00:00Z"), new byte[] {1, 2, 3},
        Arrays.asList(1L, null), map("k", 1), intKeys,
        RowFactory.create(5), 1.5, LocalDateTime.of(2024, 1, 1, 10, 0), null}, schema);
    String expected = "{\"a\":1,\"b\":\"q\\\"uote\",\"c\":12.50,\"d\":\"2024-01-01\","
        + "\"e\":\"2024-01-01T10:00:00Z\",\"f\":\"AQID\",\"g\":[1,null],\"h\":{\"k\":1},"
        + "\"i\":[{\"key\":1,\"value\":\"one\"}],\"j\":{\"x\":5},\"k\":1.5,"
        + "\"l\":\"2024-01-01T10:00:00\",\"m\":null}";
    assertEquals(expected, r.json());
    Row small = new GenericRow(new Object[] {1, RowFactory.create(2)},
        new StructType().add("a", DataTypes.IntegerType).add("j", inner));
    assertEquals("{\n  \"a\" : 1,\n  \"j\" : {\n    \"x\" : 2\n  }\n}", small.prettyJson());
    assertThrows(IllegalStateException.class, () -> RowFactory.create(1).json());
  }

  @Test
  void copyAndToArray() {
    Object[] values = {1, "a"};
    Row r = RowFactory.create(values);
    values[0] = 99;
    assertEquals(1, r.get(0));
    Object[] out = r.toArray();
    out[0] = 42;
    assertEquals(1, r.get(0));
    assertEquals(r, r.copy());
  }
}
