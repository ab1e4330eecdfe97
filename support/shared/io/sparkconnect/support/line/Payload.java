package io.sparkconnect.support.line;

import java.util.Map;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.types.DataType;

/** A payload's content with its data types parsed. Immutable. */
public final class Payload {
  /** The kind's name. */
  public final String kind;
  /** The client-side adapter around the user's function. */
  public final Object function;
  /** The input types; may be empty or hold nulls where the server infers them. */
  public final DataType[] inputTypes;
  /** The output type, or null. */
  public final DataType outputType;
  /** Kind-specific settings. */
  public final Map<String, String> options;

  Payload(String kind, Object function, DataType[] inputTypes, DataType outputType, Map<String, String> options) {
    this.kind = kind;
    this.function = function;
    this.inputTypes = inputTypes;
    this.outputType = outputType;
    this.options = options;
  }

  /** The function, checked to be of the JDK shape the kind documents. */
  public <F> F function(Class<F> shape) {
    if (!shape.isInstance(function)) {
      throw new IllegalArgumentException("User code of kind " + kind + " must be a " + shape.getName() + ", not "
          + (function == null ? "null" : function.getClass().getName()));
    }
    return shape.cast(function);
  }

  /**
   * The record class the client named for input {@code i} (option {@code direct.in.<i>}) or the
   * output ({@code i < 0}, option {@code direct.out}), or null: such values pass between Spark and
   * the client's adapter as they are, with Spark's own encoder of the record.
   */
  private String direct(int i) {
    return option(i < 0 ? "direct.out" : "direct.in." + i, null);
  }

  /** Whether input {@code i} reaches the function as the user's record itself. */
  public boolean inputDirect(int i) {
    return direct(i) != null;
  }

  /**
   * The encoder of input {@code i}: Spark's of the record class, or of Spark's external values (also
   * for a direct row, named by the empty string, which crosses as its values array).
   */
  public AgnosticEncoder<?> inputEncoder(int i) {
    String cls = direct(i);
    return cls == null || cls.isEmpty() ? SparkValues.encoderFor(inputTypes[i])
        : DirectEncoders.record(cls, inputTypes[i], loader());
  }

  /** The encoder of the output: Spark's of the record class, or of Spark's external values. */
  public AgnosticEncoder<?> outputEncoder() {
    String cls = direct(-1);
    return cls == null ? SparkValues.encoderFor(outputType) : DirectEncoders.record(cls, outputType, loader());
  }

  /** The type the function's results convert to from wire values, or null where they pass as they are. */
  public DataType outputWireType() {
    return direct(-1) == null ? outputType : null;
  }

  /** The session's class loader, which loaded the client's adapter and holds the user's classes. */
  private ClassLoader loader() {
    ClassLoader l = function == null ? null : function.getClass().getClassLoader();
    return l != null ? l : Thread.currentThread().getContextClassLoader();
  }

  /** An option's value, or the default. */
  public String option(String key, String dflt) {
    String v = options == null ? null : options.get(key);
    return v == null ? dflt : v;
  }
}
