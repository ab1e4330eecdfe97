package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.api.java.function.CoGroupFunction;
import io.sparkconnect.api.java.function.FilterFunction;
import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.api.java.function.MapGroupsFunction;
import io.sparkconnect.client.DataTypeProtos;
import io.sparkconnect.proto.CommonInlineUserDefinedFunction;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.Join;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The protocol messages the typed operations build, checked without a server (payloads faked). */
public class TypedPlanTest {
  /** A record for the tests; public in a public class, so a direct record (see DirectRecords). */
  public record Person(String name, long age) {}

  /** A record the server cannot build itself (not public): typed operations read it by name through a projection. */
  record Hidden(long age, String name) {}

  /** One payload request: the user-level function inside the wire adapter the kind calls for. */
  record Call(Object function, UserCode.Kind kind, List<Encoder<?>> inputs, Encoder<?> output) {}

  static Object unwrap(Object wire, UserCode.Kind kind) {
    switch (kind) {
      case MAP: return ((TypedAdapters.WireMap<?, ?>) wire).f();
      case MAP_PARTITIONS: return ((TypedAdapters.WirePartitions<?, ?>) wire).f();
      case FILTER: return ((TypedAdapters.WireFilter<?>) wire).f();
      case GROUP_MAP: return ((TypedAdapters.WireGroups<?, ?, ?>) wire).f();
      case CO_GROUP_MAP: return ((TypedAdapters.WireCoGroups<?, ?, ?, ?>) wire).f();
      case KEY_FUNCTION: return ((TypedAdapters.WireKey<?, ?>) wire).f();
      case REDUCE: return ((TypedAdapters.WireReduce<?>) wire).f();
      default: throw new AssertionError(kind);
    }
  }

  static SparkSession spark;
  final List<Call> calls = new ArrayList<>();
  TypedFunctions.Payloads saved;

  @BeforeAll
  static void open() {
    spark = SparkSession.builder().remote("sc://127.0.0.1:1").create();
  }

  @AfterAll
  static void close() {
    spark.close();
  }

  @BeforeEach
  void fakePayloads() {
    saved = TypedFunctions.payloads;
    TypedFunctions.payloads = (session, function, kind, inputs, output) -> {
      calls.add(new Call(unwrap(function, kind), kind, inputs, output));
      return new byte[] {(byte) calls.size()};
    };
  }

  @AfterEach
  void restore() {
    TypedFunctions.payloads = saved;
  }

  private static void assertTyped(CommonInlineUserDefinedFunction f, int payloadByte, List<DataType> in, DataType out) {
    assertTrue(f.hasScalarScalaUdf());
    assertArrayEquals(new byte[] {(byte) payloadByte}, f.getScalarScalaUdf().getPayload().toByteArray());
    assertEquals(in.size(), f.getArgumentsCount());
    for (Expression a : f.getArgumentsList()) {
      assertTrue(a.hasUnresolvedStar(), "every argument is the whole input row");
    }
    List<DataType> inTypes = new ArrayList<>();
    f.getScalarScalaUdf().getInputTypesList().forEach(t -> inTypes.add(DataTypeProtos.fromProto(t)));
    assertEquals(in, inTypes);
    assertEquals(out, DataTypeProtos.fromProto(f.getScalarScalaUdf().getOutputType()));
    assertFalse(f.getScalarScalaUdf().getAggregate());
    assertTrue(f.getDeterministic());
  }

  private TypedDataFrame<Long> longs() {
    return spark.range(10).as(Long.class);
  }

  @Test
  void mapIsMapPartitionsOfTheWrappedFunction() {
    TypedDataFrame<Long> in = longs();
    MapFunction<Long, String> f = v -> "n" + v;
    TypedDataFrame<String> out = in.map(f, Encoders.STRING());
    Relation r = out.toDF().relation();
    assertTrue(r.hasMapPartitions());
    assertEquals(in.toDF().relation(), r.getMapPartitions().getInput());
    assertFalse(r.getMapPartitions().hasIsBarrier());
    assertTyped(r.getMapPartitions().getFunc(), 1, List.of(DataTypes.LongType), DataTypes.StringType);
    Call c = calls.get(0);
    assertEquals(UserCode.Kind.MAP, c.kind());
    assertSame(f, c.function());
    assertEquals(String.class, out.type());
  }

