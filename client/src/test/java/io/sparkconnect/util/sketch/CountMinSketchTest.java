package io.sparkconnect.util.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CountMinSketchTest {
  // From Spark servers (4.2.0, 4.0.1 and 3.5.7 agree):
  // SELECT count_min_sketch(col, 0.5d, 0.5d, 1) FROM VALUES (1), (2), (1) AS tab(col)
  private static final String SERVER_INTS =
      "0000000100000000000000030000000100000004000000005d8d6ab90000000000000000000000000000000200000000000000010000000000000000";
  // SELECT count_min_sketch(col, 0.4d, 0.8d, 7) FROM VALUES ('x'), ('yz'), ('x'), ('ü') AS tab(col)
  private static final String SERVER_STRINGS = "0000000100000000000000040000000300000005000000005d878bcc0000000051bb9a0c"
      + "000000005fe4ca2d000000000000000000000000000000000000000000000003000000000000000000000000000000010000000000000000"
      + "000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000003000000000000000000"
      + "000000000000010000000000000000";

  @Test
  void buildsTheServersSketchesBitForBit() throws IOException {
    CountMinSketch ints = CountMinSketch.create(0.5, 0.5, 1);
    ints.add(1);
    ints.add(2L);
    ints.add((short) 1);
    assertEquals(SERVER_INTS, HexFormat.of().formatHex(ints.toByteArray()));
    CountMinSketch strings = CountMinSketch.create(0.4, 0.8, 7);
    strings.add("x");
    strings.addString("yz");
    strings.addBinary("x".getBytes(StandardCharsets.UTF_8));
    strings.add("ü");
    assertEquals(SERVER_STRINGS, HexFormat.of().formatHex(strings.toByteArray()));
  }

  @Test
  void readsTheServersSketch() throws IOException {
    CountMinSketch s = CountMinSketch.readFrom(HexFormat.of().parseHex(SERVER_STRINGS));
    assertEquals(4, s.totalCount());
    assertEquals(3, s.depth());
    assertEquals(5, s.width());
    assertEquals(0.4, s.relativeError());
    assertEquals(0.875, s.confidence(), "derived from the depth, as in Spark");
    // Five counters per row: estimates may exceed the true counts, never undercut them.
    assertTrue(s.estimateCount("x") >= 2);
    assertTrue(s.estimateCount("yz") >= 1);
    assertTrue(s.estimateCount("ü".getBytes(StandardCharsets.UTF_8)) >= 1);
    assertTrue(s.estimateCount("x") <= s.totalCount());
  }

  @Test
  void estimatesWithinTheBound() throws IOException {
    CountMinSketch s = CountMinSketch.create(0.001, 0.99, 42);
    assertEquals(2000, s.width());
    assertEquals(7, s.depth());
    long total = 0;
    for (int v = 1; v <= 300; v++) {
      s.addLong(v, v);
      s.addString("k" + v, 2);
      total += 3L * v;
      total += 2 - 2L * v;
    }
    assertEquals(total, s.totalCount());
    for (int v = 1; v <= 300; v++) {
      long estimate = s.estimateCount(v);
      assertTrue(estimate >= v && estimate <= v + 0.001 * total, v + ": " + estimate);
      assertTrue(s.estimateCount("k" + v) >= 2);
    }
    CountMinSketch back = CountMinSketch.readFrom(new ByteArrayInputStream(s.toByteArray()));
    assertEquals(s, back);
    assertEquals(s.hashCode(), back.hashCode());
  }

  @Test
  void mergesSketchesOfTheSameShapeAndSeed() throws Exception {
    CountMinSketch a = CountMinSketch.create(4, 64, 3);
    CountMinSketch b = CountMinSketch.create(4, 64, 3);
    a.add("p", 5);
    b.add("p", 7);
    b.add(9);
    assertEquals(a, a.mergeInPlace(b));
    assertEquals(13, a.totalCount());
    assertTrue(a.estimateCount("p") >= 12);
    assertEquals(0.5 / 16, a.relativeError());
    assertEquals(1 - 1.0 / 16, a.confidence());
    assertThrows(IncompatibleMergeException.class, () -> a.mergeInPlace(CountMinSketch.create(4, 64, 4)));
    assertThrows(IncompatibleMergeException.class, () -> a.mergeInPlace(CountMinSketch.create(5, 64, 3)));
    assertThrows(IncompatibleMergeException.class, () -> a.mergeInPlace(null));
  }

  @Test
  void rejectsBadArgumentsAndCorruptBytes() {
    assertThrows(IllegalArgumentException.class, () -> CountMinSketch.create(0, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> CountMinSketch.create(0.0, 0.5, 1));
    assertThrows(IllegalArgumentException.class, () -> CountMinSketch.create(0.1, 1.0, 1));
    assertThrows(IllegalArgumentException.class, () -> CountMinSketch.create(1e-12, 0.5, 1));
    CountMinSketch s = CountMinSketch.create(2, 2, 0);
    assertThrows(IllegalArgumentException.class, () -> s.add(1.5));
    assertThrows(IllegalArgumentException.class, () -> s.addLong(1, -1));
    assertThrows(IllegalArgumentException.class, () -> s.estimateCount(null));
    byte[] good = HexFormat.of().parseHex(SERVER_INTS);
    byte[] badVersion = good.clone();
    badVersion[3] = 2;
    assertThrows(IOException.class, () -> CountMinSketch.readFrom(badVersion));
    assertThrows(IOException.class, () -> CountMinSketch.readFrom(Arrays.copyOf(good, good.length - 1)));
    byte[] hugeWidth = good.clone();
    hugeWidth[16] = 0x7f;
    assertThrows(IOException.class, () -> CountMinSketch.readFrom(hugeWidth));
  }

  @Test
  void writeToAndToByteArrayAgree() throws IOException {
    CountMinSketch s = CountMinSketch.create(3, 10, 5);
    s.add("a");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    s.writeTo(out);
    assertEquals(HexFormat.of().formatHex(s.toByteArray()), HexFormat.of().formatHex(out.toByteArray()));
    assertEquals(20 + 8 * 3 + 8 * 3 * 10, out.size());
  }
}
