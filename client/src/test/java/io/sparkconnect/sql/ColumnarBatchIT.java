package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.DecimalType;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.sql.vectorized.ColumnVector;
import io.sparkconnect.sql.vectorized.ColumnarBatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code DataFrame.toColumnarBatches()}: query results read a column at a time from a real server. */
@Tag("compat")
class ColumnarBatchIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  private static DataFrame typed(long n) {
    return spark.range(n).selectExpr(
        "id",
        "CAST(id AS INT) AS i",
        "id * 1.5 AS d",
        "CAST(id AS DOUBLE) / 4 AS x",
        "IF(id % 7 = 0, NULL, concat('s', CAST(id AS STRING))) AS s",
        "id % 2 = 0 AS b",
        "date_add(DATE'2020-01-01', CAST(id % 1000 AS INT)) AS day");
  }

  private static List<ColumnarBatch> all(DataFrame df) {
    List<ColumnarBatch> out = new ArrayList<>();
    try (CloseableIterator<ColumnarBatch> it = df.toColumnarBatches()) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void everyValueMatchesWhatTheQueryComputes() {
    long n = 25_000; // more than one server batch (10,000 rows each by default)
    List<ColumnarBatch> batches = all(typed(n));
    assertTrue(batches.size() >= 2, "batches: " + batches.size());
    StructType schema = batches.get(0).schema();
    assertEquals(typed(1).schema(), schema);
    assertEquals(new DecimalType(23, 1), schema.fields()[2].dataType());
    long id = 0;
    for (ColumnarBatch b : batches) {
      assertEquals(7, b.numCols());
      assertEquals(DataTypes.LongType, b.column(0).dataType());
      assertEquals(DataTypes.StringType, b.column("s").dataType());
      ColumnVector ids = b.column(0);
      ColumnVector s = b.column("s");
      int nulls = 0;
      for (int r = 0; r < b.numRows(); r++, id++) {
        assertEquals(id, ids.getLong(r));
        assertEquals((int) id, b.column(1).getInt(r));
        assertEquals(BigDecimal.valueOf(id * 15, 1), b.column(2).getDecimal(r));
        assertEquals(id / 4.0, b.column(3).getDouble(r));
        assertEquals(id % 7 == 0, s.isNullAt(r));
        assertEquals(id % 7 == 0 ? null : "s" + id, s.getString(r));
        nulls += id % 7 == 0 ? 1 : 0;
        assertEquals(id % 2 == 0, b.column(5).getBoolean(r));
        assertEquals(LocalDate.of(2020, 1, 1).plusDays(id % 1000), b.column(6).getObject(r));
      }
      assertEquals(nulls, s.numNulls());
      assertFalse(ids.hasNull());
    }
    assertEquals(n, id);
  }

  @Test
  void bulkReadsAndRowViewsAgreeWithCollect() {
    DataFrame df = typed(12_345);
    List<Row> rows = df.collectAsList();
    int at = 0;
    for (ColumnarBatch b : all(df)) {
      long[] ids = b.column(0).getLongs(0, b.numRows());
      int[] ints = b.column(1).getInts(0, b.numRows());
      double[] xs = b.column(3).getDoubles(0, b.numRows());
      Iterator<Row> views = b.rowIterator();
      for (int r = 0; r < b.numRows(); r++, at++) {
        Row want = rows.get(at);
        assertEquals(want.getLong(0), ids[r]);
        assertEquals(want.getInt(1), ints[r]);
        assertEquals(want.getDouble(3), xs[r]);
        assertEquals(want, b.getRow(r));
        assertEquals(want, views.next());
      }
      assertFalse(views.hasNext());
    }
    assertEquals(rows.size(), at);
  }

  @Test
  void batchSizeFollowsTheSessionsArrowSetting() {
    try (SparkSession s = TestServer.newSession()) {
      s.conf().set("spark.sql.execution.arrow.maxRecordsPerBatch", "1000");
      List<ColumnarBatch> batches = new ArrayList<>();
      try (CloseableIterator<ColumnarBatch> it = s.range(0, 25_000, 1, 1).toColumnarBatches()) {
        it.forEachRemaining(batches::add);
      }
      assertEquals(25, batches.size());
      long sum = 0;
      // Batches stay readable after the iteration moved on and the iterator closed.
      for (ColumnarBatch b : batches) {
        assertEquals(1000, b.numRows());
        for (long v : b.column("id").getLongs(0, b.numRows())) {
          sum += v;
        }
      }
      assertEquals(25_000L * 24_999 / 2, sum);
    }
  }

  @Test
  void nestedColumnsReadAsRowsListsAndMaps() {
    List<ColumnarBatch> batches = all(spark.sql(
        "SELECT named_struct('a', 1, 'b', 'x') AS st, array(1, 2, NULL) AS arr, map('k', 2.5D) AS m"));
    assertEquals(1, batches.size());
    ColumnarBatch b = batches.get(0);
    assertEquals("struct<a:int,b:string>", b.column(0).dataType().simpleString());
    assertEquals(RowFactory.create(1, "x"), b.column(0).getObject(0));
    assertEquals(java.util.Arrays.asList(1, 2, null), b.column(1).getObject(0));
    assertEquals(Map.of("k", 2.5), b.column(2).getObject(0));
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> b.column(1).getLong(0));
    assertTrue(e.getMessage().contains("'arr'"), e.getMessage());
  }

  @Test
  void anEmptyResultHasNoBatchAndClosingEarlyFreesTheSession() {
    try (CloseableIterator<ColumnarBatch> it = spark.range(10).where("id > 100").toColumnarBatches()) {
      assertFalse(it.hasNext());
    }
    // A billion rows in partitions of two million (the server turns a whole partition into
    // Arrow batches at once): closing after the first batch cancels the rest. Each partition
    // comes as batches of its own.
    long start = System.nanoTime();
    try (CloseableIterator<ColumnarBatch> it = spark.range(0, 1_000_000_000L, 1, 500).toColumnarBatches()) {
      assertTrue(it.hasNext());
      ColumnarBatch first = it.next();
      assertEquals(0, first.column(0).getLong(0));
      assertEquals(first.numRows() - 1, first.column(0).getLong(first.numRows() - 1));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 60_000, "took " + millis + " ms");
    try (CloseableIterator<ColumnarBatch> it = spark.range(0, 3, 1, 1).toColumnarBatches()) {
      assertEquals(3, it.next().numRows());
      assertFalse(it.hasNext());
    }
    assertEquals(5, spark.range(5).count());
  }
}
