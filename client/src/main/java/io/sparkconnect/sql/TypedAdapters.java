package io.sparkconnect.sql;

import io.sparkconnect.api.java.function.CoGroupFunction;
import io.sparkconnect.api.java.function.FlatMapFunction;
import io.sparkconnect.api.java.function.FlatMapGroupsFunction;
import io.sparkconnect.api.java.function.ForeachFunction;
import io.sparkconnect.api.java.function.ForeachPartitionFunction;
import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.api.java.function.MapGroupsFunction;
import io.sparkconnect.api.java.function.MapPartitionsFunction;
import io.sparkconnect.api.java.function.ReduceFunction;
import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The user's typed functions reshaped, on the client, into the three shapes the server runs: a
 * partition function ({@code map}, {@code flatMap}, {@code foreach}, {@code reduce}, ...), a group
 * function ({@code mapGroups}, {@code reduceGroups} after {@code mapValues}, {@code keys}, values mapped by
 * {@code mapValues}) and a co-group function. These classes travel to the server with the user's
 * function inside them. The {@code Wire*} classes are the outer layer the server's support code
 * calls through JDK interfaces only (see {@link UserCode.Kind}): they turn the support code's wire
 * values into the user's objects with the input encoders, and the results back with the output
 * encoder. Exceptions thrown by the user's code pass through unchanged, checked ones included, so
 * the caller's error names the user's exception.
 */
final class TypedAdapters {
  private TypedAdapters() {}

  /** Rethrows any throwable without wrapping it; checked exceptions are not checked by the JVM. */
  @SuppressWarnings("unchecked")
  static <E extends Throwable> RuntimeException rethrow(Throwable t) throws E {
    throw (E) t;
  }

  /** {@code map}: one result per value, computed as the partition is read. */
  record MapEach<T, U>(MapFunction<T, U> f) implements MapPartitionsFunction<T, U> {
    @Override
    public Iterator<U> call(Iterator<T> input) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return input.hasNext();
        }