  @Test
  void flatMapAndMapPartitions() {
    longs().flatMap(v -> Collections.nCopies(v.intValue(), v).iterator(), Encoders.LONG());
    assertInstanceOf(TypedAdapters.FlatMap.class, calls.get(0).function());
    longs().mapPartitions(it -> it, Encoders.LONG());
    assertEquals(UserCode.Kind.MAP_PARTITIONS, calls.get(1).kind());
    assertFalse(calls.get(1).function() instanceof TypedAdapters.MapEach);
  }

  @Test
  void typedFilterIsAFilterOnOneStar() {
    TypedDataFrame<Long> in = longs();
    FilterFunction<Long> even = v -> v % 2 == 0;
    TypedDataFrame<Long> out = in.filter(even);
    Relation r = out.toDF().relation();
    assertTrue(r.hasFilter());
    assertEquals(in.toDF().relation(), r.getFilter().getInput());
    assertTyped(r.getFilter().getCondition().getCommonInlineUserDefinedFunction(), 1, List.of(DataTypes.LongType),
        DataTypes.BooleanType);
    assertEquals(UserCode.Kind.FILTER, calls.get(0).kind());
    assertSame(even, calls.get(0).function());
    assertEquals(Long.class, out.type());
  }

  @Test
  void directRecordsAreNamedInThePayloadAndReadAsTheyAre() {
    java.util.Map<String, String> options = new java.util.HashMap<>();
    DirectRecords.options(List.of(Encoders.bean(Person.class), Encoders.LONG()), Encoders.bean(Person.class), options);
    assertEquals(java.util.Map.of("direct.in.0", Person.class.getName(), "direct.out", Person.class.getName()), options);
    options.clear();
    DirectRecords.options(List.of(Encoders.bean(Hidden.class)), Encoders.tuple(Encoders.bean(Person.class),
        Encoders.LONG()), options);
    assertEquals(java.util.Map.of(), options, "a hidden record, and a record inside a tuple, take the wire path");
    DirectRecords.options(List.of(Encoders.row(StructType.fromDDL("a BIGINT, b STRING, c BINARY")),
        Encoders.row(StructType.fromDDL("a BIGINT, d DATE"))), Encoders.row(StructType.fromDDL("a BIGINT")), options);
    assertEquals(java.util.Map.of("direct.in.0", ""), options, "only input rows of plain fields cross as arrays");
    // A direct record's input is the DataFrame itself (Spark binds it by name); a hidden one's is
    // the record's fields picked by name.
    MapFunction<Person, Long> age = Person::age;
    TypedDataFrame<Person> people = spark.range(1).as(Person.class);
    Relation direct = people.map(age, Encoders.LONG()).toDF().relation();
    assertEquals(people.toDF().relation(), direct.getMapPartitions().getInput());
    MapFunction<Hidden, Long> hiddenAge = Hidden::age;
    Relation hidden = spark.range(1).as(Hidden.class).map(hiddenAge, Encoders.LONG()).toDF().relation();
    assertTrue(hidden.getMapPartitions().getInput().hasProject());
    assertEquals(2, hidden.getMapPartitions().getInput().getProject().getExpressionsCount());
  }

  @Test
  void groupByKeyMapGroupsIsGroupMapWithTheKeyFunctionFirst() {
    TypedDataFrame<Person> people = spark.range(1).as(Person.class);
    MapFunction<Person, String> key = Person::name;
    MapGroupsFunction<String, Person, Integer> size = (k, it) -> 1;
    TypedDataFrame<Integer> out = people.groupByKey(key, Encoders.STRING()).mapGroups(size, Encoders.INT());
    Relation r = out.toDF().relation();
    assertTrue(r.hasGroupMap());
    // The input under an empty WithColumns, which Spark 3.5 resolves eagerly.
    assertEquals(0, r.getGroupMap().getInput().getWithColumns().getAliasesCount());
    assertEquals(people.toDF().relation(), r.getGroupMap().getInput().getWithColumns().getInput());
    assertEquals(1, r.getGroupMap().getGroupingExpressionsCount());
    StructType personType = (StructType) Encoders.bean(Person.class).schema();
    assertTyped(r.getGroupMap().getGroupingExpressions(0).getCommonInlineUserDefinedFunction(), 1,
        List.of(personType), DataTypes.StringType);
    assertTyped(r.getGroupMap().getFunc(), 2, List.of(DataTypes.StringType, personType), DataTypes.IntegerType);
    assertEquals(0, r.getGroupMap().getSortingExpressionsCount());
    assertFalse(r.getGroupMap().hasIsMapGroupsWithState());
    assertEquals(UserCode.Kind.KEY_FUNCTION, calls.get(0).kind());
    assertSame(key, calls.get(0).function());
    assertEquals(UserCode.Kind.GROUP_MAP, calls.get(1).kind());
    assertSame(size, ((TypedAdapters.MapGroups<?, ?, ?>) calls.get(1).function()).f());
  }

