package io.sparkconnect.util.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Known values of Spark's Murmur3, taken from a Spark 4.2.0 / 4.0.1 / 3.5.7 server: SQL
 * {@code hash(x)} is this hash with seed 42 (ints and longs as such, strings and binaries as
 * bytes).
 */
class Murmur3Test {
  private static final int SEED = 42;

  @Test
  void intsMatchServerHash() {
    assertEquals(933211791, Murmur3.hashInt(0, SEED));
    assertEquals(-559580957, Murmur3.hashInt(1, SEED));
    assertEquals(-1604776387, Murmur3.hashInt(-1, SEED));
    assertEquals(133916647, Murmur3.hashInt(Integer.MAX_VALUE, SEED));
  }

  @Test
  void longsMatchServerHash() {
    assertEquals(-1670924195, Murmur3.hashLong(0L, SEED));
    assertEquals(-1712319331, Murmur3.hashLong(1L, SEED));
    assertEquals(-939490007, Murmur3.hashLong(-1L, SEED));
    assertEquals(-1604625029, Murmur3.hashLong(Long.MAX_VALUE, SEED));
  }

  @Test
  void bytesMatchServerHashForEveryTailLength() {
    assertEquals(142593372, utf8(""));
    assertEquals(1485273170, utf8("a"));
    assertEquals(-97053317, utf8("ab"));
    assertEquals(1322437556, utf8("abc"));
    assertEquals(-396302900, utf8("abcd"));
    assertEquals(814637928, utf8("abcde"));
    assertEquals(-281075962, utf8("héllo wörld"));
    // Tail bytes with the sign bit set are mixed in sign-extended.
    assertEquals(-577813652, Murmur3.hashBytes(HexFormat.of().parseHex("ff80"), SEED));
    assertEquals(-499588500, Murmur3.hashBytes(HexFormat.of().parseHex("0102030405060708090a"), SEED));
  }

  private static int utf8(String s) {
    return Murmur3.hashBytes(s.getBytes(StandardCharsets.UTF_8), SEED);
  }
}
