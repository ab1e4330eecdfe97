package io.sparkconnect.client;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default executor of asynchronous results: a small pool of daemon threads named
 * {@code spark-connect-async-N}, as many as the machine has cores (at least two), shared by every
 * session of the JVM that was not given an executor of its own. It decodes results and completes
 * futures, so that neither happens on the network thread; its threads end after a few seconds
 * idle. The number of threads does not grow with the number of pending queries.
 */
public final class AsyncPool {
  /** Seconds an idle thread waits for work before it ends. */
  static final long KEEP_ALIVE_SECONDS = 5;
  private static final Executor SHARED = create();

  private AsyncPool() {}

  /** The shared pool. */
  public static Executor shared() {
    return SHARED;
  }

  private static Executor create() {
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "spark-connect-async-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
