package io.sparkconnect.client;

import io.grpc.Context;
import io.sparkconnect.proto.ExecutePlanResponse;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The responses of one {@code ExecutePlan} call, pulled one at a time (gRPC flow control keeps
 * memory bounded). {@link #close()} cancels the call if it has not finished. Failures surface as
 * {@link io.sparkconnect.sql.SparkConnectException}. Not thread-safe: one consumer at a time.
 */
public final class ResponseStream implements Iterator<ExecutePlanResponse>, AutoCloseable {
  private final Iterator<ExecutePlanResponse> responses;
  private final Context.CancellableContext context;
  private final String endpoint;
  private final String operationId;
  private final Consumer<ExecutePlanResponse> observer;
  private boolean finished;

  ResponseStream(Iterator<ExecutePlanResponse> responses, Context.CancellableContext context,
      String endpoint, String operationId, Consumer<ExecutePlanResponse> observer) {
    this.responses = responses;
    this.context = context;
    this.endpoint = endpoint;
    this.operationId = operationId;
    this.observer = observer;
  }

  /** The id of the operation on the server. */
  public String operationId() {
    return operationId;
  }

  @Override
  public boolean hasNext() {
    if (finished) {
      return false;
    }
    try {
      boolean more = responses.hasNext();
      if (!more) {
        finished = true;
        context.close();
      }
      return more;
    } catch (RuntimeException e) {
      finished = true;
      context.close();
      throw ErrorConverter.convert(e, endpoint);
    }
  }

  @Override
  public ExecutePlanResponse next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more responses");
    }
    try {
      ExecutePlanResponse r = responses.next();
      observer.accept(r);
      return r;
    } catch (RuntimeException e) {
      finished = true;
      context.close();
      throw ErrorConverter.convert(e, endpoint);
    }
  }

  /** Cancels the call if it is still running. Idempotent; never throws. */
  @Override
  public void close() {
    if (!finished) {
      finished = true;
      context.cancel(null);
    }
  }
}
