package io.sparkconnect.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the server's processes in a session of their own (through {@code setsid}, where the
 * system has it), away from the terminal of the program that started them. A terminal sends
 * Ctrl-C's SIGINT to its whole foreground process group: without this, the embedded server would
 * shut down whenever a user pressed Ctrl-C in an interactive program (the SQL shell cancels a
 * statement so). The processes still end with that program: it stops them, by pid, when the
 * session closes or the JVM exits. {@code setsid} replaces itself with the command, so the pid is
 * the server's. Stateless.
 */
final class OwnSession {
  private static final Path SETSID = find();

  private OwnSession() {}

  /** {@code command}, run in a new session when {@code setsid} is available. */
  static List<String> wrap(List<String> command) {
    if (SETSID == null) {
      return command;
    }
    List<String> out = new ArrayList<>(command.size() + 1);
    out.add(SETSID.toString());
    out.addAll(command);
    return out;
  }

  private static Path find() {
    if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
      return null;
    }
    for (String dir : new String[] {"/usr/bin", "/bin", "/usr/local/bin"}) {
      Path p = Paths.get(dir, "setsid");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }
}
