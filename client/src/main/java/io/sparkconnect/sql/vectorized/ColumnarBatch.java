package io.sparkconnect.sql.vectorized;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.StructType;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A batch of rows held as columns, as in Spark's {@code org.apache.spark.sql.vectorized.ColumnarBatch}:
 * what {@code DataFrame.toColumnarBatches()} gives for each chunk of a query result. Read a
 * column at a time through {@link #column(int)} (primitive getters that neither copy nor box),
 * or a row at a time through {@link #getRow(int)} and {@link #rowIterator()} (views, nothing
 * copied).
 *
 * <p>A batch of a query result stays valid after the iteration moved on and after the iterator
 * was closed: it holds the result's data on the heap, and {@link #close()} has nothing to free.
 */
public final class ColumnarBatch implements AutoCloseable {
  private final StructType schema;
  private final ColumnVector[] columns;
  private final int numRows;

  /**
   * A batch of {@code numRows} rows over {@code columns}, one per field of {@code schema}. The
   * array is used as it is, not copied.
   */
  public ColumnarBatch(StructType schema, ColumnVector[] columns, int numRows) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.columns = Objects.requireNonNull(columns, "columns");
    if (schema.size() != columns.length) {
      throw new IllegalArgumentException(
          "The schema has " + schema.size() + " fields but there are " + columns.length + " columns");
    }
    if (numRows < 0) {
      throw new IllegalArgumentException("numRows must not be negative: " + numRows);
    }
    this.numRows = numRows;
  }

  /** The names and types of the columns. */
  public StructType schema() {
    return schema;
  }

  /** The number of rows. */
  public int numRows() {
    return numRows;
  }

  /** The number of columns. */
  public int numCols() {
    return columns.length;
  }

  /** Column {@code ordinal} (0-based). */
  public ColumnVector column(int ordinal) {
    if (ordinal < 0 || ordinal >= columns.length) {
      throw new IndexOutOfBoundsException("Column " + ordinal + " of a batch with " + columns.length + " columns");
    }
    return columns[ordinal];
  }

  /**
   * The column named {@code name}.
   *
   * @throws IllegalArgumentException if no column has that name
   */
  public ColumnVector column(String name) {
    return columns[schema.fieldIndex(name)];
  }

  /** Row {@code rowId} as a view of the columns. */
  public Row getRow(int rowId) {
    if (rowId < 0 || rowId >= numRows) {
      throw new IndexOutOfBoundsException("Row " + rowId + " of a batch with " + numRows + " rows");
    }
    return new ColumnarRow(schema, columns, rowId);
  }

  /** The rows in order, each a view of the columns. */
  public Iterator<Row> rowIterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < numRows;
      }

      @Override
      public Row next() {
        if (next >= numRows) {
          throw new NoSuchElementException("The batch has " + numRows + " rows");
        }
        return new ColumnarRow(schema, columns, next++);
      }
    };
  }

  /** Closes the columns; those of a query result hold only heap memory, so nothing is freed. */
  @Override
  public void close() {
    for (ColumnVector c : columns) {
      c.close();
    }
  }

  @Override
  public String toString() {
    return "ColumnarBatch(" + numRows + " rows, " + schema.simpleString() + ")";
  }
}
