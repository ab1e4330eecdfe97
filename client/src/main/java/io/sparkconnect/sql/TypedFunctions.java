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

  static volatile Payloads payloads = (session, function, kind, inputs, output) -> {
    Map<String, String> options = new java.util.HashMap<>();
    DirectRecords.options(inputs, output, options);
    return UserCode.payload(function, kind, inputs, output, options);
  };

  static CommonInlineUserDefinedFunction function(SparkSession session, Object function, UserCode.Kind kind,
      List<Encoder<?>> inputs, Encoder<?> output) {
    Object adapter = wire(function, kind, DirectRecords.inPayload(inputs), DirectRecords.inPayload(output));
    byte[] payload = payloads.payload(session, adapter, kind, inputs, output);
    List<DataType> types = new ArrayList<>(inputs.size());
    for (Encoder<?> e : inputs) {
      types.add(TypedEncoding.dataType(e));
    }
    return TypedPlans.typedFunction(payload, types, TypedEncoding.dataType(output));
  }
  /**
   * The payload of {@code writeStream().foreach(writer)} over {@code df}'s values, read with
   * {@code encoder} (null: rows). Checks that the writer serializes before it asks the server for
   * the stream's schema (rows only), so a writer that cannot be sent fails without a request. The
   * server reads the stream with the encoder's type, as for the typed operations: records and beans
   * by column name, a single value from the first column.
   *
   * @throws IllegalArgumentException if the writer (or what it captures) is not serializable
   */
  @SuppressWarnings("unchecked")
  static <T> byte[] foreachWriter(DataFrame df, ForeachWriter<T> writer, Encoder<T> encoder) {
    try {
      UserCode.checkSerializable(writer);
    } catch (IllegalArgumentException e) {
      String why = e.getMessage().replaceFirst("^Cannot send the function to the server: ", "");
      throw new IllegalArgumentException("The ForeachWriter must be serializable: " + why, e.getCause());
    }
    Encoder<T> values = encoder == null ? (Encoder<T>) Encoders.row(df.schema()) : encoder;
    Map<String, String> options = new java.util.HashMap<>();
    DirectRecords.options(List.of(values), null, options);
    return UserCode.payload(new TypedAdapters.WireForeachWriter<>(writer, (Encoder<T>) DirectRecords.inPayload(List.<Encoder<?>>of(values)).get(0)),
        UserCode.Kind.FOREACH_WRITER, List.of(values), null, options);
  }

  /**
   * What a typed operation (or {@code foreach}) over values of {@code encoder} reads. The server
   * binds the values' encoder to its input's columns by position, where Spark's typed Dataset
   * binds records and beans by name; so for those, the input becomes the encoder's fields,
   * picked by name (case-insensitively, as Spark resolves them) and in order; nested records and
   * beans likewise, a null one staying null. Arrays and maps of records stay positional. Direct
   * records ({@link DirectRecords}) and other encoders read the input as it is: Spark's own encoder
   * of a direct record binds by name itself. Built without asking the server: where the columns
   * already are in order, the projection is a no-op for it.
   */
  static DataFrame typedInput(DataFrame df, Encoder<?> encoder) {
    if (encoder instanceof TupleEncoder) {
      return tupleInput(df, (TupleEncoder<?>) encoder);
    }
    if (!(encoder instanceof TypedEncoder) || ((TypedEncoder<?>) encoder).shape() != TypedEncoder.Shape.BEAN
        || DirectRecords.isDirect(encoder)) {
      return df;
    }
    io.sparkconnect.sql.types.StructType want = (io.sparkconnect.sql.types.StructType) TypedEncoding.dataType(encoder);
    io.sparkconnect.sql.types.StructField[] fields = want.fields();
    Column[] cols = new Column[fields.length];
    for (int i = 0; i < cols.length; i++) {
      Column c = functions.col(quote(fields[i].name()));
      cols[i] = byName(c, fields[i].dataType()).as(fields[i].name());
    }
    return df.select(cols);
  }

  /**
   * A tuple's input ({@code joinWith}'s or {@code reduceGroups}' result, for one): the elements are
   * its columns by position, as Spark binds tuples, renamed {@code _1}, {@code _2}, ...; each record
   * or bean element's struct is picked by name, as for a record, since each side of a
   * {@code joinWith} has its own columns in their order. Unchanged when no element is a record or
   * bean.
   */
  private static DataFrame tupleInput(DataFrame df, TupleEncoder<?> encoder) {
    Encoder<?>[] elements = encoder.elements();
    Column[] cols = new Column[elements.length];
    String[] names = new String[elements.length];
    boolean any = false;
    for (int i = 0; i < cols.length; i++) {
      String name = "_" + (i + 1);
      names[i] = name;
      Encoder<?> e = elements[i];
      Column c = functions.col(name);
      if (e instanceof TypedEncoder && ((TypedEncoder<?>) e).shape() == TypedEncoder.Shape.BEAN) {
        c = byName(c, TypedEncoding.dataType(e));
        any = true;
      }
      cols[i] = c.as(name);
    }
    return any ? df.toDF(names).select(cols) : df;
  }

  /** {@code c} with its nested struct fields picked by name in the order of {@code type}. */
  private static Column byName(Column c, io.sparkconnect.sql.types.DataType type) {
    if (!(type instanceof io.sparkconnect.sql.types.StructType)) {
      return c;
    }
    io.sparkconnect.sql.types.StructField[] fields = ((io.sparkconnect.sql.types.StructType) type).fields();
    Column[] parts = new Column[fields.length];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = byName(c.getField(fields[i].name()), fields[i].dataType()).as(fields[i].name());
    }
    return functions.when(c.isNull(), functions.lit(null)).otherwise(functions.struct(parts));
  }

  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object wire(Object f, UserCode.Kind kind, List<Encoder<?>> in, Encoder<?> out) {
    switch (kind) {
      case MAP:
        return new TypedAdapters.WireMap((io.sparkconnect.api.java.function.MapFunction) f, in.get(0), out);
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
