package io.sparkconnect.sql.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small recursive-descent parser for SQL type strings ({@code int}, {@code decimal(10,2)},
 * {@code array<string>}, {@code map<string,int>}, {@code struct<a:int,b string not null>}, {@code
 * interval day to second}, ...) and DDL column lists ({@code a INT NOT NULL, b STRING COMMENT
 * 'x'}). Keywords are case-insensitive; names may be back-quoted. Each parse uses its own
 * instance, so the class is thread-safe.
 */
final class DdlParser {
  private final String text;
  private int pos;

  private DdlParser(String text) {
    this.text = text;
  }

  /** Parses exactly one type string. */
  static DataType parseSingleType(String ddl) {
    if (ddl == null) {
      throw new IllegalArgumentException("DDL type string is null");
    }
    DdlParser p = new DdlParser(ddl);
    DataType t = p.type();
    p.expectEnd();
    return t;
  }

  /** Parses a single type, or else a column list (giving a struct). */
  static DataType parseType(String ddl) {
    try {
      return parseSingleType(ddl);
    } catch (IllegalArgumentException typeError) {
      if (ddl == null) {
        throw typeError;
      }
      // Fall back to a column list, which describes a struct.
      try {
        return parseColumns(ddl);
      } catch (IllegalArgumentException ignored) {
        throw typeError;
      }
    }
  }

  /** Parses a column list, or a struct type string. */
  static StructType parseSchema(String ddl) {
    if (ddl == null) {
      throw new IllegalArgumentException("DDL schema string is null");
    }
    try {
      return parseColumns(ddl);
    } catch (IllegalArgumentException columnError) {
      try {
        DdlParser p = new DdlParser(ddl);
        DataType t = p.type();
        p.expectEnd();
        if (t instanceof StructType) {
          return (StructType) t;
        }
      } catch (IllegalArgumentException ignored) {
        // report the column list error
      }
      throw columnError;
    }
  }

  private static StructType parseColumns(String ddl) {
    DdlParser p = new DdlParser(ddl);
    List<StructField> fields = new ArrayList<>();
    p.skipWs();
    if (p.pos < p.text.length()) {
      do {
        fields.add(p.field(false));
      } while (p.consume(','));
    }
    p.expectEnd();
    return new StructType(fields);
  }

  private IllegalArgumentException error(String msg) {
    return new IllegalArgumentException(
        "Cannot parse DDL '" + text + "' at position " + pos + ": " + msg);
  }

  private void skipWs() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private void expectEnd() {
    skipWs();
    if (pos != text.length()) {
      throw error("unexpected '" + text.substring(pos) + "'");
    }
  }

