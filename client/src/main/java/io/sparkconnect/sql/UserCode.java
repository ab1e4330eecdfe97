package io.sparkconnect.sql;

import java.util.List;
import java.util.Map;

/**
 * The one way user code reaches the server: builds the payload bytes for a function of a given
 * {@link Kind}, after making sure the server has what it needs to run it (the support jar for its
 * Spark line, this client's classes, and the jars or class directories holding the function's
 * classes, each uploaded once per session).
 *
 * <p>Adding a kind: a constant here, documenting the JDK function shape the client-side adapter
 * implements, and in each support build ({@code support/spark4}, {@code support/spark35}) a class
 * {@code <package>.<KindInCamelCase>Adapter} implementing that build's {@code KindAdapter}, which
 * turns the payload into the Spark object the server expects. Thread-safe.
 */
final class UserCode {
  private UserCode() {}

  /**
   * What a payload's function is and which Spark object the server builds from it. The function
   * object is a client-side adapter of the JDK shape given per constant; values it receives and
   * returns are wire values ({@link WireValues}).
   */
  enum Kind {
    /**
     * A scalar UDF of n arguments: {@code java.util.function.Function<Object[], Object>} (wire
     * arguments to wire result). No input types (the server converts what it has); output type =
     * the UDF's return type. The server builds a {@code UdfPacket} around a Scala {@code FunctionN}.
     */
    SCALAR_UDF,
    /**
     * An aggregator (udaf): a {@code UserCodeAggregator}. Input types: the one input's type; output
     * type: the result type; option {@code bufferType}: the buffer's JSON type.
     */
    AGGREGATOR,
    /**
     * {@code mapPartitions} and everything built on it (map, flatMap, filter, foreach...):
     * {@code java.util.function.Function<java.util.Iterator<Object>, java.util.Iterator<Object>>}
     * of wire values. Input types: the row type; output type: the result type.
     */
    MAP_PARTITIONS,
    /**
     * Group-map ({@code mapGroups}, {@code flatMapGroups}, ...): {@code
     * java.util.function.BiFunction<Object, java.util.Iterator<Object>, java.util.Iterator<Object>>}
     * (key, values) to results. Input types: key type, value type; output type: the result type.
     */
    GROUP_MAP,
    /**
     * Co-group-map: {@code java.util.function.Function<Object[], java.util.Iterator<Object>>} whose
     * argument is {key, left values, right values} (a wire key and two {@code Iterator<Object>} of
     * wire values), to results. Input types: key, left value, right value; output type: the result
     * type.
     */
    CO_GROUP_MAP,
    /**
     * A typed filter: {@code java.util.function.Predicate<Object>} over wire values. Input types: the
     * row type; output type: boolean.
     */
    FILTER,
    /**
     * The key function of {@code groupByKey} (and the encoder carrier of {@code GroupedData.as},
     * never called): {@code java.util.function.Function<Object, Object>}, wire value to wire key.
     * Input types: the value type; output type: the key type. The server builds a {@code UdfPacket}
     * around a Scala {@code Function1} with both encoders.
     */
    KEY_FUNCTION,
    /** A {@code ForeachWriter}, see the streaming support. */
    FOREACH_WRITER,
    /** A {@code foreachBatch} function, see the streaming support. */
    FOREACH_BATCH
  }

  /**
   * The payload bytes for {@code function}, after uploading what the server needs to run it.
   *
   * @param session the session the payload is for
   * @param function the client-side adapter of the shape {@code kind} documents
   * @param kind what the function is
   * @param inputs the encoders of the input values, in order (empty where the server infers them)
   * @param output the encoder of the output, or null
   * @param options kind-specific settings
   * @return the Java-serialized {@link UserCodePayload}
   * @throws IllegalArgumentException if the function (or something it captures) is not
   *     serializable, naming the type; or if its classes are compiled for a newer Java than the
   *     server runs
   * @throws SparkConnectException if the server cannot run user code of this kind
   */
  static byte[] payload(SparkSession session, Object function, Kind kind, List<? extends Encoder<?>> inputs,
      Encoder<?> output, Map<String, String> options) {
    throw new UnsupportedOperationException("not yet");
  }
}
