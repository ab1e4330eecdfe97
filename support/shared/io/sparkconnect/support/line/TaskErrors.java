package io.sparkconnect.support.line;

/**
 * Makes the user's exceptions survive the trip from a failed task to the driver. The driver reads
 * a task's failure with Spark's own class loader, which cannot see the session's classes: a
 * user's exception class there makes the whole failure unreadable, and the query fails with
 * "UnknownReason" instead of the user's message. So an exception whose chain holds such a class
 * is sent as a {@code RuntimeException} whose message is the original's {@code toString()} (class
 * name and message) and whose stack trace is the original's, cause by cause. Stateless.
 */
final class TaskErrors {
  private static final ClassLoader SPARK = org.apache.spark.sql.ForeachWriter.class.getClassLoader();
  private static final int MAX_DEPTH = 64;

  private TaskErrors() {}

  /** {@code t} itself if Spark's class loader can read all of it, else its readable stand-in. */
  static Throwable readable(Throwable t) {
    return readable(t, 0);
  }

  private static Throwable readable(Throwable t, int depth) {
    if (t == null || depth > MAX_DEPTH || sparkReads(t, depth)) {
      return t;
    }
    RuntimeException r = new RuntimeException(t.toString(), readable(t.getCause(), depth + 1));
    r.setStackTrace(t.getStackTrace());
    return r;
  }

  private static boolean sparkReads(Throwable t, int depth) {
    if (t == null || depth > MAX_DEPTH) {
      return true;
    }
    if (!sparkLoads(t.getClass())) {
      return false;
    }
    for (Throwable s : t.getSuppressed()) {
      if (!sparkReads(s, depth + 1)) {
        return false;
      }
    }
    return sparkReads(t.getCause(), depth + 1);
  }

  private static boolean sparkLoads(Class<?> c) {
    try {
      return Class.forName(c.getName(), false, SPARK) == c;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Throws {@code t} unchanged, checked or not. */
  @SuppressWarnings("unchecked")
  static <E extends Throwable> RuntimeException rethrow(Throwable t) throws E {
    throw (E) t;
  }
}