  private boolean consume(char c) {
    skipWs();
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Reads a bare word (letters, digits, underscores), or null if none. */
  private String peekWord() {
    skipWs();
    int end = pos;
    while (end < text.length() && isWordChar(text.charAt(end))) {
      end++;
    }
    return end == pos ? null : text.substring(pos, end);
  }

  private String word() {
    String w = peekWord();
    if (w == null) {
      throw error("expected a word");
    }
    pos += w.length();
    return w;
  }

  private boolean consumeKeyword(String kw) {
    String w = peekWord();
    if (w != null && w.equalsIgnoreCase(kw)) {
      pos += w.length();
      return true;
    }
    return false;
  }

  private String identifier() {
    skipWs();
    if (pos < text.length() && text.charAt(pos) == '`') {
      StringBuilder sb = new StringBuilder();
      pos++;
      while (true) {
        if (pos >= text.length()) {
          throw error("unterminated quoted identifier");
        }
        char c = text.charAt(pos++);
        if (c == '`') {
          if (pos < text.length() && text.charAt(pos) == '`') {
            sb.append('`');
            pos++;
          } else {
            return sb.toString();
          }
        } else {
          sb.append(c);
        }
      }
    }
    return word();
  }

  private int integer() {
    skipWs();
    int start = pos;
    if (pos < text.length() && text.charAt(pos) == '-') {
      pos++;
    }
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    try {
      return Integer.parseInt(text.substring(start, pos));
    } catch (NumberFormatException e) {
      pos = start;
      throw error("expected an integer");
    }
  }

  private String stringLiteral() {
    skipWs();
    if (pos >= text.length() || (text.charAt(pos) != '\'' && text.charAt(pos) != '"')) {
      throw error("expected a string literal");
    }
    char quote = text.charAt(pos++);
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string literal");
      }
      char c = text.charAt(pos++);
      if (c == quote) {
        return sb.toString();
      }
      if (c == '\\' && pos < text.length()) {
        char e = text.charAt(pos++);
        switch (e) {
          case 'n': sb.append('\n'); break;
          case 't': sb.append('\t'); break;
          case 'r': sb.append('\r'); break;
          default: sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
  }

  /** name [:] type [NOT NULL] [COMMENT 'text']. */
  private StructField field(boolean inStruct) {
    String name = identifier();
    if (inStruct) {
      consume(':');
    }
    DataType type = type();
    boolean nullable = true;
    String comment = null;
    while (true) {
      if (consumeKeyword("NOT")) {
        if (!consumeKeyword("NULL")) {
          throw error("expected NULL after NOT");
        }
        nullable = false;
      } else if (consumeKeyword("COMMENT")) {
        comment = stringLiteral();
      } else {
        break;
      }
    }
    StructField f = new StructField(name, type, nullable);
    return comment == null ? f : f.withComment(comment);
  }

  private DataType type() {
    String w = word().toLowerCase(Locale.ROOT);
    switch (w) {
      case "boolean":
      case "bool":
        return BooleanType.INSTANCE;
      case "tinyint":
      case "byte":
        return ByteType.INSTANCE;
      case "smallint":
      case "short":
        return ShortType.INSTANCE;
      case "int":
      case "integer":
        return IntegerType.INSTANCE;
      case "bigint":
      case "long":
        return LongType.INSTANCE;
      case "float":
      case "real":
        return FloatType.INSTANCE;
      case "double":
        return DoubleType.INSTANCE;
      case "date":
        return DateType.INSTANCE;
      case "timestamp":
      case "timestamp_ltz":
        return TimestampType.INSTANCE;
      case "timestamp_ntz":
        return TimestampNTZType.INSTANCE;
      case "binary":
        return BinaryType.INSTANCE;
      case "void":
        return NullType.INSTANCE;
      case "variant":
        return VariantType.INSTANCE;
      case "string":
        if (consumeKeyword("COLLATE")) {
          return StringType.of(identifier());
        }
        return StringType.INSTANCE;
      case "char":
      case "character":
        return new CharType(parenthesizedInt());
      case "varchar":
        return new VarcharType(parenthesizedInt());
      case "decimal":
      case "dec":
      case "numeric":
        if (consume('(')) {
          int precision = integer();
          int scale = consume(',') ? integer() : 0;
          expect(')');
          return new DecimalType(precision, scale);
        }
        return DecimalType.USER_DEFAULT;
      case "time":
        if (consume('(')) {
          int p = integer();
          expect(')');
          return new TimeType(p);
        }
        return TimeType.DEFAULT;
      case "interval":
        return interval();
      case "array":
        {
          expect('<');
          DataType element = type();
          expect('>');
          return new ArrayType(element, true);
        }
      case "map":
        {
          expect('<');
          DataType key = type();
          expect(',');
          DataType value = type();
          expect('>');
          return new MapType(key, value, true);
        }
      case "struct":
        {
          expect('<');
          List<StructField> fields = new ArrayList<>();
          if (!consume('>')) {
            do {
              fields.add(field(true));
            } while (consume(','));
            expect('>');
          }
          return new StructType(fields);
        }
      default:
        pos -= w.length();
        throw error("unsupported data type '" + w + "'");
    }
  }

  private int parenthesizedInt() {
    expect('(');
    int n = integer();
    expect(')');
    return n;
  }

  private DataType interval() {
    String start = peekWord();
    if (start == null) {
      return CalendarIntervalType.INSTANCE;
    }
    String s = start.toLowerCase(Locale.ROOT);
    if (s.equals("year") || s.equals("month")) {
      pos += start.length();
      byte from = ymField(s);
      byte to = from;
      if (consumeKeyword("TO")) {
        to = ymField(word().toLowerCase(Locale.ROOT));
      }
      return new YearMonthIntervalType(from, to);
    }
    if (s.equals("day") || s.equals("hour") || s.equals("minute") || s.equals("second")) {
      pos += start.length();
      byte from = dtField(s);
      byte to = from;
      if (consumeKeyword("TO")) {
        to = dtField(word().toLowerCase(Locale.ROOT));
      }
      return new DayTimeIntervalType(from, to);
    }
    return CalendarIntervalType.INSTANCE;
  }

  private byte ymField(String s) {
    switch (s) {
      case "year": return YearMonthIntervalType.YEAR;
      case "month": return YearMonthIntervalType.MONTH;
      default: throw error("bad year-month interval field '" + s + "'");
    }
  }

  private byte dtField(String s) {
    switch (s) {
      case "day": return DayTimeIntervalType.DAY;
      case "hour": return DayTimeIntervalType.HOUR;
      case "minute": return DayTimeIntervalType.MINUTE;
      case "second": return DayTimeIntervalType.SECOND;
      default: throw error("bad day-time interval field '" + s + "'");
    }
  }
}