  @Test
  void sortedGroupsCountKeysReduceAndMappedValues() {
    KeyValueGroupedDataset<Long, Long> g = longs().groupByKey(v -> v % 3, Encoders.LONG());
    Relation sorted = g.flatMapSortedGroups(new Column[] {col("id").desc()}, (k, it) -> it, Encoders.LONG())
        .toDF().relation();
    assertEquals(col("id").desc().expr, sorted.getGroupMap().getSortingExpressions(0));

    g.keys();
    assertInstanceOf(TypedAdapters.Keys.class, calls.get(calls.size() - 1).function());

    KeyValueGroupedDataset<Long, String> mapped = g.mapValues(v -> "v" + v, Encoders.STRING());
    // After mapValues, reduceGroups combines the mapped values inside a group function.
    Relation mappedReduce = mapped.reduceGroups((a, b) -> a + b).toDF().relation();
    assertEquals(List.of("key", "value"), mappedReduce.getToDf().getColumnNamesList());
    assertInstanceOf(TypedAdapters.MappedGroups.class, calls.get(calls.size() - 1).function());
    mapped.mapGroups((k, it) -> k, Encoders.LONG());
    Call c = calls.get(calls.size() - 1);
    assertInstanceOf(TypedAdapters.MappedGroups.class, c.function());
    // The server groups the original values: the function's value encoder is still the input's.
    assertEquals(DataTypes.LongType, TypedEncoding.dataType(c.inputs().get(1)));
    assertEquals(1, mapped.mapGroups((k, it) -> k, Encoders.LONG()).toDF().relation().getGroupMap()
        .getGroupingExpressionsCount());
  }

  @Test
  void countAndReduceGroupsAreGroupedAggregatesOverTheKeyFunction() {
    TypedDataFrame<Long> in = longs();
    KeyValueGroupedDataset<Long, Long> g = in.groupByKey(v -> v % 3, Encoders.LONG());
    Expression key = g.mapGroups((k, it) -> k, Encoders.LONG()).toDF().relation().getGroupMap()
        .getGroupingExpressions(0);

    Relation counts = g.count().toDF().relation();
    assertEquals(io.sparkconnect.proto.Aggregate.GroupType.GROUP_TYPE_GROUPBY, counts.getAggregate().getGroupType());
    assertEquals(in.toDF().relation(), counts.getAggregate().getInput().getWithColumns().getInput());
    assertEquals(1, counts.getAggregate().getGroupingExpressionsCount());
    assertTrue(counts.getAggregate().getGroupingExpressions(0).getCommonInlineUserDefinedFunction().hasScalarScalaUdf());
    assertEquals(functions.count(functions.lit(1)).expr, counts.getAggregate().getAggregateExpressions(0));
    assertEquals(key.getCommonInlineUserDefinedFunction().getArgumentsList(),
        counts.getAggregate().getGroupingExpressions(0).getCommonInlineUserDefinedFunction().getArgumentsList());

    Relation reduced = g.reduceGroups(Long::sum).toDF().relation();
    Call c = calls.get(calls.size() - 1);
    assertEquals(UserCode.Kind.REDUCE, c.kind());
    assertEquals(List.of(DataTypes.LongType, DataTypes.LongType),
        c.inputs().stream().map(TypedEncoding::dataType).toList());
    Expression.UnresolvedFunction reduce = reduced.getAggregate().getAggregateExpressions(0).getUnresolvedFunction();
    assertEquals("reduce", reduce.getFunctionName());
    CommonInlineUserDefinedFunction f = reduce.getArguments(0).getCommonInlineUserDefinedFunction();
    assertTyped(f, calls.size(), List.of(DataTypes.LongType, DataTypes.LongType), DataTypes.LongType);
  }

