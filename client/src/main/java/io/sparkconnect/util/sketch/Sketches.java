package io.sparkconnect.util.sketch;

import java.nio.charset.StandardCharsets;

/** Item conversions shared by the sketches, matching the types Spark's sketches accept. */
final class Sketches {
  private Sketches() {}

  /** The item as a long: Byte, Short, Integer and Long are widened; anything else is refused. */
  static long integralToLong(Object item) {
    if (item instanceof Long l) {
      return l;
    } else if (item instanceof Integer i) {
      return i;
    } else if (item instanceof Short s) {
      return s;
    } else if (item instanceof Byte b) {
      return b;
    }
    throw new IllegalArgumentException("Sketches take String, byte[], Byte, Short, Integer or Long items, not "
        + (item == null ? "null" : item.getClass().getName()));
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
