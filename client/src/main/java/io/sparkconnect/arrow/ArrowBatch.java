package io.sparkconnect.arrow;

import io.sparkconnect.sql.vectorized.ColumnarBatch;
import io.sparkconnect.sql.vectorized.ColumnarRow;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.StructType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One decoded Arrow IPC stream: its schema and all rows of all its record batches, read straight
 * from the input buffer (which must not be modified while this object is in use).
 *
 * <p>A Spark Connect server sends each result chunk ({@code ExecutePlanResponse.ArrowBatch.data})
 * as a complete stream, usually with one record batch; pass
 * {@code ByteString.asReadOnlyByteBuffer()} to {@link #decode} to avoid copying. All batches of
 * the stream are presented as one sequence of rows.
 *
 * <p>Decoding checks the whole structure (buffer sizes, offsets) and throws
 * {@link ArrowFormatException} for malformed, truncated or unsupported input; values are then
 * decoded lazily on access. Instances are immutable and safe for concurrent reads.
 */
public final class ArrowBatch {
  private static final int[] SINGLE_START = {0};

  private final StructType schema;
  private final ColumnVector[][] chunks;
  private final int[] starts;
  private final int rowCount;
  private final ColumnVector[] columns;

  private ArrowBatch(StructType schema, ColumnVector[][] chunks, int[] starts, int rowCount) {
    this.schema = schema;
    this.chunks = chunks;
    this.starts = starts;
    this.rowCount = rowCount;
    int n = schema.size();
    this.columns = new ColumnVector[n];
    for (int c = 0; c < n; c++) {
      if (chunks.length == 1) {
        columns[c] = chunks[0][c];
      } else if (chunks.length == 0) {
        columns[c] = new NullVector(ArrowField.simple(schema.fields()[c].name(), true,
            ArrowTypeKind.NULL, List.of()), 0);
      } else {
        ColumnVector[] parts = new ColumnVector[chunks.length];
        for (int k = 0; k < parts.length; k++) {
          parts[k] = chunks[k][c];
        }
        columns[c] = new ChunkedVector(parts, starts, rowCount);
      }
    }
  }

  /**
   * Decodes a complete IPC stream from {@code ipcStream}'s position to its limit. The buffer is
   * neither copied nor modified (its position is left unchanged).
   *
   * @throws ArrowFormatException if the stream is malformed, truncated or unsupported
   */
  public static ArrowBatch decode(ByteBuffer ipcStream) {
    try {
      IpcStreamReader reader = new IpcStreamReader(ipcStream);
      IpcMessage first = reader.next();
      if (first == null) {
        throw new ArrowFormatException("Empty Arrow IPC stream: no schema message");
      }
      if (first.headerType != IpcMessage.SCHEMA) {
        throw new ArrowFormatException(
            "Arrow IPC stream starts with " + IpcMessage.headerName(first.headerType)
                + " instead of Schema");
      }
      List<ArrowField> fields = SchemaParser.parse(first.header);
      StructType schema = ArrowTypeMapping.toSpark(fields);
      List<ColumnVector[]> chunks = new ArrayList<>(1);
      List<Integer> counts = new ArrayList<>(1);
      long total = 0;
      int[] rows = new int[1];
      for (IpcMessage m = reader.next(); m != null; m = reader.next()) {
        if (m.headerType == IpcMessage.DICTIONARY_BATCH) {
          throw new ArrowFormatException(
              "Arrow DictionaryBatch messages (dictionary encoding) are not supported");
        }
        if (m.headerType != IpcMessage.RECORD_BATCH) {
          throw new ArrowFormatException(
              "Unexpected Arrow IPC message " + IpcMessage.headerName(m.headerType)
                  + " in a record batch stream");
        }
        ColumnVector[] vectors = RecordBatchLoader.load(fields, m, rows);
        total += rows[0];
        if (total > Integer.MAX_VALUE) {
          throw new ArrowFormatException("Arrow IPC stream has more than 2^31-1 rows");
        }
        if (rows[0] > 0 || chunks.isEmpty()) {
          chunks.add(vectors);
          counts.add(rows[0]);
        }
      }
      int[] starts = chunks.size() <= 1 ? SINGLE_START : new int[chunks.size()];
      int s = 0;
      for (int i = 0; i < chunks.size(); i++) {
        starts[i] = s;
        s += counts.get(i);
      }
      return new ArrowBatch(schema, chunks.toArray(new ColumnVector[0][]), starts, (int) total);
    } catch (IndexOutOfBoundsException | IllegalArgumentException | ArithmeticException e) {
      throw new ArrowFormatException("Corrupt Arrow IPC stream: " + e, e);
    }
  }

  /** Decodes a complete IPC stream held in {@code ipcStream}. */
  public static ArrowBatch decode(byte[] ipcStream) {
    return decode(ByteBuffer.wrap(ipcStream));
  }

  /** The Spark schema of the rows. */
  public StructType schema() {
    return schema;
  }

  /** Number of rows over all record batches of the stream. */
  public int rowCount() {
    return rowCount;
  }

  /** Number of columns. */
  public int columnCount() {
    return columns.length;
  }

  /**
   * A lightweight view of row {@code i} reading straight from the vectors: its typed getters do
   * not box; strings are decoded on each access.
   */
  public Row row(int i) {
    if (i < 0 || i >= rowCount) {
      throw new IndexOutOfBoundsException("Row " + i + " of " + rowCount);
    }
    if (chunks.length == 1) {
      return new ColumnarRow(schema, chunks[0], i);
    }
    int c = chunkOf(starts, i);
    return new ColumnarRow(schema, chunks[c], i - starts[c]);
  }

  /** All rows as views (see {@link #row}). */
  public List<Row> rows() {
    Row[] out = new Row[rowCount];
    for (int i = 0; i < rowCount; i++) {
      out[i] = row(i);
    }
    return Arrays.asList(out);
  }

  /** Column {@code i} for columnar access; rows are numbered over the whole stream. */
  public ColumnVector column(int i) {
    return columns[i];
  }

  /** The rows as a public {@link ColumnarBatch} over the same vectors (nothing is copied). */
  public ColumnarBatch toColumnarBatch() {
    return new ColumnarBatch(schema, columns, rowCount);
  }

  /** Index of the chunk holding {@code row}, given ascending chunk start rows. */
  static int chunkOf(int[] starts, int row) {
    int i = Arrays.binarySearch(starts, row);
    if (i >= 0) {
      // Skip empty chunks sharing the same start.
      while (i + 1 < starts.length && starts[i + 1] == row) {
        i++;
      }
      return i;
    }
    return -i - 2;
  }
}
