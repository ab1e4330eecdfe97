package io.sparkconnect.sql;

import io.sparkconnect.arrow.ArrowBatch;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * The rows of a collected result, read straight from its Arrow batches: a row object is made only
 * when a row is asked for, so a large result costs its Arrow bytes and nothing per row until it is
 * read (no millions of live row objects for the garbage collector to copy).
 *
 * <p>Fixed-size, like {@link Arrays#asList}: {@code set} (and so {@code sort}) works, adding or
 * removing throws {@link UnsupportedOperationException}. The first {@code set} turns the list into
 * a plain array of rows.
 */
final class RowList extends AbstractList<Row> implements RandomAccess {
  private final ArrowBatch[] batches;
  /** First row index of each batch, ascending. */
  private final int[] starts;
  private final int size;
  private Row[] rows;

  RowList(List<ArrowBatch> batches) {
    this.batches = batches.toArray(new ArrowBatch[0]);
    this.starts = new int[this.batches.length];
    long total = 0;
    for (int i = 0; i < this.batches.length; i++) {
      starts[i] = (int) total;
      total += this.batches[i].rowCount();
      if (total > Integer.MAX_VALUE) {
        throw new IllegalStateException(
            "The result has more than " + Integer.MAX_VALUE + " rows: use toLocalIterator() to stream it");
      }
    }
    this.size = (int) total;
  }

  @Override
  public Row get(int index) {
    if (rows != null) {
      return rows[index];
    }
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
    }
    int b = batchOf(index);
    return batches[b].row(index - starts[b]);
  }

  private int batchOf(int index) {
    int i = Arrays.binarySearch(starts, index);
    if (i < 0) {
      return -i - 2;
    }
    // Empty batches share their start with the next one: take the last, which holds the row.
    while (i + 1 < starts.length && starts[i + 1] == index) {
      i++;
    }
    return i;
  }

  /** Walks the batches in order: no search per row. */
  @Override
  public Iterator<Row> iterator() {
    if (rows != null) {
      return super.iterator();
    }
    return new Iterator<>() {
      private int batch;
      private int row;

      @Override
      public boolean hasNext() {
        while (batch < batches.length && row >= batches[batch].rowCount()) {
          batch++;
          row = 0;
        }
        return batch < batches.length;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return batches[batch].row(row++);
      }
    };
  }

  @Override
  public Row set(int index, Row element) {
    if (rows == null) {
      rows = toArray(new Row[0]);
    }
    Row old = rows[index];
    rows[index] = element;
    return old;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Object[] toArray() {
    return toArray(new Row[0]);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T[] toArray(T[] a) {
    if (rows != null) {
      return Arrays.asList(rows).toArray(a);
    }
    T[] out = a.length >= size ? a
        : (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), size);
    int k = 0;
    for (ArrowBatch batch : batches) {
      for (int r = 0, n = batch.rowCount(); r < n; r++) {
        out[k++] = (T) batch.row(r);
      }
    }
    if (out.length > size) {
      out[size] = null;
    }
    return out;
  }
}
