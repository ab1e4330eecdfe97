package io.sparkconnect.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the driver needs to know of SQL text without parsing it as Spark does: where the {@code ?}
 * markers are (outside quotes and comments), the first keyword, and the shape
 * {@code INSERT INTO t [(cols)] VALUES (...), (...)} that batches turn into one upload.
 */
final class SqlText {
  private static final Pattern INSERT = Pattern.compile(
      "(?is)\\s*INSERT\\s+(INTO|OVERWRITE)\\s+(?:TABLE\\s+)?((?:`[^`]*`|[\\w$]+)(?:\\s*\\.\\s*(?:`[^`]*`|[\\w$]+))*)"
      + "\\s*(\\([^()]*\\))?\\s*VALUES\\s*");

  private SqlText() {}

  /**
   * Offsets of the {@code ?} markers outside string literals, quoted identifiers and comments.
   * Spark reads {@code ?} the same way; this only counts them.
   */
  static List<Integer> markers(String sql) {
    List<Integer> out = new ArrayList<>();
    int n = sql.length();
    for (int i = 0; i < n; i++) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(sql, i, c);
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 1;
      } else if (c == '?') {
        out.add(i);
      }
    }
    return out;
  }

  /** The index of the closing quote of the literal opened at {@code start} (or the end of the text). */
  private static int skipQuoted(String sql, int start, char quote) {
    int n = sql.length();
    for (int i = start + 1; i < n; i++) {
      char c = sql.charAt(i);
      if (c == '\\' && quote != '`') {
        i++;
      } else if (c == quote) {
        if (i + 1 < n && sql.charAt(i + 1) == quote) {
          i++;
        } else {
          return i;
        }
      }
    }
    return n;
  }

  /** The first word of the statement (after comments and parentheses), upper case, or {@code ""}. */
  static String firstKeyword(String sql) {
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c) || c == '(') {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        break;
      }
    }
    int start = i;
    while (i < n && Character.isLetter(sql.charAt(i))) {
      i++;
    }
    return sql.substring(start, i).toUpperCase(Locale.ROOT);
  }

  /** Whether the statement is a query (its result is rows, never an update count). */
  static boolean isQuery(String sql) {
    String k = firstKeyword(sql);
    return k.equals("SELECT") || k.equals("WITH") || k.equals("VALUES") || k.equals("FROM") || k.equals("TABLE");
  }

  /**
   * {@code INSERT INTO|OVERWRITE [TABLE] name [(columns)] VALUES (...), ...}, split: the head up
   * to {@code VALUES}, and each row's expressions as text.
   */
  record InsertValues(String mode, String table, String columns, List<List<String>> rows) {}

  static InsertValues insertValues(String sql) {
    Matcher m = INSERT.matcher(sql);
    if (!m.lookingAt()) {
      return null;
    }
    List<List<String>> rows = new ArrayList<>();
    int i = m.end();
    int n = sql.length();
    while (true) {
      i = skipSpace(sql, i);
      if (i >= n || sql.charAt(i) != '(') {
        return null;
      }
      List<String> row = new ArrayList<>();
      int depth = 0;
      int itemStart = i + 1;
      int j = i;
      for (; j < n; j++) {
        char c = sql.charAt(j);
        if (c == '\'' || c == '"' || c == '`') {
          j = skipQuoted(sql, j, c);
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
          if (depth == 0) {
            row.add(sql.substring(itemStart, j).trim());
            break;
          }
        } else if (c == ',' && depth == 1) {
          row.add(sql.substring(itemStart, j).trim());
          itemStart = j + 1;
        }
      }
      if (j >= n) {
        return null;
      }
      rows.add(row);
      i = skipSpace(sql, j + 1);
      if (i < n && sql.charAt(i) == ',') {
        i++;
        continue;
      }
      if (i < n && sql.charAt(i) == ';') {
        i = skipSpace(sql, i + 1);
      }
      if (i != n) {
        return null;
      }
      return new InsertValues(m.group(1).toUpperCase(Locale.ROOT), m.group(2), m.group(3), rows);
    }
  }

  private static int skipSpace(String sql, int i) {
    while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
      i++;
    }
    return i;
  }
}
