package io.sparkconnect.sql;

import io.sparkconnect.api.java.function.CoGroupFunction;
import io.sparkconnect.api.java.function.FlatMapGroupsFunction;
import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.api.java.function.MapGroupsFunction;
import io.sparkconnect.api.java.function.ReduceFunction;
import io.sparkconnect.proto.CommonInlineUserDefinedFunction;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rows grouped by a key, waiting for a function per group (Spark's
 * {@code KeyValueGroupedDataset}): made by {@code groupByKey} on {@link TypedDataFrame} or
 * {@link DataFrame}, or by {@link GroupedData#as(Encoder, Encoder)}.
 *
 * <pre>{@code
 * TypedDataFrame<String> summary = people
 *     .groupByKey((MapFunction<Person, String>) Person::city, Encoders.STRING())
 *     .mapGroups((MapGroupsFunction<String, Person, String>) (city, ps) -> city + ": " + count(ps), Encoders.STRING());
 * }</pre>
 *
 * <p>The key function and the group functions run on the Spark Connect server (see
 * {@link TypedDataFrame} for what that asks of them). A group's values arrive as an iterator that
 * can be read once. Values changed by {@link #mapValues} are changed inside the group function, as
 * the server only groups the original rows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class KeyValueGroupedDataset<K, V> {
  private final DataFrame input;
  private final List<Expression> grouping;
  private final Encoder<K> keyEncoder;
  private final Encoder<Object> inputEncoder;
  private final Encoder<V> valueEncoder;
  // From the input's values to V; null while no mapValues was applied.
  private final MapFunction<Object, V> valueMap;

  private KeyValueGroupedDataset(DataFrame input, List<Expression> grouping, Encoder<K> keyEncoder,
      Encoder<Object> inputEncoder, Encoder<V> valueEncoder, MapFunction<Object, V> valueMap) {
    this.input = input;
    this.grouping = List.copyOf(grouping);
    this.keyEncoder = keyEncoder;
    this.inputEncoder = inputEncoder;
    this.valueEncoder = valueEncoder;
    this.valueMap = valueMap;
  }

  /** Grouped by the key {@code func} computes from each value. */
  @SuppressWarnings("unchecked")
  static <K, V> KeyValueGroupedDataset<K, V> byKey(DataFrame input, Encoder<V> valueEncoder, MapFunction<V, K> func,
      Encoder<K> keyEncoder) {
    CommonInlineUserDefinedFunction key = TypedFunctions.function(input.sparkSession(), func,
        UserCode.Kind.KEY_FUNCTION, List.of(valueEncoder), keyEncoder);
    return new KeyValueGroupedDataset<>(input, List.of(TypedPlans.expression(key)), keyEncoder,
        (Encoder<Object>) valueEncoder, valueEncoder, null);
  }

  /**
   * Grouped by columns, the key read from them with {@code keyEncoder} ({@code GroupedData.as}).
   * The server wants a typed function first to learn the encoders; it never calls it.
   */
  @SuppressWarnings("unchecked")
  static <K, V> KeyValueGroupedDataset<K, V> byColumns(DataFrame input, List<Expression> columns,
      Encoder<K> keyEncoder, Encoder<V> valueEncoder) {
    CommonInlineUserDefinedFunction carrier = TypedFunctions.function(input.sparkSession(),
        new TypedAdapters.ColumnsKey<V, K>(), UserCode.Kind.KEY_FUNCTION, List.of(valueEncoder), keyEncoder);
    List<Expression> grouping = new ArrayList<>(columns.size() + 1);
    grouping.add(TypedPlans.expression(carrier));
    grouping.addAll(columns);
    return new KeyValueGroupedDataset<>(input, grouping, keyEncoder, (Encoder<Object>) valueEncoder, valueEncoder,
        null);
  }

  /** The same groups with the keys read through another encoder (same stored columns, another Java type). */
  public <L> KeyValueGroupedDataset<L, V> keyAs(Encoder<L> encoder) {
    Objects.requireNonNull(encoder, "encoder");
    return new KeyValueGroupedDataset<>(input, grouping, encoder, inputEncoder, valueEncoder, valueMap);
  }

  /** The same groups with each value replaced by {@code func}'s result, stored by {@code encoder}. */
  @SuppressWarnings("unchecked")
  public <W> KeyValueGroupedDataset<K, W> mapValues(MapFunction<V, W> func, Encoder<W> encoder) {
    Objects.requireNonNull(func, "func");
    Objects.requireNonNull(encoder, "encoder");
    MapFunction<Object, W> composed = valueMap == null ? (MapFunction<Object, W>) func
        : new TypedAdapters.Then<>(valueMap, func);
    return new KeyValueGroupedDataset<>(input, grouping, keyEncoder, inputEncoder, encoder, composed);
  }

  /** The distinct keys. */
  public TypedDataFrame<K> keys() {
    return flatMapGroups(new TypedAdapters.Keys<K, V>(), keyEncoder);
  }

  /** One result of {@code f} per group, stored by {@code encoder}. */
  public <U> TypedDataFrame<U> mapGroups(MapGroupsFunction<K, V, U> f, Encoder<U> encoder) {
    Objects.requireNonNull(f, "f");
    return flatMapGroups(new TypedAdapters.MapGroups<>(f), encoder);
  }

  /** Every value of the iterators {@code f} returns per group, stored by {@code encoder}. */
  public <U> TypedDataFrame<U> flatMapGroups(FlatMapGroupsFunction<K, V, U> f, Encoder<U> encoder) {
    return flatMapSortedGroups(new Column[0], f, encoder);
  }

  /** As {@link #flatMapGroups}, each group's values sorted by {@code sortExprs} (columns of the input). */
  public <U> TypedDataFrame<U> flatMapSortedGroups(Column[] sortExprs, FlatMapGroupsFunction<K, V, U> f,
      Encoder<U> encoder) {
    Objects.requireNonNull(f, "f");
    Objects.requireNonNull(encoder, "encoder");
    FlatMapGroupsFunction<K, Object, U> g = valueMap == null ? cast(f) : new TypedAdapters.MappedGroups<>(f, valueMap);
    CommonInlineUserDefinedFunction fn = TypedFunctions.function(input.sparkSession(), g, UserCode.Kind.GROUP_MAP,
        List.of(keyEncoder, inputEncoder), encoder);
    return new TypedDataFrame<>(input.sparkSession().newDataFrame(
        TypedPlans.groupMap(input.relation(), grouping, exprs(sortExprs), fn)), encoder);
  }

  /**
   * Each group's key and its values combined with {@code f} (associative and commutative), as
   * {@link Tuple2}s. As in Spark, the result's columns are {@code key} and the server's name of
   * its {@code ReduceAggregator} (after {@link #mapValues}: {@code key} and {@code value}, since
   * the values are then combined inside a group function).
   */
  public TypedDataFrame<Tuple2<K, V>> reduceGroups(ReduceFunction<V> f) {
    Objects.requireNonNull(f, "f");
    Encoder<Tuple2<K, V>> result = Encoders.tuple(keyEncoder, valueEncoder);
    if (valueMap != null) {
      DataFrame grouped = flatMapGroups(new TypedAdapters.ReduceGroups<K, V>(f), result).toDF();
      return new TypedDataFrame<>(grouped.toDF("key", "value"), result);
    }
    CommonInlineUserDefinedFunction fn = TypedFunctions.function(input.sparkSession(), f, UserCode.Kind.REDUCE,
        List.of(valueEncoder, valueEncoder), valueEncoder);
    return aggregate(List.of(TypedPlans.reduce(fn)), result);
  }

  /**
   * Each key and the number of values with it, as {@link Tuple2}s; the columns are {@code key} and
   * {@code count(1)}, as in Spark.
   *
   * <p>The counts are {@code Long}s. Spark's Java signature types them {@code Object} (Scala's
   * {@code Long} as Java sees it): {@code TypedDataFrame<Tuple2<K, Object>>}, as a port of Spark's
   * code writes it, and {@code TypedDataFrame<Tuple2<K, Long>>} both compile, the type being
   * inferred from the target ({@code Object} when there is none, as in Spark). Any other type
   * fails with a {@code ClassCastException} when a count is read.
   *
   * @param <C> the type the counts are seen as: {@code Object} (Spark's) or {@code Long}
   * @return the keys with their counts
   */
  @SuppressWarnings("unchecked")
  public <C> TypedDataFrame<Tuple2<K, C>> count() {
    Encoder<Tuple2<K, Long>> result = Encoders.tuple(keyEncoder, Encoders.LONG());
    Column one = functions.count(functions.lit(1));
    return (TypedDataFrame<Tuple2<K, C>>) (TypedDataFrame<?>) aggregate(List.of(one.expr), result);
  }

  /**
   * Each key and the result of the typed column over its values, as {@link Tuple2}s: the columns
   * are {@code key} and the column's own name. A column of {@link Column#as(Encoder)} is an
   * aggregate expression over the input's columns; one of {@code Aggregator.toColumn()} reads the
   * group's values (needs a Spark 4.0 or later server).
   *
   * @param col1 the aggregate
   * @param <U1> the type of its result
   * @return the keys with their results
   * @throws UnsupportedOperationException for a column of {@code Column.as(Encoder)} after
   *     {@link #mapValues}, as it would read the unmapped columns
   */
  public <U1> TypedDataFrame<Tuple2<K, U1>> agg(TypedColumn<? super V, U1> col1) {
    return aggregate(Encoders.tuple(keyEncoder, col1.encoder()), col1);
  }

  /**
   * Each key and the results of two typed columns over its values; see {@link #agg(TypedColumn)}.
   *
   * @param col1 the first aggregate
   * @param col2 the second aggregate
   * @param <U1> the type of the first result
   * @param <U2> the type of the second result
   * @return the keys with their results
   */
  public <U1, U2> TypedDataFrame<Tuple3<K, U1, U2>> agg(TypedColumn<? super V, U1> col1,
      TypedColumn<? super V, U2> col2) {
    return aggregate(Encoders.tuple(keyEncoder, col1.encoder(), col2.encoder()), col1, col2);
  }

  /**
   * Each key and the results of three typed columns over its values; see {@link #agg(TypedColumn)}.
   *
   * @param col1 the first aggregate
   * @param col2 the second aggregate
   * @param col3 the third aggregate
   * @param <U1> the type of the first result
   * @param <U2> the type of the second result
   * @param <U3> the type of the third result
   * @return the keys with their results
   */
  public <U1, U2, U3> TypedDataFrame<Tuple4<K, U1, U2, U3>> agg(TypedColumn<? super V, U1> col1,
      TypedColumn<? super V, U2> col2, TypedColumn<? super V, U3> col3) {
    return aggregate(Encoders.tuple(keyEncoder, col1.encoder(), col2.encoder(), col3.encoder()), col1, col2, col3);
  }

  /**
   * Each key and the results of four typed columns over its values; see {@link #agg(TypedColumn)}.
   *
   * @param col1 the first aggregate
   * @param col2 the second aggregate
   * @param col3 the third aggregate
   * @param col4 the fourth aggregate
   * @param <U1> the type of the first result
   * @param <U2> the type of the second result
   * @param <U3> the type of the third result
   * @param <U4> the type of the fourth result
   * @return the keys with their results
   */
  public <U1, U2, U3, U4> TypedDataFrame<Tuple5<K, U1, U2, U3, U4>> agg(TypedColumn<? super V, U1> col1,
      TypedColumn<? super V, U2> col2, TypedColumn<? super V, U3> col3, TypedColumn<? super V, U4> col4) {
    return aggregate(Encoders.tuple(keyEncoder, col1.encoder(), col2.encoder(), col3.encoder(), col4.encoder()),
        col1, col2, col3, col4);
  }

  /** The expressions of typed columns over this grouping's values. */
  private List<Expression> typed(TypedColumn<?, ?>... cols) {
    TypedColumn.checkServer(input.sparkSession(), cols);
    List<Expression> out = new ArrayList<>(cols.length);
    for (TypedColumn<?, ?> c : cols) {
      Objects.requireNonNull(c, "column");
      if (valueMap != null && !c.isAggregator()) {
        throw new UnsupportedOperationException("After mapValues, agg takes only aggregator columns "
            + "(Aggregator.toColumn()): the column " + c + " would read the unmapped input's columns");
      }
      // After mapValues an aggregator reads the input's values and maps each before reducing it.
      out.add(c.typedExpr(valueMap == null ? valueEncoder : inputEncoder, valueMap));
    }
    return out;
  }

  /** The grouped aggregate of typed columns, read through {@code result} (the key first). */
  private <R> TypedDataFrame<R> aggregate(Encoder<R> result, TypedColumn<?, ?>... cols) {
    DataFrame df = input.sparkSession().newDataFrame(
        TypedPlans.groupedAggregate(input.relation(), grouping, typed(cols)));
    return new TypedDataFrame<>(TypedColumn.renameAggregators(df, 1, cols), result);
  }

  /** The grouped aggregate of {@code aggregates}, read through {@code result} (the key first). */
  private <R> TypedDataFrame<R> aggregate(List<Expression> aggregates, Encoder<R> result) {
    return new TypedDataFrame<>(input.sparkSession().newDataFrame(
        TypedPlans.groupedAggregate(input.relation(), grouping, aggregates)), result);
  }

  /**
   * For each key of either side, {@code f} of the key and both sides' values with it (none on a
   * side that lacks the key); every value of the iterators it returns, stored by {@code encoder}.
   * Both sides' keys must be stored alike.
   */
  public <U, R> TypedDataFrame<R> cogroup(KeyValueGroupedDataset<K, U> other, CoGroupFunction<K, V, U, R> f,
      Encoder<R> encoder) {
    return cogroupSorted(other, new Column[0], new Column[0], f, encoder);
  }

  /** As {@link #cogroup}, each side's values sorted by its sort expressions (columns of that side's input). */
  public <U, R> TypedDataFrame<R> cogroupSorted(KeyValueGroupedDataset<K, U> other, Column[] thisSortExprs,
      Column[] otherSortExprs, CoGroupFunction<K, V, U, R> f, Encoder<R> encoder) {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(f, "f");
    Objects.requireNonNull(encoder, "encoder");
    CoGroupFunction<K, Object, Object, R> g = valueMap == null && other.valueMap == null ? cast(f)
        : new TypedAdapters.MappedCoGroups<>(f, orIdentity(valueMap), orIdentity(other.valueMap));
    CommonInlineUserDefinedFunction fn = TypedFunctions.function(input.sparkSession(), g, UserCode.Kind.CO_GROUP_MAP,
        List.of(keyEncoder, inputEncoder, other.inputEncoder), encoder);
    return new TypedDataFrame<>(input.sparkSession().newDataFrame(TypedPlans.coGroupMap(
        input.relation(), grouping, exprs(thisSortExprs),
        other.input.relation(), other.grouping, exprs(otherSortExprs), fn)), encoder);
  }

  @SuppressWarnings("unchecked")
  private static <X> MapFunction<Object, X> orIdentity(MapFunction<Object, X> f) {
    return f != null ? f : cast(new TypedAdapters.Identity<Object>());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <X> X cast(Object f) {
    return (X) f;
  }

  private static List<Expression> exprs(Column[] cols) {
    List<Expression> out = new ArrayList<>(cols.length);
    for (Column c : cols) {
      out.add(Objects.requireNonNull(c, "sort expression").expr);
    }
    return out;
  }

  @Override
  public String toString() {
    return "KeyValueGroupedDataset[key: " + keyEncoder.schema().simpleString() + ", value: "
        + valueEncoder.schema().simpleString() + "]";
  }
}
