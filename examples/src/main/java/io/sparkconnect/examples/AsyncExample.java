package io.sparkconnect.examples;

import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.SparkSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Queries without waiting threads: a hundred {@code countAsync()} futures combined, a query
 * cancelled through its future, and a result streamed to a {@link Flow.Subscriber} that sets the
 * pace. The README's "Async" section shows this program.
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am -DskipTests package exec:java \
 *     -Dexample.main=io.sparkconnect.examples.AsyncExample
 * }</pre>
 *
 * <p>Runs on an embedded local server by default; set {@code SPARK_REMOTE=sc://host:port} to use a
 * server of your own.
 */
public final class AsyncExample {
  private AsyncExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws Exception if a query fails or the example is interrupted
   */
  public static void main(String[] args) throws Exception {
    String remote = System.getenv().getOrDefault("SPARK_REMOTE", "local[2]");
    try (SparkSession spark = SparkSession.builder().remote(remote).getOrCreate()) {
      // A hundred queries in flight at once; no thread waits for any of them.
      List<CompletableFuture<Long>> counts = IntStream.range(0, 100)
          .mapToObj(i -> spark.range(0, 1000 * (i + 1)).where("id % 7 = 0").countAsync())
          .toList();
      CompletableFuture.allOf(counts.toArray(new CompletableFuture<?>[0])).join();
      long total = counts.stream().mapToLong(CompletableFuture::join).sum();
      System.out.println("multiples of 7 counted by 100 queries: " + total);

      // Cancelling a future interrupts its query on the server.
      DataFrame slow = spark.range(0, 1_000_000, 1, 1000)
          .selectExpr("reflect('java.lang.Thread', 'sleep', 1L) AS s").where("s IS NOT NULL");
      CompletableFuture<Row[]> running = slow.collectAsync();
      Thread.sleep(2_000);
      running.cancel(true);
      System.out.println("slow query cancelled: " + running.isCancelled());

      // A subscriber that asks for ten rows at a time: the server sends only what it asks for.
      CountDownLatch done = new CountDownLatch(1);
      spark.range(0, 100_000).selectExpr("id", "id * id AS square").toPublisher()
          .subscribe(new Flow.Subscriber<Row>() {
            private Flow.Subscription subscription;
            private long sum;
            private int pending;

            @Override
            public void onSubscribe(Flow.Subscription s) {
              subscription = s;
              pending = 10;
              s.request(10);
            }

            @Override
            public void onNext(Row row) {
              sum += row.getLong(1) % 1000;
              if (--pending == 0) {
                pending = 10;
                subscription.request(10);
              }
            }

            @Override
            public void onError(Throwable t) {
              t.printStackTrace();
              done.countDown();
            }

            @Override
            public void onComplete() {
              System.out.println("sum of squares mod 1000 over 100000 rows: " + sum);
              done.countDown();
            }
          });
      done.await(60, TimeUnit.SECONDS);
    }
  }
}
