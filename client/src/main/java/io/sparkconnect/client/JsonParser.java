package io.sparkconnect.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal JSON parser used internally (schemas, metadata). Not part of the public API.
 *
 * <p>Objects become {@link LinkedHashMap} (key order preserved), arrays {@link ArrayList},
 * strings {@link String}, {@code true}/{@code false} {@link Boolean}, {@code null} Java
 * {@code null}, integral numbers {@link Long} (or {@link java.math.BigInteger} when too large)
 * and other numbers {@link Double}.
 *
 * <p>Stateless and thread-safe: every call works on its own cursor.
 */
public final class JsonParser {
  private final String text;
  private int pos;

  private JsonParser(String text) {
    this.text = text;
  }

  /**
   * Parses a complete JSON document.
   *
   * @param json the JSON text
   * @return the parsed value (see class docs for the Java representation)
   * @throws IllegalArgumentException if the text is not valid JSON
   */
  public static Object parse(String json) {
    if (json == null) {
      throw new IllegalArgumentException("JSON text is null");
    }
    JsonParser p = new JsonParser(json);
    p.skipWs();
    Object v = p.readValue();
    p.skipWs();
    if (p.pos != p.text.length()) {
      throw p.error("unexpected trailing characters");
    }
    return v;
  }

  private IllegalArgumentException error(String msg) {
    return new IllegalArgumentException("Invalid JSON at position " + pos + ": " + msg);
  }

  private void skipWs() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else {
        break;
      }
    }
  }

  private Object readValue() {
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return readObject();
      case '[':
        return readArray();
      case '"':
        return readString();
      case 't':
        expectWord("true");
        return Boolean.TRUE;
      case 'f':
        expectWord("false");
        return Boolean.FALSE;
      case 'n':
        expectWord("null");
        return null;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return readNumber();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private void expectWord(String w) {
    if (!text.startsWith(w, pos)) {
      throw error("expected " + w);
    }
    pos += w.length();
  }

  private Map<String, Object> readObject() {
    pos++; // {
    Map<String, Object> map = new LinkedHashMap<>();
    skipWs();
    if (pos < text.length() && text.charAt(pos) == '}') {
      pos++;
      return map;
    }
    while (true) {
      skipWs();
      if (pos >= text.length() || text.charAt(pos) != '"') {
        throw error("expected object key");
      }
      String key = readString();
      skipWs();
      if (pos >= text.length() || text.charAt(pos) != ':') {
        throw error("expected ':'");
      }
      pos++;
      skipWs();
      map.put(key, readValue());
      skipWs();
      if (pos >= text.length()) {
        throw error("unterminated object");
      }
      char c = text.charAt(pos++);
      if (c == '}') {
        return map;
      }
      if (c != ',') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> readArray() {
    pos++; // [
    List<Object> list = new ArrayList<>();
    skipWs();
    if (pos < text.length() && text.charAt(pos) == ']') {
      pos++;
      return list;
    }
    while (true) {
      skipWs();
      list.add(readValue());
      skipWs();
      if (pos >= text.length()) {
        throw error("unterminated array");
      }
      char c = text.charAt(pos++);
      if (c == ']') {
        return list;
      }
      if (c != ',') {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String readString() {
    pos++; // opening quote
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("unterminated escape");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"': sb.append('"'); break;
        case '\\': sb.append('\\'); break;
        case '/': sb.append('/'); break;
        case 'b': sb.append('\b'); break;
        case 'f': sb.append('\f'); break;
        case 'n': sb.append('\n'); break;
        case 'r': sb.append('\r'); break;
        case 't': sb.append('\t'); break;
        case 'u':
          if (pos + 4 > text.length()) {
            throw error("bad unicode escape");
          }
          try {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad unicode escape");
          }
          pos += 4;
          break;
        default:
          throw error("bad escape '\\" + e + "'");
      }
    }
  }

  private Object readNumber() {
    int start = pos;
    boolean integral = true;
    if (text.charAt(pos) == '-') {
      pos++;
    }
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c >= '0' && c <= '9') {
        pos++;
      } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
        integral = false;
        pos++;
      } else {
        break;
      }
    }
    String s = text.substring(start, pos);
    try {
      if (integral) {
        BigDecimal bd = new BigDecimal(s);
        try {
          return bd.longValueExact();
        } catch (ArithmeticException tooBig) {
          return bd.toBigIntegerExact();
        }
      }
      return Double.parseDouble(s);
    } catch (NumberFormatException ex) {
      throw error("bad number '" + s + "'");
    }
  }
}
