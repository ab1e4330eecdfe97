package io.sparkconnect.arrow;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A column of Arrow type Utf8, Binary, LargeUtf8 or LargeBinary: int32 or int64 offsets into a
 * data buffer. Strings are decoded from UTF-8 on each access (straight from the backing array when
 * the buffer has one); nothing is cached. Offsets are checked when the vector is built, so reads
 * stay inside the buffers. Immutable, thread-safe.
 */
final class VarBinaryVector extends ColumnVector {
  private final ByteBuffer offsets;
  private final ByteBuffer data;
  private final boolean large;
  private final boolean utf8;

  VarBinaryVector(
      ArrowField field, int length, ByteBuffer validity, ByteBuffer offsets, ByteBuffer data) {
    super(field, length, validity);
    this.offsets = offsets;
    this.data = data;
    this.large = field.kind == ArrowTypeKind.LARGE_UTF8 || field.kind == ArrowTypeKind.LARGE_BINARY;
    this.utf8 = field.kind == ArrowTypeKind.UTF8 || field.kind == ArrowTypeKind.LARGE_UTF8;
  }

  private int start(int row) {
    return large ? (int) offsets.getLong(row << 3) : offsets.getInt(row << 2);
  }

  /** Length in bytes of the value at {@code row}. */
  int byteLength(int row) {
    return start(row + 1) - start(row);
  }

  private byte[] bytes(int row) {
    int s = start(row);
    byte[] b = new byte[start(row + 1) - s];
    data.get(s, b);
    return b;
  }

  @Override
  public String getString(int row) {
    if (!utf8) {
      throw unsupported("String");
    }
    return isNullAt(row) ? null : string(row);
  }

  /** Decodes straight from the backing array when there is one: no temporary copy per value. */
  private String string(int row) {
    int s = start(row);
    int len = start(row + 1) - s;
    if (data.hasArray()) {
      return new String(data.array(), data.arrayOffset() + s, len, StandardCharsets.UTF_8);
    }
    byte[] b = new byte[len];
    data.get(s, b);
    return new String(b, StandardCharsets.UTF_8);
  }

  @Override
  public byte[] getBinary(int row) {
    return isNullAt(row) ? null : bytes(row);
  }

  @Override
  public Object getObject(int row) {
    if (isNullAt(row)) {
      return null;
    }
    return utf8 ? string(row) : bytes(row);
  }
}
