package io.sparkconnect.sql;

import io.sparkconnect.arrow.ArrowBatch;
import io.sparkconnect.client.ResponseStream;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads the rows of one execution as they stream in, decoding one Arrow batch at a time so that
 * memory stays bounded by a batch. Not thread-safe.
 */
final class RowReader implements CloseableIterator<Row> {
  private final ResponseStream responses;
  private ArrowBatch batch;
  private int next;
  private StructType schema;
  private boolean closed;

  RowReader(ResponseStream responses) {
    this.responses = responses;
  }

  @Override
  public boolean hasNext() {
    while (batch == null || next >= batch.rowCount()) {
      if (closed) {
        return false;
      }
      if (!responses.hasNext()) {
        close();
        return false;
      }
      accept(responses.next());
    }
    return true;
  }

  private void accept(ExecutePlanResponse r) {
    ArrowBatch decoded = decode(r);
    if (decoded != null) {
      batch = decoded;
      next = 0;
      if (schema == null) {
        schema = batch.schema();
      }
    } else if (r.hasSchema() && schema == null) {
      DataType t = responses.dataType(r.getSchema());
      if (t instanceof StructType) {
        schema = (StructType) t;
      }
    }
  }

  /**
   * What a response of a query carries for its reader: completes the observations it reports and
   * returns its Arrow batch decoded, or {@code null} if it has none.
   */
  static ArrowBatch decode(ExecutePlanResponse r) {
    for (ExecutePlanResponse.ObservedMetrics m : r.getObservedMetricsList()) {
      Observation o = Observations.remove(m.getName());
      if (o != null) {
        o.complete(m.getKeysList(), m.getValuesList());
      }
    }
    if (!r.hasArrowBatch()) {
      return null;
    }
    // Read in place: measured no faster with a bulk copy to an array, and it would double the
    // memory a batch needs while it is decoded.
    return ArrowBatch.decode(r.getArrowBatch().getData().asReadOnlyByteBuffer());
  }

  /**
   * Reads every batch and returns all rows as a {@link RowList}, closing this reader. Call it
   * on a fresh reader only. No per-row object is made here.
   */
  List<Row> drainToList() {
    List<ArrowBatch> batches = new ArrayList<>();
    for (ArrowBatch b = nextBatch(); b != null; b = nextBatch()) {
      batches.add(b);
    }
    return new RowList(batches);
  }

  /**
   * The next batch that has rows, or null once the result is exhausted (the reader is then
   * closed, as it is when reading fails). For a reader whose rows are not read through
   * {@link #next()}.
   */
  ArrowBatch nextBatch() {
    try {
      while (!closed && responses.hasNext()) {
        batch = null;
        accept(responses.next());
        if (batch != null && batch.rowCount() > 0) {
          ArrowBatch b = batch;
          batch = null;
          return b;
        }
      }
    } catch (RuntimeException | Error e) {
      close();
      throw e;
    }
    close();
    return null;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    return batch.row(next++);
  }

  /** The result's schema once the first batch (or schema message) arrived, else {@code null}. */
  StructType schema() {
    return schema;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      batch = null;
      responses.close();
    }
  }
}
