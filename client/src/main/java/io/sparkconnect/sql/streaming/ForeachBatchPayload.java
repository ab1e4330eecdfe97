package io.sparkconnect.sql.streaming;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.lang.reflect.Proxy;

/**
 * What {@code foreachBatch} sends: the user's function, serialized, and what the server needs to
 * run it with this client. The same class file is uploaded to the session (as a class artifact),
 * where Spark deserializes the payload and {@link #readResolve()} turns it into the function Spark
 * expects: a Scala {@code Function2<Dataset<Row>, Long, Unit>} (a dynamic proxy over
 * {@link ForeachBatchRunner}), wrapped in Spark's {@code ForeachWriterPacket} for Spark 4 servers.
 * Spark's classes are reached by reflection only, so this class compiles and loads without Spark
 * and no Spark object is ever serialized by the client.
 */
final class ForeachBatchPayload implements Serializable {
  private static final long serialVersionUID = 6340027851460418729L;

  /** The user's function, Java-serialized. */
  final byte[] function;
  /** Artifact names (relative to the session's artifact folder) of the jars the function runs with. */
  final String[] jars;
  final String sessionId;
  final String userId;
  /** Whether the server expects a {@code ForeachWriterPacket} (Spark 4) or the bare function (3.5). */
  final boolean packet;

  ForeachBatchPayload(byte[] function, String[] jars, String sessionId, String userId, boolean packet) {
    this.function = function;
    this.jars = jars;
    this.sessionId = sessionId;
    this.userId = userId;
    this.packet = packet;
  }

  /** Runs on the server only, in Spark's deserialization of the command. */
  private Object readResolve() throws ObjectStreamException {
    ClassLoader loader = ForeachBatchPayload.class.getClassLoader();
    try {
      Class<?> function2 = Class.forName("scala.Function2", false, loader);
      Object fn = Proxy.newProxyInstance(loader, new Class<?>[] {function2}, new ForeachBatchRunner(this));
      if (!packet) {
        return fn;
      }
      Class<?> packetClass = Class.forName("org.apache.spark.sql.connect.common.ForeachWriterPacket", true, loader);
      Class<?> encoderClass = Class.forName("org.apache.spark.sql.catalyst.encoders.AgnosticEncoder", false, loader);
      Object rowEncoder = Class.forName("org.apache.spark.sql.catalyst.encoders.AgnosticEncoders$UnboundRowEncoder$",
          true, loader).getField("MODULE$").get(null);
      return packetClass.getMethod("apply", Object.class, encoderClass).invoke(null, fn, rowEncoder);
    } catch (ReflectiveOperationException e) {
      java.io.InvalidObjectException failure =
          new java.io.InvalidObjectException("This Spark server lacks what foreachBatch needs: " + e);
      failure.initCause(e);
      throw failure;
    }
  }
}
