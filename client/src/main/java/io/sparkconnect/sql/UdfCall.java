package io.sparkconnect.sql;

import io.sparkconnect.sql.api.java.UDF0;
import io.sparkconnect.sql.api.java.UDF1;
import io.sparkconnect.sql.api.java.UDF2;
import io.sparkconnect.sql.api.java.UDF3;
import io.sparkconnect.sql.api.java.UDF4;
import io.sparkconnect.sql.api.java.UDF5;
import io.sparkconnect.sql.api.java.UDF6;
import io.sparkconnect.sql.api.java.UDF7;
import io.sparkconnect.sql.api.java.UDF8;
import io.sparkconnect.sql.api.java.UDF9;
import io.sparkconnect.sql.api.java.UDF10;
import io.sparkconnect.sql.api.java.UDF11;
import io.sparkconnect.sql.api.java.UDF12;
import io.sparkconnect.sql.api.java.UDF13;
import io.sparkconnect.sql.api.java.UDF14;
import io.sparkconnect.sql.api.java.UDF15;
import io.sparkconnect.sql.api.java.UDF16;
import io.sparkconnect.sql.api.java.UDF17;
import io.sparkconnect.sql.api.java.UDF18;
import io.sparkconnect.sql.api.java.UDF19;
import io.sparkconnect.sql.api.java.UDF20;
import io.sparkconnect.sql.api.java.UDF21;
import io.sparkconnect.sql.api.java.UDF22;
import java.io.Serializable;
import java.util.function.Function;

/**
 * The client-side adapter of a scalar UDF, run on the server (kind {@link UserCode.Kind#SCALAR_UDF}):
 * turns the wire arguments into the Java values the user's {@code UDFn} expects, calls it and
 * turns its result into the wire value of the declared return type. Exceptions of the user's
 * function pass through unchanged, checked ones included. Immutable and thread-safe when the
 * user's function is.
 */
final class UdfCall implements Function<Object[], Object>, Serializable {
  private static final long serialVersionUID = 1L;

  private final Object udf;
  private final int arity;
  private final TypedEncoder<Object> result;
  /** The class a result of the return type has on the wire unchanged, or null: skips the conversion. */
  private final Class<?> plainResult;

  UdfCall(Object udf, int arity, TypedEncoder<Object> result) {
    this.udf = udf;
    this.arity = arity;
    this.result = result;
    this.plainResult = WireValues.plainClass(result.dataType());
  }

  @Override
  public Object apply(Object[] wire) {
    if (wire.length != arity) {
      throw new IllegalArgumentException("The UDF takes " + arity + " arguments, not " + wire.length);
    }
    // The array is this call's own (the server makes one per row), so it is converted in place.
    for (int i = 0; i < wire.length; i++) {
      wire[i] = WireValues.toJava(wire[i]);
    }
    Object r;
    try {
      r = call(wire);
    } catch (Exception e) {
      throw UdfCall.<RuntimeException>sneaky(e);
    }
    if (r != null && r.getClass() == plainResult) {
      return r;
    }
    return result.toWire(r);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object call(Object[] a) throws Exception {
    switch (arity) {
      case 0: return ((UDF0) udf).call();
      case 1: return ((UDF1) udf).call(a[0]);
      case 2: return ((UDF2) udf).call(a[0], a[1]);
      case 3: return ((UDF3) udf).call(a[0], a[1], a[2]);
      case 4: return ((UDF4) udf).call(a[0], a[1], a[2], a[3]);
      case 5: return ((UDF5) udf).call(a[0], a[1], a[2], a[3], a[4]);
      case 6: return ((UDF6) udf).call(a[0], a[1], a[2], a[3], a[4], a[5]);
      case 7: return ((UDF7) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
      case 8: return ((UDF8) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
      case 9: return ((UDF9) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
      case 10: return ((UDF10) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9]);
      case 11: return ((UDF11) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]);
      case 12: return ((UDF12) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11]);
      case 13: return ((UDF13) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12]);
      case 14: return ((UDF14) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13]);
      case 15: return ((UDF15) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14]);
      case 16: return ((UDF16) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15]);
      case 17: return ((UDF17) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15], a[16]);
      case 18: return ((UDF18) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15], a[16], a[17]);
      case 19: return ((UDF19) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15], a[16], a[17], a[18]);
      case 20: return ((UDF20) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15], a[16], a[17], a[18], a[19]);
      case 21: return ((UDF21) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15], a[16], a[17], a[18], a[19], a[20]);
      case 22: return ((UDF22) udf).call(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15], a[16], a[17], a[18], a[19], a[20], a[21]);
      default: throw new IllegalStateException("arity " + arity);
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Exception> E sneaky(Exception e) throws E {
    throw (E) e;
  }
}
