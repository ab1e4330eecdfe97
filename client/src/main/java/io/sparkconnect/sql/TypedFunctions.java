package io.sparkconnect.sql;

import io.sparkconnect.proto.CommonInlineUserDefinedFunction;
import io.sparkconnect.sql.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a typed function into the protocol's function message: the user-level function wrapped in
 * the wire adapter of its kind ({@link TypedAdapters}), the payload (made by {@link UserCode},
 * which also puts the function's classes on the server) and the Spark types of its inputs and
 * output.
 */
final class TypedFunctions {
  private TypedFunctions() {}

  /** Makes payloads; plan-building tests replace it to run without a server. */
  @FunctionalInterface
  interface Payloads {
    byte[] payload(SparkSession session, Object function, UserCode.Kind kind, List<Encoder<?>> inputs,
        Encoder<?> output);
  }

  static volatile Payloads payloads = (session, function, kind, inputs, output) ->
      UserCode.payload(function, kind, inputs, output, Map.of());

  static CommonInlineUserDefinedFunction function(SparkSession session, Object function, UserCode.Kind kind,
      List<Encoder<?>> inputs, Encoder<?> output) {
    byte[] payload = payloads.payload(session, wire(function, kind, inputs, output), kind, inputs, output);
    List<DataType> types = new ArrayList<>(inputs.size());
    for (Encoder<?> e : inputs) {
      types.add(TypedEncoding.dataType(e));
    }
    return TypedPlans.typedFunction(payload, types, TypedEncoding.dataType(output));
  }
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object wire(Object f, UserCode.Kind kind, List<Encoder<?>> in, Encoder<?> out) {
    switch (kind) {
      case MAP_PARTITIONS:
        return new TypedAdapters.WirePartitions((io.sparkconnect.api.java.function.MapPartitionsFunction) f, in.get(0),
            out);
      case FILTER:
        return new TypedAdapters.WireFilter((io.sparkconnect.api.java.function.FilterFunction) f, in.get(0));
      case GROUP_MAP:
        return new TypedAdapters.WireGroups((io.sparkconnect.api.java.function.FlatMapGroupsFunction) f, in.get(0),
            in.get(1), out);
      case CO_GROUP_MAP:
        return new TypedAdapters.WireCoGroups((io.sparkconnect.api.java.function.CoGroupFunction) f, in.get(0),
            in.get(1), in.get(2), out);
      case REDUCE:
        return new TypedAdapters.WireReduce((io.sparkconnect.api.java.function.ReduceFunction) f, in.get(0));
      case KEY_FUNCTION:
        return new TypedAdapters.WireKey((io.sparkconnect.api.java.function.MapFunction) f, in.get(0), out);
      default:
        throw new IllegalArgumentException("Not a kind of typed operation: " + kind);
    }
  }
}
