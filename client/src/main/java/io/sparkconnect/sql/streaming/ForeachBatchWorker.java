package io.sparkconnect.sql.streaming;

import io.sparkconnect.api.java.function.VoidFunction2;
import io.sparkconnect.client.StreamingBridge;
import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.SparkSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;

/**
 * The user's side of a {@code foreachBatch} micro-batch, run on the server by
 * {@link ForeachBatchRunner} in a class loader holding this client and the user's classes: a
 * client session connected back to the server on the query's own session runs the user's function
 * with the batch as a {@link DataFrame} over a global temporary view.
 */
final class ForeachBatchWorker {
  private ForeachBatchWorker() {}

  /** Called reflectively by {@link ForeachBatchRunner}. */
  static void run(String connection, byte[] function, String view, long batchId) throws Exception {
    VoidFunction2<DataFrame, Long> fn = deserialize(function);
    // Borrowed: closing it must not release the query's session, which the user's client owns.
    try (SparkSession session = StreamingBridge.sessions().borrow(connection)) {
      fn.call(session.table(view), batchId);
    }
  }

  @SuppressWarnings("unchecked")
  private static VoidFunction2<DataFrame, Long> deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    ClassLoader loader = ForeachBatchWorker.class.getClassLoader();
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        try {
          return Class.forName(desc.getName(), false, loader);
        } catch (ClassNotFoundException e) {
          return super.resolveClass(desc);
        }
      }
    }) {
      return (VoidFunction2<DataFrame, Long>) in.readObject();
    }
  }
}
