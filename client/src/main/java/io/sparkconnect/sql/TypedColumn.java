package io.sparkconnect.sql;

import io.sparkconnect.api.java.function.MapFunction;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.sql.expressions.Aggregator;
import java.util.Objects;

/**
 * A column whose values are read as Java values of type {@code U} through an {@link Encoder}, for
 * the typed operations that return typed results: {@link TypedDataFrame#select(TypedColumn)} and
 * {@link KeyValueGroupedDataset#agg(TypedColumn)}. Made by {@link Column#as(Encoder)} from any
 * column (e.g. {@code functions.sum("qty").as(Encoders.LONG())}) or by {@link Aggregator#toColumn()}
 * from an aggregator that runs on the server.
 *
 * <pre>{@code
 * TypedDataFrame<Tuple3<String, Long, Double>> perCity = sales
 *     .groupByKey((MapFunction<Sale, String>) Sale::city, Encoders.STRING())
 *     .agg(functions.count("*").as(Encoders.LONG()), new AveragePrice().toColumn());
 * }</pre>
 *
 * <p>An aggregator's column reads the typed values it is applied to (the rows of the typed
 * DataFrame, the values of the group), so it can only be used where those are known: in the two
 * operations above. Aggregators need a Spark 4.0 or later server; on Spark 3.5 the query fails
 * before it is sent with {@code UNSUPPORTED_BY_SERVER_VERSION}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the type of the values the column reads (for an aggregator, its input type)
 * @param <U> the type of the column's values
 */
public class TypedColumn<T, U> extends Column {
  private final Encoder<U> encoder;
  // Set for a column made by Aggregator.toColumn(); null for a plain expression.
  private final Aggregator<?, ?, ?> aggregator;
  private final String alias;

  TypedColumn(Expression expr, Encoder<U> encoder) {
    super(expr);
    this.encoder = Objects.requireNonNull(encoder, "encoder");
    this.aggregator = null;
    this.alias = null;
  }

  private TypedColumn(Aggregator<?, ?, ?> aggregator, Encoder<U> encoder, String alias) {
    super(untypedUse(aggregator));
    this.encoder = Objects.requireNonNull(encoder, "the aggregator's outputEncoder()");
    this.aggregator = aggregator;
    this.alias = alias;
  }

  /** The column of {@code aggregator}, by {@link Aggregator#toColumn()}. */
  @SuppressWarnings("unchecked")
  static <IN, OUT> TypedColumn<IN, OUT> of(Aggregator<IN, ?, OUT> aggregator) {
    return new TypedColumn<>(Objects.requireNonNull(aggregator, "aggregator"), aggregator.outputEncoder(), null);
  }

  /**
   * What an aggregator's column is where its input type is unknown (an untyped DataFrame
   * operation): a function the server cannot resolve, whose name says where to use the column.
   */
  private static Expression untypedUse(Aggregator<?, ?, ?> aggregator) {
    String name = Objects.requireNonNull(aggregator, "aggregator").getClass().getName();
    return Expression.newBuilder().setUnresolvedFunction(Expression.UnresolvedFunction.newBuilder()
        .setFunctionName(name + ".toColumn() reads typed values: use it in TypedDataFrame.select or "
            + "KeyValueGroupedDataset.agg")).build();
  }

  /**
   * Gives the column a name, keeping it typed.
   *
   * @param alias the name
   * @return the named typed column
   */
  @Override
  public TypedColumn<T, U> name(String alias) {
    Objects.requireNonNull(alias, "alias");
    if (aggregator != null) {
      return new TypedColumn<>(aggregator, encoder, alias);
    }
    return new TypedColumn<>(super.name(alias).expr, encoder);
  }

  /** How the column's values are read. */
  Encoder<U> encoder() {
    return encoder;
  }

  /** Whether the column runs an aggregator (which needs a Spark 4.0 or later server). */
  boolean isAggregator() {
    return aggregator != null;
  }

  /**
   * The column's expression where it reads values of {@code input}, each first changed by
   * {@code valueMap} when that is not null (values mapped by {@code mapValues}). An aggregator's
   * name ({@link #name(String)}) is left out: the server binds an aggregator to its input only when
   * it is not inside an alias, so callers rename its result column instead ({@link #aggregatorName()}).
   */
  Expression typedExpr(Encoder<?> input, MapFunction<?, ?> valueMap) {
    if (aggregator == null) {
      return expr;
    }
    AggregatorCall call = new AggregatorCall(aggregator, input, valueMap);
    return TypedPlans.typedAggregate(Udfs.aggregatorPayload(call, input), TypedEncoding.dataType(input),
        TypedEncoding.dataType(encoder));
  }

  /**
   * Fails before anything is sent if {@code cols} hold an aggregator and the server runs Spark 3.5,
   * whose protocol has no typed aggregates.
   */
  static void checkServer(SparkSession session, TypedColumn<?, ?>... cols) {
    for (TypedColumn<?, ?> c : cols) {
      if (c.aggregator != null) {
        String version = session.version();
        if (version.startsWith("3.")) {
          throw new SparkConnectException("Aggregators as typed columns (Aggregator.toColumn()) need Spark 4.0 or "
              + "later; the server runs Spark " + version, null, "UNSUPPORTED_BY_SERVER_VERSION", null,
              java.util.Map.of("feature", "typed aggregate", "serverVersion", version), null);
        }
        return;
      }
    }
  }

  /** The name given to an aggregator's column, or null. */
  String aggregatorName() {
    return alias;
  }

  /**
   * {@code df}, whose columns from {@code first} on are those of {@code cols}, with the columns of
   * named aggregators renamed; costs one schema request when there are any.
   */
  static DataFrame renameAggregators(DataFrame df, int first, TypedColumn<?, ?>... cols) {
    boolean any = false;
    for (TypedColumn<?, ?> c : cols) {
      any |= c.aggregatorName() != null;
    }
    if (!any) {
      return df;
    }
    String[] names = df.schema().fieldNames().clone();
    for (int i = 0; i < cols.length; i++) {
      if (cols[i].aggregatorName() != null) {
        names[first + i] = cols[i].aggregatorName();
      }
    }
    return df.toDF(names);
  }

  @Override
  public String toString() {
    return aggregator != null ? "TypedColumn[" + aggregator.getClass().getName() + ".toColumn()"
        + (alias == null ? "" : " AS " + alias) + "]" : super.toString();
  }
}
