package io.sparkconnect.jdbc;

import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.SparkSession;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One execution of a statement, cancellable from any thread at any moment. Every operation it
 * starts on the server carries a tag of its own, chosen here before anything is sent, so that a
 * cancel can name the work even before the server has answered (or registered) it. After a cancel
 * the executing thread starts no further operation ({@link #checkNotCancelled()} before each), and
 * the cancel keeps interrupting the tag until that thread has left its running phase: a request
 * that was already on its way when the cancel came is caught once the server has registered it,
 * and an operation the server interrupted always ends with a failure, which ends the running
 * phase. One last interrupt after that phase reaches a result that is still streaming. The query
 * timeout is such a cancel, fired by a timer. Thread-safe.
 */
final class Execution {
  /** The first pause between two interrupts of a cancel; it doubles up to {@link #MAX_PAUSE_MILLIS}. */
  private static final long FIRST_PAUSE_MILLIS = 25;
  private static final long MAX_PAUSE_MILLIS = 1_000;
  private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "spark-connect-jdbc-timeout");
    t.setDaemon(true);
    return t;
  });
  private static final ExecutorService CANCELLERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "spark-connect-jdbc-cancel");
    t.setDaemon(true);
    return t;
  });

  private final SparkSession session;
  private final String tag = "spark-connect-jdbc-" + UUID.randomUUID();
  private final int timeoutSeconds;
  private volatile boolean cancelled;
  private volatile boolean timedOut;
  private volatile boolean running = true;
  private ScheduledFuture<?> timer;
  private Thread owner;

  Execution(SparkSession session, int timeoutSeconds) {
    this.session = session;
    this.timeoutSeconds = timeoutSeconds;
  }

  /** Tags this thread's operations and starts the timeout clock; {@link #endRunning()} must follow. */
  void start() {
    owner = Thread.currentThread();
    session.addTag(tag);
    if (timeoutSeconds > 0) {
      timer = TIMERS.schedule(() -> cancel(true), timeoutSeconds, TimeUnit.SECONDS);
    }
  }

  /**
   * The statement's call returns: its operations stop carrying the tag. A result set may still be
   * streaming; a cancel then interrupts it once and ends the result set.
   */
  void endRunning() {
    synchronized (this) {
      running = false;
      // A cancel waiting to interrupt again does so now, for the stream of a result set.
      notifyAll();
    }
    if (Thread.currentThread() == owner) {
      session.removeTag(tag);
    }
    if (timer != null) {
      timer.cancel(false);
    }
  }

  /** The server tag of this execution's operations. */
  String tag() {
    return tag;
  }

  boolean isRunning() {
    return running;
  }

  boolean isCancelled() {
    return cancelled;
  }

  /** Interrupts this execution's work on the server, now and (asynchronously) until it is caught. */
  void cancel(boolean byTimeout) {
    synchronized (this) {
      if (cancelled) {
        return;
      }
      timedOut = byTimeout;
      cancelled = true;
    }
    if (session.isClosed()) {
      return;
    }
    CANCELLERS.execute(this::interruptUntilObserved);
  }

  /**
   * Interrupts the tag until the executing thread has left its running phase, and once more after.
   * An interrupt that found nothing may have come before a request on its way was registered; the
   * thread leaving that phase is what proves that none of its operations is left to reach.
   */
  private void interruptUntilObserved() {
    long pause = FIRST_PAUSE_MILLIS;
    while (!session.isClosed()) {
      boolean wasRunning = running;
      try {
        session.interruptTag(tag);
        if (!wasRunning) {
          return;
        }
        synchronized (this) {
          if (running) {
            wait(pause);
          }
        }
        pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The session is gone or closing: nothing left to interrupt.
        return;
      }
    }
  }

  /** Fails at once if the execution was cancelled, so that no further operation starts. */
  void checkNotCancelled() throws SQLException {
    if (cancelled) {
      throw cancelledError(null);
    }
  }

  private SQLException cancelledError(Throwable cause) {
    if (timedOut) {
      return new SQLTimeoutException("The statement did not complete within its query timeout of " + timeoutSeconds
          + " s; it was interrupted on the server", SqlErrors.TIMEOUT, cause);
    }
    return new SQLException("The statement was cancelled; its work was interrupted on the server",
        SqlErrors.CANCELLED, cause);
  }

  /** The failure of an operation of this execution, as the caller should see it. */
  SQLException translate(RuntimeException e) {
    if (cancelled) {
      return cancelledError(e);
    }
    if (e instanceof SparkConnectException sce) {
      return SqlErrors.of(sce);
    }
    return SqlErrors.of(e);
  }
}
