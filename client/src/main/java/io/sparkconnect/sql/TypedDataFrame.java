package io.sparkconnect.sql;

import io.sparkconnect.api.java.function.FilterFunction;
import io.sparkconnect.api.java.function.FlatMapFunction;
import io.sparkconnect.api.java.function.ForeachFunction;
import io.sparkconnect.api.java.function.ForeachPartitionFunction;
import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.api.java.function.MapPartitionsFunction;
import io.sparkconnect.api.java.function.ReduceFunction;
import io.sparkconnect.proto.CommonInlineUserDefinedFunction;

import io.sparkconnect.arrow.ArrowBatch;
import io.sparkconnect.sql.types.StructType;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * Writes this streaming Dataset to a sink, as {@link DataFrame#writeStream()} does; its
   * {@link io.sparkconnect.sql.streaming.DataStreamWriter#foreach foreach} writes values of
   * {@code T}, read with this Dataset's encoder.
   */
  public io.sparkconnect.sql.streaming.DataStreamWriter<T> writeStream() {
    return io.sparkconnect.client.StreamingBridge.streaming().typedWriter(df, encoder());
  }

  /** The schema of the underlying DataFrame. */
  public StructType schema() {
    return df.schema();
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
    return mapPartitions(new TypedAdapters.MapEach<>(func), encoder);
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
    return new TypedDataFrame<>(df.sparkSession().newDataFrame(TypedPlans.mapPartitions(df.relation(), fn)), encoder);
  }

  /** The rows for which {@code func}, run on the server, returns true. */
  public TypedDataFrame<T> filter(FilterFunction<T> func) {
    Objects.requireNonNull(func, "func");
    CommonInlineUserDefinedFunction fn = TypedFunctions.function(df.sparkSession(), func, UserCode.Kind.FILTER,
        List.of(encoder()), Encoders.BOOLEAN());
    return derive(df.sparkSession().newDataFrame(TypedPlans.typedFilter(df.relation(), fn)));
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
    return KeyValueGroupedDataset.byKey(df, encoder(), func, encoder);
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
