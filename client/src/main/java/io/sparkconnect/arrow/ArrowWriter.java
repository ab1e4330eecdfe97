package io.sparkconnect.arrow;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Encodes rows of a Spark schema as one Arrow IPC stream (a Schema message, one or more
 * RecordBatch messages, the end-of-stream marker), mapping Spark types to Arrow the way Spark
 * does: strings as Utf8, timestamps as Timestamp(MICROSECOND, "UTC"), timestamps without time
 * zone as Timestamp(MICROSECOND), decimals as Decimal128, day-time intervals as
 * Duration(MICROSECOND), and so on.
 *
 * <p>Values are the Java types Spark uses ({@code Long}, {@code String}, {@code BigDecimal},
 * {@code LocalDate}, {@code Instant}, {@code LocalDateTime}, {@code Duration}, {@code Period},
 * {@code CalendarInterval}, {@code LocalTime}, {@code List}, {@code Map}, {@code Row} or
 * {@code Object[]} for structs, {@code VariantVal}). A value that does not fit its column raises
 * {@link IllegalArgumentException} naming the column, the row index and the expected type.
 *
 * <p>Usage: {@code new ArrowWriter(schema)}, {@link #append} each row, then {@link #finish}.
 * Not thread-safe.
 */
public final class ArrowWriter {
  /** Default maximum number of rows per record batch. */
  public static final int DEFAULT_MAX_ROWS_PER_BATCH = 65_536;
  /** By default, a batch is ended once its buffers exceed this many bytes. */
  public static final long DEFAULT_MAX_BATCH_BYTES = 8L << 20;

  private final List<ArrowField> fields;
  private final List<ColumnEncoder> columns;
  private final int maxRowsPerBatch;
  private final long maxBatchBytes;
  private final IpcStreamWriter stream = new IpcStreamWriter();
  private final GrowableBuffer body = new GrowableBuffer(1 << 16);
  private long rowIndex;
  private int batchRows;
  private boolean finished;

  /** A writer with at most {@link #DEFAULT_MAX_ROWS_PER_BATCH} rows per record batch. */
  public ArrowWriter(StructType schema) {
    this(schema, DEFAULT_MAX_ROWS_PER_BATCH);
  }

  /** A writer with at most {@code maxRowsPerBatch} rows per record batch. */
  public ArrowWriter(StructType schema, int maxRowsPerBatch) {
    this(schema, maxRowsPerBatch, DEFAULT_MAX_BATCH_BYTES);
  }

  /**
   * A writer with at most {@code maxRowsPerBatch} rows per record batch, ending a batch early once
   * its buffers exceed {@code maxBatchBytes} ({@code Long.MAX_VALUE} and {@code Integer.MAX_VALUE}
   * rows give a single batch, for readers that only take one).
   */
  public ArrowWriter(StructType schema, int maxRowsPerBatch, long maxBatchBytes) {
    if (maxRowsPerBatch < 1) {
      throw new IllegalArgumentException("maxRowsPerBatch must be positive: " + maxRowsPerBatch);
    }
    if (maxBatchBytes < 1) {
      throw new IllegalArgumentException("maxBatchBytes must be positive: " + maxBatchBytes);
    }
    this.maxBatchBytes = maxBatchBytes;
    this.fields = ArrowTypeMapping.toArrow(schema);
    this.columns = ColumnEncoder.forSchema(fields);
    this.maxRowsPerBatch = maxRowsPerBatch;
    stream.message(IpcMessage.SCHEMA, SchemaSerializer.schema(fields), null, 0);
  }

  /** Encodes all {@code rows} of {@code schema} as one IPC stream. */
  public static byte[] write(StructType schema, List<Object[]> rows) {
    ArrowWriter w = new ArrowWriter(schema);
    for (Object[] r : rows) {
      w.append(r);
    }
    return w.finish();
  }

  /** Encodes all {@code rows} of {@code schema} as one IPC stream. */
  public static byte[] writeRows(StructType schema, List<? extends Row> rows) {
    ArrowWriter w = new ArrowWriter(schema);
    for (Row r : rows) {
      w.append(r);
    }
    return w.finish();
  }

  /** Encodes rows given as value arrays, at most {@code maxRowsPerBatch} rows per batch. */
  public static byte[] write(StructType schema, Iterator<Object[]> rows, int maxRowsPerBatch) {
    ArrowWriter w = new ArrowWriter(schema, maxRowsPerBatch);
    while (rows.hasNext()) {
      w.append(rows.next());
    }
    return w.finish();
  }

  /** Appends one row given as an array of values in schema order. */
  public void append(Object[] values) {
    checkOpen();
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "Row " + rowIndex + " has " + values.length + " values, schema has " + columns.size()
              + " columns");
    }
    for (int i = 0; i < values.length; i++) {
      columns.get(i).append(values[i], rowIndex);
    }
    endRow();
  }

  /** Appends one row. */
  public void append(Row row) {
    checkOpen();
    if (row.size() != columns.size()) {
      throw new IllegalArgumentException(
          "Row " + rowIndex + " has " + row.size() + " values, schema has " + columns.size()
              + " columns");
    }
    for (int i = 0; i < columns.size(); i++) {
      columns.get(i).append(row.get(i), rowIndex);
    }
    endRow();
  }

  private void endRow() {
    rowIndex++;
    batchRows++;
    if (batchRows >= maxRowsPerBatch || (batchRows & 1023) == 0 && bufferedBytes() > maxBatchBytes) {
      flush();
    }
  }

  private long bufferedBytes() {
    long n = 0;
    for (ColumnEncoder c : columns) {
      n += c.bufferedBytes();
    }
    return n;
  }

  /** Ends the current record batch, if it has rows. */
  public void flush() {
    checkOpen();
    if (batchRows == 0) {
      return;
    }
    List<long[]> nodes = new ArrayList<>();
    List<GrowableBuffer> buffers = new ArrayList<>();
    for (ColumnEncoder c : columns) {
      c.emit(nodes, buffers);
    }
    body.clear();
    GrowableBuffer meta = new GrowableBuffer(16 * buffers.size());
    for (GrowableBuffer b : buffers) {
      int offset = body.size();
      int length = b == null ? 0 : b.size();
      if (length > 0) {
        body.putBytes(b.array(), 0, length);
        body.putZeros((8 - (length & 7)) & 7);
      }
      meta.putLong(offset);
      meta.putLong(length);
    }
    GrowableBuffer nodeMeta = new GrowableBuffer(16 * nodes.size());
    for (long[] n : nodes) {
      nodeMeta.putLong(n[0]);
      nodeMeta.putLong(n[1]);
    }
    FlatBufferBuilder.Table batch = new FlatBufferBuilder.Table()
        .addLong(0, batchRows)
        .addStructs(1, Arrays.copyOf(nodeMeta.array(), nodeMeta.size()), nodes.size())
        .addStructs(2, Arrays.copyOf(meta.array(), meta.size()), buffers.size());
    stream.message(IpcMessage.RECORD_BATCH, batch, body.array(), body.size());
    for (ColumnEncoder c : columns) {
      c.reset();
    }
    batchRows = 0;
  }

  /** Ends the stream and returns its bytes; the writer cannot be used afterwards. */
  public byte[] finish() {
    flush();
    finished = true;
    return stream.finish();
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("ArrowWriter already finished");
    }
  }
}
