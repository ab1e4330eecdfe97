package io.sparkconnect.sql;

import io.sparkconnect.arrow.ArrowBatch;
import io.sparkconnect.sql.types.StructType;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A DataFrame whose rows are read back as Java objects of type {@code T} (Spark's typed
 * {@code Dataset<T>}): made by {@link DataFrame#as(Class)}.
 *
 * <pre>{@code
 * record Person(String name, long age) {}
 * List<Person> adults = spark.table("people").filter("age >= 18").as(Person.class).collectAsList();
 * }</pre>
 *
 * <p>Records are built through their canonical constructor, JavaBeans through their no-argument
 * constructor and setters; single values ({@code String}, {@code Long}, {@code LocalDate}, ...)
 * come from the first column. Columns are matched to fields by name, case-insensitively when that
 * is unambiguous; extra columns are ignored. Numbers widen (an {@code int} column fills a
 * {@code long} field, not the reverse). Lists, arrays, sets, maps, {@code Optional}, enums (from
 * strings) and nested records or beans convert recursively.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java type of each row
 */
public final class TypedDataFrame<T> {
  private final DataFrame df;
  private final Class<T> type;

  TypedDataFrame(DataFrame df, Class<T> type) {
    this.df = df;
    this.type = Objects.requireNonNull(type, "type");
  }

  /** The Java type rows are read as. */
  public Class<T> type() {
    return type;
  }

  /** The untyped DataFrame. */
  public DataFrame toDF() {
    return df;
  }

  /** The schema of the underlying DataFrame. */
  public StructType schema() {
    return df.schema();
  }

  /** The rows as {@code T}, for the first {@code n} rows. */
  public TypedDataFrame<T> limit(int n) {
    return new TypedDataFrame<>(df.limit(n), type);
  }

  /** The rows where {@code condition} is true. */
  public TypedDataFrame<T> filter(Column condition) {
    return new TypedDataFrame<>(df.filter(condition), type);
  }

  /** The rows where the SQL condition is true. */
  public TypedDataFrame<T> filter(String conditionExpr) {
    return new TypedDataFrame<>(df.filter(conditionExpr), type);
  }

  /** The number of rows. */
  public long count() {
    return df.count();
  }

  /**
   * Runs the query and returns every row as a {@code T}.
   *
   * @throws IllegalArgumentException naming the field when a column is missing or cannot be converted
   */
  public List<T> collectAsList() {
    List<T> out = new ArrayList<>();
    try (CloseableIterator<T> it = toLocalIterator()) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  /** Runs the query and returns every row as a {@code T}, in an array. */
  public T[] collect() {
    return toArray(collectAsList());
  }

  /**
   * Runs the query and streams its rows as {@code T}, one Arrow batch in memory at a time. Close
   * the iterator if you stop early.
   */
  public CloseableIterator<T> toLocalIterator() {
    CloseableIterator<Row> rows = df.toLocalIterator();
    return new CloseableIterator<>() {
      private ObjectDecoder<T> decoder;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public T next() {
        Row r = rows.next();
        if (decoder == null) {
          StructType s = r.schema() != null ? r.schema() : df.schema();
          decoder = ObjectDecoder.of(s, type);
        }
        return decoder.decode(r);
      }

      @Override
      public void close() {
        rows.close();
      }
    };
  }

  /** The first {@code n} rows, as {@code T}. */
  public T[] take(int n) {
    return toArray(takeAsList(n));
  }

  /** The first {@code n} rows, as {@code T}, in a list. */
  public List<T> takeAsList(int n) {
    return limit(n).collectAsList();
  }

  /** The first {@code n} rows, as {@code T}. */
  public T[] head(int n) {
    return take(n);
  }

  /**
   * The first row, as a {@code T}.
   *
   * @throws NoSuchElementException if there are no rows
   */
  public T head() {
    List<T> l = takeAsList(1);
    if (l.isEmpty()) {
      throw new NoSuchElementException("The DataFrame is empty: it has no first row");
    }
    return l.get(0);
  }

  /** Same as {@link #head()}. */
  public T first() {
    return head();
  }

  /**
   * {@link #collectAsList()} without blocking: the rows are converted to {@code T} as they arrive,
   * on the session's executor of asynchronous results. Cancelling the future interrupts the query
   * on the server; see {@link DataFrame#collectAsync()} for threads, retries and failures. A row
   * that cannot be converted fails the future with {@link IllegalArgumentException} (and stops the
   * query).
   *
   * <pre>{@code
   * CompletableFuture<List<Person>> adults = people.filter("age >= 18").as(Person.class).collectAsListAsync();
   * }</pre>
   */
  public CompletableFuture<List<T>> collectAsListAsync() {
    return AsyncResults.collect(df.sparkSession(), df.plan(), this::decodeAll);
  }

  /** {@link #collect()} without blocking; see {@link #collectAsListAsync()}. */
  public CompletableFuture<T[]> collectAsync() {
    return AsyncResults.collect(df.sparkSession(), df.plan(), batches -> toArray(decodeAll(batches)));
  }

  /** {@link #count()} without blocking; see {@link DataFrame#countAsync()}. */
  public CompletableFuture<Long> countAsync() {
    return df.countAsync();
  }

  /**
   * {@link #first()} without blocking; see {@link #collectAsListAsync()}. The future fails with
   * {@link NoSuchElementException} if there are no rows.
   */
  public CompletableFuture<T> firstAsync() {
    return AsyncResults.collect(df.sparkSession(), df.limit(1).plan(), batches -> {
      List<T> l = decodeAll(batches);
      if (l.isEmpty()) {
        throw new NoSuchElementException("The DataFrame is empty: it has no first row");
      }
      return l.get(0);
    });
  }

  /** {@link #take(int)} without blocking; see {@link #collectAsListAsync()}. */
  public CompletableFuture<T[]> takeAsync(int n) {
    return limit(n).collectAsync();
  }

  /** {@link #takeAsList(int)} without blocking; see {@link #collectAsListAsync()}. */
  public CompletableFuture<List<T>> takeAsListAsync(int n) {
    return limit(n).collectAsListAsync();
  }

  /**
   * The rows as {@code T}, as a {@link Flow.Publisher} whose demand drives the transfer: see
   * {@link DataFrame#toPublisher()}. A row that cannot be converted ends the subscription with
   * {@code onError} ({@link IllegalArgumentException}) and stops the query.
   */
  public Flow.Publisher<T> toPublisher() {
    return new ResultPublisher<>(df.sparkSession(), df.plan(), () -> new ResultPublisher.Items<T>() {
      private ObjectDecoder<T> decoder;

      @Override
      public int count(ArrowBatch batch) {
        return batch.rowCount();
      }

      @Override
      public T get(ArrowBatch batch, int i) {
        if (decoder == null) {
          decoder = ObjectDecoder.of(batch.schema(), type);
        }
        return decoder.decode(batch.row(i));
      }
    });
  }

  private List<T> decodeAll(List<ArrowBatch> batches) {
    List<T> out = new ArrayList<>();
    ObjectDecoder<T> decoder = null;
    for (ArrowBatch b : batches) {
      if (decoder == null) {
        decoder = ObjectDecoder.of(b.schema(), type);
      }
      for (int i = 0, n = b.rowCount(); i < n; i++) {
        out.add(decoder.decode(b.row(i)));
      }
    }
    return out;
  }

  /** Prints the first 20 rows as a table. */
  public void show() {
    df.show();
  }

  @SuppressWarnings("unchecked")
  private T[] toArray(List<T> list) {
    Class<?> c = type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0).getClass() : type;
    return list.toArray((T[]) Array.newInstance(c, list.size()));
  }

  @Override
  public String toString() {
    return "TypedDataFrame<" + type.getSimpleName() + ">" + df;
  }
}
