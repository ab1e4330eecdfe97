package io.sparkconnect.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at each {@code ;} that is not inside a string ({@code '...'},
 * {@code "..."}, with Spark's backslash escapes), a quoted identifier ({@code `...`}), a line
 * comment ({@code -- ...}) or a block comment ({@code /* ... *}{@code /}, nested as Spark allows).
 * Stateless and thread-safe.
 */
final class StatementSplitter {
  /** The statements that ended at a {@code ;} and the text after the last of them. */
  record Split(List<String> statements, String rest) {
    /** Whether the text after the last {@code ;} holds more than blanks and comments. */
    boolean restHasStatement() {
      return hasCode(rest);
    }
  }

  private StatementSplitter() {}

  /**
   * Splits {@code text}; statements that hold only blanks and comments are dropped, the others
   * are trimmed and lose their {@code ;}.
   */
  static Split split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    Scanner s = new Scanner(text);
    int end;
    while ((end = s.nextTerminator()) >= 0) {
      String statement = text.substring(start, end);
      if (hasCode(statement)) {
        out.add(statement.strip());
      }
      start = end + 1;
    }
    return new Split(out, text.substring(start));
  }

  /**
   * All the statements of a script: those ended by {@code ;} and a last one without it.
   */
  static List<String> script(String text) {
    Split split = split(text);
    List<String> out = new ArrayList<>(split.statements());
    if (split.restHasStatement()) {
      out.add(split.rest().strip());
    }
    return out;
  }

  /**
   * Whether the text ends inside a string, quoted identifier or block comment, so that a line
   * break there cannot end the statement.
   */
  static boolean endsInsideQuote(String text) {
    Scanner s = new Scanner(text);
    while (s.nextTerminator() >= 0) {
      // consume
    }
    return s.state != State.CODE && s.state != State.LINE_COMMENT;
  }

  /** Whether {@code text} holds anything but blanks and comments. */
  static boolean hasCode(String text) {
    Scanner s = new Scanner(text);
    return s.hasCode();
  }

  private enum State { CODE, SINGLE, DOUBLE, BACKTICK, LINE_COMMENT, BLOCK_COMMENT }

  /** A single pass over the text, tracking what the current character is inside. */
  private static final class Scanner {
    private final String text;
    private int pos;
    private State state = State.CODE;
    private int commentDepth;

    Scanner(String text) {
      this.text = text;
    }

    /** The index of the next {@code ;} in code, or -1 at the end of the text. */
    int nextTerminator() {
      while (pos < text.length()) {
        int i = pos;
        char c = text.charAt(pos++);
        if (step(c) && c == ';') {
          return i;
        }
      }
      return -1;
    }

    boolean hasCode() {
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (step(c) && !Character.isWhitespace(c)) {
          return true;
        }
        if (state == State.SINGLE || state == State.DOUBLE || state == State.BACKTICK) {
          return true;
        }
      }
      return false;
    }

    /** Advances over {@code c} (already consumed); true when {@code c} is code, not quoted or comment. */
    private boolean step(char c) {
      char next = pos < text.length() ? text.charAt(pos) : '\0';
      switch (state) {
        case CODE:
          if (c == '\'') {
            state = State.SINGLE;
          } else if (c == '"') {
            state = State.DOUBLE;
          } else if (c == '`') {
            state = State.BACKTICK;
          } else if (c == '-' && next == '-') {
            state = State.LINE_COMMENT;
            pos++;
            return false;
          } else if (c == '/' && next == '*') {
            state = State.BLOCK_COMMENT;
            commentDepth = 1;
            pos++;
            return false;
          } else {
            return true;
          }
          // An opening quote is code that starts a literal.
          return true;
        case SINGLE:
        case DOUBLE:
          if (c == '\\') {
            pos = Math.min(pos + 1, text.length());
          } else if ((c == '\'' && state == State.SINGLE) || (c == '"' && state == State.DOUBLE)) {
            state = State.CODE;
          }
          return false;
        case BACKTICK:
          if (c == '`') {
            if (next == '`') {
              pos++;
            } else {
              state = State.CODE;
            }
          }
          return false;
        case LINE_COMMENT:
          if (c == '\n' || c == '\r') {
            state = State.CODE;
          }
          return false;
        case BLOCK_COMMENT:
          if (c == '/' && next == '*') {
            commentDepth++;
            pos++;
          } else if (c == '*' && next == '/') {
            pos++;
            if (--commentDepth == 0) {
              state = State.CODE;
            }
          }
          return false;
        default:
          throw new IllegalStateException(String.valueOf(state));
      }
    }
  }
}
