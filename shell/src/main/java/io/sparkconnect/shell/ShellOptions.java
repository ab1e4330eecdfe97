package io.sparkconnect.shell;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell's command line, parsed. Immutable.
 *
 * @param remote the server: {@code sc://...}, or {@code local}/{@code local[N]} for an embedded one
 * @param localVersion the Spark version of an embedded server, or {@code null} for the default
 * @param sql the statements of {@code -e}, or {@code null}
 * @param file the script of {@code -f}, or {@code null}
 * @param conf Spark configuration set when the session starts
 * @param maxRows rows shown per result
 * @param truncate characters shown per cell; 0 shows all
 * @param vertical one block per row instead of a table
 * @param progress whether to draw a progress bar for long statements (interactive only)
 * @param historyFile where the interactive history is kept
 * @param help whether usage was asked for
 */
record ShellOptions(String remote, String localVersion, String sql, Path file, Map<String, String> conf,
    int maxRows, int truncate, boolean vertical, boolean progress, Path historyFile, boolean help) {

  static final String USAGE = String.join("\n",
      "Usage: spark-connect-sql [options]",
      "",
      "An SQL shell for Spark Connect servers. Statements end with ';'.",
      "",
      "  --remote URL         the server, sc://host[:port][/;key=value;...]; default: local",
      "                       (an embedded Spark server on this machine; local[N] for N cores)",
      "  --spark-version V    Spark version of the embedded server (default 4.2.0)",
      "  -e SQL               run these statements, then exit",
      "  -f FILE              run the statements in FILE, then exit",
      "  --conf KEY=VALUE     set a Spark configuration for the session (repeatable)",
      "  --max-rows N         rows shown per result (default 20)",
      "  --truncate N         characters shown per value, 0 for all (default 20)",
      "  --vertical           show each row as a block of column = value lines",
      "  --no-progress        no progress bar for long statements",
      "  --history FILE       history file (default ~/.spark_connect_sql_history)",
      "  -h, --help           this text",
      "",
      "With -e or -f (or statements piped to standard input) the shell exits with status 1 at the",
      "first failing statement. Interactively, Ctrl-C cancels the running statement on the server",
      "and Ctrl-D or 'quit' leaves.");

  ShellOptions {
    // In the order given: a later --conf may rely on an earlier one.
    conf = Collections.unmodifiableMap(new LinkedHashMap<>(conf));
  }

  /**
   * Parses {@code args}.
   *
   * @throws IllegalArgumentException for an unknown option or a missing or bad value, with the
   *     message to show
   */
  static ShellOptions parse(String... args) {
    String remote = "local";
    String localVersion = null;
    String sql = null;
    Path file = null;
    Map<String, String> conf = new LinkedHashMap<>();
    int maxRows = 20;
    int truncate = 20;
    boolean vertical = false;
    boolean progress = true;
    boolean help = false;
    Path history = Paths.get(System.getProperty("user.home"), ".spark_connect_sql_history");
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String arg = rest.remove(0);
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      switch (arg) {
        case "--remote":
          remote = value(arg, value, rest);
          break;
        case "--spark-version":
          localVersion = value(arg, value, rest);
          break;
        case "-e":
          if (sql != null || file != null) {
            throw new IllegalArgumentException("give one -e or one -f, not several");
          }
          sql = value(arg, value, rest);
          break;
        case "-f":
          if (sql != null || file != null) {
            throw new IllegalArgumentException("give one -e or one -f, not several");
          }
          file = Paths.get(value(arg, value, rest));
          break;
        case "--conf": {
          String kv = value(arg, value, rest);
          int i = kv.indexOf('=');
          if (i <= 0) {
            throw new IllegalArgumentException("--conf wants KEY=VALUE, not '" + kv + "'");
          }
          conf.put(kv.substring(0, i).strip(), kv.substring(i + 1).strip());
          break;
        }
        case "--max-rows":
          maxRows = number(arg, value(arg, value, rest), 1);
          break;
        case "--truncate":
          truncate = number(arg, value(arg, value, rest), 0);
          break;
        case "--vertical":
          vertical = true;
          break;
        case "--no-progress":
          progress = false;
          break;
        case "--history":
          history = Paths.get(value(arg, value, rest));
          break;
        case "-h":
        case "--help":
          help = true;
          break;
        default:
          throw new IllegalArgumentException("unknown option '" + arg + "' (--help lists the options)");
      }
    }
    if (remote.isBlank()) {
      throw new IllegalArgumentException("--remote wants sc://host[:port] or local");
    }
    return new ShellOptions(remote, localVersion, sql, file, conf, maxRows, truncate, vertical, progress, history, help);
  }

  /** Whether the statements come from -e or -f rather than from a person. */
  boolean scripted() {
    return sql != null || file != null;
  }

  private static String value(String option, String inline, List<String> rest) {
    if (inline != null) {
      return inline;
    }
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(option + " wants a value");
    }
    return rest.remove(0);
  }

  private static int number(String option, String value, int min) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min) {
        throw new IllegalArgumentException(option + " wants a number of at least " + min + ", not " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " wants a number, not '" + value + "'");
    }
  }
}
