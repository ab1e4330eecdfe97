package io.sparkconnect.support.spark35;

import java.util.function.Function;
import org.apache.spark.sql.connect.common.UdfPacket;

/**
 * Kind {@code SCALAR_UDF}: a {@code UdfPacket} around a Scala function of the payload's arity
 * (option {@code arity}). No input encoders: the server converts each argument from its column's
 * type, as for Spark's Java UDFs; the output encoder is that of the UDF's return type.
 */
public final class ScalarUdfAdapter implements KindAdapter {
  @Override
  @SuppressWarnings("unchecked")
  public Object toPacket(Payload p) {
    int arity = Integer.parseInt(p.option("arity", "1"));
    Function<Object[], Object> f = p.function(Function.class);
    return new UdfPacket(UdfFunctions.of(arity, f, p.outputType),
        (scala.collection.Seq) scala.collection.immutable.Nil$.MODULE$,
        SparkValues.encoderFor(p.outputType));
  }
}
