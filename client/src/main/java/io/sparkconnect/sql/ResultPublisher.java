package io.sparkconnect.sql;

import io.sparkconnect.arrow.ArrowBatch;
import io.sparkconnect.client.AsyncExecution;
import io.sparkconnect.client.SerialExecutor;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.Plan;
import java.util.Objects;
import java.util.concurrent.Flow;

/**
 * A query's result as a {@link Flow.Publisher}: each subscription runs the query once, and the
 * subscriber's demand drives the transfer. The subscription asks the server's stream for the next
 * Arrow batch only once the items of the current one are delivered, so gRPC's flow control holds
 * the server back and a slow subscriber keeps about one batch in memory (plus what the
 * transport's window holds).
 *
 * <p>Follows the Reactive Streams rules: signals are serial (all run on one serial executor over
 * the session's executor of asynchronous results), {@code onComplete} and {@code onError} come
 * without demand, a non-positive {@code request} signals {@code onError} with an
 * {@link IllegalArgumentException} (§3.9) and cancels the query, and {@code cancel} interrupts and
 * releases the operation on the server. Thread-safe.
 *
 * @param <T> the items: rows, batches or objects
 */
final class ResultPublisher<T> implements Flow.Publisher<T> {
  /** How the items of one Arrow batch are made. */
  interface Items<T> {
    /** How many items {@code batch} gives. */
    int count(ArrowBatch batch);

    /** Item {@code i} of {@code batch}. */
    T get(ArrowBatch batch, int i);
  }

  /** One item per row. */
  static final Items<Row> ROWS = new Items<>() {
    @Override
    public int count(ArrowBatch batch) {
      return batch.rowCount();
    }

    @Override
    public Row get(ArrowBatch batch, int i) {
      return batch.row(i);
    }
  };

  /** One item per batch that has rows. */
  static final Items<io.sparkconnect.sql.vectorized.ColumnarBatch> BATCHES = new Items<>() {
    @Override
    public int count(ArrowBatch batch) {
      return batch.rowCount() > 0 ? 1 : 0;
    }

    @Override
    public io.sparkconnect.sql.vectorized.ColumnarBatch get(ArrowBatch batch, int i) {
      return batch.toColumnarBatch();
    }
  };

  private final SparkSession session;
  private final Plan plan;
  private final java.util.function.Supplier<Items<T>> items;

  /** @param items a fresh item maker per subscription (it may keep state, such as a decoder) */
  ResultPublisher(SparkSession session, Plan plan, java.util.function.Supplier<Items<T>> items) {
    this.session = session;
    this.plan = plan;
    this.items = items;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber"); // §1.9
    new Subscription<T>(session, plan, items.get(), subscriber).start();
  }

  /** One run of the query for one subscriber. All its state is confined to {@link #serial}. */
  private static final class Subscription<T> implements Flow.Subscription, AsyncExecution.Receiver {
    private final SparkSession session;
    private final Plan plan;
    private final Items<T> items;
    private final SerialExecutor serial;
    private Flow.Subscriber<? super T> subscriber;
    /** Set at once by {@link #cancel()}, so that no signal follows it even before its task runs. */
    private volatile boolean cancelled;
    private AsyncExecution execution;
    private long demand;
    private ArrowBatch batch;
    private int index;
    private boolean responseRequested;
    private boolean upstreamComplete;
    private boolean done;

    Subscription(SparkSession session, Plan plan, Items<T> items, Flow.Subscriber<? super T> subscriber) {
      this.session = session;
      this.plan = plan;
      this.items = items;
      this.subscriber = subscriber;
      this.serial = session.newSerialExecutor();
    }

    void start() {
      serial.execute(() -> {
        try {
          subscriber.onSubscribe(this);
        } catch (RuntimeException | Error e) {
          // §2.13: a subscriber that throws is broken; nothing has started yet.
          done = true;
          subscriber = null;
          return;
        }
        if (done || cancelled) {
          return;
        }
        try {
          execution = session.executeAsync(plan, this, serial);
        } catch (RuntimeException e) {
          fail(e);
          return;
        }
        drain();
      });
    }

    @Override
    public void request(long n) {
      serial.execute(() -> {
        if (done || cancelled) {
          return;
        }
        if (n <= 0) {
          fail(new IllegalArgumentException(
              "Reactive Streams rule 3.9: request(n) needs a positive number of items, not " + n));
          return;
        }
        demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
        drain();
      });
    }

    @Override
    public void cancel() {
      cancelled = true;
      serial.execute(() -> {
        if (!done) {
          done = true;
          stop();
        }
      });
    }

    @Override
    public void onResponse(ExecutePlanResponse response) {
      responseRequested = false;
      ArrowBatch b = RowReader.decode(response);
      if (b != null && items.count(b) > 0) {
        batch = b;
        index = 0;
      }
      drain();
    }

    @Override
    public void onComplete() {
      upstreamComplete = true;
      drain();
    }

    @Override
    public void onError(Throwable error) {
      if (!done && !cancelled) {
        // The execution has ended already; no need to cancel it.
        execution = null;
        fail(error);
      }
    }

    /** Delivers what is wanted and available, asks for the next batch when the current one is used up. */
    private void drain() {
      while (!done && !cancelled) {
        if (batch != null && index < items.count(batch)) {
          if (demand == 0) {
            return;
          }
          T item;
          try {
            item = items.get(batch, index++);
          } catch (RuntimeException e) {
            fail(e);
            return;
          }
          if (demand != Long.MAX_VALUE) {
            demand--;
          }
          try {
            subscriber.onNext(item);
          } catch (RuntimeException | Error e) {
            // §2.13: a subscriber that throws is broken; stop the query, signal nothing more.
            done = true;
            stop();
            return;
          }
          continue;
        }
        batch = null;
        if (upstreamComplete) {
          done = true;
          Flow.Subscriber<? super T> s = subscriber;
          subscriber = null;
          s.onComplete();
          return;
        }
        // The next batch is fetched ahead, demand or not: one batch ready keeps a steady
        // subscriber from waiting a round trip per batch, and the end of a result (or an empty
        // one) is signalled without demand, as rule 1.4 allows.
        if (!responseRequested && execution != null) {
          responseRequested = true;
          execution.request(1);
        }
        return;
      }
    }

    private void fail(Throwable error) {
      done = true;
      stop();
      Flow.Subscriber<? super T> s = subscriber;
      subscriber = null;
      if (s != null) {
        try {
          s.onError(error);
        } catch (RuntimeException | Error ignored) {
          // §2.13: nothing more to tell a subscriber that throws from onError.
        }
      }
    }

    /** Releases everything: the batch, the subscriber (§3.13) and the operation on the server. */
    private void stop() {
      batch = null;
      if (cancelled) {
        subscriber = null;
      }
      if (execution != null) {
        execution.cancel();
        execution = null;
      }
    }
  }
}
