package io.sparkconnect.support.line;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.types.DataType;

/**
 * What the adapters of the typed operations share: Spark's values read as wire values, wire
 * results read by Spark as values of the output type (one at a time, as the partition or group is
 * read), and the encoders of the input types. Stateless.
 */
final class TypedIterators {
  private TypedIterators() {}

  /**
   * Spark's external values of a partition or group, as wire values; {@code direct}: the values
   * are the user's records, passed as they are.
   */
  static Iterator<Object> wire(scala.collection.Iterator<Object> in, boolean direct) {
    if (direct) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return in.hasNext();
        }

        @Override
        public Object next() {
          if (!in.hasNext()) {
            throw new NoSuchElementException();
          }
          return SparkValues.direct(in.next());
        }
      };
    }
    return new Iterator<>() {
      private final Object[] memo = new Object[2];

      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public Object next() {
        if (!in.hasNext()) {
          throw new NoSuchElementException();
        }
        return SparkValues.toWire(in.next(), memo);
      }
    };
  }

  /**
   * The client adapter's wire results as Spark's external values of {@code out}; a null
   * {@code out}: the results are the user's records, passed as they are.
   */
  static scala.collection.Iterator<Object> spark(Iterator<Object> results, DataType out) {
    if (out == null) {
      return new scala.collection.AbstractIterator<Object>() {
        @Override
        public boolean hasNext() {
          return results.hasNext();
        }

        @Override
        public Object next() {
          return results.next();
        }
      };
    }
    return new scala.collection.AbstractIterator<Object>() {
      @Override
      public boolean hasNext() {
        return results.hasNext();
      }

      @Override
      public Object next() {
        return SparkValues.toSpark(results.next(), out);
      }
    };
  }

  /** The encoders of the payload's inputs, in order, as the Scala list a {@code UdfPacket} takes. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static scala.collection.immutable.List encoders(Payload p) {
    scala.collection.immutable.List list = scala.collection.immutable.Nil$.MODULE$;
    for (int i = p.inputTypes.length - 1; i >= 0; i--) {
      AgnosticEncoder<?> e = p.inputEncoder(i);
      list = list.$colon$colon(e);
    }
    return list;
  }

  /** The payload's input types, checked to be {@code n}. */
  static DataType[] inputs(Payload p, int n) {
    if (p.inputTypes.length != n || p.outputType == null) {
      throw new IllegalArgumentException("User code of kind " + p.kind + " needs " + n
          + " input types and an output type, not " + p.inputTypes.length);
    }
    return p.inputTypes;
  }
}
