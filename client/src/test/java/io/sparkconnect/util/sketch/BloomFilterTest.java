package io.sparkconnect.util.sketch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BloomFilterTest {
  // Serialized by Spark servers: bloom_filter_agg over range(0, 20) with 20 items and 256 bits,
  // by 4.2.0 (format 2) and 4.0.1 (format 1).
  private static final String SERVER_V2_LONGS = "00000002000000090000000000000004c9d710d7234dfc3655ee76931d1ca8c5d47e1a377ae56575e90534b317ddbc42";
  private static final String SERVER_V1_LONGS = "0000000100000009000000045385b5f12119901ad4dc70be0f38106787529fef1ff930824eb91641f35eda43";
  // The same over the strings a, bc, def, ghij, klmno, é with 6 items and 128 bits.
  private static final String SERVER_V2_STRINGS = "000000020000000f000000000000000254ca52e668d166e4c5aacdc9f2e441d3";
  private static final String SERVER_V1_STRINGS = "000000010000000f0000000297746e642ec4832863dd1d672a6626e4";
  private static final String[] STRINGS = {"a", "bc", "def", "ghij", "klmno", "é"};

  @Test
  void buildsTheServersFiltersBitForBit() throws IOException {
    for (BloomFilter.Version v : BloomFilter.Version.values()) {
      BloomFilter longs = BloomFilter.create(v, 20, 256, 0);
      for (long i = 0; i < 20; i++) {
        longs.putLong(i);
      }
      assertEquals(v == BloomFilter.Version.V2 ? SERVER_V2_LONGS : SERVER_V1_LONGS, hex(longs));
      BloomFilter strings = BloomFilter.create(v, 6, 128, 0);
      for (String s : STRINGS) {
        strings.putString(s);
      }
      assertEquals(v == BloomFilter.Version.V2 ? SERVER_V2_STRINGS : SERVER_V1_STRINGS, hex(strings));
    }
  }

  @Test
  void readsTheServersFilters() throws IOException {
    for (String bytes : new String[] {SERVER_V2_LONGS, SERVER_V1_LONGS}) {
      BloomFilter f = BloomFilter.readFrom(HexFormat.of().parseHex(bytes));
      assertEquals(256, f.bitSize());
      for (long i = 0; i < 20; i++) {
        assertTrue(f.mightContainLong(i));
        assertTrue(f.mightContain((int) i), "ints are the same items as longs");
        assertTrue(f.mightContain((short) i));
        assertTrue(f.mightContain((byte) i));
      }
      assertEquals(bytes, hex(f));
    }
    for (String bytes : new String[] {SERVER_V2_STRINGS, SERVER_V1_STRINGS}) {
      BloomFilter f = BloomFilter.readFrom(HexFormat.of().parseHex(bytes));
      for (String s : STRINGS) {
        assertTrue(f.mightContainString(s));
        assertTrue(f.mightContain(s));
        assertTrue(f.mightContainBinary(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      }
    }
  }

  @Test
  void roundTripsThroughStreamsInBothFormats() throws IOException {
    for (BloomFilter.Version v : BloomFilter.Version.values()) {
      BloomFilter f = BloomFilter.create(v, 1000, 8000, 17);
      for (int i = 0; i < 1000; i++) {
        f.put(i % 3 == 0 ? "s" + i : i % 3 == 1 ? (Object) (long) i : new byte[] {(byte) i, 1});
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      f.writeTo(out);
      out.write(new byte[] {9, 9});
      ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
      BloomFilter back = BloomFilter.readFrom(in);
      assertEquals(2, in.available(), "reads exactly the filter's bytes");
      assertEquals(f, back);
      assertEquals(f.hashCode(), back.hashCode());
      assertEquals(v, back.version());
      assertEquals(v == BloomFilter.Version.V1 ? 0 : 17, seedOf(back));
      assertEquals(f.cardinality(), back.cardinality());
      assertEquals(f.expectedFpp(), back.expectedFpp());
      assertTrue(back.mightContain("s3") && back.mightContain(4L) && back.mightContain(new byte[] {5, 1}));
    }
  }

  private static int seedOf(BloomFilter f) throws IOException {
    byte[] b = HexFormat.of().parseHex(hex(f));
    return f.version() == BloomFilter.Version.V2 ? java.nio.ByteBuffer.wrap(b).getInt(8) : 0;
  }

  @Test
  void hasNoFalseNegativesAndAboutTheRequestedFalsePositiveRate() {
    BloomFilter f = BloomFilter.create(10_000, 0.01);
    assertEquals(BloomFilter.optimalNumOfBits(10_000, 0.01), 95_850);
    assertEquals(95_872, f.bitSize(), "rounded up to whole 64-bit words");
    for (long i = 0; i < 10_000; i++) {
      f.putLong(i);
    }
    int falsePositives = 0;
    for (long i = 0; i < 10_000; i++) {
      assertTrue(f.mightContainLong(i));
      falsePositives += f.mightContainLong(10_000 + i) ? 1 : 0;
    }
    assertTrue(falsePositives < 200, falsePositives + " false positives");
    assertEquals(0.01, f.expectedFpp(), 0.003);
    assertFalse(f.putLong(5), "a second put changes no bit");
  }

  @Test
  void mergesAndIntersectsCompatibleFilters() throws IncompatibleMergeException {
    BloomFilter a = BloomFilter.create(100, 0.03);
    BloomFilter b = BloomFilter.create(100, 0.03);
    a.putString("left");
    b.putString("right");
    BloomFilter union = BloomFilter.create(100, 0.03);
    union.mergeInPlace(a).mergeInPlace(b);
    assertTrue(union.mightContain("left") && union.mightContain("right"));
    assertTrue(a.isCompatible(b));
    union.intersectInPlace(a);
    assertEquals(a, union);
    assertFalse(b.mightContain("left"), "the argument is unchanged");
  }

  @Test
  void refusesIncompatibleMerges() {
    BloomFilter a = BloomFilter.create(100, 6400);
    assertFalse(a.isCompatible(null));
    for (BloomFilter other : new BloomFilter[] {BloomFilter.create(100, 12800), BloomFilter.create(200, 6400),
        BloomFilter.create(100, 6400, 1), BloomFilter.create(BloomFilter.Version.V1, 100, 6400, 0)}) {
      assertFalse(a.isCompatible(other));
      assertThrows(IncompatibleMergeException.class, () -> a.mergeInPlace(other));
      assertThrows(IncompatibleMergeException.class, () -> a.intersectInPlace(other));
    }
    assertThrows(IncompatibleMergeException.class, () -> a.mergeInPlace(null));
  }

  @Test
  void rejectsBadArgumentsAndItems() {
    assertThrows(IllegalArgumentException.class, () -> BloomFilter.create(100, 0.0));
    assertThrows(IllegalArgumentException.class, () -> BloomFilter.create(100, 1.0));
    assertThrows(IllegalArgumentException.class, () -> BloomFilter.create(0, 0.5));
    assertThrows(IllegalArgumentException.class, () -> BloomFilter.create(10, 0L));
    BloomFilter f = BloomFilter.create(10);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.put(1.5));
    assertTrue(e.getMessage().contains("java.lang.Double"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> f.mightContain(null));
  }

  @Test
  void rejectsCorruptBytes() {
    byte[] good = HexFormat.of().parseHex(SERVER_V2_LONGS);
    byte[] unknownVersion = good.clone();
    unknownVersion[3] = 3;
    assertThrows(IOException.class, () -> BloomFilter.readFrom(unknownVersion));
    assertThrows(IOException.class, () -> BloomFilter.readFrom(Arrays.copyOf(good, good.length - 1)));
    assertThrows(IOException.class, () -> BloomFilter.readFrom(Arrays.copyOf(good, good.length + 8)));
    byte[] hugeCount = good.clone();
    hugeCount[12] = 0x7f;
    assertThrows(IOException.class, () -> BloomFilter.readFrom(hugeCount));
    assertThrows(IOException.class,
        () -> BloomFilter.readFrom(new ByteArrayInputStream(Arrays.copyOf(good, good.length - 1))));
  }

  @Test
  void sizesLikeSpark() {
    assertEquals(9585, BloomFilter.optimalNumOfBits(1000, 0.01));
    // The runtime-filter rule: 3% at the maximum, proportionally less below it, capped in bits.
    assertEquals(BloomFilter.optimalNumOfBits(1_000_000, 0.0075), BloomFilter.optimalNumOfBits(1_000_000, 4_000_000, Long.MAX_VALUE));
    assertEquals(BloomFilter.optimalNumOfBits(4_000_000, 0.03), BloomFilter.optimalNumOfBits(4_000_000, 4_000_000, 67_108_864));
    assertEquals(1_000_000, BloomFilter.optimalNumOfBits(4_000_000, 4_000_000, 1_000_000));
    assertNotEquals(BloomFilter.create(1000, 0.01), BloomFilter.create(1000, 0.03));
  }

  private static String hex(BloomFilter f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.writeTo(out);
    return HexFormat.of().formatHex(out.toByteArray());
  }

  @Test
  void writesTheDocumentedLayout() throws IOException {
    BloomFilter f = BloomFilter.create(BloomFilter.Version.V2, 1, 64, 5);
    f.putLong(1);
    byte[] b = HexFormat.of().parseHex(hex(f));
    assertEquals(4 + 4 + 4 + 4 + 8, b.length);
    assertArrayEquals(new byte[] {0, 0, 0, 2}, Arrays.copyOf(b, 4));
  }
}
