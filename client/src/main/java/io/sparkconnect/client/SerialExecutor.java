package io.sparkconnect.client;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks one at a time, in the order they were given, on another executor: the state of one
 * asynchronous execution (its calls, its consumer's signals) is then only ever touched by one task
 * at a time, with each task seeing everything the earlier ones did, and without a thread of its own.
 * A task that throws does not stop the ones after it. Thread-safe.
 */
public final class SerialExecutor implements Executor {
  private final Executor base;
  private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
  /** Whether a drain of {@link #tasks} is scheduled or running on {@link #base}. */
  private boolean draining;

  /** Tasks run on {@code base}, one at a time. */
  public SerialExecutor(Executor base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  @Override
  public void execute(Runnable task) {
    Objects.requireNonNull(task, "task");
    synchronized (tasks) {
      tasks.add(task);
      if (draining) {
        return;
      }
      draining = true;
    }
    try {
      base.execute(this::drain);
    } catch (RejectedExecutionException e) {
      // The executor was shut down: run here rather than lose the signals of the execution.
      drain();
    }
  }

  private void drain() {
    while (true) {
      Runnable next;
      synchronized (tasks) {
        next = tasks.poll();
        if (next == null) {
          draining = false;
          return;
        }
      }
      try {
        next.run();
      } catch (RuntimeException | Error e) {
        // A task's failure is its own; the tasks queued after it still run.
      }
    }
  }
}
