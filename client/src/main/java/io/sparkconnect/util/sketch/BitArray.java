package io.sparkconnect.util.sketch;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/** A fixed-size array of bits in 64-bit words, with a running count of set bits. */
final class BitArray {
  private final long[] words;
  private long setBits;

  private BitArray(long[] words) {
    this.words = words;
    for (long w : words) {
      setBits += Long.bitCount(w);
    }
  }

  /** An all-clear array of at least {@code numBits} bits (rounded up to whole words). */
  static BitArray ofSize(long numBits) {
    if (numBits <= 0) {
      throw new IllegalArgumentException("The number of bits must be positive, not " + numBits);
    }
    long numWords = (numBits + 63) / 64;
    if (numWords > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Too many bits for one array: " + numBits);
    }
    return new BitArray(new long[(int) numWords]);
  }

  /** Sets the bit; true if it was clear before. */
  boolean set(long index) {
    int word = (int) (index >>> 6);
    long mask = 1L << index;
    if ((words[word] & mask) != 0) {
      return false;
    }
    words[word] |= mask;
    setBits++;
    return true;
  }

  boolean get(long index) {
    return (words[(int) (index >>> 6)] & (1L << index)) != 0;
  }

  long bitSize() {
    return (long) words.length * 64;
  }

  long cardinality() {
    return setBits;
  }

  void or(BitArray other) {
    setBits = 0;
    for (int i = 0; i < words.length; i++) {
      words[i] |= other.words[i];
      setBits += Long.bitCount(words[i]);
    }
  }

  void and(BitArray other) {
    setBits = 0;
    for (int i = 0; i < words.length; i++) {
      words[i] &= other.words[i];
      setBits += Long.bitCount(words[i]);
    }
  }

  /** Big-endian: the word count (int), then each word (long). */
  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(words.length);
    for (long w : words) {
      out.writeLong(w);
    }
  }

  static BitArray readFrom(DataInputStream in) throws IOException {
    int numWords = in.readInt();
    if (numWords <= 0) {
      throw new IOException("Corrupt sketch: the bit array has " + numWords + " words");
    }
    long[] words = new long[numWords];
    for (int i = 0; i < numWords; i++) {
      words[i] = in.readLong();
    }
    return new BitArray(words);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BitArray other && Arrays.equals(words, other.words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }
}
