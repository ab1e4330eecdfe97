package io.sparkconnect.local;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The entry point of every process the launcher starts (the server, and a cluster's master and
 * workers): runs the real main class, and ends the process when the program that started it is
 * gone, even if that program was killed without a chance to stop it (SIGKILL, a crash). The server
 * runs in a session of its own (see {@code OwnSession}), so nothing else would end it.
 *
 * <p>Arguments: the parent's pid, its start time in epoch milliseconds (or -1; guards against a
 * reused pid), the real main class, then that class's arguments. Uses the JDK only: it runs on
 * Spark's class path, from a jar of its own.
 */
public final class ParentWatchdog {
  /** How often the parent is looked for. */
  private static final long PERIOD_MILLIS = 1000;
  /** How long shutdown hooks may run once the parent is gone. */
  private static final long EXIT_GRACE_MILLIS = 20_000;

  private ParentWatchdog() {}

  /**
   * Starts watching the parent, then runs the real main class.
   *
   * @param args parent pid, parent start time (epoch ms or -1), main class, its arguments
   * @throws Throwable whatever the real main method throws
   */
  public static void main(String[] args) throws Throwable {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: ParentWatchdog PARENT_PID PARENT_START_MILLIS MAIN_CLASS [ARGS...]");
    }
    long pid = Long.parseLong(args[0]);
    long startMillis = Long.parseLong(args[1]);
    Thread watch = new Thread(() -> watch(pid, startMillis), "parent-watchdog");
    watch.setDaemon(true);
    watch.start();
    Method main = Class.forName(args[2]).getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) Arrays.copyOfRange(args, 3, args.length));
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void watch(long pid, long startMillis) {
    while (alive(pid, startMillis)) {
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
    System.err.println("ParentWatchdog: the process that started this one (pid " + pid + ") is gone; exiting");
    Thread halt = new Thread(() -> {
      try {
        Thread.sleep(EXIT_GRACE_MILLIS);
      } catch (InterruptedException ignored) {
        // Halt now.
      }
      Runtime.getRuntime().halt(1);
    }, "parent-watchdog-halt");
    halt.setDaemon(true);
    halt.start();
    System.exit(0);
  }

  static boolean alive(long pid, long startMillis) {
    Optional<ProcessHandle> parent = ProcessHandle.of(pid);
    if (parent.isEmpty() || !parent.get().isAlive()) {
      return false;
    }
    if (startMillis < 0) {
      return true;
    }
    Optional<Instant> start = parent.get().info().startInstant();
    // Start times are read from the system at a coarser resolution than milliseconds on some.
    return start.isEmpty() || Math.abs(start.get().toEpochMilli() - startMillis) < 2000;
  }
}
