package io.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A read-only view of one FlatBuffers table inside a little-endian buffer.
 *
 * <p>Every read is bounds-checked against the buffer's limit; a reference pointing outside the
 * buffer raises {@link ArrowFormatException}. Only absolute reads are used, so a view never
 * changes the buffer's position and may be shared between threads.
 */
final class FlatBufferTable {
  private final ByteBuffer buf;
  private final int pos;
  private final int vtable;
  private final int vtableSize;

  private FlatBufferTable(ByteBuffer buf, int pos) {
    this.buf = buf;
    this.pos = pos;
    int vt = (int) ((long) pos - i32(buf, pos));
    check(buf, vt, 4);
    int size = u16(buf, vt);
    if (size < 4 || (size & 1) != 0) {
      throw new ArrowFormatException("Corrupt flatbuffer: vtable size " + size);
    }
    check(buf, vt, size);
    this.vtable = vt;
    this.vtableSize = size;
  }

  /** Returns the root table of a flatbuffer occupying the whole of {@code buf} (little-endian). */
  static FlatBufferTable root(ByteBuffer buf) {
    if (buf.order() != ByteOrder.LITTLE_ENDIAN) {
      throw new IllegalArgumentException("buffer must be little-endian");
    }
    check(buf, 0, 4);
    return at(buf, 0);
  }

  private static FlatBufferTable at(ByteBuffer buf, int refPos) {
    long target = refPos + (i32(buf, refPos) & 0xFFFFFFFFL);
    check(buf, target, 4);
    return new FlatBufferTable(buf, (int) target);
  }

  /** Absolute position of field {@code id} inside the buffer, or 0 when absent. */
  private int field(int id) {
    int entry = 4 + 2 * id;
    if (entry >= vtableSize) {
      return 0;
    }
    int off = u16(buf, vtable + entry);
    return off == 0 ? 0 : pos + off;
  }

  boolean has(int id) {
    return field(id) != 0;
  }

  byte getByte(int id, byte dflt) {
    int p = field(id);
    if (p == 0) {
      return dflt;
    }
    check(buf, p, 1);
    return buf.get(p);
  }

  boolean getBool(int id, boolean dflt) {
    return getByte(id, (byte) (dflt ? 1 : 0)) != 0;
  }

  short getShort(int id, short dflt) {
    int p = field(id);
    if (p == 0) {
      return dflt;
    }
    check(buf, p, 2);
    return buf.getShort(p);
  }

  int getInt(int id, int dflt) {
    int p = field(id);
    if (p == 0) {
      return dflt;
    }
    check(buf, p, 4);
    return buf.getInt(p);
  }

  long getLong(int id, long dflt) {
    int p = field(id);
    if (p == 0) {
      return dflt;
    }
    check(buf, p, 8);
    return buf.getLong(p);
  }

  /** The string in field {@code id}, or null when absent. */
  String getString(int id) {
    int p = field(id);
    if (p == 0) {
      return null;
    }
    int start = deref(p);
    int len = length(start, 1);
    byte[] bytes = new byte[len];
    buf.get(start + 4, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The sub-table in field {@code id}, or null when absent. */
  FlatBufferTable getTable(int id) {
    int p = field(id);
    if (p == 0) {
      return null;
    }
    check(buf, p, 4);
    return at(buf, p);
  }

  /** Number of elements of the vector in field {@code id}; 0 when absent. */
  int vectorLength(int id, int elementSize) {
    int p = field(id);
    if (p == 0) {
      return 0;
    }
    return length(deref(p), elementSize);
  }

  /** Table element {@code i} of the vector of tables in field {@code id}. */
  FlatBufferTable getVectorTable(int id, int i) {
    int start = deref(field(id));
    int n = length(start, 4);
    if (i < 0 || i >= n) {
      throw new ArrowFormatException("Corrupt flatbuffer: vector index " + i + " of " + n);
    }
    return at(buf, start + 4 + 4 * i);
  }

  /**
   * Absolute position of element {@code i} of the vector of structs (or scalars) of
   * {@code elementSize} bytes in field {@code id}; read it with {@link #buffer()}.
   */
  int vectorElement(int id, int i, int elementSize) {
    int start = deref(field(id));
    int n = length(start, elementSize);
    if (i < 0 || i >= n) {
      throw new ArrowFormatException("Corrupt flatbuffer: vector index " + i + " of " + n);
    }
    return start + 4 + elementSize * i;
  }

  ByteBuffer buffer() {
    return buf;
  }

  private int deref(int p) {
    if (p == 0) {
      throw new ArrowFormatException("Corrupt flatbuffer: required field missing");
    }
    check(buf, p, 4);
    long target = p + (i32(buf, p) & 0xFFFFFFFFL);
    check(buf, target, 4);
    return (int) target;
  }

  private int length(int start, int elementSize) {
    long n = i32(buf, start) & 0xFFFFFFFFL;
    check(buf, start + 4L, n * elementSize);
    return (int) n;
  }

  private static int i32(ByteBuffer buf, int p) {
    return buf.getInt(p);
  }

  private static int u16(ByteBuffer buf, int p) {
    return buf.getShort(p) & 0xFFFF;
  }

  private static void check(ByteBuffer buf, long p, long len) {
    if (p < 0 || len < 0 || p + len > buf.limit()) {
      throw new ArrowFormatException(
          "Corrupt flatbuffer: reference " + p + "+" + len + " outside " + buf.limit() + " bytes");
    }
  }
}