        @Override
        public U next() {
          try {
            return f.call(input.next());
          } catch (Throwable e) {
            throw rethrow(e);
          }
        }
      };
    }
  }

  /** {@code flatMap}: the results of each value, in order, computed as the partition is read. */
  record FlatMap<T, U>(FlatMapFunction<T, U> f) implements MapPartitionsFunction<T, U> {
    @Override
    public Iterator<U> call(Iterator<T> input) {
      return new Iterator<>() {
        private Iterator<U> current = Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext()) {
            if (!input.hasNext()) {
              return false;
            }
            try {
              Iterator<U> next = f.call(input.next());
              current = next == null ? Collections.emptyIterator() : next;
            } catch (Throwable e) {
              throw rethrow(e);
            }
          }
          return true;
        }

        @Override
        public U next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return current.next();
        }
      };
    }
  }

  /** {@code foreach}: the function on each value; no results. */
  record Foreach<T>(ForeachFunction<T> f) implements MapPartitionsFunction<T, Boolean> {
    @Override
    public Iterator<Boolean> call(Iterator<T> input) throws Exception {
      while (input.hasNext()) {
        f.call(input.next());
      }
      return Collections.emptyIterator();
    }
  }

  /** {@code foreachPartition}: the function on the partition; no results. */
  record ForeachPartition<T>(ForeachPartitionFunction<T> f) implements MapPartitionsFunction<T, Boolean> {
    @Override
    public Iterator<Boolean> call(Iterator<T> input) throws Exception {
      f.call(input);
      // Whatever the function left unread is still part of the partition's work.
      while (input.hasNext()) {
        input.next();
      }
      return Collections.emptyIterator();
    }
  }

  /** {@code reduce}: the partition's values combined into one, or nothing for an empty partition. */
  record Reduce<T>(ReduceFunction<T> f) implements MapPartitionsFunction<T, T> {
    @Override
    public Iterator<T> call(Iterator<T> input) throws Exception {
      if (!input.hasNext()) {
        return Collections.emptyIterator();
      }
      T acc = input.next();
      while (input.hasNext()) {
        acc = f.call(acc, input.next());
      }
      return Collections.singletonList(acc).iterator();
    }
  }

  /**
   * The deprecated {@code DataFrame.explode}: each row (whose last column is the input value)
   * becomes one row per result, the row's other values followed by the result.
   */
  record Explode<A, B>(FlatMapFunction<A, B> f, int width) implements MapPartitionsFunction<Row, Row> {
    @Override
    @SuppressWarnings("unchecked")
    public Iterator<Row> call(Iterator<Row> input) {
      return new FlatMap<Row, Row>(r -> {
        Iterator<B> results = f.call((A) r.get(width));
        java.util.List<Row> out = new java.util.ArrayList<>();
        while (results != null && results.hasNext()) {
          Object[] values = new Object[width + 1];
          for (int i = 0; i < width; i++) {
            values[i] = r.get(i);
          }
          values[width] = results.next();
          out.add(new GenericRow(values, null));
        }
        return out.iterator();
      }).call(input);
    }
  }

  /** {@code mapGroups}: one result per group. */
  record MapGroups<K, V, U>(MapGroupsFunction<K, V, U> f) implements FlatMapGroupsFunction<K, V, U> {
    @Override
    public Iterator<U> call(K key, Iterator<V> values) throws Exception {
      return Collections.singletonList(f.call(key, values)).iterator();
    }
  }

  /** {@code reduceGroups}: each group's key and its values combined into one. */
  record ReduceGroups<K, V>(ReduceFunction<V> f) implements FlatMapGroupsFunction<K, V, Tuple2<K, V>> {
    @Override
    public Iterator<Tuple2<K, V>> call(K key, Iterator<V> values) throws Exception {
      V acc = values.next();
      while (values.hasNext()) {
        acc = f.call(acc, values.next());
      }
      return Collections.singletonList(new Tuple2<>(key, acc)).iterator();
    }
  }

  /** {@code keys}: each group's key, once. */
  record Keys<K, V>() implements FlatMapGroupsFunction<K, V, K> {
    @Override
    public Iterator<K> call(K key, Iterator<V> values) {
      return Collections.singletonList(key).iterator();
    }
  }

  /** A group function that sees the values after the {@code mapValues} functions. */
  record MappedGroups<K, IV, V, U>(FlatMapGroupsFunction<K, V, U> f, MapFunction<IV, V> values)
      implements FlatMapGroupsFunction<K, IV, U> {
    @Override
    public Iterator<U> call(K key, Iterator<IV> input) throws Exception {
      return f.call(key, new MapEach<>(values).call(input));
    }
  }

  /** A co-group function that sees each side's values after its {@code mapValues} functions. */
  record MappedCoGroups<K, IV1, V1, IV2, V2, R>(CoGroupFunction<K, V1, V2, R> f, MapFunction<IV1, V1> left,
      MapFunction<IV2, V2> right) implements CoGroupFunction<K, IV1, IV2, R> {
    @Override
    public Iterator<R> call(K key, Iterator<IV1> l, Iterator<IV2> r) throws Exception {
      return f.call(key, new MapEach<>(left).call(l), new MapEach<>(right).call(r));
    }
  }

  /** Two {@code mapValues} functions, one after the other. */
  record Then<A, B, C>(MapFunction<A, B> first, MapFunction<B, C> second) implements MapFunction<A, C> {
    @Override
    public C call(A value) throws Exception {
      return second.call(first.call(value));
    }
  }

  /** The values unchanged (no {@code mapValues} yet). */
  record Identity<T>() implements MapFunction<T, T> {
    @Override
    public T call(T value) {
      return value;
    }
  }

  /**
   * The grouping function of {@code GroupedData.as}: the server takes the key from the grouping
   * columns and only reads this function's encoders, never calls it.
   */
  record ColumnsKey<V, K>() implements MapFunction<V, K> {
    @Override
    public K call(V value) {
      throw new IllegalStateException("The key of GroupedData.as comes from its grouping columns");
    }
  }
  /** Kind {@code MAP_PARTITIONS}: a partition function over wire values. */
  record WirePartitions<T, U>(MapPartitionsFunction<T, U> f, Encoder<T> in, Encoder<U> out)
      implements Function<Iterator<Object>, Iterator<Object>>, Serializable {
    @Override
    @SuppressWarnings("unchecked")
    public Iterator<Object> apply(Iterator<Object> wire) {
      try {
        return toWire(f.call(fromWire(wire, in)), out);
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }
  }

  /** Kind {@code MAP}: one wire value's wire result. */
  record WireMap<T, U>(MapFunction<T, U> f, Encoder<T> in, Encoder<U> out)
      implements Function<Object, Object>, Serializable {
    @Override
    @SuppressWarnings("unchecked")
    public Object apply(Object w) {
      try {
        return TypedEncoding.toWire(out, f.call((T) TypedEncoding.fromWire(in, w)));
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }
  }

  /** Kind {@code GROUP_MAP}: a group function over a wire key and wire values. */
  record WireGroups<K, V, U>(FlatMapGroupsFunction<K, V, U> f, Encoder<K> key, Encoder<V> value, Encoder<U> out)
      implements BiFunction<Object, Iterator<Object>, Iterator<Object>>, Serializable {
    @Override
    @SuppressWarnings("unchecked")
    public Iterator<Object> apply(Object k, Iterator<Object> wire) {
      try {
        return toWire(f.call((K) TypedEncoding.fromWire(key, k), fromWire(wire, value)), out);
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }
  }

  /** Kind {@code CO_GROUP_MAP}: a co-group function over {wire key, left wire values, right wire values}. */
  record WireCoGroups<K, V1, V2, R>(CoGroupFunction<K, V1, V2, R> f, Encoder<K> key, Encoder<V1> left,
      Encoder<V2> right, Encoder<R> out) implements Function<Object[], Iterator<Object>>, Serializable {
    @Override
    @SuppressWarnings("unchecked")
    public Iterator<Object> apply(Object[] args) {
      try {
        return toWire(f.call((K) TypedEncoding.fromWire(key, args[0]), fromWire((Iterator<Object>) args[1], left),
            fromWire((Iterator<Object>) args[2], right)), out);
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }
  }

  /** Kind {@code FILTER}: a predicate over wire values. */
  record WireFilter<T>(io.sparkconnect.api.java.function.FilterFunction<T> f, Encoder<T> in)
      implements Predicate<Object>, Serializable {
    @Override
    @SuppressWarnings("unchecked")
    public boolean test(Object w) {
      try {
        return f.call((T) TypedEncoding.fromWire(in, w));
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }
  }

  /** Kind {@code KEY_FUNCTION}: a wire value's wire key. */
  record WireKey<V, K>(MapFunction<V, K> f, Encoder<V> in, Encoder<K> out)
      implements Function<Object, Object>, Serializable {
    @Override
    @SuppressWarnings("unchecked")
    public Object apply(Object w) {
      try {
        return TypedEncoding.toWire(out, f.call((V) TypedEncoding.fromWire(in, w)));
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }
  }

  /**
   * Kind {@code FOREACH_WRITER}: the user's {@link ForeachWriter} called with wire values, one
   * step per call (see {@link UserCode.Kind#FOREACH_WRITER}). The server's writer holds it, so
   * every partition of every micro-batch works on a deserialized copy of its own.
   */
  record WireForeachWriter<T>(ForeachWriter<T> writer, Encoder<T> in)
      implements Function<Object[], Object>, Serializable {
    @Override
    @SuppressWarnings("unchecked")
    public Object apply(Object[] step) {
      try {
        switch ((Integer) step[0]) {
          case 0:
            return writer.open((Long) step[1], (Long) step[2]);
          case 1:
            writer.process((T) TypedEncoding.fromWire(in, step[1]));
            return null;
          case 2:
            writer.close((Throwable) step[1]);
            return null;
          default:
            throw new IllegalArgumentException("Unknown ForeachWriter step " + step[0]);
        }
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }
  }

  /** Kind {@code REDUCE}: two wire values combined into one. */
  record WireReduce<V>(ReduceFunction<V> f, Encoder<V> value)
      implements java.util.function.BinaryOperator<Object>, Serializable {
    @Override
    @SuppressWarnings("unchecked")
    public Object apply(Object a, Object b) {
      try {
        return TypedEncoding.toWire(value, f.call((V) TypedEncoding.fromWire(value, a),
            (V) TypedEncoding.fromWire(value, b)));
      } catch (Throwable e) {
        throw rethrow(e);
      }
    }
  }

  /** The user's values of wire values, converted one by one as they are read (direct records are themselves). */
  @SuppressWarnings("unchecked")
  static <T> Iterator<T> fromWire(Iterator<Object> wire, Encoder<T> e) {
    return TypedEncoding.passesAsIs(e) ? (Iterator<T>) wire : new Converted<>(wire, w -> (T) TypedEncoding.fromWire(e, w));
  }

  /** The wire values of the user's results, converted one by one as they are read (direct records are themselves). */
  @SuppressWarnings("unchecked")
  static <U> Iterator<Object> toWire(Iterator<U> results, Encoder<U> e) {
    if (results == null) {
      return Collections.emptyIterator();
    }
    return TypedEncoding.passesAsIs(e) ? (Iterator<Object>) results : new Converted<>(results, v -> TypedEncoding.toWire(e, v));
  }

  /** An iterator's values converted one by one as they are read. */
  static final class Converted<A, B> implements Iterator<B> {
    private final Iterator<A> in;
    private final Function<A, B> convert;

    Converted(Iterator<A> in, Function<A, B> convert) {
      this.in = in;
      this.convert = convert;
    }

    @Override
    public boolean hasNext() {
      return in.hasNext();
    }

    @Override
    public B next() {
      return convert.apply(in.next());
    }
  }
}
