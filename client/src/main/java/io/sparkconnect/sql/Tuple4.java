package io.sparkconnect.sql;

/**
 * An immutable tuple of 4 values, the Java shape of Spark's {@code scala.Tuple4}: typed results
 * such as {@code joinWith} pairs, {@code KeyValueGroupedDataset.count()} and
 * {@code Encoders.tuple(...)} values use it. The accessors {@code _1()} ... {@code _4()} are named
 * as Scala's, so code written against {@code scala.Tuple4} reads the same. Elements may be null.
 *
 * <p>Immutable and thread-safe when its elements are; serializable when its elements are, so that
 * user functions running on the server can return it.
 *
 * @param <T1> the type at position 1
 * @param <T2> the type at position 2
 * @param <T3> the type at position 3
 * @param <T4> the type at position 4
 * @param _1 the value at position 1
 * @param _2 the value at position 2
 * @param _3 the value at position 3
 * @param _4 the value at position 4
 */
public record Tuple4<T1, T2, T3, T4>(T1 _1, T2 _2, T3 _3, T4 _4) implements java.io.Serializable {
  @Override
  public String toString() {
    return "(" + _1 + "," + _2 + "," + _3 + "," + _4 + ")";
  }
}
