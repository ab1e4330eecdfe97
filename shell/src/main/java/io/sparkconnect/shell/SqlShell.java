package io.sparkconnect.shell;

import io.sparkconnect.sql.SparkSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * {@code spark-connect-sql}: an SQL shell for Spark Connect servers. Interactively it edits
 * statements with JLine (history in a file, a statement spans lines until its {@code ;}), prints
 * each result as Spark's {@code show} does, draws a progress bar for long statements, and cancels
 * the running statement on the server at Ctrl-C. With {@code -e SQL} or {@code -f FILE} (or
 * statements piped in) it runs the statements and exits, with status 1 at the first failure.
 * Results go to standard output; timings, errors and notices to standard error.
 *
 * <p>Runs against {@code --remote sc://...} or, by default, an embedded Spark server started on
 * this machine ({@code local}). {@code --help} lists the options.
 */
public final class SqlShell {
  private static final String PROMPT = "spark-sql> ";
  private static final String CONTINUATION = "         > ";
  /** Progress is drawn for statements running longer than this. */
  private static final long PROGRESS_DELAY_MILLIS = 1000;

  private SqlShell() {}

  /**
   * Runs the shell and exits the JVM with its status: 0 when all went well, 1 when a statement
   * or the connection failed, 2 for a bad command line.
   *
   * @param args the command line; {@code --help} lists it
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** The shell on the given streams; returns the exit status. */
  static int run(String[] args, InputStream in, PrintStream stdout, PrintStream stderr) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    ShellOptions options;
    try {
      options = ShellOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("spark-connect-sql: " + e.getMessage());
      return 2;
    }
    if (options.help()) {
      out.println(ShellOptions.USAGE);
      return 0;
    }
    boolean interactive = !options.scripted() && System.console() != null;
    String script = null;
    try {
      if (options.file() != null) {
        script = Files.readString(options.file(), StandardCharsets.UTF_8);
      } else if (options.sql() != null) {
        script = options.sql();
      } else if (!interactive) {
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      err.println("spark-connect-sql: cannot read " + (options.file() != null ? options.file() : "standard input")
          + ": " + e.getMessage());
      return 1;
    }
    SparkSession spark;
    try {
      spark = connect(options, err);
    } catch (RuntimeException e) {
      err.println(ErrorLine.describe(e));
      return 1;
    }
    try {
      for (Map.Entry<String, String> c : options.conf().entrySet()) {
        spark.conf().set(c.getKey(), c.getValue());
      }
      if (script != null) {
        return runScript(spark, options, script, out, err);
      }
      return runInteractive(spark, options, err);
    } catch (RuntimeException e) {
      err.println(ErrorLine.describe(e));
      return 1;
    } finally {
      spark.close();
    }
  }

  private static SparkSession connect(ShellOptions options, PrintWriter err) {
    SparkSession.Builder builder = SparkSession.builder().remote(options.remote());
    if (options.remote().startsWith("local")) {
      err.println("Starting an embedded Spark server (the first start downloads Spark's jars)...");
      if (options.localVersion() != null) {
        builder.localServerVersion(options.localVersion());
      }
    }
    return builder.create();
  }

  /** Runs the statements of a script in order; stops at the first failure. */
  static int runScript(SparkSession spark, ShellOptions options, String script, PrintWriter out, PrintWriter err) {
    StatementRunner runner = new StatementRunner(spark, out, err, null, options.maxRows(), options.truncate(),
        options.vertical());
    // Ctrl-C ends a script: the statement it interrupted must not run on in the server.
    Thread stopRunning = new Thread(runner::cancelQuietly, "spark-connect-sql-exit");
    Runtime.getRuntime().addShutdownHook(stopRunning);
    try {
      for (String statement : StatementSplitter.script(script)) {
        if (SqlLineParser.isExitCommand(statement)) {
          return 0;
        }
        if (!runner.run(statement)) {
          return 1;
        }
      }
      return 0;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stopRunning);
      } catch (IllegalStateException e) {
        // the JVM is already exiting: the hook runs
      }
    }
  }

  private static int runInteractive(SparkSession spark, ShellOptions options, PrintWriter stderr) {
    Terminal terminal;
    try {
      terminal = TerminalBuilder.builder().system(true).build();
    } catch (IOException e) {
      stderr.println("spark-connect-sql: no terminal: " + e.getMessage());
      return 1;
    }
    try (terminal) {
      LineReader reader = LineReaderBuilder.builder()
          .appName("spark-connect-sql")
          .terminal(terminal)
          .parser(new SqlLineParser())
          .variable(LineReader.HISTORY_FILE, options.historyFile())
          .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
          // '!' is SQL's, not a history reference.
          .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
          .build();
      PrintWriter tty = terminal.writer();
      ProgressBar bar = null;
      if (options.progress()) {
        bar = new ProgressBar(tty, PROGRESS_DELAY_MILLIS);
        spark.addProgressListener(bar);
        try {
          // The server's default (2 s) is coarse for a bar that appears after one second.
          spark.conf().set("spark.connect.progress.reportInterval", "500ms");
        } catch (RuntimeException e) {
          // An older server without progress reports: no bar, no harm.
        }
      }
      StatementRunner runner = new StatementRunner(spark, tty, tty, bar, options.maxRows(), options.truncate(),
          options.vertical());
      terminal.handle(Terminal.Signal.INT, signal -> runner.cancel());
      tty.println("Spark " + spark.version() + " at " + describe(options.remote())
          + ". End statements with ';'. Ctrl-C cancels a running statement; Ctrl-D or 'quit' leaves.");
      tty.flush();
      while (true) {
        String text;
        try {
          text = reader.readLine(PROMPT);
        } catch (UserInterruptException e) {
          continue; // Ctrl-C at the prompt drops what was typed
        } catch (EndOfFileException e) {
          break;
        }
        if (SqlLineParser.isExitCommand(text)) {
          break;
        }
        List<String> statements = StatementSplitter.split(text).statements();
        boolean quit = false;
        for (String statement : statements) {
          if (SqlLineParser.isExitCommand(statement)) {
            quit = true;
            break;
          }
          runner.run(statement);
        }
        if (quit) {
          break;
        }
      }
      try {
        reader.getHistory().save();
      } catch (IOException e) {
        tty.println("Could not save the history to " + options.historyFile() + ": " + e.getMessage());
      }
      return 0;
    } catch (IOException e) {
      stderr.println("spark-connect-sql: " + e.getMessage());
      return 1;
    }
  }

  /** The server for the banner: never the connection string's parameters (a token may be there). */
  static String describe(String remote) {
    if (remote.startsWith("local")) {
      return "an embedded server (" + remote + ")";
    }
    int params = remote.indexOf("/;");
    return params >= 0 ? remote.substring(0, params) : remote;
  }
}
