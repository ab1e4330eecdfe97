package io.sparkconnect.sql.streaming;

import io.sparkconnect.api.java.function.VoidFunction2;
import io.sparkconnect.sql.CloseableIterator;
import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.ForeachWriter;
import io.sparkconnect.sql.Row;

/**
 * {@code foreach(writer)} as a {@code foreachBatch} function: opens the writer for the batch,
 * streams the batch's rows through it and closes it with the failure, if any, as Spark's
 * {@code ForeachWriter} contract says. Runs on the server (see {@link ForeachBatchWorker}).
 */
final class ForeachWriterBatch implements VoidFunction2<DataFrame, Long> {
  private static final long serialVersionUID = 1L;
  private final ForeachWriter<Row> writer;

  ForeachWriterBatch(ForeachWriter<Row> writer) {
    this.writer = writer;
  }

  @Override
  public void call(DataFrame batch, Long batchId) throws Exception {
    Throwable failure = null;
    try {
      if (writer.open(0, batchId)) {
        try (CloseableIterator<Row> rows = batch.toLocalIterator()) {
          while (rows.hasNext()) {
            writer.process(rows.next());
          }
        }
      }
    } catch (Throwable t) {
      failure = t;
    }
    writer.close(failure);
    if (failure instanceof Exception) {
      throw (Exception) failure;
    } else if (failure != null) {
      throw (Error) failure;
    }
  }
}
