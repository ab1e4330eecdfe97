package io.sparkconnect.arrow;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Micro-benchmark (not a test): encodes 2,000,000 rows of (long, double, string) in about 30 IPC
 * streams, then times decoding them into rows and summing through the typed getters.
 */
public final class ArrowDecodeBenchmark {
  private ArrowDecodeBenchmark() {}

  public static void main(String[] args) {
    int rows = 2_000_000;
    int perBatch = rows / 30 + 1;
    StructType schema = new StructType()
        .add("id", DataTypes.LongType).add("x", DataTypes.DoubleType).add("s", DataTypes.StringType);
    List<ByteBuffer> streams = new ArrayList<>();
    long t0 = System.nanoTime();
    long bytes = 0;
    for (int start = 0; start < rows; start += perBatch) {
      ArrowWriter w = new ArrowWriter(schema, perBatch);
      for (int i = start; i < Math.min(rows, start + perBatch); i++) {
        w.append(new Object[] {(long) i, i * 0.5, "name-" + i});
      }
      byte[] b = w.finish();
      bytes += b.length;
      streams.add(ByteBuffer.wrap(b).asReadOnlyBuffer());
    }
    System.out.printf("encode: %d streams, %.1f MB, %d ms%n",
        streams.size(), bytes / 1e6, (System.nanoTime() - t0) / 1_000_000);
    for (int iter = 0; iter < 10; iter++) {
      long start = System.nanoTime();
      long sumL = 0;
      double sumD = 0;
      long chars = 0;
      int n = 0;
      for (ByteBuffer s : streams) {
        ArrowBatch batch = ArrowBatch.decode(s);
        for (int r = 0; r < batch.rowCount(); r++) {
          Row row = batch.row(r);
          sumL += row.getLong(0);
          sumD += row.getDouble(1);
          chars += row.getString(2).length();
          n++;
        }
      }
      long rowsNs = System.nanoTime() - start;
      start = System.nanoTime();
      long sumL2 = 0;
      for (ByteBuffer s : streams) {
        ArrowBatch batch = ArrowBatch.decode(s);
        ColumnVector c = batch.column(0);
        for (int r = 0, m = batch.rowCount(); r < m; r++) {
          sumL2 += c.getLong(r);
        }
      }
      long colNs = System.nanoTime() - start;
      System.out.printf(
          "iter %d: rows+getters (incl. String decode) %d ms (%.1f ns/row), columnar long sum %d ms"
              + " [n=%d sum=%d/%d %.0f chars=%d]%n",
          iter, rowsNs / 1_000_000, (double) rowsNs / n, colNs / 1_000_000, n, sumL, sumL2, sumD, chars);
    }
  }
}
