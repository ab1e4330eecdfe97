package io.sparkconnect.client;

import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.sparkconnect.proto.ExecutePlanRequest;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.sql.SparkConnectException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The responses of one execution, pulled one at a time (gRPC flow control keeps memory bounded).
 *
 * <p>The execution is reattachable: every response carries an id, and when the stream breaks
 * (a transient transport failure, or the server ending the stream before the final
 * {@code ResultComplete}) the stream reattaches to the operation after the last response it
 * received, so that no response is lost or delivered twice. Responses already received are
 * released on the server as the stream moves on, and everything is released when the result is
 * complete or the stream is closed early; those releases are asynchronous. A server that does not
 * number its responses cannot reattach: the stream then behaves as a plain call.
 *
 * <p>{@link #close()} ends the execution if it has not finished. Failures surface as
 * {@link SparkConnectException}. Not thread-safe: one consumer at a time.
 */
public final class ResponseStream implements Iterator<ExecutePlanResponse>, AutoCloseable {
  static final String OPERATION_NOT_FOUND = "INVALID_HANDLE.OPERATION_NOT_FOUND";

  private final SparkConnectClient client;
  private final ExecutePlanRequest request;
  private final Retrier.Attempts attempts;
  private final Consumer<ExecutePlanResponse> observer;
  private Iterator<ExecutePlanResponse> call;
  private Context.CancellableContext context;
  private boolean reattachable = true;
  private boolean executeNext = true;
  private boolean callIsReattach;
  private String lastResponseId;
  private boolean resultComplete;
  private boolean finished;
  private boolean released;
  private ExecutePlanResponse pending;
  private int reattaches;
  /** The operation timeout, or {@code null}; {@link #deadline} is when it runs out. */
  private final Duration timeout;
  private final Deadline deadline;

  ResponseStream(SparkConnectClient client, ExecutePlanRequest request, Consumer<ExecutePlanResponse> observer) {
    this(client, request, observer, true);
  }

  /** @param timed whether the client's operation timeout applies (not to operations meant to stay open) */
  ResponseStream(SparkConnectClient client, ExecutePlanRequest request, Consumer<ExecutePlanResponse> observer,
      boolean timed) {
    this.client = client;
    this.request = request;
    this.observer = observer;
    this.attempts = client.retrier().start();
    this.timeout = timed ? client.options().operationTimeout() : null;
    this.deadline = timeout == null ? null : Deadline.after(timeout.toNanos(), TimeUnit.NANOSECONDS);
    // Send the request at once, so that commands start running even before the first read.
    try {
      openCall();
    } catch (RuntimeException e) {
      endCall();
      throw client.convert(e);
    }
  }

  /**
   * A data type this stream's server sent, read as its release means it (see
   * {@link SparkConnectClient#dataType(io.sparkconnect.proto.DataType)}).
   */
  public io.sparkconnect.sql.types.DataType dataType(io.sparkconnect.proto.DataType proto) {
    return client.dataType(proto);
  }

  /** The id of the operation on the server. */
  public String operationId() {
    return request.getOperationId();
  }

  /** How many times this stream reattached to its operation. */
  public int reattachCount() {
    return reattaches;
  }

  @Override
  public boolean hasNext() {
    if (pending != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    while (true) {
      try {
        if (call == null) {
          openCall();
        }
        if (call.hasNext()) {
          ExecutePlanResponse r = call.next();
          accept(r);
          pending = r;
          return true;
        }
        endCall();
        if (resultComplete || !reattachable) {
          finish();
          releaseAll();
          return false;
        }
        // The server ends long or large streams on purpose; the operation goes on.
      } catch (RuntimeException e) {
        endCall();
        if (resultComplete) {
          // Everything arrived; only the end of the stream was lost.
          finish();
          releaseAll();
          return false;
        }
        if (finished) {
          throw client.convert(e);
        }
        if (deadline != null && deadline.isExpired()) {
          throw timedOut(e);
        }
        recover(e);
      }
    }
  }

  @Override
  public ExecutePlanResponse next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more responses");
    }
    ExecutePlanResponse r = pending;
    pending = null;
    return r;
  }

  private void accept(ExecutePlanResponse r) {
    client.observeServerSession(r.getServerSideSessionId());
    attempts.reset();
    if (r.getResponseId().isEmpty()) {
      // A server that does not number responses cannot resume a stream.
      reattachable = false;
    } else {
      lastResponseId = r.getResponseId();
    }
    executeNext = false;
    if (r.hasResultComplete()) {
      // Released once the server ends the stream: releasing earlier cuts the stream short.
      resultComplete = true;
    } else if (reattachable) {
      client.releaseUntilAsync(operationId(), lastResponseId);
    }
    try {
      observer.accept(r);
    } catch (RuntimeException e) {
      // An observer's failure must not break the results.
    }
  }

  /**
   * Gives up an operation that ran out of time: interrupts it on the server (so that it stops
   * using the cluster before this returns), releases it, and explains.
   */
  private SparkConnectException timedOut(RuntimeException e) {
    finish();
    client.interruptQuietly(operationId());
    releaseAll();
    return timeoutException(operationId(), timeout, e);
  }

  /** The failure of an operation that ran out of its {@code timeout} and was interrupted. */
  static SparkConnectException timeoutException(String operationId, Duration timeout, RuntimeException cause) {
    String limit = describe(timeout);
    return new SparkConnectException("Operation " + operationId + " did not complete within its timeout of "
        + limit + " (operationTimeout); it was interrupted on the server", cause, "OPERATION_TIMEOUT", "HYT00",
        Map.of("operationId", operationId, "timeout", limit), null);
  }

  /** A duration as people write it: 1.5 s, 250 ms, 2 min. */
  static String describe(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms == 0 ? d.toNanos() / 1000 + " µs" : ms + " ms";
    }
    if (ms < 120_000 || ms % 60_000 != 0) {
      return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + " s";
    }
    return ms / 60_000 + " min";
  }

  private void recover(RuntimeException e) {
    if (!reattachable) {
      finish();
      throw client.convert(e);
    }
    if (callIsReattach) {
      Status.Code code = Status.fromThrowable(e).getCode();
      if (code == Status.Code.UNIMPLEMENTED) {
        reattachable = false;
        finish();
        throw new SparkConnectException("The stream of operation " + operationId()
            + " broke and this server cannot resume it (it does not support ReattachExecute)", e);
      }
      if (OPERATION_NOT_FOUND.equals(ErrorConverter.condition(e)) && lastResponseId == null) {
        // The first request never reached the server: send it again.
        executeNext = true;
        return;
      }
    }
    try {
      attempts.onFailure(e);
    } catch (RuntimeException fatal) {
      finish();
      releaseAll();
      throw fatal;
    }
  }

  private void openCall() {
    context = Context.current().withCancellation();
    Context previous = context.attach();
    try {
      if (executeNext) {
        callIsReattach = false;
        call = client.openExecute(request, deadline);
      } else {
        callIsReattach = true;
        reattaches++;
        client.countReattach(operationId());
        call = client.openReattach(operationId(), lastResponseId, deadline);
      }
    } finally {
      context.detach(previous);
    }
  }

  private void endCall() {
    if (context != null) {
      context.cancel(null);
      context = null;
    }
    call = null;
  }

  private void finish() {
    finished = true;
    endCall();
  }

  private void releaseAll() {
    if (!released && reattachable) {
      released = true;
      client.releaseAllAsync(operationId());
    }
  }

  /**
   * Stops reading: cancels the call if it is still running and releases the operation on the
   * server, which ends it if it is still running. Idempotent; never throws or blocks.
   */
  @Override
  public void close() {
    pending = null;
    if (!finished) {
      finish();
      releaseAll();
    }
  }
}
