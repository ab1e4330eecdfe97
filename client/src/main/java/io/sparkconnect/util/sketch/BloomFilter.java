package io.sparkconnect.util.sketch;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A Bloom filter: a compact set that answers membership queries with one-sided error. When
 * {@link #mightContain(Object)} says false, the item was certainly never put; when it says true,
 * the item was put or, with a probability around {@link #expectedFpp()}, is a false positive.
 *
 * <pre>{@code
 * BloomFilter ids = df.stat().bloomFilter("id", 10_000, 0.01);
 * if (ids.mightContain(42L)) { ... }
 * }</pre>
 *
 * <p>Items are {@link String} (hashed as UTF-8 bytes), {@code byte[]}, and the integral types
 * {@link Byte}, {@link Short}, {@link Integer} and {@link Long}, which are all hashed as the same
 * {@code long} value, so {@code 7}, {@code 7L} and {@code (short) 7} are the same item (as in a
 * filter the server builds over an {@code int} column). Hashing and the serialized form are those of
 * Spark's {@code org.apache.spark.util.sketch.BloomFilter}, in both format versions.
 *
 * <p>Mutable ({@code put*}, {@code mergeInPlace}, {@code intersectInPlace}) and not thread-safe.
 */
public final class BloomFilter {
  /** Spark's default false positive probability for {@link #create(long)}. */
  static final double DEFAULT_FPP = 0.03;

  /**
   * The serialized format, which also fixes how items map to bits. All numbers are big-endian.
   */
  public enum Version {
    /**
     * Version 1 (written by Spark 3.5 and 4.0): version number 1, number of hash functions, number of 64-bit
     * words, the words. No seed (always 0).
     */
    V1(1),
    /**
     * Version 2 (written by Spark 4.1 and later): version number 2, number of hash functions, seed, number
     * of 64-bit words, the words. Spreads bit indexes over filters larger than 2^31 bits.
     */
    V2(2);

    private final int number;

    Version(int number) {
      this.number = number;
    }

    int getVersionNumber() {
      return number;
    }
  }

  private final Version version;
  private final int numHashFunctions;
  private final int seed;
  private final BitArray bits;

  private BloomFilter(Version version, int numHashFunctions, int seed, BitArray bits) {
    this.version = version;
    this.numHashFunctions = numHashFunctions;
    this.seed = seed;
    this.bits = bits;
  }

  // ---- factories

  /** An empty filter for {@code expectedNumItems} items with a false positive probability of 3%. */
  public static BloomFilter create(long expectedNumItems) {
    return create(expectedNumItems, DEFAULT_FPP);
  }

  /**
   * An empty filter sized for {@code expectedNumItems} items at false positive probability
   * {@code fpp}.
   *
   * @throws IllegalArgumentException unless {@code fpp} is in (0, 1) and {@code expectedNumItems} positive
   */
  public static BloomFilter create(long expectedNumItems, double fpp) {
    if (!(fpp > 0 && fpp < 1)) {
      throw new IllegalArgumentException("The false positive probability must be in (0, 1), not " + fpp);
    }
    return create(expectedNumItems, optimalNumOfBits(expectedNumItems, fpp));
  }

  /**
   * An empty filter of {@code numBits} bits (rounded up to a multiple of 64) with the number of
   * hash functions that suits {@code expectedNumItems}; format {@link Version#V2}, seed 0.
   */
  public static BloomFilter create(long expectedNumItems, long numBits) {
    return create(Version.V2, expectedNumItems, numBits, 0);
  }

  /** Like {@link #create(long, long)} with a hash seed. */
  public static BloomFilter create(long expectedNumItems, long numBits, int seed) {
    return create(Version.V2, expectedNumItems, numBits, seed);
  }

  /**
   * An empty filter in the given format. {@link Version#V1} has no seed: {@code seed} is ignored
   * and 0 is used, as in Spark.
   *
   * @throws IllegalArgumentException unless {@code expectedNumItems} and {@code numBits} are positive
   */
  public static BloomFilter create(Version version, long expectedNumItems, long numBits, int seed) {
    Objects.requireNonNull(version, "version");
    if (expectedNumItems <= 0) {
      throw new IllegalArgumentException("The expected number of items must be positive, not " + expectedNumItems);
    }
    if (numBits <= 0) {
      throw new IllegalArgumentException("The number of bits must be positive, not " + numBits);
    }
    int k = Math.max(1, (int) Math.round((double) numBits / expectedNumItems * Math.log(2)));
    return new BloomFilter(version, k, version == Version.V1 ? 0 : seed, BitArray.ofSize(numBits));
  }

  /**
   * The number of bits a filter needs to hold {@code n} items at false positive probability
   * {@code p} (in (0, 1)).
   */
  public static long optimalNumOfBits(long n, double p) {
    return (long) (-n * Math.log(p) / (Math.log(2) * Math.log(2)));
  }

  /**
   * The number of bits for {@code expectedNumItems} items, at a false positive probability that
   * shrinks with the item count (3% at {@code maxNumItems}), at most {@code maxNumOfBits}; the
   * server's sizing rule for its runtime filters.
   */
  public static long optimalNumOfBits(long expectedNumItems, long maxNumItems, long maxNumOfBits) {
    double fpp = Math.min(expectedNumItems / (maxNumItems / DEFAULT_FPP), DEFAULT_FPP);
    return Math.min(optimalNumOfBits(expectedNumItems, fpp), maxNumOfBits);
  }

  // ---- properties

  /**
   * The probability that {@link #mightContain(Object)} answers true for an item never put, given
   * how many bits are set now.
   */
  public double expectedFpp() {
    return Math.pow((double) bits.cardinality() / bits.bitSize(), numHashFunctions);
  }

  /** The number of bits in the filter (a multiple of 64). */
  public long bitSize() {
    return bits.bitSize();
  }

  /** The number of set bits. */
  public long cardinality() {
    return bits.cardinality();
  }

  /** The serialized format version, which also decides how items map to bits. */
  Version version() {
    return version;
  }

  int numHashFunctions() {
    return numHashFunctions;
  }

  // ---- put

  /**
   * Adds an item: a {@link String}, a {@code byte[]}, or a {@link Byte}, {@link Short},
   * {@link Integer} or {@link Long}.
   *
   * @return true if bits changed, so the item was certainly new
   * @throws IllegalArgumentException for another type or null
   */
  public boolean put(Object item) {
    if (item instanceof String s) {
      return putString(s);
    } else if (item instanceof byte[] b) {
      return putBinary(b);
    }
    return putLong(Sketches.integralToLong(item));
  }

  /** Adds a string (its UTF-8 bytes); true if bits changed. */
  public boolean putString(String item) {
    return putBinary(Sketches.utf8(item));
  }

  /** Adds a long (also the form of Byte, Short and Integer items); true if bits changed. */
  public boolean putLong(long item) {
    int h1 = Murmur3.hashLong(item, seed);
    return scatter(h1, Murmur3.hashLong(item, h1), true);
  }

  /** Adds a byte array; true if bits changed. */
  public boolean putBinary(byte[] item) {
    int h1 = Murmur3.hashBytes(item, seed);
    return scatter(h1, Murmur3.hashBytes(item, h1), true);
  }

  // ---- query

  /**
   * False if the item was certainly never put; true if it might have been. Takes the same types
   * as {@link #put(Object)}.
   *
   * @throws IllegalArgumentException for another type or null
   */
  public boolean mightContain(Object item) {
    if (item instanceof String s) {
      return mightContainString(s);
    } else if (item instanceof byte[] b) {
      return mightContainBinary(b);
    }
    return mightContainLong(Sketches.integralToLong(item));
  }

  /** {@link #mightContain(Object)} for a string. */
  public boolean mightContainString(String item) {
    return mightContainBinary(Sketches.utf8(item));
  }

  /** {@link #mightContain(Object)} for a long (and for Byte, Short and Integer items). */
  public boolean mightContainLong(long item) {
    int h1 = Murmur3.hashLong(item, seed);
    return scatter(h1, Murmur3.hashLong(item, h1), false);
  }

  /** {@link #mightContain(Object)} for a byte array. */
  public boolean mightContainBinary(byte[] item) {
    int h1 = Murmur3.hashBytes(item, seed);
    return scatter(h1, Murmur3.hashBytes(item, h1), false);
  }

  /**
   * Derives the item's bit indexes from its two hashes by double hashing. With {@code set}, sets
   * them and reports whether any changed; otherwise reports whether all are set.
   */
  private boolean scatter(int h1, int h2, boolean set) {
    long bitSize = bits.bitSize();
    boolean changed = false;
    if (version == Version.V1) {
      // 32-bit arithmetic that wraps, as in Spark: only the low 2^31 bits are reachable.
      for (int i = 1; i <= numHashFunctions; i++) {
        int combined = h1 + i * h2;
        long index = (combined < 0 ? ~combined : combined) % bitSize;
        if (set) {
          changed |= bits.set(index);
        } else if (!bits.get(index)) {
          return false;
        }
      }
    } else {
      long combined = (long) h1 * Integer.MAX_VALUE;
      for (int i = 0; i < numHashFunctions; i++) {
        combined += h2;
        long index = (combined < 0 ? ~combined : combined) % bitSize;
        if (set) {
          changed |= bits.set(index);
        } else if (!bits.get(index)) {
          return false;
        }
      }
    }
    return set ? changed : true;
  }

  // ---- combine

  /**
   * Whether {@code other} can be merged into this filter: same format version, size, number of
   * hash functions and seed.
   */
  public boolean isCompatible(BloomFilter other) {
    return other != null && other.version == version && other.bitSize() == bitSize()
        && other.numHashFunctions == numHashFunctions && other.seed == seed;
  }

  /**
   * Adds every item of {@code other} to this filter (bitwise OR); {@code other} is unchanged.
   *
   * @return this filter
   * @throws IncompatibleMergeException unless {@link #isCompatible(BloomFilter)}
   */
  public BloomFilter mergeInPlace(BloomFilter other) throws IncompatibleMergeException {
    checkCompatible(other);
    bits.or(other.bits);
    return this;
  }

  /**
   * Keeps only the bits set in both filters (bitwise AND), approximating the intersection;
   * {@code other} is unchanged.
   *
   * @return this filter
   * @throws IncompatibleMergeException unless {@link #isCompatible(BloomFilter)}
   */
  public BloomFilter intersectInPlace(BloomFilter other) throws IncompatibleMergeException {
    checkCompatible(other);
    bits.and(other.bits);
    return this;
  }

  private void checkCompatible(BloomFilter other) throws IncompatibleMergeException {
    if (other == null) {
      throw new IncompatibleMergeException("Cannot merge a null Bloom filter");
    } else if (other.version != version) {
      throw new IncompatibleMergeException("Cannot merge Bloom filters of format " + version + " and " + other.version);
    } else if (other.bitSize() != bitSize()) {
      throw new IncompatibleMergeException(
          "Cannot merge Bloom filters of different bit sizes: " + bitSize() + " and " + other.bitSize());
    } else if (other.numHashFunctions != numHashFunctions) {
      throw new IncompatibleMergeException("Cannot merge Bloom filters with different numbers of hash functions: "
          + numHashFunctions + " and " + other.numHashFunctions);
    } else if (other.seed != seed) {
      throw new IncompatibleMergeException("Cannot merge Bloom filters with different seeds: " + seed + " and " + other.seed);
    }
  }

  // ---- serialization

  /** Writes the filter in its format version; the caller closes the stream. */
  public void writeTo(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(version.getVersionNumber());
    data.writeInt(numHashFunctions);
    if (version == Version.V2) {
      data.writeInt(seed);
    }
    bits.writeTo(data);
    data.flush();
  }

  /**
   * Reads a filter in either format version, consuming exactly its bytes; the caller closes the
   * stream.
   *
   * @throws IOException if the stream ends early or does not hold a Bloom filter
   */
  public static BloomFilter readFrom(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    int number = data.readInt();
    Version version;
    if (number == Version.V1.getVersionNumber()) {
      version = Version.V1;
    } else if (number == Version.V2.getVersionNumber()) {
      version = Version.V2;
    } else {
      throw new IOException("Not a Bloom filter of a known format: version number " + number);
    }
    int numHashFunctions = data.readInt();
    if (numHashFunctions <= 0) {
      throw new IOException("Corrupt Bloom filter: " + numHashFunctions + " hash functions");
    }
    int seed = version == Version.V2 ? data.readInt() : 0;
    return new BloomFilter(version, numHashFunctions, seed, BitArray.readFrom(data));
  }

  /**
   * Reads a filter from exactly these bytes (for instance the result of the server's
   * {@code bloom_filter_agg}).
   *
   * @throws IOException if the bytes are not exactly one Bloom filter
   */
  public static BloomFilter readFrom(byte[] bytes) throws IOException {
    // Check the size the header announces first, so corrupt bytes fail before a huge allocation.
    ByteBuffer header = ByteBuffer.wrap(bytes);
    int wordsAt = bytes.length >= 4 && header.getInt(0) == Version.V2.getVersionNumber() ? 12 : 8;
    if (bytes.length >= wordsAt + 4 && bytes.length != wordsAt + 4 + 8L * header.getInt(wordsAt)) {
      throw new IOException("Corrupt Bloom filter: " + bytes.length + " bytes for " + header.getInt(wordsAt) + " words");
    }
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    BloomFilter filter = readFrom(in);
    if (in.available() > 0) {
      throw new IOException("Corrupt Bloom filter: " + in.available() + " bytes after its end");
    }
    return filter;
  }

  // ---- value semantics

  /** Equal when format, hash functions, seed and bits are all the same. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BloomFilter other && other.version == version && other.numHashFunctions == numHashFunctions
        && other.seed == seed && other.bits.equals(bits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, numHashFunctions, seed, bits);
  }

  /** The format, size and fill, not the bits. */
  @Override
  public String toString() {
    return "BloomFilter(" + version + ", bits=" + bitSize() + ", set=" + cardinality() + ", hashFunctions="
        + numHashFunctions + ", seed=" + seed + ")";
  }
}
