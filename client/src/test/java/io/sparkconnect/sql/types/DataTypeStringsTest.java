package io.sparkconnect.sql.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataTypeStringsTest {

  /** type, typeName, simpleString, sql, json, toString. */
  private static void check(DataType t, String typeName, String simple, String sql, String json,
      String str) {
    assertEquals(typeName, t.typeName(), "typeName of " + str);
    assertEquals(simple, t.simpleString(), "simpleString of " + str);
    assertEquals(sql, t.sql(), "sql of " + str);
    assertEquals(json, t.json(), "json of " + str);
    assertEquals(str, t.toString());
    assertEquals(t, DataType.fromJson(t.json()), "json round trip of " + str);
    assertEquals(t, DataType.fromDDL(t.sql()), "sql round trip of " + str);
    assertEquals(t, DataType.fromDDL(t.simpleString()), "simpleString round trip of " + str);
  }

  @Test
  void atomicTypes() {
    check(DataTypes.BooleanType, "boolean", "boolean", "BOOLEAN", "\"boolean\"", "BooleanType");
    check(DataTypes.ByteType, "byte", "tinyint", "TINYINT", "\"byte\"", "ByteType");
    check(DataTypes.ShortType, "short", "smallint", "SMALLINT", "\"short\"", "ShortType");
    check(DataTypes.IntegerType, "integer", "int", "INT", "\"integer\"", "IntegerType");
    check(DataTypes.LongType, "long", "bigint", "BIGINT", "\"long\"", "LongType");
    check(DataTypes.FloatType, "float", "float", "FLOAT", "\"float\"", "FloatType");
    check(DataTypes.DoubleType, "double", "double", "DOUBLE", "\"double\"", "DoubleType");
    check(DataTypes.StringType, "string", "string", "STRING", "\"string\"", "StringType");
    check(DataTypes.BinaryType, "binary", "binary", "BINARY", "\"binary\"", "BinaryType");
    check(DataTypes.DateType, "date", "date", "DATE", "\"date\"", "DateType");
    check(DataTypes.TimestampType, "timestamp", "timestamp", "TIMESTAMP", "\"timestamp\"",
        "TimestampType");
    check(DataTypes.TimestampNTZType, "timestamp_ntz", "timestamp_ntz", "TIMESTAMP_NTZ",
        "\"timestamp_ntz\"", "TimestampNTZType");
    check(DataTypes.NullType, "void", "void", "VOID", "\"void\"", "NullType");
    check(DataTypes.CalendarIntervalType, "interval", "interval", "INTERVAL", "\"interval\"",
        "CalendarIntervalType");
    check(DataTypes.VariantType, "variant", "variant", "VARIANT", "\"variant\"", "VariantType");
  }

  @Test
  void parameterizedTypes() {
    check(new DecimalType(10, 2), "decimal(10,2)", "decimal(10,2)", "DECIMAL(10,2)",
        "\"decimal(10,2)\"", "DecimalType(10,2)");
    check(DecimalType.SYSTEM_DEFAULT, "decimal(38,18)", "decimal(38,18)", "DECIMAL(38,18)",
        "\"decimal(38,18)\"", "DecimalType(38,18)");
    check(new CharType(5), "char(5)", "char(5)", "CHAR(5)", "\"char(5)\"", "CharType(5)");
    check(new VarcharType(7), "varchar(7)", "varchar(7)", "VARCHAR(7)", "\"varchar(7)\"",
        "VarcharType(7)");
    check(DataTypes.createDayTimeIntervalType(), "interval day to second",
        "interval day to second", "INTERVAL DAY TO SECOND", "\"interval day to second\"",
        "DayTimeIntervalType(0,3)");
    check(new DayTimeIntervalType(DayTimeIntervalType.HOUR), "interval hour", "interval hour",
        "INTERVAL HOUR", "\"interval hour\"", "DayTimeIntervalType(1,1)");
    check(DataTypes.createYearMonthIntervalType(), "interval year to month",
        "interval year to month", "INTERVAL YEAR TO MONTH", "\"interval year to month\"",
        "YearMonthIntervalType(0,1)");
    check(new YearMonthIntervalType(YearMonthIntervalType.MONTH), "interval month",
        "interval month", "INTERVAL MONTH", "\"interval month\"", "YearMonthIntervalType(1,1)");
    check(new TimeType(6), "time(6)", "time(6)", "TIME(6)", "\"time(6)\"", "TimeType(6)");
    check(new TimeType(3), "time(3)", "time(3)", "TIME(3)", "\"time(3)\"", "TimeType(3)");
    check(StringType.of("UNICODE_CI"), "string collate UNICODE_CI", "string collate UNICODE_CI",
        "STRING COLLATE UNICODE_CI", "\"string collate UNICODE_CI\"", "StringType(UNICODE_CI)");
    // An explicit UTF8_BINARY keeps its name, as Spark's typeof('x' COLLATE UTF8_BINARY) shows it.
    check(StringType.of("UTF8_BINARY"), "string collate UTF8_BINARY", "string collate UTF8_BINARY",
        "STRING COLLATE UTF8_BINARY", "\"string collate UTF8_BINARY\"", "StringType(UTF8_BINARY)");
    check(StringType.of("utf8_binary"), "string collate UTF8_BINARY", "string collate UTF8_BINARY",
        "STRING COLLATE UTF8_BINARY", "\"string collate UTF8_BINARY\"", "StringType(UTF8_BINARY)");
    assertEquals("string collate UTF8_BINARY",
        DataType.fromDDL("string collate UTF8_BINARY").simpleString());
    assertEquals("array<string collate UTF8_BINARY>",
        new ArrayType(StringType.of("UTF8_BINARY"), true).catalogString());
  }

  @Test
  void complexTypes() {
    check(new ArrayType(DataTypes.IntegerType, true), "array", "array<int>", "ARRAY<INT>",
        "{\"type\":\"array\",\"elementType\":\"integer\",\"containsNull\":true}",
        "ArrayType(IntegerType,true)");
    check(new MapType(DataTypes.StringType, DataTypes.LongType, true), "map", "map<string,bigint>",
        "MAP<STRING, BIGINT>",
        "{\"type\":\"map\",\"keyType\":\"string\",\"valueType\":\"long\","
            + "\"valueContainsNull\":true}",
        "MapType(StringType,LongType,true)");
    StructType st = new StructType()
        .add("a", DataTypes.IntegerType)
        .add("b", DataTypes.StringType, true);
    check(st, "struct", "struct<a:int,b:string>", "STRUCT<a: INT, b: STRING>",
        "{\"type\":\"struct\",\"fields\":[{\"name\":\"a\",\"type\":\"integer\","
            + "\"nullable\":true,\"metadata\":{}},{\"name\":\"b\",\"type\":\"string\","
            + "\"nullable\":true,\"metadata\":{}}]}",
        "StructType(StructField(a,IntegerType,true),StructField(b,StringType,true))");
    StructType notNullField = new StructType().add("a", DataTypes.IntegerType)
        .add("b", DataTypes.StringType, false);
    assertEquals(
        "StructType(StructField(a,IntegerType,true),StructField(b,StringType,false))",
        notNullField.toString());
    assertEquals(notNullField, DataType.fromJson(notNullField.json()));
    // Non-nullable bits do not survive the DDL round trip, so compare separately.
    ArrayType notNull = new ArrayType(DataTypes.IntegerType, false);
    assertEquals("ArrayType(IntegerType,false)", notNull.toString());
    assertEquals(notNull, DataType.fromJson(notNull.json()));
    MapType nested = new MapType(DataTypes.StringType,
        new ArrayType(new StructType().add("x", new DecimalType(5, 1)), false), false);
    assertEquals(nested, DataType.fromJson(nested.json()));
    assertEquals(nested, DataType.fromJson(nested.prettyJson()));
    assertEquals("map<string,array<struct<x:decimal(5,1)>>>", nested.simpleString());
    assertEquals("MAP<STRING, ARRAY<STRUCT<x: DECIMAL(5,1)>>>", nested.sql());
  }

  @Test
  void prettyJson() {
    StructType st = new StructType().add("a", DataTypes.IntegerType)
        .add("arr", new ArrayType(DataTypes.StringType, false));
    String expected = "{\n"
        + "  \"type\" : \"struct\",\n"
        + "  \"fields\" : [ {\n"
        + "    \"name\" : \"a\",\n"
        + "    \"type\" : \"integer\",\n"
        + "    \"nullable\" : true,\n"
        + "    \"metadata\" : { }\n"
        + "  }, {\n"
        + "    \"name\" : \"arr\",\n"
        + "    \"type\" : {\n"
        + "      \"type\" : \"array\",\n"
        + "      \"elementType\" : \"string\",\n"
        + "      \"containsNull\" : false\n"
        + "    },\n"
        + "    \"nullable\" : true,\n"
        + "    \"metadata\" : { }\n"
        + "  } ]\n"
        + "}";
    assertEquals(expected, st.prettyJson());
    assertEquals("\"integer\"", DataTypes.IntegerType.prettyJson());
  }

  @Test
  void wideStructSimpleStringIsAbbreviated() {
    List<StructField> fields = new ArrayList<>();
    StringBuilder catalog = new StringBuilder("struct<");
    for (int i = 0; i < 30; i++) {
      fields.add(DataTypes.createStructField("f" + i, DataTypes.IntegerType, true));
      catalog.append(i > 0 ? "," : "").append("f").append(i).append(":int");
    }
    StructType st = DataTypes.createStructType(fields);
    StringBuilder simple = new StringBuilder("struct<");
    for (int i = 0; i < 24; i++) {
      simple.append(i > 0 ? "," : "").append("f").append(i).append(":int");
    }
    simple.append(",... 6 more fields>");
    assertEquals(simple.toString(), st.simpleString());
    assertEquals(catalog.append(">").toString(), st.catalogString());
  }

  @Test
  void defaultSizes() {
    assertEquals(4, DataTypes.IntegerType.defaultSize());
    assertEquals(8, new DecimalType(18, 0).defaultSize());
    assertEquals(16, new DecimalType(19, 0).defaultSize());
    assertEquals(20, DataTypes.StringType.defaultSize());
    assertEquals(24, new MapType(DataTypes.StringType, DataTypes.IntegerType).defaultSize());
  }

  @Test
  void equalityAndValidation() {
    assertEquals(new DecimalType(10, 2), DataTypes.createDecimalType(10, 2));
    assertEquals(new DecimalType(10, 2).hashCode(), new DecimalType(10, 2).hashCode());
    assertEquals(DecimalType.USER_DEFAULT, new DecimalType());
    assertEquals(DecimalType.SYSTEM_DEFAULT, DataTypes.createDecimalType());
    assertThrows(IllegalArgumentException.class, () -> new DecimalType(39, 0));
    assertThrows(IllegalArgumentException.class, () -> new DecimalType(5, 6));
    assertThrows(IllegalArgumentException.class,
        () -> new DayTimeIntervalType(DayTimeIntervalType.SECOND, DayTimeIntervalType.DAY));
    assertThrows(IllegalArgumentException.class, () -> new TimeType(7));
    assertEquals(StringType.INSTANCE, StringType.of("utf8_binary"), "equal, as in Spark, though named apart");
    assertEquals(StringType.INSTANCE.hashCode(), StringType.of("UTF8_BINARY").hashCode());
    assertEquals(StringType.INSTANCE, StringType.of(""));
  }

  @Test
  void fromJsonErrors() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DataType.fromJson("\"nope\""));
    assertEquals(true, e.getMessage().contains("nope"));
    assertThrows(IllegalArgumentException.class, () -> DataType.fromJson("{\"type\":\"x\"}"));
    assertThrows(IllegalArgumentException.class, () -> DataType.fromJson("{"));
  }

  @Test
  void fromJsonUdtUsesSqlType() {
    String json = "{\"type\":\"udt\",\"class\":\"x.PointUDT\",\"pyClass\":\"p.Point\","
        + "\"sqlType\":{\"type\":\"array\",\"elementType\":\"double\",\"containsNull\":false}}";
    assertEquals(new ArrayType(DataTypes.DoubleType, false), DataType.fromJson(json));
  }

  @Test
  void calendarIntervalToString() {
    assertEquals("0 seconds", new CalendarInterval(0, 0, 0).toString());
    assertEquals("1 years 2 months 3 days 4 hours 5 minutes 6.5 seconds",
        new CalendarInterval(14, 3, 4 * 3_600_000_000L + 5 * 60_000_000L + 6_500_000L)
            .toString());
    assertEquals("-1 months -2 days", new CalendarInterval(-1, -2, 0).toString());
    assertEquals("0.000001 seconds", new CalendarInterval(0, 0, 1).toString());
    assertEquals(new CalendarInterval(1, 2, 3), new CalendarInterval(1, 2, 3));
  }

  @Test
  void variantVal() {
    VariantVal v = new VariantVal(new byte[] {12, 1}, new byte[] {1, 0, 0});
    assertEquals(new VariantVal(new byte[] {12, 1}, new byte[] {1, 0, 0}), v);
    assertEquals("VariantVal(value=0c01, metadata=010000)", v.toString());
  }
}
