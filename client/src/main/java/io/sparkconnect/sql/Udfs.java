package io.sparkconnect.sql;

import io.sparkconnect.sql.expressions.UserDefinedFunction;
import io.sparkconnect.sql.types.DataType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Makes the inline user-defined functions of {@link functions#udf} and {@link UDFRegistration}. Stateless. */
final class Udfs {
  private Udfs() {}

  /** A scalar UDF of {@code arity} arguments around one of the {@code UDFn} interfaces. */
  static UserDefinedFunction scalar(Object f, int arity, DataType returnType) {
    Objects.requireNonNull(f, "f");
    Objects.requireNonNull(returnType, "returnType");
    TypedEncoder<Object> out = TypedEncoder.ofType(returnType);
    byte[] payload = UserCode.payload(new UdfCall(f, arity, out), UserCode.Kind.SCALAR_UDF, List.of(), out,
        Map.of("arity", String.valueOf(arity)));
    return new InlineUdf(payload, arity, returnType, false);
  }

  /** A user-defined aggregate function around an {@link io.sparkconnect.sql.expressions.Aggregator}. */
  static UserDefinedFunction aggregate(io.sparkconnect.sql.expressions.Aggregator<?, ?, ?> agg, Encoder<?> inputEncoder) {
    Objects.requireNonNull(agg, "agg");
    Objects.requireNonNull(inputEncoder, "inputEncoder");
    AggregatorCall call = new AggregatorCall(agg, inputEncoder);
    return new InlineUdf(aggregatorPayload(call, inputEncoder), -1, TypedEncoding.dataType(call.outputEncoder()), true);
  }

  /** The payload of an aggregator reading values of {@code inputEncoder} (kind {@code AGGREGATOR}). */
  static byte[] aggregatorPayload(AggregatorCall call, Encoder<?> inputEncoder) {
    if (call.bufferEncoder() == null || call.outputEncoder() == null) {
      throw new IllegalArgumentException("The aggregator's bufferEncoder() and outputEncoder() must not return null");
    }
    return UserCode.payload(call, UserCode.Kind.AGGREGATOR, List.of(inputEncoder), call.outputEncoder(),
        Map.of("bufferType", TypedEncoding.dataType(call.bufferEncoder()).json()));
  }
}
