package io.sparkconnect.arrow;

import java.util.Arrays;

/**
 * An append-only little-endian byte buffer backed by a growing array. Not thread-safe.
 */
final class GrowableBuffer {
  private byte[] data;
  private int size;

  GrowableBuffer(int initialCapacity) {
    data = new byte[Math.max(16, initialCapacity)];
  }

  int size() {
    return size;
  }

  byte[] array() {
    return data;
  }

  void clear() {
    size = 0;
  }

  private void ensure(int more) {
    if (size + more > data.length) {
      long want = Math.max((long) data.length * 2, (long) size + more);
      if (want > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("Arrow buffer larger than 2 GB");
      }
      data = Arrays.copyOf(data, (int) want);
    }
  }

  void putByte(int v) {
    ensure(1);
    data[size++] = (byte) v;
  }

  void putInt(int v) {
    ensure(4);
    setInt(size, v);
    size += 4;
  }

  void putLong(long v) {
    ensure(8);
    byte[] d = data;
    int p = size;
    d[p] = (byte) v;
    d[p + 1] = (byte) (v >>> 8);
    d[p + 2] = (byte) (v >>> 16);
    d[p + 3] = (byte) (v >>> 24);
    d[p + 4] = (byte) (v >>> 32);
    d[p + 5] = (byte) (v >>> 40);
    d[p + 6] = (byte) (v >>> 48);
    d[p + 7] = (byte) (v >>> 56);
    size = p + 8;
  }

  void putBytes(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, data, size, len);
    size += len;
  }

  /** Appends {@code n} zero bytes. */
  void putZeros(int n) {
    ensure(n);
    Arrays.fill(data, size, size + n, (byte) 0);
    size += n;
  }

  void setInt(int at, int v) {
    byte[] d = data;
    d[at] = (byte) v;
    d[at + 1] = (byte) (v >>> 8);
    d[at + 2] = (byte) (v >>> 16);
    d[at + 3] = (byte) (v >>> 24);
  }

  /** Sets bit {@code index} (LSB-first bit order); the byte must already exist. */
  void setBit(int index) {
    data[index >> 3] |= (byte) (1 << (index & 7));
  }
}
