package io.sparkconnect.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void parsesAllValueKinds() {
    Object v = JsonParser.parse(
        " {\"s\":\"a\\\"b\\\\c\\n\\u00e9\\/\",\"i\":-12,\"d\":1.5e2,\"t\":true,\"f\":false,"
            + "\"n\":null,\"a\":[1,[],{}],\"big\":123456789012345678901234567890} ");
    Map<?, ?> m = (Map<?, ?>) v;
    assertEquals("a\"b\\c\n\u00e9/", m.get("s"));
    assertEquals(-12L, m.get("i"));
    assertEquals(150.0, m.get("d"));
    assertEquals(true, m.get("t"));
    assertEquals(false, m.get("f"));
    assertNull(m.get("n"));
    assertEquals(Arrays.asList(1L, List.of(), Map.of()), m.get("a"));
    assertEquals(new BigInteger("123456789012345678901234567890"), m.get("big"));
    assertEquals(List.of("s", "i", "d", "t", "f", "n", "a", "big"), List.copyOf(m.keySet()));
  }

  @Test
  void rejectsInvalidJson() {
    for (String bad : new String[] {"", "{", "[1,", "{\"a\" 1}", "tru", "\"abc", "1 2", "{1:2}",
        "\"\\x\""}) {
      assertThrows(IllegalArgumentException.class, () -> JsonParser.parse(bad), bad);
    }
  }

  @Test
  void writesCompactAndPretty() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", 1L);
    m.put("b", Arrays.asList("x", null, true));
    m.put("c", new LinkedHashMap<>());
    m.put("d", List.of());
    m.put("e", "tab\there\u0001");
    assertEquals("{\"a\":1,\"b\":[\"x\",null,true],\"c\":{},\"d\":[],"
        + "\"e\":\"tab\\there\\u0001\"}", JsonWriter.compact(m));
    assertEquals("{\n  \"a\" : 1,\n  \"b\" : [ \"x\", null, true ],\n  \"c\" : { },\n"
        + "  \"d\" : [ ],\n  \"e\" : \"tab\\there\\u0001\"\n}", JsonWriter.pretty(m));
    assertEquals(m, JsonParser.parse(JsonWriter.pretty(m)));
  }
}
