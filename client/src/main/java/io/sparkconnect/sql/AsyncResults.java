package io.sparkconnect.sql;

import io.sparkconnect.arrow.ArrowBatch;
import io.sparkconnect.client.AsyncExecution;
import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The futures of the asynchronous actions: one execution per future, its responses folded into an
 * accumulator on the session's executor of asynchronous results, the result made from it when the
 * operation completes. Completing the future any other way (cancelling it, {@code orTimeout},
 * {@code complete}) cancels the execution, which interrupts the operation on the server.
 */
final class AsyncResults {
  private AsyncResults() {}

  /**
   * Runs a query and completes with {@code finish} applied to its non-empty Arrow batches, in
   * order.
   */
  static <T> CompletableFuture<T> collect(SparkSession session, Plan plan, Function<List<ArrowBatch>, T> finish) {
    return run(session, plan, new ArrayList<ArrowBatch>(), (batches, r) -> {
      ArrowBatch b = RowReader.decode(r);
      if (b != null && b.rowCount() > 0) {
        batches.add(b);
      }
    }, finish);
  }

  /**
   * Runs the command {@code command} builds and completes when the server has run it. A failure
   * to build the command fails the future too.
   */
  static CompletableFuture<Void> command(SparkSession session, java.util.function.Supplier<Command> command) {
    Plan plan;
    try {
      plan = Plan.newBuilder().setCommand(command.get()).build();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return run(session, plan, null, (ignored, r) -> { }, ignored -> null);
  }

  /**
   * Runs {@code plan}, gives every response to {@code fold} with {@code acc}, and completes with
   * {@code finish(acc)}. A failure anywhere (starting, the server, {@code fold}, {@code finish})
   * completes the future exceptionally; nothing is thrown.
   */
  static <A, T> CompletableFuture<T> run(SparkSession session, Plan plan, A acc,
      BiConsumer<A, ExecutePlanResponse> fold, Function<A, T> finish) {
    CompletableFuture<T> future = new CompletableFuture<>();
    AsyncExecution execution;
    try {
      execution = session.executeAsync(plan, new AsyncExecution.Receiver() {
        @Override
        public void onResponse(ExecutePlanResponse response) {
          fold.accept(acc, response);
        }

        @Override
        public void onComplete() {
          T result;
          try {
            result = finish.apply(acc);
          } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
            return;
          }
          future.complete(result);
        }

        @Override
        public void onError(Throwable error) {
          future.completeExceptionally(error);
        }
      }, session.newSerialExecutor());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    // A no-op once the execution has finished: it only acts when the caller completed the future.
    future.whenComplete((v, t) -> execution.cancel());
    execution.request(Long.MAX_VALUE);
    return future;
  }
}
