package io.sparkconnect.util.sketch;

/**
 * 32-bit MurmurHash3 (x86 variant) as Spark computes it. Spark deviates from the reference
 * algorithm for inputs whose length is not a multiple of four: each trailing byte is mixed in as a
 * separate sign-extended block instead of being packed into one final block, and sketches depend
 * on that exact value, so the same deviation is kept here.
 */
final class Murmur3 {
  private static final int C1 = 0xcc9e2d51;
  private static final int C2 = 0x1b873593;

  private Murmur3() {}

  /** The hash of a 4-byte int. */
  static int hashInt(int input, int seed) {
    return finish(mixH1(seed, mixK1(input)), 4);
  }

  /** The hash of an 8-byte long, low word first. */
  static int hashLong(long input, int seed) {
    int h1 = mixH1(seed, mixK1((int) input));
    h1 = mixH1(h1, mixK1((int) (input >>> 32)));
    return finish(h1, 8);
  }

  /** The hash of a byte array, read as little-endian ints, with Spark's handling of the tail. */
  static int hashBytes(byte[] bytes, int seed) {
    int length = bytes.length;
    int aligned = length - length % 4;
    int h1 = seed;
    for (int i = 0; i < aligned; i += 4) {
      int word = (bytes[i] & 0xff) | (bytes[i + 1] & 0xff) << 8 | (bytes[i + 2] & 0xff) << 16
          | (bytes[i + 3] & 0xff) << 24;
      h1 = mixH1(h1, mixK1(word));
    }
    for (int i = aligned; i < length; i++) {
      h1 = mixH1(h1, mixK1(bytes[i]));
    }
    return finish(h1, length);
  }

  private static int mixK1(int k1) {
    return Integer.rotateLeft(k1 * C1, 15) * C2;
  }

  private static int mixH1(int h1, int k1) {
    return Integer.rotateLeft(h1 ^ k1, 13) * 5 + 0xe6546b64;
  }

  private static int finish(int h1, int length) {
    h1 ^= length;
    h1 ^= h1 >>> 16;
    h1 *= 0x85ebca6b;
    h1 ^= h1 >>> 13;
    h1 *= 0xc2b2ae35;
    h1 ^= h1 >>> 16;
    return h1;
  }
}
