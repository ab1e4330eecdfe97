package io.sparkconnect.support.spark35;

import java.util.Map;

/**
 * The Scala 2.12 collections Spark's external values use, made from Java ones: what the shared
 * support code ({@code SparkValues}) cannot write once for both Scala versions. Stateless.
 */
final class ScalaCollections {
  private ScalaCollections() {}

  /** A Scala {@code Seq} over {@code values}, without copying. */
  static Object seq(Object[] values) {
    return scala.collection.mutable.WrappedArray.make(values);
  }

  /** A Scala {@code Map} view of {@code m}. */
  static Object map(Map<Object, Object> m) {
    return scala.collection.JavaConverters.mapAsScalaMap(m);
  }
}
