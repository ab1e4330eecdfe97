package io.sparkconnect.shell;

import java.util.Locale;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * The line editor's view of SQL: Enter accepts the buffer only when it holds no statement still
 * waiting for its {@code ;} (quotes and comments respected), so one statement spans as many lines
 * as it needs and is kept in the history as one entry. {@code quit} and {@code exit} need no
 * {@code ;}. Not thread-safe (one per line reader).
 */
final class SqlLineParser extends DefaultParser {
  SqlLineParser() {
    // SQL's backslashes and quotes are the statement's own: the editor must not interpret them.
    escapeChars(new char[0]);
    quoteChars(new char[0]);
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !isExitCommand(line)
        && StatementSplitter.split(line).restHasStatement()) {
      throw new EOFError(-1, -1, "the statement continues until ;", ";");
    }
    return super.parse(line, cursor, context == ParseContext.ACCEPT_LINE ? ParseContext.COMPLETE : context);
  }

  /** Whether the buffer is {@code quit} or {@code exit}, with or without {@code ;}. */
  static boolean isExitCommand(String line) {
    String s = line.strip().toLowerCase(Locale.ROOT);
    if (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s.equals("quit") || s.equals("exit");
  }
}
