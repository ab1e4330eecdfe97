package io.sparkconnect.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {
  @Test
  void tasksFromManyThreadsRunOneAtATimeInSubmissionOrderPerThread() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    ExecutorService submitters = Executors.newFixedThreadPool(4);
    try {
      SerialExecutor serial = new SerialExecutor(pool);
      AtomicBoolean inside = new AtomicBoolean();
      AtomicBoolean overlapped = new AtomicBoolean();
      List<int[]> seen = new ArrayList<>(); // only touched inside tasks
      int perThread = 5_000;
      CountDownLatch done = new CountDownLatch(4 * perThread);
      for (int t = 0; t < 4; t++) {
        int thread = t;
        submitters.execute(() -> {
          for (int i = 0; i < perThread; i++) {
            int n = i;
            serial.execute(() -> {
              if (!inside.compareAndSet(false, true)) {
                overlapped.set(true);
              }
              seen.add(new int[] {thread, n});
              inside.set(false);
              done.countDown();
            });
          }
        });
      }
      assertTrue(done.await(30, TimeUnit.SECONDS));
      CountDownLatch last = new CountDownLatch(1);
      serial.execute(last::countDown);
      assertTrue(last.await(10, TimeUnit.SECONDS));
      assertFalse(overlapped.get());
      assertEquals(4 * perThread, seen.size());
      int[] next = new int[4];
      for (int[] s : seen) {
        assertEquals(next[s[0]]++, s[1], "order of thread " + s[0]);
      }
    } finally {
      pool.shutdownNow();
      submitters.shutdownNow();
    }
  }

  @Test
  void aFailingTaskDoesNotStopTheNextOnes() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      SerialExecutor serial = new SerialExecutor(pool);
      AtomicInteger ran = new AtomicInteger();
      CountDownLatch done = new CountDownLatch(1);
      serial.execute(() -> {
        throw new IllegalStateException("boom");
      });
      serial.execute(ran::incrementAndGet);
      serial.execute(done::countDown);
      assertTrue(done.await(10, TimeUnit.SECONDS));
      assertEquals(1, ran.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRejectingExecutorRunsTasksInTheCaller() {
    SerialExecutor serial = new SerialExecutor(r -> {
      throw new RejectedExecutionException("shut down");
    });
    AtomicInteger ran = new AtomicInteger();
    serial.execute(ran::incrementAndGet);
    serial.execute(ran::incrementAndGet);
    assertEquals(2, ran.get());
  }
}