  @Test
  void aggAndSelectOfTypedColumns() {
    KeyValueGroupedDataset<Long, Long> g = longs().groupByKey(v -> v % 3, Encoders.LONG());
    TypedColumn<Object, Long> sum = functions.sum("id").as(Encoders.LONG());
    TypedColumn<Object, Double> avg = functions.avg("id").as(Encoders.DOUBLE()).name("mean");
    TypedDataFrame<Tuple3<Long, Long, Double>> r = g.agg(sum, avg);
    io.sparkconnect.proto.Aggregate a = r.toDF().relation().getAggregate();
    assertEquals(List.of(sum.expr, avg.expr), a.getAggregateExpressionsList());
    assertEquals("mean", avg.expr.getAlias().getName(0));
    assertEquals(TypedEncoding.dataType(Encoders.tuple(Encoders.LONG(), Encoders.LONG(), Encoders.DOUBLE())),
        TypedEncoding.dataType(r.encoder()));

    TypedDataFrame<Long> in = longs();
    Relation p = in.select(sum, avg).toDF().relation();
    assertEquals(List.of(sum.expr, avg.expr), p.getProject().getExpressionsList());
    assertEquals(in.toDF().relation(), p.getProject().getInput());
    // One struct-valued column is spread over its fields, as Spark reads a record from it.
    Relation one = longs().select(functions.struct(col("id").as("name"), col("id").as("age"))
        .as(Encoders.bean(Person.class))).toDF().relation();
    assertEquals("inline", one.getProject().getExpressions(0).getUnresolvedFunction().getFunctionName());

    KeyValueGroupedDataset<Long, String> mapped = g.mapValues(v -> "v" + v, Encoders.STRING());
    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> mapped.agg(sum));
    assertTrue(e.getMessage().contains("mapValues"), e.getMessage());
  }

  /** Sums longs; for the typed-aggregate plan. */
  static final class SumLongs extends io.sparkconnect.sql.expressions.Aggregator<Long, Long, Long> {
    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long reduce(Long b, Long a) {
      return b + a;
    }

    @Override
    public Long merge(Long b1, Long b2) {
      return b1 + b2;
    }

    @Override
    public Long finish(Long r) {
      return r;
    }

    @Override
    public Encoder<Long> bufferEncoder() {
      return Encoders.LONG();
    }

    @Override
    public Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }

  @Test
  void anAggregatorsColumnIsATypedAggregateExpressionOverItsInput() {
    TypedColumn<Long, Long> c = new SumLongs().toColumn();
    assertTrue(c.isAggregator());
    assertEquals(Encoders.LONG().schema(), c.encoder().schema());
    Expression e = c.typedExpr(Encoders.bean(Person.class), (MapFunction<Person, Long>) Person::age);
    io.sparkconnect.proto.ScalarScalaUDF udf = e.getTypedAggregateExpression().getScalarScalaUdf();
    assertTrue(udf.getAggregate());
    assertEquals(List.of(TypedEncoding.dataType(Encoders.bean(Person.class))),
        udf.getInputTypesList().stream().map(DataTypeProtos::fromProto).toList());
    assertEquals(DataTypes.LongType, DataTypeProtos.fromProto(udf.getOutputType()));
    assertFalse(udf.getPayload().isEmpty());
    // The name is applied by renaming the result column: the server binds no aggregator inside an alias.
    TypedColumn<Long, Long> named = c.name("total");
    assertEquals("total", named.aggregatorName());
    assertTrue(named.typedExpr(Encoders.LONG(), null).hasTypedAggregateExpression());
    // Where no typed input is known, the column is a function whose name says where to use it.
    assertTrue(c.expr.getUnresolvedFunction().getFunctionName().contains("KeyValueGroupedDataset.agg"));
  }

  @Test
  void cogroupIsCoGroupMapWithBothSides() {
    KeyValueGroupedDataset<Long, Long> a = longs().groupByKey(v -> v % 2, Encoders.LONG());
    KeyValueGroupedDataset<Long, String> b = spark.range(3).as(String.class).groupByKey(s -> 1L, Encoders.LONG());
    CoGroupFunction<Long, Long, String, String> f = (k, l, r) -> List.of("x").iterator();
    Relation r = a.cogroup(b, f, Encoders.STRING()).toDF().relation();
    assertTrue(r.hasCoGroupMap());
    assertEquals(1, r.getCoGroupMap().getInputGroupingExpressionsCount());
    assertEquals(1, r.getCoGroupMap().getOtherGroupingExpressionsCount());
    assertTyped(r.getCoGroupMap().getFunc(), 3, List.of(DataTypes.LongType, DataTypes.LongType, DataTypes.StringType),
        DataTypes.StringType);
    assertEquals(UserCode.Kind.CO_GROUP_MAP, calls.get(2).kind());
    assertSame(f, calls.get(2).function());
  }

  @Test
  void groupedDataAsPutsACarrierFunctionBeforeTheColumns() {
    DataFrame df = spark.range(4);
    KeyValueGroupedDataset<Long, Long> g = df.groupBy(col("id")).as(Encoders.LONG(), Encoders.LONG());
    Relation r = g.mapGroups((k, it) -> k, Encoders.LONG()).toDF().relation();
    assertEquals(2, r.getGroupMap().getGroupingExpressionsCount());
    assertTyped(r.getGroupMap().getGroupingExpressions(0).getCommonInlineUserDefinedFunction(), 1,
        List.of(DataTypes.LongType), DataTypes.LongType);
    assertEquals(col("id").expr, r.getGroupMap().getGroupingExpressions(1));
    assertInstanceOf(TypedAdapters.ColumnsKey.class, calls.get(0).function());
    assertThrows(IllegalArgumentException.class, () -> df.rollup(col("id")).as(Encoders.LONG(), Encoders.LONG()));
  }

  @Test
  void joinWithMarksWhichSidesAreStructs() {
    TypedDataFrame<Person> people = spark.range(1).as(Person.class);
    TypedDataFrame<Long> ids = longs();
    Column cond = people.toDF().col("age").equalTo(ids.toDF().col("id"));
    TypedDataFrame<Tuple2<Person, Long>> j = people.joinWith(ids, cond, "left_outer");
    Join join = j.toDF().relation().getJoin();
    assertEquals(people.toDF().relation(), join.getLeft());
    assertEquals(ids.toDF().relation(), join.getRight());
    assertEquals(cond.expr, join.getJoinCondition());
    assertEquals(Join.JoinType.JOIN_TYPE_LEFT_OUTER, join.getJoinType());
    assertTrue(join.hasJoinDataType());
    assertTrue(join.getJoinDataType().getIsLeftStruct());
    assertFalse(join.getJoinDataType().getIsRightStruct());
    assertEquals(Join.JoinType.JOIN_TYPE_INNER, ids.joinWith(people, cond).toDF().relation().getJoin().getJoinType());
    assertThrows(IllegalArgumentException.class, () -> people.joinWith(ids, cond, "left_semi"));
    assertThrows(IllegalArgumentException.class, () -> people.joinWith(ids, cond, "sideways"));
    assertTrue(calls.isEmpty(), "joinWith ships no code");
  }

  @Test
  void emptyDatasetIsALocalRelationWithTheEncodersSchema() {
    TypedDataFrame<Person> empty = spark.emptyDataset(Encoders.bean(Person.class));
    Relation r = empty.toDF().relation();
    assertTrue(r.hasLocalRelation());
    assertFalse(r.getLocalRelation().hasData());
    assertEquals(Encoders.bean(Person.class).schema(), DataType.fromJson(r.getLocalRelation().getSchema()));
    assertEquals(Person.class, empty.type());
  }

  @Test
  void nullArgumentsFailBeforeAnyPayload() {
    assertThrows(NullPointerException.class, () -> longs().map(null, Encoders.LONG()));
    assertThrows(NullPointerException.class, () -> longs().map(v -> v, null));
    assertThrows(NullPointerException.class, () -> longs().filter((FilterFunction<Long>) null));
    assertTrue(calls.isEmpty());
  }
}
