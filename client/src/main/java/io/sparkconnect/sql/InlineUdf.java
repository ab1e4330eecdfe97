package io.sparkconnect.sql;

import com.google.protobuf.ByteString;
import io.sparkconnect.client.DataTypeProtos;
import io.sparkconnect.proto.CommonInlineUserDefinedFunction;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.ScalarScalaUDF;
import io.sparkconnect.sql.expressions.UserDefinedFunction;
import io.sparkconnect.sql.types.DataType;
import java.util.Objects;

/**
 * A {@link UserDefinedFunction} whose code travels inline, as a {@code ScalarScalaUDF} payload
 * made by {@link UserCode}. Immutable and thread-safe.
 */
final class InlineUdf extends UserDefinedFunction {
  private final ByteString payload;
  private final int arity;
  private final DataType returnType;
  private final String name;
  private final boolean nullable;
  private final boolean deterministic;
  private final boolean aggregate;

  InlineUdf(byte[] payload, int arity, DataType returnType, boolean aggregate) {
    this(ByteString.copyFrom(payload), arity, returnType, null, true, true, aggregate);
  }

  private InlineUdf(ByteString payload, int arity, DataType returnType, String name, boolean nullable,
      boolean deterministic, boolean aggregate) {
    this.payload = payload;
    this.arity = arity;
    this.returnType = returnType;
    this.name = name;
    this.nullable = nullable;
    this.deterministic = deterministic;
    this.aggregate = aggregate;
  }

  @Override
  public Column apply(Column... exprs) {
    if (arity >= 0 && exprs.length != arity) {
      throw new IllegalArgumentException("The function " + (name == null ? "" : "'" + name + "' ") + "takes " + arity
          + " argument" + (arity == 1 ? "" : "s") + ", not " + exprs.length);
    }
    CommonInlineUserDefinedFunction.Builder f = proto(name == null ? "UDF" : name);
    for (Column c : exprs) {
      f.addArguments(Objects.requireNonNull(c, "column").expr());
    }
    return new Column(Expression.newBuilder().setCommonInlineUserDefinedFunction(f).build());
  }

  /** The function without arguments, named {@code functionName} (for registration and for calls). */
  CommonInlineUserDefinedFunction.Builder proto(String functionName) {
    return CommonInlineUserDefinedFunction.newBuilder()
        .setFunctionName(functionName)
        .setDeterministic(deterministic)
        .setScalarScalaUdf(ScalarScalaUDF.newBuilder()
            .setPayload(payload)
            .setOutputType(DataTypeProtos.toProto(returnType))
            .setNullable(nullable)
            .setAggregate(aggregate));
  }

  @Override
  public boolean nullable() {
    return nullable;
  }

  @Override
  public boolean deterministic() {
    return deterministic;
  }

  @Override
  public UserDefinedFunction withName(String name) {
    return new InlineUdf(payload, arity, returnType, Objects.requireNonNull(name, "name"), nullable, deterministic, aggregate);
  }

  @Override
  public UserDefinedFunction asNonNullable() {
    return new InlineUdf(payload, arity, returnType, name, false, deterministic, aggregate);
  }

  @Override
  public UserDefinedFunction asNondeterministic() {
    return new InlineUdf(payload, arity, returnType, name, nullable, false, aggregate);
  }

  @Override
  public String name() {
    return name == null ? "UDF" : name;
  }

  @Override
  public String toString() {
    return "UserDefinedFunction(" + (name == null ? "UDF" : name) + ": " + (arity < 0 ? "" : arity + " args -> ")
        + returnType.simpleString() + ")";
  }
}
