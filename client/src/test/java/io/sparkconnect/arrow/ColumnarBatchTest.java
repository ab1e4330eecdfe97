package io.sparkconnect.arrow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.RowFactory;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.vectorized.ColumnVector;
import io.sparkconnect.sql.vectorized.ColumnarBatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public columnar view of decoded Arrow data: batches, vectors, bulk reads, row views. */
class ColumnarBatchTest {
  private static final StructType SCHEMA = new StructType()
      .add("l", DataTypes.LongType).add("i", DataTypes.IntegerType).add("d", DataTypes.DoubleType)
      .add("s", DataTypes.StringType).add("dec", new DecimalType(6, 1));

  private static ColumnarBatch batch(int rows, int perRecordBatch) {
    ArrowWriter w = new ArrowWriter(SCHEMA, perRecordBatch);
    for (int r = 0; r < rows; r++) {
      w.append(new Object[] {
          r % 5 == 0 ? null : (long) r * 3, r, r / 4.0, r % 3 == 0 ? null : "v" + r, BigDecimal.valueOf(r, 1)});
    }
    return ArrowBatch.decode(w.finish()).toColumnarBatch();
  }

  @Test
  void columnsReadTypedValuesAndCountNulls() {
    for (int perRecordBatch : new int[] {1000, 7}) {
      ColumnarBatch b = batch(100, perRecordBatch);
      assertEquals(100, b.numRows());
      assertEquals(5, b.numCols());
      assertEquals(SCHEMA, b.schema());
      ColumnVector l = b.column(0);
      assertEquals(DataTypes.LongType, l.dataType());
      assertEquals(new DecimalType(6, 1), b.column("dec").dataType());
      assertEquals(20, l.numNulls());
      assertTrue(l.hasNull());
      assertFalse(b.column(1).hasNull());
      assertEquals(34, b.column("s").numNulls());
      for (int r = 0; r < 100; r++) {
        assertEquals(r % 5 == 0, l.isNullAt(r));
        if (r % 5 != 0) {
          assertEquals(r * 3L, l.getLong(r));
        }
        assertEquals(r, b.column(1).getInt(r));
        assertEquals(r, b.column(1).getLong(r));
        assertEquals(r / 4.0, b.column(2).getDouble(r));
        assertEquals(r % 3 == 0 ? null : "v" + r, b.column(3).getString(r));
        assertEquals(BigDecimal.valueOf(r, 1), b.column(4).getDecimal(r));
      }
    }
  }

  @Test
  void bulkGettersMatchSingleReads() {
    for (int perRecordBatch : new int[] {1000, 13}) {
      ColumnarBatch b = batch(100, perRecordBatch);
      int[] ints = b.column(1).getInts(10, 50);
      double[] doubles = b.column(2).getDoubles(10, 50);
      long[] longs = b.column(1).getLongs(0, 100);
      for (int k = 0; k < 50; k++) {
        assertEquals(10 + k, ints[k]);
        assertEquals((10 + k) / 4.0, doubles[k]);
      }
      for (int k = 0; k < 100; k++) {
        assertEquals(k, longs[k]);
      }
      long[] withNulls = b.column(0).getLongs(1, 4);
      assertArrayEquals(new long[] {3, 6, 9, 12}, withNulls);
      assertEquals(0, b.column(1).getInts(100, 0).length);
      IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> b.column(1).getInts(90, 11));
      assertTrue(e.getMessage().contains("'i'") && e.getMessage().contains("100 rows"), e.getMessage());
      assertThrows(IndexOutOfBoundsException.class, () -> b.column(2).getDoubles(-1, 2));
    }
  }

  @Test
  void rowViewsEqualGenericRows() {
    ColumnarBatch b = batch(10, 4);
    Row r = b.getRow(7);
    assertEquals(RowFactory.create(21L, 7, 1.75, "v7", new BigDecimal("0.7")), r);
    assertEquals(SCHEMA, r.schema());
    assertEquals("v7", r.getAs("s"));
    List<Row> all = new ArrayList<>();
    for (Iterator<Row> it = b.rowIterator(); it.hasNext(); ) {
      all.add(it.next());
    }
    assertEquals(10, all.size());
    assertEquals(r, all.get(7));
    assertTrue(all.get(0).isNullAt(0));
    assertThrows(IndexOutOfBoundsException.class, () -> b.getRow(10));
    assertThrows(IndexOutOfBoundsException.class, () -> b.column(5));
    assertThrows(IllegalArgumentException.class, () -> b.column("nope"));
  }

  @Test
  void gettersOfAnotherTypeNameTheColumnAndType() {
    ColumnarBatch b = batch(3, 10);
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> b.column(3).getLong(0));
    assertTrue(e.getMessage().contains("'s'") && e.getMessage().contains("long"), e.getMessage());
    e = assertThrows(UnsupportedOperationException.class, () -> b.column(0).getString(0));
    assertTrue(e.getMessage().contains("'l'") && e.getMessage().contains("string"), e.getMessage());
  }

  @Test
  void constructorChecksItsArguments() {
    ColumnarBatch b = batch(3, 10);
    ColumnVector[] two = {b.column(0), b.column(1)};
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ColumnarBatch(SCHEMA, two, 3));
    assertTrue(e.getMessage().contains("5 fields") && e.getMessage().contains("2 columns"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new ColumnarBatch(new StructType().add("l", DataTypes.LongType), new ColumnVector[] {b.column(0)}, -1));
    assertTrue(new ColumnarBatch(new StructType().add("l", DataTypes.LongType), new ColumnVector[] {b.column(0)}, 2)
        .toString().contains("2 rows"));
  }
}
