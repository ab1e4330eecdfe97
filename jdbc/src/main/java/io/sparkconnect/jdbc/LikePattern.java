package io.sparkconnect.jdbc;

import java.util.regex.Pattern;

/**
 * A JDBC metadata pattern: {@code %} any characters, {@code _} one character, {@code \} escaping
 * the next character (the driver's search string escape); {@code null} matches everything.
 * Matching is case-insensitive, as Spark's identifiers are.
 */
final class LikePattern {
  private final Pattern regex;

  private LikePattern(Pattern regex) {
    this.regex = regex;
  }

  static LikePattern of(String pattern) {
    if (pattern == null || pattern.equals("%")) {
      return new LikePattern(null);
    }
    StringBuilder r = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        r.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        r.append(".*");
      } else if (c == '_') {
        r.append('.');
      } else {
        r.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new LikePattern(Pattern.compile(r.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
        | Pattern.DOTALL));
  }

  boolean matches(String s) {
    return regex == null || (s != null && regex.matcher(s).matches());
  }

  /** Whether the pattern names exactly one string (no wildcard), which it then is. */
  static String literal(String pattern) {
    if (pattern == null) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        s.append(pattern.charAt(++i));
      } else if (c == '%' || c == '_') {
        return null;
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }
}
