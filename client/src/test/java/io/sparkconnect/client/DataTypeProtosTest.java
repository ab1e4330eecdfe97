package io.sparkconnect.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.CharType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.DayTimeIntervalType;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.MapType;
import io.sparkconnect.sql.types.MetadataBuilder;
import io.sparkconnect.sql.types.StringType;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.types.TimeType;
import io.sparkconnect.sql.types.VarcharType;
import io.sparkconnect.sql.types.YearMonthIntervalType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataTypeProtosTest {

  private static final List<DataType> ALL = List.of(
      DataTypes.BooleanType, DataTypes.ByteType, DataTypes.ShortType, DataTypes.IntegerType,
      DataTypes.LongType, DataTypes.FloatType, DataTypes.DoubleType, DataTypes.StringType,
      StringType.of("UNICODE_CI"), DataTypes.BinaryType, DataTypes.DateType,
      DataTypes.TimestampType, DataTypes.TimestampNTZType, DataTypes.NullType,
      DataTypes.CalendarIntervalType, DataTypes.VariantType, new DecimalType(10, 2),
      DecimalType.SYSTEM_DEFAULT, new CharType(3), new VarcharType(9),
      DataTypes.createDayTimeIntervalType(),
      new DayTimeIntervalType(DayTimeIntervalType.HOUR, DayTimeIntervalType.MINUTE),
      DataTypes.createYearMonthIntervalType(),
      new YearMonthIntervalType(YearMonthIntervalType.MONTH), new TimeType(6), new TimeType(0),
      new ArrayType(DataTypes.IntegerType, false), new ArrayType(DataTypes.StringType, true),
      new MapType(DataTypes.StringType, new ArrayType(DataTypes.LongType), false),
      new StructType().add("a", DataTypes.IntegerType, false)
          .add("b", new StructType().add("c", DataTypes.DateType), true, "comment")
          .add("d", DataTypes.DoubleType, true,
              new MetadataBuilder().putLong("x", 1).putString("y", "z").build()),
      new StructType());

  @Test
  void roundTripsEveryType() {
    for (DataType t : ALL) {
      io.sparkconnect.proto.DataType p = DataTypeProtos.toProto(t);
      assertEquals(t, DataTypeProtos.fromProto(p), "round trip of " + t);
    }
  }

  @Test
  void explicitDefaultCollationSurvivesTheRoundTrip() {
    io.sparkconnect.proto.DataType explicit = DataTypeProtos.toProto(StringType.of("UTF8_BINARY"));
    assertEquals("UTF8_BINARY", explicit.getString().getCollation());
    assertEquals("string collate UTF8_BINARY", DataTypeProtos.fromProto(explicit).simpleString());
    io.sparkconnect.proto.DataType implicit = DataTypeProtos.toProto(DataTypes.StringType);
    assertEquals("", implicit.getString().getCollation());
    assertEquals("string", DataTypeProtos.fromProto(implicit).simpleString());
  }

  @Test
  void spark40NamesEveryCollationAndCallsUtf8BinaryString() {
    // What a Spark 4.0 server sends for a plain string column inside an array.
    io.sparkconnect.proto.DataType p = DataTypeProtos.toProto(
        new ArrayType(StringType.of("UTF8_BINARY"), true));
    assertTrue(DataTypeProtos.namesDefaultCollation(p));
    assertEquals("array<string>", DataTypeProtos.fromProto(p, false).simpleString());
    assertEquals("array<string collate UTF8_BINARY>", DataTypeProtos.fromProto(p, true).simpleString());
    io.sparkconnect.proto.DataType lcase = DataTypeProtos.toProto(StringType.of("UTF8_LCASE"));
    assertFalse(DataTypeProtos.namesDefaultCollation(lcase));
    assertEquals("string collate UTF8_LCASE", DataTypeProtos.fromProto(lcase, false).simpleString());
    assertFalse(DataTypeProtos.namesDefaultCollation(DataTypeProtos.toProto(
        new StructType().add("s", DataTypes.StringType))));
    assertTrue(DataTypeProtos.namesDefaultCollation(DataTypeProtos.toProto(
        new StructType().add("m", new MapType(DataTypes.IntegerType, StringType.of("UTF8_BINARY"), true)))));
  }

  @Test
  void protoShape() {
    io.sparkconnect.proto.DataType p = DataTypeProtos.toProto(new DecimalType(12, 3));
    assertEquals(12, p.getDecimal().getPrecision());
    assertEquals(3, p.getDecimal().getScale());
    io.sparkconnect.proto.DataType s = DataTypeProtos.toProto(
        new StructType().add("a", DataTypes.IntegerType, true, "hi"));
    assertEquals("{\"comment\":\"hi\"}", s.getStruct().getFields(0).getMetadata());
    assertEquals(io.sparkconnect.proto.DataType.KindCase.INTEGER,
        s.getStruct().getFields(0).getDataType().getKindCase());
  }

  @Test
  void defaultsForMissingOptionalFields() {
    assertEquals(DecimalType.USER_DEFAULT, DataTypeProtos.fromProto(
        io.sparkconnect.proto.DataType.newBuilder()
            .setDecimal(io.sparkconnect.proto.DataType.Decimal.getDefaultInstance()).build()));
    assertEquals(DataTypes.createDayTimeIntervalType(), DataTypeProtos.fromProto(
        io.sparkconnect.proto.DataType.newBuilder().setDayTimeInterval(
            io.sparkconnect.proto.DataType.DayTimeInterval.getDefaultInstance()).build()));
    assertEquals(TimeType.DEFAULT, DataTypeProtos.fromProto(
        io.sparkconnect.proto.DataType.newBuilder()
            .setTime(io.sparkconnect.proto.DataType.Time.getDefaultInstance()).build()));
  }

  @Test
  void udtBecomesSqlType() {
    io.sparkconnect.proto.DataType udt = io.sparkconnect.proto.DataType.newBuilder()
        .setUdt(io.sparkconnect.proto.DataType.UDT.newBuilder().setType("udt")
            .setJvmClass("x.Udt").setSqlType(DataTypeProtos.toProto(DataTypes.BinaryType)))
        .build();
    assertEquals(DataTypes.BinaryType, DataTypeProtos.fromProto(udt));
  }

  @Test
  void unknownKinds() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DataTypeProtos.fromProto(io.sparkconnect.proto.DataType.getDefaultInstance()));
    assertTrue(e.getMessage().contains("KIND_NOT_SET"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> DataTypeProtos.fromProto(io.sparkconnect.proto.DataType.newBuilder()
            .setGeometry(io.sparkconnect.proto.DataType.Geometry.getDefaultInstance()).build()));
    assertTrue(e.getMessage().contains("GEOMETRY"), e.getMessage());
  }
}
