package io.sparkconnect.sql;

import io.sparkconnect.arrow.ArrowBatch;
import io.sparkconnect.sql.vectorized.ColumnarBatch;
import java.util.NoSuchElementException;

/**
 * The batches of one execution as they stream in, for {@link DataFrame#toColumnarBatches()}:
 * each Arrow chunk the server sends that has rows becomes one {@link ColumnarBatch} over the
 * decoded vectors. Not thread-safe.
 */
final class ColumnarBatchIterator implements CloseableIterator<ColumnarBatch> {
  private final RowReader reader;
  private ArrowBatch pending;

  ColumnarBatchIterator(RowReader reader) {
    this.reader = reader;
  }

  @Override
  public boolean hasNext() {
    if (pending == null) {
      pending = reader.nextBatch();
    }
    return pending != null;
  }

  @Override
  public ColumnarBatch next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more batches");
    }
    ArrowBatch b = pending;
    pending = null;
    return b.toColumnarBatch();
  }

  @Override
  public void close() {
    pending = null;
    reader.close();
  }
}
