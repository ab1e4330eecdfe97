package io.sparkconnect.arrow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.CalendarInterval;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.DayTimeIntervalType;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.MapType;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.types.TimeType;
import io.sparkconnect.sql.types.VariantVal;
import io.sparkconnect.sql.types.YearMonthIntervalType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrowRoundTripTest {

  /** One column type with sample values (null included where nullable). */
  private static final class Case {
    final DataType type;
    final Object[] values;

    Case(DataType type, Object... values) {
      this.type = type;
      this.values = values;
    }
  }

  private static Map<Object, Object> map(Object... kv) {
    Map<Object, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static List<Case> cases() {
    StructType inner = new StructType().add("x", DataTypes.IntegerType).add("s", DataTypes.StringType);
    List<Case> c = new ArrayList<>();
    c.add(new Case(DataTypes.BooleanType, true, false, null, true, false, true, true, false, true));
    c.add(new Case(DataTypes.ByteType, (byte) 1, (byte) -128, null, (byte) 127));
    c.add(new Case(DataTypes.ShortType, (short) 1, Short.MIN_VALUE, null, Short.MAX_VALUE));
    c.add(new Case(DataTypes.IntegerType, 1, Integer.MIN_VALUE, null, Integer.MAX_VALUE));
    c.add(new Case(DataTypes.LongType, 1L, Long.MIN_VALUE, null, Long.MAX_VALUE));
    c.add(new Case(DataTypes.FloatType, 1.5f, Float.NaN, null, -0.0f));
    c.add(new Case(DataTypes.DoubleType, 1.5, Double.NEGATIVE_INFINITY, null, 1e300));
    c.add(new Case(DataTypes.StringType, "a", "", null, "héllo wörld ✓ 𝄞"));
    c.add(new Case(DataTypes.BinaryType, new byte[] {1, 2}, new byte[0], null, new byte[] {-1}));
    c.add(new Case(new DecimalType(10, 2), new BigDecimal("12.34"), new BigDecimal("-0.01"), null,
        new BigDecimal("99999999.99")));
    c.add(new Case(new DecimalType(38, 6),
        new BigDecimal("12345678901234567890123456789012.123456"),
        new BigDecimal("-99999999999999999999999999999999.999999"), null, new BigDecimal("0.000000")));
    c.add(new Case(DataTypes.DateType, LocalDate.of(2024, 2, 29), LocalDate.of(1, 1, 1), null,
        LocalDate.of(1969, 12, 31)));
    c.add(new Case(DataTypes.TimestampType, Instant.parse("2024-01-02T03:04:05.123456Z"),
        Instant.parse("1900-01-01T00:00:00.000001Z"), null, Instant.EPOCH));
    c.add(new Case(DataTypes.TimestampNTZType, LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6000),
        LocalDateTime.of(1960, 6, 1, 0, 0), null));
    c.add(new Case(DayTimeIntervalType.DEFAULT, Duration.ofSeconds(-5, 1000), Duration.ZERO, null,
        Duration.ofDays(1000)));
    c.add(new Case(YearMonthIntervalType.DEFAULT, Period.ofMonths(14).normalized(),
        Period.ofYears(-3), null));
    c.add(new Case(DataTypes.CalendarIntervalType, new CalendarInterval(1, 2, 3L),
        new CalendarInterval(-1, 0, -7L), null));
    c.add(new Case(new TimeType(6), LocalTime.of(23, 59, 59, 999_999_000), LocalTime.MIDNIGHT, null));
    c.add(new Case(DataTypes.NullType, null, null, null));
    c.add(new Case(new ArrayType(DataTypes.LongType, true), List.of(1L, 2L), List.of(),
        null, Arrays.asList(3L, null)));
    c.add(new Case(new ArrayType(new ArrayType(DataTypes.StringType, true), true),
        List.of(List.of("a"), List.of()), null, Arrays.asList(null, List.of("b", "c"))));
    c.add(new Case(new MapType(DataTypes.StringType, DataTypes.IntegerType, true),
        map("a", 1, "b", null), map(), null, map("z", 26)));
    c.add(new Case(inner, new Object[] {1, "one"}, null, new Object[] {null, null}));
    c.add(new Case(new ArrayType(inner, true), List.<Object>of((Object) new Object[] {7, "seven"}), null));
    c.add(new Case(DataTypes.VariantType, new VariantVal(new byte[] {12, 1}, new byte[] {1, 0, 0}),
        null));
    return c;
  }

  /** The value the reader is expected to return for a written value. */
  private static Object expected(Object v) {
    if (v instanceof Object[]) {
      return Arrays.asList(Arrays.stream((Object[]) v).map(ArrowRoundTripTest::expected).toArray());
    }
    if (v instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<?>) v) {
        out.add(expected(o));
      }
      return out;
    }
    return v;
  }

  /** Normalizes a read value for comparison (rows to lists of values). */
  private static Object actual(Object v) {
    if (v instanceof Row) {
      Row r = (Row) v;
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        out.add(actual(r.get(i)));
      }
      return out;
    }
    if (v instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<?>) v) {
        out.add(actual(o));
      }
      return out;
    }
    return v;
  }

  private static void assertValue(Object want, Object got, String where) {
    want = expected(want);
    got = actual(got);
    if (want instanceof byte[]) {
      assertArrayEquals((byte[]) want, (byte[]) got, where);
    } else if (want instanceof VariantVal) {
      assertArrayEquals(((VariantVal) want).getValue(), ((VariantVal) got).getValue(), where);
      assertArrayEquals(((VariantVal) want).getMetadata(), ((VariantVal) got).getMetadata(), where);
    } else {
      assertEquals(want, got, where);
    }
  }

  @Test
  void everyTypeRoundTripsWithNullsAndSeveralBatches() {
    List<Case> cases = cases();
    StructType schema = new StructType();
    int rows = 0;
    for (int i = 0; i < cases.size(); i++) {
      schema = schema.add("c" + i, cases.get(i).type, true);
      rows = Math.max(rows, cases.get(i).values.length);
    }
    List<Object[]> data = new ArrayList<>();
    for (int r = 0; r < rows * 3; r++) {
      Object[] row = new Object[cases.size()];
      for (int i = 0; i < cases.size(); i++) {
        Object[] vs = cases.get(i).values;
        row[i] = vs[r % vs.length];
      }
      data.add(row);
    }
    for (int perBatch : new int[] {1, 4, 1000}) {
      byte[] stream = ArrowWriter.write(schema, data.iterator(), perBatch);
      ArrowBatch batch = ArrowBatch.decode(ByteBuffer.wrap(stream).asReadOnlyBuffer());
      assertEquals(schema, batch.schema());
      assertEquals(schema, ArrowSchemas.schemaOf(ByteBuffer.wrap(stream)));
      assertEquals(data.size(), batch.rowCount());
      for (int r = 0; r < data.size(); r++) {
        Row row = batch.row(r);
        for (int i = 0; i < cases.size(); i++) {
          String where = "row " + r + " column " + i + " (" + cases.get(i).type + "), batch " + perBatch;
          Object want = data.get(r)[i];
          assertValue(want, row.get(i), where);
          assertValue(want, batch.column(i).getObject(r), where);
          assertEquals(want == null, row.isNullAt(i), where);
        }
      }
    }
  }

  @Test
  void typedGettersReadWithoutBoxing() {
    StructType schema = new StructType()
        .add("l", DataTypes.LongType).add("d", DataTypes.DoubleType)
        .add("s", DataTypes.StringType).add("i", DataTypes.IntegerType)
        .add("b", DataTypes.BooleanType).add("dec", new DecimalType(5, 1));
    List<Object[]> data = List.of(
        new Object[] {5L, 2.5, "x", 7, true, new BigDecimal("1.5")},
        new Object[] {null, null, null, null, null, null});
    ArrowBatch b = ArrowBatch.decode(ArrowWriter.write(schema, data));
    Row r = b.row(0);
    assertEquals(5L, r.getLong(0));
    assertEquals(2.5, r.getDouble(1));
    assertEquals("x", r.getString(2));
    assertEquals(7, r.getInt(3));
    assertEquals(7L, b.column(3).getLong(0));
    assertTrue(r.getBoolean(4));
    assertEquals(new BigDecimal("1.5"), r.getDecimal(5));
    assertTrue(b.row(1).isNullAt(0));
    assertNull(b.row(1).getString(2));
    assertFalse(r.isNullAt(2));
    assertThrows(UnsupportedOperationException.class, () -> b.column(2).getLong(0));
    assertThrows(NullPointerException.class, () -> b.row(1).getLong(0));
    Row generic = io.sparkconnect.sql.RowFactory.create(5L, 2.5, "x", 7, true, new BigDecimal("1.5"));
    assertEquals(generic, r);
    assertEquals(r, generic);
    assertEquals(generic.hashCode(), r.hashCode());
    assertEquals(generic.toString(), r.toString());
  }

  @Test
  void emptyStreamHasSchemaAndNoRows() {
    StructType schema = new StructType().add("a", DataTypes.LongType);
    ArrowBatch b = ArrowBatch.decode(ArrowWriter.write(schema, List.of()));
    assertEquals(0, b.rowCount());
    assertEquals(schema, b.schema());
    assertEquals(1, b.columnCount());
  }

  @Test
  void valuesThatDoNotFitNameColumnRowAndType() {
    StructType schema = new StructType().add("a", DataTypes.IntegerType)
        .add("d", new DecimalType(4, 2)).add("n", DataTypes.StringType, false);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ArrowWriter.write(schema, List.of(new Object[] {1, null, "x"}, new Object[] {"no", null, "x"})));
    assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("row 1")
        && e.getMessage().contains("Integer"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ArrowWriter.write(schema, List.<Object[]>of(new Object[] {1, new BigDecimal("123.4"), "x"})));
    assertTrue(e.getMessage().contains("'d'") && e.getMessage().contains("decimal(4,2)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ArrowWriter.write(schema, List.<Object[]>of(new Object[] {1, null, null})));
    assertTrue(e.getMessage().contains("'n'") && e.getMessage().contains("non-nullable"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ArrowWriter.write(new StructType().add("b", DataTypes.ByteType),
            List.<Object[]>of(new Object[] {300})));
    assertTrue(e.getMessage().contains("Byte"), e.getMessage());
  }

  @Test
  void largeBatchAcrossManyChunks() {
    StructType schema = new StructType().add("id", DataTypes.LongType).add("s", DataTypes.StringType);
    ArrowWriter w = new ArrowWriter(schema, 1000);
    for (long i = 0; i < 10_500; i++) {
      w.append(new Object[] {i, i % 7 == 0 ? null : "v" + i});
    }
    ArrowBatch b = ArrowBatch.decode(w.finish());
    assertEquals(10_500, b.rowCount());
    ColumnVector id = b.column(0);
    ColumnVector s = b.column(1);
    for (int i = 0; i < 10_500; i++) {
      assertEquals(i, id.getLong(i));
      assertEquals(i % 7 == 0 ? null : "v" + i, s.getString(i));
    }
  }
}
