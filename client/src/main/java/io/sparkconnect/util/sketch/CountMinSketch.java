package io.sparkconnect.util.sketch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;

/**
 * A Count-min sketch: approximate frequencies of items in sub-linear space. With probability
 * {@link #confidence()}, {@link #estimateCount(Object)} lies between the true count and the true
 * count plus {@link #relativeError()} times {@link #totalCount()}; it never underestimates.
 *
 * <pre>{@code
 * CountMinSketch cms = df.stat().countMinSketch("word", 0.001, 0.99, 42);
 * long about = cms.estimateCount("spark");
 * }</pre>
 *
 * <p>The sketch is a table of {@code depth} rows of {@code width} counters; each row hashes an item
 * to one counter. Items are {@link String} (hashed as UTF-8 bytes), {@code byte[]}, and the
 * integral types {@link Byte}, {@link Short}, {@link Integer} and {@link Long}, all counted as the
 * same {@code long} value. Hashing and the serialized form are those of Spark's
 * {@code org.apache.spark.util.sketch.CountMinSketch}.
 *
 * <p>Mutable ({@code add*}, {@code mergeInPlace}) and not thread-safe.
 */
public final class CountMinSketch {
  // Row hashes are linear maps a*x taken modulo this Mersenne prime.
  private static final long PRIME_MODULUS = (1L << 31) - 1;

  /** The serialized format; all numbers big-endian. */
  public enum Version {
    /**
     * Version 1: version number 1, total count (long), depth (int), width (int), the depth row
     * hash multipliers (longs), then the counters row by row (longs).
     */
    V1(1);

    private final int number;

    Version(int number) {
      this.number = number;
    }

    int getVersionNumber() {
      return number;
    }
  }

  private final int depth;
  private final int width;
  private final double eps;
  private final double confidence;
  private final long[] hashA;
  private final long[][] table;
  private long totalCount;

  private CountMinSketch(int depth, int width, double eps, double confidence, long[] hashA, long[][] table,
      long totalCount) {
    this.depth = depth;
    this.width = width;
    this.eps = eps;
    this.confidence = confidence;
    this.hashA = hashA;
    this.table = table;
    this.totalCount = totalCount;
  }

  // ---- factories

  /**
   * An empty sketch of {@code depth} rows and {@code width} columns; its relative error is
   * {@code 2 / width} and its confidence {@code 1 - 2^-depth}. The same seed gives the same row
   * hashes, which sketches must share to be merged.
   *
   * @throws IllegalArgumentException unless depth and width are positive
   */
  public static CountMinSketch create(int depth, int width, int seed) {
    if (depth <= 0 || width <= 0) {
      throw new IllegalArgumentException("Depth and width must both be positive, not " + depth + " and " + width);
    }
    return empty(depth, width, 2.0 / width, 1 - 1 / Math.pow(2, depth), seed);
  }

  /**
   * An empty sketch with relative error {@code eps} (width {@code ceil(2 / eps)}) and the given
   * confidence (depth {@code ceil(-log2(1 - confidence))}).
   *
   * @throws IllegalArgumentException unless eps is positive and confidence in (0, 1)
   */
  public static CountMinSketch create(double eps, double confidence, int seed) {
    if (!(eps > 0)) {
      throw new IllegalArgumentException("The relative error must be positive, not " + eps);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("The confidence must be in (0, 1), not " + confidence);
    }
    double width = Math.ceil(2 / eps);
    if (width > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("The relative error " + eps + " needs a sketch wider than 2^31 counters");
    }
    int depth = (int) Math.ceil(-Math.log(1 - confidence) / Math.log(2));
    return empty(depth, (int) width, eps, confidence, seed);
  }

  private static CountMinSketch empty(int depth, int width, double eps, double confidence, int seed) {
    // The multipliers come from java.util.Random, as in Spark, so a seed gives Spark's row hashes.
    Random random = new Random(seed);
    long[] hashA = new long[depth];
    for (int i = 0; i < depth; i++) {
      hashA[i] = random.nextInt(Integer.MAX_VALUE);
    }
    return new CountMinSketch(depth, width, eps, confidence, hashA, new long[depth][width], 0);
  }

  // ---- properties

