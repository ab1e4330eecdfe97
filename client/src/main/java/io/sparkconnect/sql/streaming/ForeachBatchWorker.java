package io.sparkconnect.sql.streaming;

import io.sparkconnect.api.java.function.VoidFunction2;
import io.sparkconnect.client.StreamingBridge;
import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.SparkSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The user's side of a {@code foreachBatch} micro-batch, run on the server by
 * {@link ForeachBatchRunner} in a class loader holding this client and the user's classes: a
 * client session connected back to the server on the query's own session runs the user's function
 * with the batch as a {@link DataFrame} over a global temporary view.
 *
 * <p>The client session is kept between batches, one per connection (server session, user and
 * token), shared by that session's queries, so a batch does not pay for a new connection (its
 * channel, handshake and first-request set-up). It is closed after {@link #IDLE_MILLIS} without a
 * batch, and replaced if it stops being usable (the function closed it, or the server dropped the
 * session). Borrowed: closing it never releases the query's session, which the user's own client
 * owns. Thread-safe: queries of one session may run batches at the same time.
 */
final class ForeachBatchWorker {
  /** How long an unused client session stays open. */
  static final long IDLE_MILLIS = 60_000;
  private static final Map<String, Shared> SESSIONS = new HashMap<>();
  private static ScheduledExecutorService closer;

  /** A kept session: how many batches use it now, and when the last one ended. Guarded by SESSIONS. */
  private static final class Shared {
    final String connection;
    final SparkSession session;
    int users;
    long lastUsed;

    Shared(String connection, SparkSession session) {
      this.connection = connection;
      this.session = session;
    }
  }

  private ForeachBatchWorker() {}

  /** Called reflectively by {@link ForeachBatchRunner}. */
  static void run(String connection, byte[] function, String view, long batchId) throws Exception {
    VoidFunction2<DataFrame, Long> fn = deserialize(function);
    Shared shared = acquire(connection);
    try {
      fn.call(shared.session.table(view), batchId);
    } finally {
      release(shared);
    }
  }

  private static Shared acquire(String connection) {
    synchronized (SESSIONS) {
      Shared s = SESSIONS.get(connection);
      if (s == null || !s.session.isUsable()) {
        if (s != null && s.users == 0) {
          s.session.close();
        }
        s = new Shared(connection, StreamingBridge.sessions().borrow(connection));
        SESSIONS.put(connection, s);
        scheduleCloser();
      }
      s.users++;
      return s;
    }
  }

  private static void release(Shared s) {
    synchronized (SESSIONS) {
      s.users--;
      s.lastUsed = System.nanoTime();
      if (s.users == 0 && SESSIONS.get(s.connection) != s) {
        // Replaced while this batch ran: nobody else will close it.
        s.session.close();
      }
    }
  }

  /** Starts the daemon that closes idle sessions, unless it runs. Called holding SESSIONS. */
  private static void scheduleCloser() {
    if (closer != null) {
      return;
    }
    closer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "sparkconnect-foreachBatch-idle-sessions");
      t.setDaemon(true);
      return t;
    });
    closer.scheduleWithFixedDelay(ForeachBatchWorker::closeIdle, IDLE_MILLIS / 4, IDLE_MILLIS / 4, TimeUnit.MILLISECONDS);
  }

  private static void closeIdle() {
    synchronized (SESSIONS) {
      long now = System.nanoTime();
      for (Iterator<Shared> it = SESSIONS.values().iterator(); it.hasNext(); ) {
        Shared s = it.next();
        if (s.users == 0 && now - s.lastUsed > TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS)) {
          it.remove();
          s.session.close();
        }
      }
      if (SESSIONS.isEmpty()) {
        // No thread stays behind once nothing is kept; the next batch starts a new one.
        closer.shutdown();
        closer = null;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static VoidFunction2<DataFrame, Long> deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    ClassLoader loader = ForeachBatchWorker.class.getClassLoader();
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        try {
          return Class.forName(desc.getName(), false, loader);
        } catch (ClassNotFoundException e) {
          return super.resolveClass(desc);
        }
      }
    }) {
      return (VoidFunction2<DataFrame, Long>) in.readObject();
    }
  }
}
