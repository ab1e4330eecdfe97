package io.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Builds {@link ColumnVector}s for one RecordBatch message: walks the schema depth-first, taking
 * the field nodes and buffers in order, and checks every buffer's size and every offset so that
 * later reads stay inside the message body. Buffers are slices of the body, never copies.
 *
 * <p>Not thread-safe (it keeps cursors); use one instance per message.
 */
final class RecordBatchLoader {
  private static final int FIELD_NODE_SIZE = 16;
  private static final int BUFFER_SIZE = 16;
  private static final ByteBuffer EMPTY_OFFSETS =
      ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);

  private final FlatBufferTable batch;
  private final ByteBuffer body;
  private final ByteBuffer meta;
  private final int nodeCount;
  private final int bufferCount;
  private int nextNode;
  private int nextBuffer;
  // Current node, set by node().
  private int nodeLength;
  private long nodeNulls;

  private RecordBatchLoader(FlatBufferTable batch, ByteBuffer body) {
    this.batch = batch;
    this.body = body;
    this.meta = batch.buffer();
    this.nodeCount = batch.vectorLength(1, FIELD_NODE_SIZE);
    this.bufferCount = batch.vectorLength(2, BUFFER_SIZE);
  }

  /** Decodes one RecordBatch message into one vector per top-level field. */
  static ColumnVector[] load(List<ArrowField> schema, IpcMessage message, int[] rowCountOut) {
    FlatBufferTable batch = message.header;
    long length = batch.getLong(0, 0L);
    if (length < 0 || length > Integer.MAX_VALUE) {
      throw new ArrowFormatException("Corrupt RecordBatch: length " + length);
    }
    FlatBufferTable compression = batch.getTable(3);
    if (compression != null) {
      int codec = compression.getByte(0, (byte) 0);
      String name = codec == 0 ? "LZ4_FRAME" : codec == 1 ? "ZSTD" : "codec " + codec;
      throw new ArrowFormatException(
          "Arrow RecordBatch body is compressed with " + name
              + "; compressed Arrow data is not supported");
    }
    RecordBatchLoader loader = new RecordBatchLoader(batch, message.body);
    ColumnVector[] vectors = new ColumnVector[schema.size()];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = loader.vector(schema.get(i), (int) length, 0);
    }
    rowCountOut[0] = (int) length;
    return vectors;
  }

  private ColumnVector vector(ArrowField f, int minLength, int depth) {
    if (depth > SchemaParser.MAX_DEPTH) {
      throw new ArrowFormatException("Arrow data nested too deeply");
    }
    node(f, minLength);
    int len = nodeLength;
    long nulls = nodeNulls;
    switch (f.kind) {
      case NULL:
        return new NullVector(f, len);
      case INT: {
        ByteBuffer validity = validity(f, len, nulls);
        if (!f.signed) {
          throw unsupported(f);
        }
        switch (f.bitWidth) {
          case 8:
            return new ByteVector(f, len, validity, data(f, len, 1));
          case 16:
            return new ShortVector(f, len, validity, data(f, len, 2));
          case 32:
            return new IntVector(f, len, validity, data(f, len, 4));
          case 64:
            return new LongVector(f, len, validity, data(f, len, 8));
          default:
            throw unsupported(f);
        }
      }
      case FLOATING_POINT: {
        ByteBuffer validity = validity(f, len, nulls);
        if (f.precision == ArrowField.SINGLE) {
          return new FloatVector(f, len, validity, data(f, len, 4));
        } else if (f.precision == ArrowField.DOUBLE) {
          return new DoubleVector(f, len, validity, data(f, len, 8));
        }
        throw unsupported(f);
      }
      case BOOL: {
        ByteBuffer validity = validity(f, len, nulls);
        return new BooleanVector(f, len, validity, bits(f, len));
      }
      case DECIMAL: {
        ByteBuffer validity = validity(f, len, nulls);
        if (f.bitWidth != 128 && f.bitWidth != 256) {
          throw unsupported(f);
        }
        return new DecimalVector(f, len, validity, data(f, len, f.bitWidth / 8));
      }
      case DATE: {
        ByteBuffer validity = validity(f, len, nulls);
        int width = f.unit == ArrowField.DATE_DAY ? 4 : f.unit == ArrowField.DATE_MILLISECOND ? 8 : 0;
        if (width == 0) {
          throw unsupported(f);
        }
        return new DateVector(f, len, validity, data(f, len, width));
      }
      case TIME: {
        ByteBuffer validity = validity(f, len, nulls);
        boolean ok = f.bitWidth == 32
            ? f.unit == ArrowField.SECOND || f.unit == ArrowField.MILLISECOND
            : f.bitWidth == 64 && (f.unit == ArrowField.MICROSECOND || f.unit == ArrowField.NANOSECOND);
        if (!ok) {
          throw unsupported(f);
        }
        return new TimeVector(f, len, validity, data(f, len, f.bitWidth / 8));
      }
      case TIMESTAMP: {
        ByteBuffer validity = validity(f, len, nulls);
        checkUnit(f);
        return new TimestampVector(f, len, validity, data(f, len, 8));
      }
      case DURATION: {
        ByteBuffer validity = validity(f, len, nulls);
        checkUnit(f);
        return new DurationVector(f, len, validity, data(f, len, 8));
      }
      case INTERVAL: {
        ByteBuffer validity = validity(f, len, nulls);
        if (f.unit == ArrowField.YEAR_MONTH) {
          return new YearMonthIntervalVector(f, len, validity, data(f, len, 4));
        } else if (f.unit == ArrowField.MONTH_DAY_NANO) {
          return new MonthDayNanoIntervalVector(f, len, validity, data(f, len, 16));
        }
        throw unsupported(f);
      }
      case FIXED_SIZE_BINARY: {
        ByteBuffer validity = validity(f, len, nulls);
        if (f.byteWidth <= 0) {
          throw unsupported(f);
        }
        return new FixedSizeBinaryVector(f, len, validity, data(f, len, f.byteWidth));
      }
      case BINARY:
      case UTF8:
      case LARGE_BINARY:
      case LARGE_UTF8: {
        ByteBuffer validity = validity(f, len, nulls);
        boolean large = f.kind == ArrowTypeKind.LARGE_BINARY || f.kind == ArrowTypeKind.LARGE_UTF8;
        ByteBuffer offsets = offsets(f, len, large);
        ByteBuffer data = buffer(f);
        checkOffsets(f, offsets, len, large, data.limit());
        return new VarBinaryVector(f, len, validity, offsets, data);
      }
      case LIST:
      case LARGE_LIST: {
        ByteBuffer validity = validity(f, len, nulls);
        boolean large = f.kind == ArrowTypeKind.LARGE_LIST;
        ByteBuffer offsets = offsets(f, len, large);
        if (f.children.size() != 1) {
          throw new ArrowFormatException("List field '" + f.name + "' must have one child");
        }
        int end = lastOffset(offsets, len, large);
        ColumnVector elements = vector(f.children.get(0), end, depth + 1);
        checkOffsets(f, offsets, len, large, elements.size());
        return new ListVector(f, len, validity, offsets, elements);
      }
      case MAP: {
        ByteBuffer validity = validity(f, len, nulls);
        ByteBuffer offsets = offsets(f, len, false);
        ArrowField entries = f.children.size() == 1 ? f.children.get(0) : null;
        if (entries == null
            || entries.kind != ArrowTypeKind.STRUCT
            || entries.children.size() != 2) {
          throw new ArrowFormatException(
              "Map field '" + f.name + "' must have one struct child with key and value");
        }
        int end = lastOffset(offsets, len, false);
        node(entries, end);
        int entryCount = nodeLength;
        validity(entries, entryCount, nodeNulls); // entries are never null; bitmap ignored
        ColumnVector keys = vector(entries.children.get(0), entryCount, depth + 2);
        ColumnVector values = vector(entries.children.get(1), entryCount, depth + 2);
        checkOffsets(f, offsets, len, false, entryCount);
        return new MapVector(f, len, validity, offsets, keys, values);
      }
      case STRUCT: {
        ByteBuffer validity = validity(f, len, nulls);
        ColumnVector[] children = new ColumnVector[f.children.size()];
        for (int i = 0; i < children.length; i++) {
          children[i] = vector(f.children.get(i), len, depth + 1);
        }
        if (f.isVariant()) {
          return new VariantVector(
              f, len, validity, children[f.childIndex("value")], children[f.childIndex("metadata")]);
        }
        return new StructVector(f, len, validity, children);
      }
      default:
        throw unsupported(f);
    }
  }

  static ArrowFormatException unsupported(ArrowField f) {
    return new ArrowFormatException(
        "Column '" + f.name + "' has unsupported Arrow type " + f.describeType());
  }

  private static void checkUnit(ArrowField f) {
    if (f.unit < ArrowField.SECOND || f.unit > ArrowField.NANOSECOND) {
      throw unsupported(f);
    }
  }

  private void node(ArrowField f, int minLength) {
    if (nextNode >= nodeCount) {
      throw new ArrowFormatException(
          "Corrupt RecordBatch: no field node left for column '" + f.name + "'");
    }
    int p = batch.vectorElement(1, nextNode++, FIELD_NODE_SIZE);
    long length = meta.getLong(p);
    long nulls = meta.getLong(p + 8);
    if (length < minLength || length > Integer.MAX_VALUE || nulls < 0 || nulls > length) {
      throw new ArrowFormatException(
          "Corrupt RecordBatch: column '" + f.name + "' has length " + length + " and null count "
              + nulls + " (at least " + minLength + " values expected)");
    }
    nodeLength = (int) length;
    nodeNulls = nulls;
  }

  private ByteBuffer buffer(ArrowField f) {
    if (nextBuffer >= bufferCount) {
      throw new ArrowFormatException(
          "Corrupt RecordBatch: no buffer left for column '" + f.name + "'");
    }
    int p = batch.vectorElement(2, nextBuffer++, BUFFER_SIZE);
    long offset = meta.getLong(p);
    long length = meta.getLong(p + 8);
    if (offset < 0 || length < 0 || offset > body.limit() || length > body.limit() - offset) {
      throw new ArrowFormatException(
          "Corrupt RecordBatch: buffer " + offset + "+" + length + " of column '" + f.name
              + "' lies outside the " + body.limit() + "-byte body");
    }
    return body.slice((int) offset, (int) length).order(ByteOrder.LITTLE_ENDIAN);
  }

  private ByteBuffer validity(ArrowField f, int len, long nulls) {
    ByteBuffer b = buffer(f);
    if (nulls == 0) {
      return null;
    }
    requireSize(f, b, (len + 7L) / 8, "validity");
    return b;
  }

  private ByteBuffer bits(ArrowField f, int len) {
    ByteBuffer b = buffer(f);
    requireSize(f, b, (len + 7L) / 8, "data");
    return b;
  }

  private ByteBuffer data(ArrowField f, int len, int width) {
    ByteBuffer b = buffer(f);
    requireSize(f, b, (long) len * width, "data");
    return b;
  }

  private ByteBuffer offsets(ArrowField f, int len, boolean large) {
    ByteBuffer b = buffer(f);
    if (len == 0 && b.limit() == 0) {
      return EMPTY_OFFSETS;
    }
    requireSize(f, b, (len + 1L) * (large ? 8 : 4), "offsets");
    return b;
  }

  private static int lastOffset(ByteBuffer offsets, int len, boolean large) {
    long end = large ? offsets.getLong(len << 3) : offsets.getInt(len << 2);
    return (int) Math.max(0, Math.min(end, Integer.MAX_VALUE));
  }

  /** Checks that offsets start at 0 or more, never decrease and end within {@code limit}. */
  private static void checkOffsets(
      ArrowField f, ByteBuffer offsets, int len, boolean large, int limit) {
    long prev = large ? offsets.getLong(0) : offsets.getInt(0);
    if (prev < 0) {
      throw badOffsets(f);
    }
    if (large) {
      for (int i = 1; i <= len; i++) {
        long o = offsets.getLong(i << 3);
        if (o < prev) {
          throw badOffsets(f);
        }
        prev = o;
      }
    } else {
      int p = (int) prev;
      for (int i = 1; i <= len; i++) {
        int o = offsets.getInt(i << 2);
        if (o < p) {
          throw badOffsets(f);
        }
        p = o;
      }
      prev = p;
    }
    if (prev > limit) {
      throw badOffsets(f);
    }
  }

  private static ArrowFormatException badOffsets(ArrowField f) {
    return new ArrowFormatException("Corrupt RecordBatch: invalid offsets in column '" + f.name + "'");
  }

  private static void requireSize(ArrowField f, ByteBuffer b, long need, String what) {
    if (b.limit() < need) {
      throw new ArrowFormatException(
          "Corrupt RecordBatch: " + what + " buffer of column '" + f.name + "' has " + b.limit()
              + " bytes, " + need + " needed");
    }
  }
}