  /** The relative error {@code eps}: estimates exceed true counts by at most eps times the total. */
  public double relativeError() {
    return eps;
  }

  /** The probability that an estimate is within the relative error. */
  public double confidence() {
    return confidence;
  }

  /** The number of rows (hash functions). */
  public int depth() {
    return depth;
  }

  /** The number of counters per row. */
  public int width() {
    return width;
  }

  /** The sum of all counts added (exact). */
  public long totalCount() {
    return totalCount;
  }

  // ---- add

  /**
   * Counts one occurrence of an item: a {@link String}, a {@code byte[]}, or a {@link Byte},
   * {@link Short}, {@link Integer} or {@link Long}.
   *
   * @throws IllegalArgumentException for another type or null
   */
  public void add(Object item) {
    add(item, 1);
  }

  /**
   * Counts {@code count} occurrences of an item.
   *
   * @throws IllegalArgumentException for a negative count, another type or null
   */
  public void add(Object item, long count) {
    if (item instanceof String s) {
      addString(s, count);
    } else if (item instanceof byte[] b) {
      addBinary(b, count);
    } else {
      addLong(Sketches.integralToLong(item), count);
    }
  }

  /** Counts one occurrence of a long (also the form of Byte, Short and Integer items). */
  public void addLong(long item) {
    addLong(item, 1);
  }

  /** Counts {@code count} (non-negative) occurrences of a long. */
  public void addLong(long item, long count) {
    checkCount(count);
    for (int i = 0; i < depth; i++) {
      table[i][longBucket(item, i)] += count;
    }
    totalCount += count;
  }

  /** Counts one occurrence of a string (its UTF-8 bytes). */
  public void addString(String item) {
    addString(item, 1);
  }

  /** Counts {@code count} (non-negative) occurrences of a string. */
  public void addString(String item, long count) {
    addBinary(Sketches.utf8(item), count);
  }

  /** Counts one occurrence of a byte array. */
  public void addBinary(byte[] item) {
    addBinary(item, 1);
  }

  /** Counts {@code count} (non-negative) occurrences of a byte array. */
  public void addBinary(byte[] item, long count) {
    checkCount(count);
    int[] buckets = binaryBuckets(item);
    for (int i = 0; i < depth; i++) {
      table[i][buckets[i]] += count;
    }
    totalCount += count;
  }

