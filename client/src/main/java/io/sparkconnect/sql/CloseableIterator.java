package io.sparkconnect.sql;

import java.util.Iterator;

/**
 * An iterator over a result that is still streaming from the server. Close it when you stop
 * before the end, so the server stops working on it; {@code close()} is idempotent and never
 * throws. Draining it to the end closes it too. Not thread-safe.
 *
 * <pre>{@code
 * try (CloseableIterator<Row> it = df.toLocalIterator()) {
 *   while (it.hasNext()) { Row r = it.next(); ... }
 * }
 * }</pre>
 *
 * @param <T> the element type
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {
  /** Stops the stream and releases what it holds. */
  @Override
  void close();
}
