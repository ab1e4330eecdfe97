package io.sparkconnect.support.line;

import java.util.Map;
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

  /** An option's value, or the default. */
  public String option(String key, String dflt) {
    String v = options == null ? null : options.get(key);
    return v == null ? dflt : v;
  }
}
