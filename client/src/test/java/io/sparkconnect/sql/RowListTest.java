package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sparkconnect.arrow.ArrowBatch;
import io.sparkconnect.arrow.ArrowWriter;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowListTest {
  private static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("id", DataTypes.LongType, false),
      DataTypes.createStructField("s", DataTypes.StringType, true)});

  private static ArrowBatch batch(long from, int n) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(RowFactory.create(from + i, "s" + (from + i)));
    }
    return ArrowBatch.decode(ArrowWriter.writeRows(SCHEMA, rows));
  }

  @Test
  void readsAcrossBatchesIncludingEmptyOnes() {
    RowList list = new RowList(List.of(batch(0, 3), batch(3, 0), batch(3, 2), batch(5, 0), batch(5, 1)));
    assertEquals(6, list.size());
    for (int i = 0; i < 6; i++) {
      assertEquals(i, list.get(i).getLong(0));
      assertEquals("s" + i, list.get(i).getString(1));
    }
    Row[] array = list.toArray(new Row[0]);
    assertEquals(6, array.length);
    assertEquals(5L, array[5].getLong(0));
    assertEquals(List.copyOf(list), new ArrayList<>(list));
    long expected = 0;
    for (Row r : list) {
      assertEquals(expected++, r.getLong(0));
    }
    assertEquals(6, expected);
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(6));
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
    assertThrows(UnsupportedOperationException.class, () -> list.add(RowFactory.create(1L, "x")));
  }

  @Test
  void sortAndSetWorkLikeAFixedSizeList() {
    RowList list = new RowList(List.of(batch(0, 2), batch(2, 2)));
    list.sort(Comparator.comparingLong((Row r) -> r.getLong(0)).reversed());
    assertEquals(3L, list.get(0).getLong(0));
    assertEquals(0L, list.get(3).getLong(0));
    Row old = list.set(1, RowFactory.create(42L, "x"));
    assertEquals(2L, old.getLong(0));
    assertEquals(42L, list.get(1).getLong(0));
    assertEquals(4, list.size());
  }

  @Test
  void emptyResult() {
    RowList list = new RowList(List.of());
    assertEquals(0, list.size());
    assertEquals(0, list.toArray().length);
  }
}
