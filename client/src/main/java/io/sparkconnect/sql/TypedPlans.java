package io.sparkconnect.sql;

import com.google.protobuf.ByteString;
import io.sparkconnect.client.DataTypeProtos;
import io.sparkconnect.proto.Aggregate;
import io.sparkconnect.proto.CoGroupMap;
import io.sparkconnect.proto.CommonInlineUserDefinedFunction;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.Filter;
import io.sparkconnect.proto.GroupMap;
import io.sparkconnect.proto.Join;
import io.sparkconnect.proto.LocalRelation;
import io.sparkconnect.proto.MapPartitions;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.ScalarScalaUDF;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.StructType;
import java.util.List;

/**
 * The protocol messages of the typed operations, as the Spark Connect planner expects them: a
 * typed function is a {@code ScalarScalaUDF} whose arguments are one {@code UnresolvedStar} per
 * input (the server binds its input encoders to the whole input row); {@code map}-like operations
 * are {@code MapPartitions}, a typed filter is a {@code Filter} whose condition is such a function,
 * group operations are {@code GroupMap}/{@code CoGroupMap} whose first grouping expression is the
 * key function, and {@code joinWith} is a {@code Join} with {@code join_data_type}.
 */
final class TypedPlans {
  private TypedPlans() {}

  /** The argument that makes a Scala UDF "typed": the whole input row. */
  static Expression star() {
    return Expression.newBuilder().setUnresolvedStar(Expression.UnresolvedStar.getDefaultInstance()).build();
  }

  /**
   * A Scala UDF carrying {@code payload}, applied to one star per input type. The server reads the
   * function and encoders from the payload; the types here document the call, as Spark's client
   * sends them.
   */
  static CommonInlineUserDefinedFunction typedFunction(byte[] payload, List<DataType> inputTypes, DataType outputType) {
    ScalarScalaUDF.Builder udf = ScalarScalaUDF.newBuilder()
        .setPayload(ByteString.copyFrom(payload))
        .setOutputType(DataTypeProtos.toProto(outputType))
        .setNullable(true)
        .setAggregate(false);
    CommonInlineUserDefinedFunction.Builder f = CommonInlineUserDefinedFunction.newBuilder()
        .setDeterministic(true)
        .setScalarScalaUdf(udf);
    for (DataType t : inputTypes) {
      udf.addInputTypes(DataTypeProtos.toProto(t));
      f.addArguments(star());
    }
    f.setScalarScalaUdf(udf);
    return f.build();
  }

  static Expression expression(CommonInlineUserDefinedFunction f) {
    return Expression.newBuilder().setCommonInlineUserDefinedFunction(f).build();
  }

  static Relation.Builder mapPartitions(Relation input, CommonInlineUserDefinedFunction f) {
    return Relation.newBuilder().setMapPartitions(MapPartitions.newBuilder().setInput(input).setFunc(f));
  }

  static Relation.Builder typedFilter(Relation input, CommonInlineUserDefinedFunction predicate) {
    if (predicate.getArgumentsCount() != 1) {
      throw new IllegalStateException("A typed filter takes exactly one input");
    }
    return Relation.newBuilder().setFilter(Filter.newBuilder().setInput(input).setCondition(expression(predicate)));
  }

  static Relation.Builder groupMap(Relation input, List<Expression> grouping, List<Expression> sorting,
      CommonInlineUserDefinedFunction f) {
    return Relation.newBuilder().setGroupMap(GroupMap.newBuilder().setInput(input)
        .addAllGroupingExpressions(grouping).addAllSortingExpressions(sorting).setFunc(f));
  }

  static Relation.Builder coGroupMap(Relation input, List<Expression> inputGrouping, List<Expression> inputSorting,
      Relation other, List<Expression> otherGrouping, List<Expression> otherSorting, CommonInlineUserDefinedFunction f) {
    return Relation.newBuilder().setCoGroupMap(CoGroupMap.newBuilder()
        .setInput(input).addAllInputGroupingExpressions(inputGrouping).addAllInputSortingExpressions(inputSorting)
        .setOther(other).addAllOtherGroupingExpressions(otherGrouping).addAllOtherSortingExpressions(otherSorting)
        .setFunc(f));
  }

  /**
   * A join whose result has two columns, {@code _1} and {@code _2}: each side's row as a struct
   * when that side is read as a struct (record, bean, tuple, Row), else its only column.
   */
  static Relation.Builder joinWith(Relation left, Relation right, Expression condition, Join.JoinType type,
      boolean leftStruct, boolean rightStruct) {
    return Relation.newBuilder().setJoin(Join.newBuilder().setLeft(left).setRight(right)
        .setJoinCondition(condition).setJoinType(type)
        .setJoinDataType(Join.JoinDataType.newBuilder().setIsLeftStruct(leftStruct).setIsRightStruct(rightStruct)));
  }

  /**
   * A grouped aggregate over a {@code KeyValueGroupedDataset}'s grouping (its key function first),
   * as the server recognises it: the result's first column is the key, named {@code key}, then one
   * column per aggregate expression.
   */
  static Relation.Builder groupedAggregate(Relation input, List<Expression> grouping, List<Expression> aggregates) {
    return Relation.newBuilder().setAggregate(Aggregate.newBuilder().setInput(input)
        .setGroupType(Aggregate.GroupType.GROUP_TYPE_GROUPBY)
        .addAllGroupingExpressions(grouping).addAllAggregateExpressions(aggregates));
  }

  /**
   * The aggregate of {@code reduceGroups}: the server wraps the typed function (of two values, over
   * two stars) in its {@code ReduceAggregator} when it finds it inside a function named {@code reduce}.
   */
  static Expression reduce(CommonInlineUserDefinedFunction f) {
    return Expression.newBuilder().setUnresolvedFunction(Expression.UnresolvedFunction.newBuilder()
        .setFunctionName("reduce").addArguments(expression(f))).build();
  }

  /**
   * A typed aggregate ({@code Aggregator.toColumn()}): the aggregator's payload in a Scala UDF
   * marked aggregate, whose one input type is that of the values it reads (the whole input row).
   */
  static Expression typedAggregate(byte[] payload, DataType inputType, DataType outputType) {
    return Expression.newBuilder().setTypedAggregateExpression(io.sparkconnect.proto.TypedAggregateExpression.newBuilder()
        .setScalarScalaUdf(ScalarScalaUDF.newBuilder()
            .setPayload(ByteString.copyFrom(payload))
            .addInputTypes(DataTypeProtos.toProto(inputType))
            .setOutputType(DataTypeProtos.toProto(outputType))
            .setNullable(true)
            .setAggregate(true))).build();
  }

  /** No rows, with the given columns. */
  static Relation.Builder empty(StructType schema) {
    return Relation.newBuilder().setLocalRelation(LocalRelation.newBuilder().setSchema(schema.json()));
  }
}
