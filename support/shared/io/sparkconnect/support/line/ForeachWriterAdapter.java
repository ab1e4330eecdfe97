package io.sparkconnect.support.line;

import java.util.function.Function;
import org.apache.spark.sql.ForeachWriter;
import org.apache.spark.sql.connect.common.ForeachWriterPacket;

/**
 * Kind {@code FOREACH_WRITER} ({@code writeStream().foreach(writer)}): a
 * {@code ForeachWriterPacket} around a Spark {@code ForeachWriter} whose calls go to the
 * client-side adapter (step code first, as the client documents it), with the encoder of the
 * stream's rows (the one input type). Spark serializes the writer into every task of every
 * micro-batch, so each partition gets its own copy, in the executor that runs it.
 */
public final class ForeachWriterAdapter implements KindAdapter {
  @Override
  @SuppressWarnings("unchecked")
  public Object toPacket(Payload p) {
    if (p.inputTypes.length != 1 || p.inputTypes[0] == null) {
      throw new IllegalArgumentException("A ForeachWriter needs the type of the rows it writes");
    }
    return new ForeachWriterPacket(new Calls(p.function(Function.class), p.inputDirect(0)), p.inputEncoder(0));
  }

  /**
   * The Spark writer; values reach the client adapter as wire values. What the user's code throws
   * reaches Spark in a form its driver can read ({@link TaskErrors}); {@code close} still gets the
   * user's own exception.
   */
  static final class Calls extends ForeachWriter<Object> {
    private static final long serialVersionUID = 1L;
    private static final Integer OPEN = 0;
    private static final Integer PROCESS = 1;
    private static final Integer CLOSE = 2;
    private final Function<Object[], Object> f;
    /** Whether values are the user's records, passed as they are. */
    private final boolean direct;
    /** The user's exception last thrown by this copy, and what Spark got in its place. */
    private transient Throwable thrown;
    private transient Throwable sent;

    Calls(Function<Object[], Object> f, boolean direct) {
      this.f = f;
      this.direct = direct;
    }

    @Override
    public boolean open(long partitionId, long epochId) {
      return Boolean.TRUE.equals(call(OPEN, partitionId, epochId));
    }

    @Override
    public void process(Object value) {
      call(PROCESS, direct ? SparkValues.direct(value) : SparkValues.toWire(value));
    }

    @Override
    public void close(Throwable errorOrNull) {
      call(CLOSE, errorOrNull != null && errorOrNull == sent ? thrown : errorOrNull);
    }

    private Object call(Object... step) {
      try {
        return f.apply(step);
      } catch (Throwable t) {
        thrown = t;
        sent = TaskErrors.readable(t);
        throw TaskErrors.rethrow(sent);
      }
    }
  }
}