  private static void checkCount(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("Counts cannot be negative: " + count);
    }
  }

  // ---- query

  /**
   * The estimated number of occurrences of an item, never below the true count. Takes the same
   * types as {@link #add(Object)}.
   *
   * @throws IllegalArgumentException for another type or null
   */
  public long estimateCount(Object item) {
    long min = Long.MAX_VALUE;
    if (item instanceof String || item instanceof byte[]) {
      int[] buckets = binaryBuckets(item instanceof String s ? Sketches.utf8(s) : (byte[]) item);
      for (int i = 0; i < depth; i++) {
        min = Math.min(min, table[i][buckets[i]]);
      }
    } else {
      long value = Sketches.integralToLong(item);
      for (int i = 0; i < depth; i++) {
        min = Math.min(min, table[i][longBucket(value, i)]);
      }
    }
    return min;
  }

  private int longBucket(long item, int row) {
    long hash = hashA[row] * item;
    // hash mod 2^31-1 without a division: fold the high half onto the low half.
    hash += hash >> 32;
    hash &= PRIME_MODULUS;
    return ((int) hash) % width;
  }

  private int[] binaryBuckets(byte[] item) {
    int h1 = Murmur3.hashBytes(item, 0);
    int h2 = Murmur3.hashBytes(item, h1);
    int[] buckets = new int[depth];
    for (int i = 0; i < depth; i++) {
      buckets[i] = Math.abs((h1 + i * h2) % width);
    }
    return buckets;
  }

  // ---- combine

  /**
   * Adds every count of {@code other} to this sketch; {@code other} is unchanged.
   *
   * @return this sketch
   * @throws IncompatibleMergeException unless both have the same depth, width and seed
   */
  public CountMinSketch mergeInPlace(CountMinSketch other) throws IncompatibleMergeException {
    if (other == null) {
      throw new IncompatibleMergeException("Cannot merge a null Count-min sketch");
    } else if (other.depth != depth || other.width != width) {
      throw new IncompatibleMergeException("Cannot merge Count-min sketches of different shapes: " + depth + "x"
          + width + " and " + other.depth + "x" + other.width);
    } else if (!Arrays.equals(other.hashA, hashA)) {
      throw new IncompatibleMergeException("Cannot merge Count-min sketches built with different seeds");
    }
    for (int i = 0; i < depth; i++) {
      for (int j = 0; j < width; j++) {
        table[i][j] += other.table[i][j];
      }
    }
    totalCount += other.totalCount;
    return this;
  }

  // ---- serialization

  /** Writes the sketch in format {@link Version#V1}; the caller closes the stream. */
  public void writeTo(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(Version.V1.getVersionNumber());
    data.writeLong(totalCount);
    data.writeInt(depth);
    data.writeInt(width);
    for (long a : hashA) {
      data.writeLong(a);
    }
    for (long[] row : table) {
      for (long c : row) {
        data.writeLong(c);
      }
    }
    data.flush();
  }

  /** The sketch serialized as by {@link #writeTo(OutputStream)}. */
  public byte[] toByteArray() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(20 + 8 * depth + 8 * depth * width);
    writeTo(out);
    return out.toByteArray();
  }

  /**
   * Reads a sketch, consuming exactly its bytes; the caller closes the stream. Its relative error
   * and confidence are derived from its width and depth.
   *
   * @throws IOException if the stream ends early or does not hold a Count-min sketch
   */
  public static CountMinSketch readFrom(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    int number = data.readInt();
    if (number != Version.V1.getVersionNumber()) {
      throw new IOException("Not a Count-min sketch of a known format: version number " + number);
    }
    long totalCount = data.readLong();
    int depth = data.readInt();
    int width = data.readInt();
    if (depth <= 0 || width <= 0) {
      throw new IOException("Corrupt Count-min sketch: depth " + depth + ", width " + width);
    }
    long[] hashA = new long[depth];
    for (int i = 0; i < depth; i++) {
      hashA[i] = data.readLong();
    }
    // Rows are allocated as they are read so that a truncated stream fails before a huge allocation.
    long[][] table = new long[depth][];
    for (int i = 0; i < depth; i++) {
      long[] row = new long[width];
      for (int j = 0; j < width; j++) {
        row[j] = data.readLong();
      }
      table[i] = row;
    }
    return new CountMinSketch(depth, width, 2.0 / width, 1 - 1 / Math.pow(2, depth), hashA, table, totalCount);
  }

  /**
   * Reads a sketch from exactly these bytes (for instance the result of the server's
   * {@code count_min_sketch}).
   *
   * @throws IOException if the bytes are not exactly one Count-min sketch
   */
  public static CountMinSketch readFrom(byte[] bytes) throws IOException {
    // Check the size the header announces first, so corrupt bytes fail before a huge allocation.
    if (bytes.length >= 20) {
      ByteBuffer header = ByteBuffer.wrap(bytes);
      long depth = header.getInt(12);
      long width = header.getInt(16);
      if (depth > 0 && width > 0 && bytes.length != 20 + 8 * depth + 8 * depth * width) {
        throw new IOException("Corrupt Count-min sketch: " + bytes.length + " bytes for depth " + depth
            + " and width " + width);
      }
    }
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    CountMinSketch sketch = readFrom(in);
    if (in.available() > 0) {
      throw new IOException("Corrupt Count-min sketch: " + in.available() + " bytes after its end");
    }
    return sketch;
  }

  // ---- value semantics

  /** Equal when shape, seed (row hashes), total and every counter are the same. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CountMinSketch other && other.depth == depth && other.width == width
        && other.totalCount == totalCount && Arrays.equals(other.hashA, hashA) && Arrays.deepEquals(other.table, table);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * depth + width) + Long.hashCode(totalCount)) + Arrays.deepHashCode(table);
  }

  /** The shape and total, not the counters. */
  @Override
  public String toString() {
    return "CountMinSketch(depth=" + depth + ", width=" + width + ", eps=" + eps + ", confidence=" + confidence
        + ", totalCount=" + totalCount + ")";
  }
}
