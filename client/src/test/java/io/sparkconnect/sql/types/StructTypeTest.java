package io.sparkconnect.sql.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StructTypeTest {

  @Test
  void treeStringExample() {
    StructType schema = new StructType()
        .add("id", DataTypes.LongType, false)
        .add("s", new StructType().add("a", DataTypes.IntegerType))
        .add("arr", DataTypes.createArrayType(DataTypes.IntegerType))
        .add("m", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType));
    String expected = "root\n"
        + " |-- id: long (nullable = false)\n"
        + " |-- s: struct (nullable = true)\n"
        + " |    |-- a: integer (nullable = true)\n"
        + " |-- arr: array (nullable = true)\n"
        + " |    |-- element: integer (containsNull = true)\n"
        + " |-- m: map (nullable = true)\n"
        + " |    |-- key: string\n"
        + " |    |-- value: integer (valueContainsNull = true)\n";
    assertEquals(expected, schema.treeString());
  }

  private static StructType deep() {
    StructType inner = new StructType().add("x", new DecimalType(10, 2), false)
        .add("y", DataTypes.createArrayType(DataTypes.StringType, false));
    return new StructType()
        .add("aos", DataTypes.createArrayType(inner))
        .add("moa", DataTypes.createMapType(
            new StructType().add("k", DataTypes.IntegerType),
            DataTypes.createArrayType(DataTypes.createMapType(DataTypes.StringType,
                DataTypes.DateType, false)), false))
        .add("aoa", DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.ByteType)));
  }

  @Test
  void treeStringDeepNesting() {
    String expected = "root\n"
        + " |-- aos: array (nullable = true)\n"
        + " |    |-- element: struct (containsNull = true)\n"
        + " |    |    |-- x: decimal(10,2) (nullable = false)\n"
        + " |    |    |-- y: array (nullable = true)\n"
        + " |    |    |    |-- element: string (containsNull = false)\n"
        + " |-- moa: map (nullable = true)\n"
        + " |    |-- key: struct\n"
        + " |    |    |-- k: integer (nullable = true)\n"
        + " |    |-- value: array (valueContainsNull = false)\n"
        + " |    |    |-- element: map (containsNull = true)\n"
        + " |    |    |    |-- key: string\n"
        + " |    |    |    |-- value: date (valueContainsNull = false)\n"
        + " |-- aoa: array (nullable = true)\n"
        + " |    |-- element: array (containsNull = true)\n"
        + " |    |    |-- element: byte (containsNull = true)\n";
    assertEquals(expected, deep().treeString());
    assertEquals(expected, deep().treeString(0));
    assertEquals(deep(), DataType.fromJson(deep().json()));
  }

  @Test
  void treeStringMaxDepth() {
    String depth1 = "root\n"
        + " |-- aos: array (nullable = true)\n"
        + " |-- moa: map (nullable = true)\n"
        + " |-- aoa: array (nullable = true)\n";
    assertEquals(depth1, deep().treeString(1));
    String depth2 = "root\n"
        + " |-- aos: array (nullable = true)\n"
        + " |    |-- element: struct (containsNull = true)\n"
        + " |-- moa: map (nullable = true)\n"
        + " |    |-- key: struct\n"
        + " |    |-- value: array (valueContainsNull = false)\n"
        + " |-- aoa: array (nullable = true)\n"
        + " |    |-- element: array (containsNull = true)\n";
    assertEquals(depth2, deep().treeString(2));
    assertEquals("root\n", new StructType().treeString());
  }

  @Test
  void treeStringEscapesControlCharacters() {
    assertEquals("root\n |-- a\\nb: integer (nullable = true)\n",
        new StructType().add("a\nb", DataTypes.IntegerType).treeString());
  }

  @Test
  void lookups() {
    StructType st = new StructType().add("a", DataTypes.IntegerType).add("b", "string");
    assertEquals(2, st.length());
    assertEquals(2, st.size());
    assertEquals(List.of("a", "b"), List.of(st.fieldNames()));
    assertEquals(List.of("a", "b"), List.of(st.names()));
    assertEquals(1, st.fieldIndex("b"));
    assertEquals(Optional.of(0), st.getFieldIndex("a"));
    assertEquals(Optional.empty(), st.getFieldIndex("zz"));
    assertEquals(DataTypes.StringType, st.apply("b").dataType());
    assertEquals("a", st.apply(0).name());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> st.apply("zz"));
    assertTrue(e.getMessage().contains("\"zz\""), e.getMessage());
    assertTrue(e.getMessage().contains("a, b"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> st.fieldIndex("zz"));
    assertThrows(IndexOutOfBoundsException.class, () -> st.apply(2));
    List<String> names = new ArrayList<>();
    for (StructField f : st) {
      names.add(f.name());
    }
    assertEquals(List.of("a", "b"), names);
    // Immutability of fields().
    st.fields()[0] = null;
    assertEquals("a", st.apply(0).name());
  }

  @Test
  void addVariants() {
    StructType st = new StructType()
        .add("a", DataTypes.IntegerType, false)
        .add("b", DataTypes.StringType, true, "the b")
        .add("c", DataTypes.DoubleType, true, new MetadataBuilder().putLong("k", 1).build())
        .add(new StructField("d", DataTypes.BooleanType));
    assertFalse(st.apply("a").nullable());
    assertEquals(Optional.of("the b"), st.apply("b").getComment());
    assertEquals(1L, st.apply("c").metadata().getLong("k"));
    assertEquals(Optional.empty(), st.apply("d").getComment());
    assertEquals("a INT NOT NULL,b STRING COMMENT 'the b',c DOUBLE,d BOOLEAN", st.toDDL());
  }

  @Test
  void fromDdl() {
    StructType st = StructType.fromDDL(
        "a INT NOT NULL, `b c` STRING COMMENT 'it\\'s', d decimal(10, 2), "
            + "e array<struct<x:int,y string not null>>, f map<string, bigint>, "
            + "g timestamp, h date, i interval day to second");
    assertEquals(8, st.length());
    assertFalse(st.apply("a").nullable());
    assertEquals("b c", st.apply(1).name());
    assertEquals(Optional.of("it's"), st.apply(1).getComment());
    assertEquals(new DecimalType(10, 2), st.apply("d").dataType());
    assertEquals(DataTypes.createArrayType(new StructType().add("x", DataTypes.IntegerType)
            .add("y", DataTypes.StringType, false)), st.apply("e").dataType());
    assertEquals(DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType),
        st.apply("f").dataType());
    assertEquals(DataTypes.createDayTimeIntervalType(), st.apply("i").dataType());
    // Like the server's SQL form, nested NOT NULL is not part of the struct type's SQL text.
    assertEquals("e ARRAY<STRUCT<x: INT, y: STRING>>", st.apply("e").toDDL());
    StructType flat = StructType.fromDDL("a INT NOT NULL, `b c` STRING COMMENT 'it\\'s', "
        + "e array<struct<x:int,y:string>>, m map<string,array<int>>");
    assertEquals(flat, StructType.fromDDL(flat.toDDL()));
    StructType commented = new StructType().add("q", DataTypes.StringType, true, "a 'quoted' \\ c");
    assertEquals(commented, StructType.fromDDL(commented.toDDL()));
    assertEquals(new StructType().add("a", DataTypes.IntegerType),
        StructType.fromDDL("struct<a:int>"));
    assertEquals(new StructType(), StructType.fromDDL(""));
    assertEquals(new StructType().add("a", DataTypes.IntegerType),
        DataType.fromDDL("a int"));
    assertThrows(IllegalArgumentException.class, () -> StructType.fromDDL("a foo"));
    assertThrows(IllegalArgumentException.class, () -> DataType.fromDDL("array<int"));
  }

  @Test
  void ddlTypeNames() {
    assertEquals(DataTypes.ByteType, DataType.fromDDL("TINYINT"));
    assertEquals(DataTypes.ShortType, DataType.fromDDL("short"));
    assertEquals(DataTypes.LongType, DataType.fromDDL("long"));
    assertEquals(DataTypes.FloatType, DataType.fromDDL("real"));
    assertEquals(DecimalType.USER_DEFAULT, DataType.fromDDL("decimal"));
    assertEquals(new DecimalType(5, 0), DataType.fromDDL("numeric(5)"));
    assertEquals(DataTypes.TimestampNTZType, DataType.fromDDL("timestamp_ntz"));
    assertEquals(DataTypes.TimestampType, DataType.fromDDL("timestamp_ltz"));
    assertEquals(DataTypes.CalendarIntervalType, DataType.fromDDL("interval"));
    assertEquals(new YearMonthIntervalType((byte) 0, (byte) 0), DataType.fromDDL("interval year"));
    assertEquals(TimeType.DEFAULT, DataType.fromDDL("time"));
    assertEquals(new CharType(3), DataType.fromDDL("char(3)"));
    assertEquals(new VarcharType(3), DataType.fromDDL("VARCHAR(3)"));
  }

  @Test
  void sqlQuotesNames() {
    StructType st = new StructType().add("a b", DataTypes.IntegerType).add("1", "int")
        .add("c`d", DataTypes.StringType, false, "x");
    assertEquals("STRUCT<`a b`: INT, `1`: INT, `c``d`: STRING COMMENT 'x'>", st.sql());
    assertEquals("`a b` INT,`1` INT,`c``d` STRING NOT NULL COMMENT 'x'", st.toDDL());
    assertEquals(st, StructType.fromDDL(st.toDDL()));
  }

  @Test
  void structFieldBasics() {
    StructField f = new StructField("a", DataTypes.IntegerType, true);
    assertEquals("StructField(a,IntegerType,true)", f.toString());
    assertEquals(f, DataTypes.createStructField("a", DataTypes.IntegerType, true));
    assertEquals(f.hashCode(),
        DataTypes.createStructField("a", DataTypes.IntegerType, true).hashCode());
    StructField c = f.withComment("hi");
    assertEquals(Optional.of("hi"), c.getComment());
    assertFalse(c.equals(f));
    assertEquals("a INT COMMENT 'hi'", c.toDDL());
    assertEquals("{\"type\":\"struct\",\"fields\":[{\"name\":\"a\",\"type\":\"integer\","
        + "\"nullable\":true,\"metadata\":{\"comment\":\"hi\"}}]}",
        new StructType().add(c).json());
    assertEquals(new StructType().add(c), DataType.fromJson(new StructType().add(c).json()));
  }

  @Test
  void metadata() {
    Metadata inner = new MetadataBuilder().putString("s", "v").build();
    Metadata m = new MetadataBuilder()
        .putLong("l", 3).putDouble("d", 1.5).putBoolean("b", true).putString("s", "x")
        .putNull("n").putMetadata("m", inner).putLongArray("la", new long[] {1, 2})
        .putDoubleArray("da", new double[] {0.5}).putBooleanArray("ba", new boolean[] {false})
        .putStringArray("sa", new String[] {"p", "q"})
        .putMetadataArray("ma", new Metadata[] {inner}).build();
    String json = "{\"l\":3,\"d\":1.5,\"b\":true,\"s\":\"x\",\"n\":null,\"m\":{\"s\":\"v\"},"
        + "\"la\":[1,2],\"da\":[0.5],\"ba\":[false],\"sa\":[\"p\",\"q\"],\"ma\":[{\"s\":\"v\"}]}";
    assertEquals(json, m.json());
    Metadata back = Metadata.fromJson(json);
    assertEquals(m, back);
    assertEquals(m.hashCode(), back.hashCode());
    assertEquals(3L, back.getLong("l"));
    assertEquals(1.5, back.getDouble("d"));
    assertTrue(back.getBoolean("b"));
    assertEquals("x", back.getString("s"));
    assertEquals(inner, back.getMetadata("m"));
    assertEquals(2, back.getLongArray("la").length);
    assertTrue(back.contains("n"));
    assertFalse(back.contains("zz"));
    assertThrows(java.util.NoSuchElementException.class, () -> back.getLong("zz"));
    assertEquals("{}", Metadata.empty().json());
    assertTrue(new MetadataBuilder().build().isEmpty());
  }
}
