package io.sparkconnect.sql.types;

/** Identifier and literal quoting for DDL/SQL strings. Stateless and thread-safe. */
final class Quoting {
  private Quoting() {}

  /**
   * Back-quotes an identifier unless it consists only of letters, digits and underscores (and is
   * not all digits).
   */
  static String quoteIfNeeded(String name) {
    if (name.matches("[a-zA-Z0-9_]+") && !name.matches("\\d+")) {
      return name;
    }
    return "`" + name.replace("`", "``") + "`";
  }

  /** Escapes a string for use inside single quotes (backslash and quote get a backslash). */
  static String escapeSingleQuoted(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Makes control characters in a field name visible for tree output. */
  static String escapeMetaCharacters(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        case '\f': sb.append("\\f"); break;
        case '\b': sb.append("\\b"); break;
        case '\u000B': sb.append("\\v"); break;
        case '\u0007': sb.append("\\a"); break;
        default: sb.append(c);
      }
    }
    return sb.toString();
  }
}
