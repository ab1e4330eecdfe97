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
}
