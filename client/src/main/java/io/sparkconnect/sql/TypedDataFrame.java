package io.sparkconnect.sql;

import io.sparkconnect.api.java.function.FilterFunction;
import io.sparkconnect.api.java.function.FlatMapFunction;
import io.sparkconnect.api.java.function.ForeachFunction;
import io.sparkconnect.api.java.function.ForeachPartitionFunction;
import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.api.java.function.MapPartitionsFunction;
import io.sparkconnect.api.java.function.ReduceFunction;
import io.sparkconnect.proto.CommonInlineUserDefinedFunction;
import io.sparkconnect.proto.Expression;

import io.sparkconnect.arrow.ArrowBatch;
import io.sparkconnect.sql.types.StructType;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A DataFrame whose rows are Java objects of type {@code T} (Spark's typed {@code Dataset<T>}):
 * made by {@link DataFrame#as(Class)}, {@link DataFrame#as(Encoder)}, the typed operations
 * ({@link #map}, {@link #flatMap}, {@link KeyValueGroupedDataset#mapGroups}, ...) and
 * {@link SparkSession#emptyDataset(Encoder)}.
 *
 * <pre>{@code
 * record Person(String name, long age) {}
 * List<Person> adults = spark.table("people").filter("age >= 18").as(Person.class).collectAsList();
 * TypedDataFrame<String> names = spark.table("people").as(Person.class)
 *     .map((MapFunction<Person, String>) p -> p.name().toUpperCase(), Encoders.STRING());
 * }</pre>
 *
 * <p>Records are built through their canonical constructor, JavaBeans through their no-argument
 * constructor and setters; single values ({@code String}, {@code Long}, {@code LocalDate}, ...)
 * come from the first column. Columns are matched to fields by name, case-insensitively when that
 * is unambiguous; extra columns are ignored. Numbers widen (an {@code int} column fills a
 * {@code long} field, not the reverse). Lists, arrays, sets, maps, {@code Optional}, enums (from
 * strings) and nested records or beans convert recursively.
 *
 * <p>The typed operations run the given function on the Spark Connect server: the function, and
 * the classes it needs, are uploaded to the session the first time (see {@code UserCode}), so it
 * must be {@link java.io.Serializable} (the function interfaces are) with everything it captures,
 * and compiled for a Java the server runs. An exception it throws fails the action with a
 * {@link SparkConnectException} naming the exception.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java type of each row
 */
public final class TypedDataFrame<T> {
  private final DataFrame df;
  private final Class<T> type;
  // Set when made from an encoder; otherwise found from the class on first use.
  private volatile Encoder<T> encoder;
  private final boolean byClass;

  TypedDataFrame(DataFrame df, Class<T> type) {
    this.df = df;
    this.type = Objects.requireNonNull(type, "type");
    this.byClass = true;
  }

  TypedDataFrame(DataFrame df, Encoder<T> encoder) {
    this.df = df;
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.type = encoder.clsTag();
    this.byClass = false;
  }

  /**
   * The encoder of the rows: the one given to {@code as(Encoder)} or to the operation that made
   * this, or, after {@link DataFrame#as(Class)}, the one Spark picks for the class (a bean encoder
   * for records and beans, a single-value encoder for strings, numbers, dates, ...).
   */
  @SuppressWarnings("unchecked")
  public Encoder<T> encoder() {
    Encoder<T> e = encoder;
    if (e == null) {
      e = type == Row.class ? (Encoder<T>) Encoders.row(df.schema()) : TypedEncoding.forClass(type);
      encoder = e;
    }
    return e;
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

  /**
   * One typed column computed over the rows, read as {@code U1}: a column of
   * {@link Column#as(Encoder)}, or an aggregator's ({@code Aggregator.toColumn()}, which reads
   * these rows as {@code T}; Spark 4.0 or later servers). A record or bean result is spread over
   * its fields' columns, as Spark does.
   *
   * @param c1 the column
   * @param <U1> the type of its values
   * @return the typed result
   */
  public <U1> TypedDataFrame<U1> select(TypedColumn<? super T, U1> c1) {
    Expression e = typed(c1).get(0);
    if (TypedEncoding.isStruct(c1.encoder())) {
      // A struct value becomes the row itself: its fields are the columns the encoder reads.
      e = functions.inline(functions.array(new Column(e))).expr;
      return new TypedDataFrame<>(project(List.of(e)), c1.encoder());
    }
    return new TypedDataFrame<>(TypedColumn.renameAggregators(project(List.of(e)), 0, c1), c1.encoder());
  }

  /**
   * Two typed columns computed over the rows, as {@link Tuple2}s; see {@link #select(TypedColumn)}.
   *
   * @param c1 the first column
   * @param c2 the second column
   * @param <U1> the type of the first column's values
   * @param <U2> the type of the second column's values
   * @return the typed result
   */
  public <U1, U2> TypedDataFrame<Tuple2<U1, U2>> select(TypedColumn<? super T, U1> c1, TypedColumn<? super T, U2> c2) {
    return new TypedDataFrame<>(TypedColumn.renameAggregators(project(typed(c1, c2)), 0, c1, c2),
        Encoders.tuple(c1.encoder(), c2.encoder()));
  }

  /**
   * Three typed columns computed over the rows, as {@link Tuple3}s; see {@link #select(TypedColumn)}.
   *
   * @param c1 the first column
   * @param c2 the second column
   * @param c3 the third column
   * @param <U1> the type of the first column's values
   * @param <U2> the type of the second column's values
   * @param <U3> the type of the third column's values
   * @return the typed result
   */
  public <U1, U2, U3> TypedDataFrame<Tuple3<U1, U2, U3>> select(TypedColumn<? super T, U1> c1,
      TypedColumn<? super T, U2> c2, TypedColumn<? super T, U3> c3) {
    return new TypedDataFrame<>(TypedColumn.renameAggregators(project(typed(c1, c2, c3)), 0, c1, c2, c3),
        Encoders.tuple(c1.encoder(), c2.encoder(), c3.encoder()));
  }

  /**
   * Four typed columns computed over the rows, as {@link Tuple4}s; see {@link #select(TypedColumn)}.
   *
   * @param c1 the first column
   * @param c2 the second column
   * @param c3 the third column
   * @param c4 the fourth column
   * @param <U1> the type of the first column's values
   * @param <U2> the type of the second column's values
   * @param <U3> the type of the third column's values
   * @param <U4> the type of the fourth column's values
   * @return the typed result
   */
  public <U1, U2, U3, U4> TypedDataFrame<Tuple4<U1, U2, U3, U4>> select(TypedColumn<? super T, U1> c1,
      TypedColumn<? super T, U2> c2, TypedColumn<? super T, U3> c3, TypedColumn<? super T, U4> c4) {
    return new TypedDataFrame<>(TypedColumn.renameAggregators(project(typed(c1, c2, c3, c4)), 0, c1, c2, c3, c4),
        Encoders.tuple(c1.encoder(), c2.encoder(), c3.encoder(), c4.encoder()));
  }

  /**
   * Five typed columns computed over the rows, as {@link Tuple5}s; see {@link #select(TypedColumn)}.
   *
   * @param c1 the first column
   * @param c2 the second column
   * @param c3 the third column
   * @param c4 the fourth column
   * @param c5 the fifth column
   * @param <U1> the type of the first column's values
   * @param <U2> the type of the second column's values
   * @param <U3> the type of the third column's values
   * @param <U4> the type of the fourth column's values
   * @param <U5> the type of the fifth column's values
   * @return the typed result
   */
  public <U1, U2, U3, U4, U5> TypedDataFrame<Tuple5<U1, U2, U3, U4, U5>> select(TypedColumn<? super T, U1> c1,
      TypedColumn<? super T, U2> c2, TypedColumn<? super T, U3> c3, TypedColumn<? super T, U4> c4,
      TypedColumn<? super T, U5> c5) {
    return new TypedDataFrame<>(TypedColumn.renameAggregators(project(typed(c1, c2, c3, c4, c5)), 0,
        c1, c2, c3, c4, c5),
        Encoders.tuple(c1.encoder(), c2.encoder(), c3.encoder(), c4.encoder(), c5.encoder()));
  }

  /**
   * The rows as the typed operations read them: for records and beans, the encoder's fields in its
   * order, picked by name (the server binds them by position); see {@code TypedFunctions.typedInput}.
   */
  private DataFrame input() {
    return TypedFunctions.typedInput(df, encoder());
  }

  private List<Expression> typed(TypedColumn<?, ?>... cols) {
    for (TypedColumn<?, ?> c : cols) {
      Objects.requireNonNull(c, "column");
    }
    TypedColumn.checkServer(df.sparkSession(), cols);
    List<Expression> out = new ArrayList<>(cols.length);
    for (TypedColumn<?, ?> c : cols) {
      out.add(Objects.requireNonNull(c, "column").typedExpr(encoder(), null));
    }
    return out;
  }

  private DataFrame project(List<Expression> exprs) {
    return df.sparkSession().newDataFrame(io.sparkconnect.proto.Relation.newBuilder().setProject(
        io.sparkconnect.proto.Project.newBuilder().setInput(df.relation()).addAllExpressions(exprs)));
  }

  /** The rows as {@code T}, for the first {@code n} rows. */
  public TypedDataFrame<T> limit(int n) {
    return derive(df.limit(n));
  }

  /** The rows where {@code condition} is true. */
  public TypedDataFrame<T> filter(Column condition) {
    return derive(df.filter(condition));
  }

  /** The rows where the SQL condition is true. */
  public TypedDataFrame<T> filter(String conditionExpr) {
    return derive(df.filter(conditionExpr));
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
      private Function<Row, T> decoder;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public T next() {
        Row r = rows.next();
        if (decoder == null) {
          StructType s = r.schema() != null ? r.schema() : df.schema();
          decoder = reader(s);
        }
        return decoder.apply(r);
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

  // ------------------------------------------------------------------ the untyped DataFrame's methods
  // Spark's Dataset<T> has them all; those that keep the rows keep their type.

  /** The rows where {@code condition} is true (same as {@link #filter(Column)}). */
  public TypedDataFrame<T> where(Column condition) {
    return derive(df.where(condition));
  }

  /** The rows where the SQL condition is true. */
  public TypedDataFrame<T> where(String conditionExpr) {
    return derive(df.where(conditionExpr));
  }

  /** The rows after the first {@code n}. */
  public TypedDataFrame<T> offset(int n) {
    return derive(df.offset(n));
  }

  /** The rows sorted by the given expressions. */
  public TypedDataFrame<T> orderBy(Column... sortExprs) {
    return derive(df.orderBy(sortExprs));
  }

  /** The rows sorted by the given columns, ascending. */
  public TypedDataFrame<T> orderBy(String sortCol, String... sortCols) {
    return derive(df.orderBy(sortCol, sortCols));
  }

  /** The rows sorted by the given expressions. */
  public TypedDataFrame<T> sort(Column... sortExprs) {
    return derive(df.sort(sortExprs));
  }

  /** The rows sorted by the given columns, ascending. */
  public TypedDataFrame<T> sort(String sortCol, String... sortCols) {
    return derive(df.sort(sortCol, sortCols));
  }

  /** The rows of each partition sorted by the given expressions. */
  public TypedDataFrame<T> sortWithinPartitions(Column... sortExprs) {
    return derive(df.sortWithinPartitions(sortExprs));
  }

  /** The rows of each partition sorted by the given columns. */
  public TypedDataFrame<T> sortWithinPartitions(String sortCol, String... sortCols) {
    return derive(df.sortWithinPartitions(sortCol, sortCols));
  }

  /** The same rows under an alias, for qualified column references. */
  public TypedDataFrame<T> alias(String alias) {
    return derive(df.alias(alias));
  }

  /** The same rows under an alias, for qualified column references. */
  public TypedDataFrame<T> as(String alias) {
    return derive(df.as(alias));
  }

  /** The same rows with a hint for the planner. */
  public TypedDataFrame<T> hint(String name, Object... parameters) {
    return derive(df.hint(name, parameters));
  }

  /** The distinct rows. */
  public TypedDataFrame<T> distinct() {
    return derive(df.distinct());
  }

  /** The distinct rows. */
  public TypedDataFrame<T> dropDuplicates() {
    return derive(df.dropDuplicates());
  }

  /** The rows distinct in the given columns (the first of each group is kept). */
  public TypedDataFrame<T> dropDuplicates(String[] colNames) {
    return derive(df.dropDuplicates(colNames));
  }

  /** The rows distinct in the given columns (the first of each group is kept). */
  public TypedDataFrame<T> dropDuplicates(String col1, String... cols) {
    return derive(df.dropDuplicates(col1, cols));
  }

  /** For a stream: the rows distinct within the watermark. */
  public TypedDataFrame<T> dropDuplicatesWithinWatermark() {
    return derive(df.dropDuplicatesWithinWatermark());
  }

  /** For a stream: the rows distinct in the given columns within the watermark. */
  public TypedDataFrame<T> dropDuplicatesWithinWatermark(String[] colNames) {
    return derive(df.dropDuplicatesWithinWatermark(colNames));
  }

  /** For a stream: the rows distinct in the given columns within the watermark. */
  public TypedDataFrame<T> dropDuplicatesWithinWatermark(String col1, String... cols) {
    return derive(df.dropDuplicatesWithinWatermark(col1, cols));
  }

  /** A random sample of about {@code fraction} of the rows, without replacement. */
  public TypedDataFrame<T> sample(double fraction) {
    return derive(df.sample(fraction));
  }

  /** A random sample of about {@code fraction} of the rows, without replacement. */
  public TypedDataFrame<T> sample(double fraction, long seed) {
    return derive(df.sample(fraction, seed));
  }

  /** A random sample of about {@code fraction} of the rows. */
  public TypedDataFrame<T> sample(boolean withReplacement, double fraction) {
    return derive(df.sample(withReplacement, fraction));
  }

  /** A random sample of about {@code fraction} of the rows. */
  public TypedDataFrame<T> sample(boolean withReplacement, double fraction, long seed) {
    return derive(df.sample(withReplacement, fraction, seed));
  }

  /** The same rows in {@code numPartitions} partitions (round robin). */
  public TypedDataFrame<T> repartition(int numPartitions) {
    return derive(df.repartition(numPartitions));
  }

  /** The same rows hash-partitioned by the expressions. */
  public TypedDataFrame<T> repartition(int numPartitions, Column... partitionExprs) {
    return derive(df.repartition(numPartitions, partitionExprs));
  }

  /** The same rows hash-partitioned by the expressions. */
  public TypedDataFrame<T> repartition(Column... partitionExprs) {
    return derive(df.repartition(partitionExprs));
  }

  /** The same rows range-partitioned by the expressions. */
  public TypedDataFrame<T> repartitionByRange(int numPartitions, Column... partitionExprs) {
    return derive(df.repartitionByRange(numPartitions, partitionExprs));
  }

  /** The same rows range-partitioned by the expressions. */
  public TypedDataFrame<T> repartitionByRange(Column... partitionExprs) {
    return derive(df.repartitionByRange(partitionExprs));
  }

  /** The same rows in at most {@code numPartitions} partitions, without a shuffle. */
  public TypedDataFrame<T> coalesce(int numPartitions) {
    return derive(df.coalesce(numPartitions));
  }

  /** For a stream: the same rows with an event-time watermark. */
  public TypedDataFrame<T> withWatermark(String eventTime, String delayThreshold) {
    return derive(df.withWatermark(eventTime, delayThreshold));
  }

  /** The same rows, with named metrics computed as the query runs. */
  public TypedDataFrame<T> observe(String name, Column expr, Column... exprs) {
    return derive(df.observe(name, expr, exprs));
  }

  /** The same rows, with metrics computed as the query runs into {@code observation}. */
  public TypedDataFrame<T> observe(Observation observation, Column expr, Column... exprs) {
    return derive(df.observe(observation, expr, exprs));
  }

  /** Caches the rows on the server (lazily) and returns this data. */
  public TypedDataFrame<T> cache() {
    return derive(df.cache());
  }

  /** Caches the rows on the server (lazily) and returns this data. */
  public TypedDataFrame<T> persist() {
    return derive(df.persist());
  }

  /** Caches the rows on the server at the given level and returns this data. */
  public TypedDataFrame<T> persist(StorageLevel storageLevel) {
    return derive(df.persist(storageLevel));
  }

  /** Drops the cached rows on the server. */
  public TypedDataFrame<T> unpersist() {
    return derive(df.unpersist());
  }

  /** Drops the cached rows on the server. */
  public TypedDataFrame<T> unpersist(boolean blocking) {
    return derive(df.unpersist(blocking));
  }

  /** The rows checkpointed on the server (eagerly). */
  public TypedDataFrame<T> checkpoint() {
    return derive(df.checkpoint());
  }

  /** The rows checkpointed on the server. */
  public TypedDataFrame<T> checkpoint(boolean eager) {
    return derive(df.checkpoint(eager));
  }

  /** The rows checkpointed in the server's executors (eagerly). */
  public TypedDataFrame<T> localCheckpoint() {
    return derive(df.localCheckpoint());
  }

  /** The rows checkpointed in the server's executors. */
  public TypedDataFrame<T> localCheckpoint(boolean eager) {
    return derive(df.localCheckpoint(eager));
  }

  /** The rows checkpointed in the server's executors at the given level. */
  public TypedDataFrame<T> localCheckpoint(boolean eager, StorageLevel storageLevel) {
    return derive(df.localCheckpoint(eager, storageLevel));
  }

  /** The rows of both, by column position (duplicates kept). */
  public TypedDataFrame<T> union(TypedDataFrame<T> other) {
    return derive(df.union(other.toDF()));
  }

  /** The rows of both, by column position (duplicates kept). */
  public TypedDataFrame<T> unionAll(TypedDataFrame<T> other) {
    return derive(df.unionAll(other.toDF()));
  }

  /** The rows of both, by column name (duplicates kept). */
  public TypedDataFrame<T> unionByName(TypedDataFrame<T> other) {
    return derive(df.unionByName(other.toDF()));
  }

  /** The distinct rows in both. */
  public TypedDataFrame<T> intersect(TypedDataFrame<T> other) {
    return derive(df.intersect(other.toDF()));
  }

  /** The rows in both, duplicates kept. */
  public TypedDataFrame<T> intersectAll(TypedDataFrame<T> other) {
    return derive(df.intersectAll(other.toDF()));
  }

  /** The distinct rows not in {@code other}. */
  public TypedDataFrame<T> except(TypedDataFrame<T> other) {
    return derive(df.except(other.toDF()));
  }

  /** The rows not in {@code other}, duplicates kept. */
  public TypedDataFrame<T> exceptAll(TypedDataFrame<T> other) {
    return derive(df.exceptAll(other.toDF()));
  }

  /** The rows of both, by column name; with {@code allowMissingColumns}, missing columns are null. */
  public TypedDataFrame<T> unionByName(TypedDataFrame<T> other, boolean allowMissingColumns) {
    return derive(df.unionByName(other.toDF(), allowMissingColumns));
  }

  /** Splits the rows randomly by the given weights. */
  public TypedDataFrame<T>[] randomSplit(double[] weights) {
    return typedArray(df.randomSplit(weights));
  }

  /** Splits the rows randomly by the given weights, with a seed. */
  public TypedDataFrame<T>[] randomSplit(double[] weights, long seed) {
    return typedArray(df.randomSplit(weights, seed));
  }

  /** Splits the rows randomly by the given weights, with a seed, as a list. */
  public List<TypedDataFrame<T>> randomSplitAsList(double[] weights, long seed) {
    return java.util.Arrays.asList(randomSplit(weights, seed));
  }

  @SuppressWarnings("unchecked")
  private TypedDataFrame<T>[] typedArray(DataFrame[] parts) {
    TypedDataFrame<T>[] out = new TypedDataFrame[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = derive(parts[i]);
    }
    return out;
  }

  /** The last {@code n} rows, as {@code T}. */
  public T[] tail(int n) {
    Row[] rows = df.tail(n);
    List<T> out = new ArrayList<>(rows.length);
    Function<Row, T> decoder = null;
    for (Row r : rows) {
      if (decoder == null) {
        decoder = reader(r.schema() != null ? r.schema() : df.schema());
      }
      out.add(decoder.apply(r));
    }
    return toArray(out);
  }

  /** Whether the two compute the same rows (their plans are semantically equal). */
  public boolean sameSemantics(TypedDataFrame<?> other) {
    return df.sameSemantics(other.toDF());
  }

  /** The rows as JSON strings, one per row. */
  public TypedDataFrame<String> toJSON() {
    return new TypedDataFrame<>(df.toJSON(), Encoders.STRING());
  }

  /** The given columns (untyped, as Spark's {@code Dataset.select}). */
  public DataFrame select(Column... cols) {
    return df.select(cols);
  }

  /** The given columns (untyped). */
  public DataFrame select(String... cols) {
    return df.select(cols);
  }

  /** The given SQL expressions (untyped). */
  public DataFrame selectExpr(String... exprs) {
    return df.selectExpr(exprs);
  }

  /** The rows with a column added or replaced (untyped). */
  public DataFrame withColumn(String colName, Column col) {
    return df.withColumn(colName, col);
  }

  /** The rows with columns added or replaced (untyped). */
  public DataFrame withColumns(Map<String, Column> colsMap) {
    return df.withColumns(colsMap);
  }

  /** The rows with a column renamed (untyped). */
  public DataFrame withColumnRenamed(String existingName, String newName) {
    return df.withColumnRenamed(existingName, newName);
  }

  /** The rows with columns renamed (untyped). */
  public DataFrame withColumnsRenamed(Map<String, String> colsMap) {
    return df.withColumnsRenamed(colsMap);
  }

  /** The rows without the given columns (untyped). */
  public DataFrame drop(String... colNames) {
    return df.drop(colNames);
  }

  /** The rows without the given columns (untyped). */
  public DataFrame drop(Column... cols) {
    return df.drop(cols);
  }

  /** The untyped rows with new column names. */
  public DataFrame toDF(String... colNames) {
    return df.toDF(colNames);
  }

  /** Aggregates over all rows (untyped). */
  public DataFrame agg(Column expr, Column... exprs) {
    return df.agg(expr, exprs);
  }

  /** Aggregates over all rows: column name to aggregate function name (untyped). */
  public DataFrame agg(Map<String, String> exprs) {
    return df.agg(exprs);
  }

  /** The inner join without a condition (untyped). */
  public DataFrame join(DataFrame right) {
    return df.join(right);
  }

  /** The inner equi-join on a column both sides have (untyped). */
  public DataFrame join(DataFrame right, String usingColumn) {
    return df.join(right, usingColumn);
  }

  /** The inner equi-join on columns both sides have (untyped). */
  public DataFrame join(DataFrame right, String[] usingColumns) {
    return df.join(right, usingColumns);
  }

  /** The inner equi-join on columns both sides have (untyped). */
  public DataFrame join(DataFrame right, List<String> usingColumns) {
    return df.join(right, usingColumns);
  }

  /** The equi-join of the given type on a column both sides have (untyped). */
  public DataFrame join(DataFrame right, String usingColumn, String joinType) {
    return df.join(right, usingColumn, joinType);
  }

  /** The equi-join of the given type on columns both sides have (untyped). */
  public DataFrame join(DataFrame right, String[] usingColumns, String joinType) {
    return df.join(right, usingColumns, joinType);
  }

  /** The equi-join of the given type on columns both sides have (untyped). */
  public DataFrame join(DataFrame right, List<String> usingColumns, String joinType) {
    return df.join(right, usingColumns, joinType);
  }

  /** The inner join on a condition (untyped). */
  public DataFrame join(DataFrame right, Column joinExprs) {
    return df.join(right, joinExprs);
  }

  /** The join of the given type on a condition (untyped). */
  public DataFrame join(DataFrame right, Column joinExprs, String joinType) {
    return df.join(right, joinExprs, joinType);
  }

  /** The Cartesian product (untyped). */
  public DataFrame crossJoin(DataFrame right) {
    return df.crossJoin(right);
  }

  /** Basic statistics of the given columns (untyped). */
  public DataFrame describe(String... cols) {
    return df.describe(cols);
  }

  /** The given statistics of every column (untyped). */
  public DataFrame summary(String... statistics) {
    return df.summary(statistics);
  }

  /** Unpivots columns into rows (untyped). */
  public DataFrame unpivot(Column[] ids, Column[] values, String variableColumnName, String valueColumnName) {
    return df.unpivot(ids, values, variableColumnName, valueColumnName);
  }

  /** Unpivots all non-id columns into rows (untyped). */
  public DataFrame unpivot(Column[] ids, String variableColumnName, String valueColumnName) {
    return df.unpivot(ids, variableColumnName, valueColumnName);
  }

  /** Unpivots columns into rows (untyped). */
  public DataFrame melt(Column[] ids, Column[] values, String variableColumnName, String valueColumnName) {
    return df.melt(ids, values, variableColumnName, valueColumnName);
  }

  /** Unpivots all non-id columns into rows (untyped). */
  public DataFrame melt(Column[] ids, String variableColumnName, String valueColumnName) {
    return df.melt(ids, variableColumnName, valueColumnName);
  }

  /** The rows transposed (untyped). */
  public DataFrame transpose() {
    return df.transpose();
  }

  /** The rows transposed around an index column (untyped). */
  public DataFrame transpose(Column indexColumn) {
    return df.transpose(indexColumn);
  }

  /** The rows with a column's metadata replaced (untyped). */
  public DataFrame withMetadata(String columnName, io.sparkconnect.sql.types.Metadata metadata) {
    return df.withMetadata(columnName, metadata);
  }

  /** The rows reconciled to {@code schema} (untyped). */
  public DataFrame to(StructType schema) {
    return df.to(schema);
  }

  /** Functions for missing values (untyped results). */
  public DataFrameNaFunctions na() {
    return df.na();
  }

  /** Statistic functions (untyped results). */
  public DataFrameStatFunctions stat() {
    return df.stat();
  }

  /** Groups the rows by the given columns, for untyped aggregation. */
  public GroupedData groupBy(Column... cols) {
    return df.groupBy(cols);
  }

  /** Groups the rows by the given columns, for untyped aggregation. */
  public GroupedData groupBy(String col1, String... cols) {
    return df.groupBy(col1, cols);
  }

  /** A rollup over the given columns, for untyped aggregation. */
  public GroupedData rollup(Column... cols) {
    return df.rollup(cols);
  }

  /** A rollup over the given columns, for untyped aggregation. */
  public GroupedData rollup(String col1, String... cols) {
    return df.rollup(col1, cols);
  }

  /** A cube over the given columns, for untyped aggregation. */
  public GroupedData cube(Column... cols) {
    return df.cube(cols);
  }

  /** A cube over the given columns, for untyped aggregation. */
  public GroupedData cube(String col1, String... cols) {
    return df.cube(col1, cols);
  }

  /** Grouping sets, for untyped aggregation. */
  public GroupedData groupingSets(List<List<Column>> groupingSets, Column... groupingColumns) {
    return df.groupingSets(groupingSets, groupingColumns);
  }

  /** A reference to one of the columns. */
  public Column col(String colName) {
    return df.col(colName);
  }

  /** A reference to one of the columns. */
  public Column apply(String colName) {
    return df.apply(colName);
  }

  /** The columns whose names match a back-quoted regular expression. */
  public Column colRegex(String colName) {
    return df.colRegex(colName);
  }

  /** A reference to a metadata column of the source. */
  public Column metadataColumn(String colName) {
    return df.metadataColumn(colName);
  }

  /** The session this belongs to. */
  public SparkSession sparkSession() {
    return df.sparkSession();
  }

  /** Prints the first {@code numRows} rows as a table, long values truncated. */
  public void show(int numRows) {
    df.show(numRows);
  }

  /** Prints the first 20 rows as a table. */
  public void show(boolean truncate) {
    df.show(truncate);
  }

  /** Prints the first {@code numRows} rows as a table. */
  public void show(int numRows, boolean truncate) {
    df.show(numRows, truncate);
  }

  /** Prints the first {@code numRows} rows, values cut to {@code truncate} characters. */
  public void show(int numRows, int truncate) {
    df.show(numRows, truncate);
  }

  /** Prints the first {@code numRows} rows, as a table or vertically. */
  public void show(int numRows, int truncate, boolean vertical) {
    df.show(numRows, truncate, vertical);
  }

  /** Prints the schema as a tree. */
  public void printSchema() {
    df.printSchema();
  }

  /** Prints the schema as a tree, to the given depth. */
  public void printSchema(int level) {
    df.printSchema(level);
  }

  /** The column names. */
  public String[] columns() {
    return df.columns();
  }

  /** The column names with their type names. */
  public Map.Entry<String, String>[] dtypes() {
    return df.dtypes();
  }

  /** Prints the physical plan. */
  public void explain() {
    df.explain();
  }

  /** Prints the plans. */
  public void explain(boolean extended) {
    df.explain(extended);
  }

  /** Prints the plans in the given mode. */
  public void explain(String mode) {
    df.explain(mode);
  }

  /** Registers the rows as a session-scoped temporary view. */
  public void createOrReplaceTempView(String viewName) {
    df.createOrReplaceTempView(viewName);
  }

  /** Registers the rows as a new session-scoped temporary view. */
  public void createTempView(String viewName) {
    df.createTempView(viewName);
  }

  /** Registers the rows as a global temporary view. */
  public void createOrReplaceGlobalTempView(String viewName) {
    df.createOrReplaceGlobalTempView(viewName);
  }

  /** Registers the rows as a new global temporary view. */
  public void createGlobalTempView(String viewName) {
    df.createGlobalTempView(viewName);
  }

  /** The files the rows are read from, as far as the server knows. */
  public String[] inputFiles() {
    return df.inputFiles();
  }

  /** Whether collect and take can run without executors. */
  public boolean isLocal() {
    return df.isLocal();
  }

  /** Whether the source is a stream. */
  public boolean isStreaming() {
    return df.isStreaming();
  }

  /** Whether there are no rows. */
  public boolean isEmpty() {
    return df.isEmpty();
  }

  /** The level the rows are cached at. */
  public StorageLevel storageLevel() {
    return df.storageLevel();
  }

  /** A hash of the plan, equal for plans that compute the same. */
  public int semanticHash() {
    return df.semanticHash();
  }

  /** The writer that saves the rows (untyped). */
  public DataFrameWriter write() {
    return df.write();
  }

  /** The V2 writer for a table (untyped). */
  public DataFrameWriterV2 writeTo(String table) {
    return df.writeTo(table);
  }

  /** A MERGE INTO the table with these rows as source. */
  public MergeIntoWriter mergeInto(String table, Column condition) {
    return df.mergeInto(table, condition);
  }

  /**
   * The writer that starts a streaming query over these values, as {@link DataFrame#writeStream()}
   * does; its {@link io.sparkconnect.sql.streaming.DataStreamWriter#foreach foreach} writes values
   * of {@code T}, read with this Dataset's encoder.
   */
  public io.sparkconnect.sql.streaming.DataStreamWriter<T> writeStream() {
    return io.sparkconnect.client.StreamingBridge.streaming().typedWriter(df, encoder());
  }

  /** What {@link #show(int, int, boolean)} prints. */
  public String showString(int numRows, int truncate, boolean vertical) {
    return df.showString(numRows, truncate, vertical);
  }

  // ------------------------------------------------------------------ typed operations

  /** The same rows read the same way, over another plan of the same columns. */
  private TypedDataFrame<T> derive(DataFrame other) {
    return byClass ? new TypedDataFrame<>(other, type) : new TypedDataFrame<>(other, encoder);
  }

  private Function<Row, T> reader(StructType schema) {
    if (byClass) {
      ObjectDecoder<T> d = ObjectDecoder.of(schema, type);
      return d::decode;
    }
    return TypedEncoding.rowReader(encoder, schema);
  }

  /**
   * The same rows read as {@code U} through {@code encoder}: records and beans by column name, a
   * single value from the first column (Spark's {@code Dataset.as}).
   */
  public <U> TypedDataFrame<U> as(Encoder<U> encoder) {
    return new TypedDataFrame<>(df, encoder);
  }

  /**
   * Applies {@code func} to each row on the server; the results, stored by {@code encoder}, form
   * the new typed DataFrame.
   *
   * <pre>{@code
   * TypedDataFrame<Integer> lengths = people.map((MapFunction<Person, Integer>) p -> p.name().length(), Encoders.INT());
   * }</pre>
   */
  public <U> TypedDataFrame<U> map(MapFunction<T, U> func, Encoder<U> encoder) {
    Objects.requireNonNull(func, "func");
    Objects.requireNonNull(encoder, "encoder");
    CommonInlineUserDefinedFunction fn = TypedFunctions.function(df.sparkSession(), func, UserCode.Kind.MAP,
        List.of(encoder()), encoder);
    return new TypedDataFrame<>(df.sparkSession().newDataFrame(TypedPlans.mapPartitions(input().relation(), fn)), encoder);
  }

  /** Applies {@code f} to each row on the server and keeps every value of the iterators it returns, in order. */
  public <U> TypedDataFrame<U> flatMap(FlatMapFunction<T, U> f, Encoder<U> encoder) {
    Objects.requireNonNull(f, "f");
    return mapPartitions(new TypedAdapters.FlatMap<>(f), encoder);
  }

  /**
   * Applies {@code f} to each partition's rows on the server (one call per partition, in one
   * task); the values of the iterators it returns form the new typed DataFrame.
   */
  public <U> TypedDataFrame<U> mapPartitions(MapPartitionsFunction<T, U> f, Encoder<U> encoder) {
    Objects.requireNonNull(f, "f");
    Objects.requireNonNull(encoder, "encoder");
    CommonInlineUserDefinedFunction fn = TypedFunctions.function(df.sparkSession(), f, UserCode.Kind.MAP_PARTITIONS,
        List.of(encoder()), encoder);
    return new TypedDataFrame<>(df.sparkSession().newDataFrame(TypedPlans.mapPartitions(input().relation(), fn)), encoder);
  }

  /** The rows for which {@code func}, run on the server, returns true. */
  public TypedDataFrame<T> filter(FilterFunction<T> func) {
    Objects.requireNonNull(func, "func");
    CommonInlineUserDefinedFunction fn = TypedFunctions.function(df.sparkSession(), func, UserCode.Kind.FILTER,
        List.of(encoder()), Encoders.BOOLEAN());
    return derive(df.sparkSession().newDataFrame(TypedPlans.typedFilter(input().relation(), fn)));
  }

  /** Runs {@code f} on each row, on the server, for its effect; returns when all have run. */
  public void foreach(ForeachFunction<T> f) {
    Objects.requireNonNull(f, "f");
    mapPartitions(new TypedAdapters.Foreach<>(f), Encoders.BOOLEAN()).toDF().collectAsList();
  }

  /** Runs {@code f} on each partition's rows, on the server, for its effect; returns when all have run. */
  public void foreachPartition(ForeachPartitionFunction<T> f) {
    Objects.requireNonNull(f, "f");
    mapPartitions(new TypedAdapters.ForeachPartition<>(f), Encoders.BOOLEAN()).toDF().collectAsList();
  }

  /**
   * Combines all rows into one with {@code func}, which must be associative and commutative: each
   * partition is reduced on the server, then the partial results, in one task there.
   *
   * @throws UnsupportedOperationException if there are no rows (as Spark)
   */
  public T reduce(ReduceFunction<T> func) {
    Objects.requireNonNull(func, "func");
    TypedAdapters.Reduce<T> partial = new TypedAdapters.Reduce<>(func);
    TypedDataFrame<T> partials = mapPartitions(partial, encoder());
    List<T> result = new TypedDataFrame<>(partials.df.repartition(1), partials.encoder())
        .mapPartitions(partial, encoder()).collectAsList();
    if (result.isEmpty()) {
      throw new UnsupportedOperationException("empty collection");
    }
    return result.get(0);
  }

  /**
   * Groups the rows by the key {@code func} computes for each (on the server), stored by
   * {@code encoder}; see {@link KeyValueGroupedDataset}.
   */
  public <K> KeyValueGroupedDataset<K, T> groupByKey(MapFunction<T, K> func, Encoder<K> encoder) {
    Objects.requireNonNull(func, "func");
    Objects.requireNonNull(encoder, "encoder");
    return KeyValueGroupedDataset.byKey(groupedInput(), encoder(), func, encoder);
  }

  /**
   * What {@code groupByKey} reads: {@link #input()}, under a {@code WithColumns} without columns.
   * Spark 3.5 builds a grouped function's plan from its input's attributes before analysing it,
   * which fails for any input with unresolved ones (a projection, SQL text); it resolves a
   * {@code WithColumns} eagerly, so its output is resolved. Later versions analyse first; there it
   * is an empty projection.
   */
  private DataFrame groupedInput() {
    return input().withColumns(java.util.Map.of());
  }

  /**
   * Inner join returning each matching pair of rows as a {@link Tuple2} of the two sides' objects
   * (Spark's {@code joinWith}); the condition refers to the sides' columns, e.g.
   * {@code people.joinWith(orders, people.col("id").equalTo(orders.col("personId")))}.
   */
  public <U> TypedDataFrame<Tuple2<T, U>> joinWith(TypedDataFrame<U> other, Column condition) {
    return joinWith(other, condition, "inner");
  }

  /**
   * Join of a type ({@code inner}, {@code cross}, {@code outer}, {@code full}, {@code left},
   * {@code right}, and their {@code _outer} spellings) returning each pair as a {@link Tuple2}; a
   * side without a match is null in the pair.
   *
   * @throws IllegalArgumentException for an unknown join type, or semi and anti joins (they have no pairs)
   */
  public <U> TypedDataFrame<Tuple2<T, U>> joinWith(TypedDataFrame<U> other, Column condition, String joinType) {
    // Not input(): the condition names the sides' own columns, which a projection would hide.
    return joinWith(df, encoder(), other.df, other.encoder(), condition, joinType);
  }

  /** Inner join with an untyped DataFrame, each pair as a {@link Tuple2} of this side's object and the other's {@link Row}. */
  public TypedDataFrame<Tuple2<T, Row>> joinWith(DataFrame other, Column condition) {
    return joinWith(other, condition, "inner");
  }

  /** Join of a type with an untyped DataFrame; see {@link #joinWith(TypedDataFrame, Column, String)}. */
  public TypedDataFrame<Tuple2<T, Row>> joinWith(DataFrame other, Column condition, String joinType) {
    return joinWith(df, encoder(), other, Encoders.row(other.schema()), condition, joinType);
  }

  static <A, B> TypedDataFrame<Tuple2<A, B>> joinWith(DataFrame left, Encoder<A> leftEncoder, DataFrame right,
      Encoder<B> rightEncoder, Column condition, String joinType) {
    Objects.requireNonNull(condition, "condition");
    io.sparkconnect.proto.Join.JoinType type = DataFrame.joinType(joinType);
    if (type == io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_LEFT_SEMI
        || type == io.sparkconnect.proto.Join.JoinType.JOIN_TYPE_LEFT_ANTI) {
      throw new IllegalArgumentException("Invalid join type in joinWith: " + joinType
          + " (semi and anti joins return one side only: use join())");
    }
    DataFrame joined = left.sparkSession().newDataFrame(TypedPlans.joinWith(left.relation(), right.relation(),
        condition.expr, type, TypedEncoding.isStruct(leftEncoder), TypedEncoding.isStruct(rightEncoder)));
    return new TypedDataFrame<>(joined, Encoders.tuple(leftEncoder, rightEncoder));
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
