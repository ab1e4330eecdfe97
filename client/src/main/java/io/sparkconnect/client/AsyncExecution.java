package io.sparkconnect.client;

import io.grpc.ClientCall;
import io.grpc.Deadline;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.sparkconnect.proto.ExecutePlanRequest;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.SparkConnectServiceGrpc;
import io.sparkconnect.sql.SparkConnectException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One execution driven by callbacks instead of a waiting thread: the asynchronous counterpart of
 * {@link ResponseStream}, with the same reattaching, retries, releases and timeout.
 *
 * <p>Responses are pulled as the {@link Receiver} asks for them ({@link #request}): the call asks
 * gRPC for one message at a time, and only while the receiver wants more, so gRPC's flow control
 * holds the server back when the receiver is slow. Every callback, of every call the execution
 * makes (the first {@code ExecutePlan} and each {@code ReattachExecute}), runs on one
 * {@link SerialExecutor}: the execution's state is confined to it and the receiver's signals never
 * overlap. Retries wait on the network thread's timer, not in a thread.
 *
 * <p>{@link #cancel()} interrupts the operation on the server and releases it; the receiver hears
 * nothing more. {@link #request} and {@link #cancel} are thread-safe.
 */
public final class AsyncExecution {
  /** Delivered one at a time on the execution's executor; each method must return soon. */
  public interface Receiver {
    /** The next response the receiver asked for. A throw ends the execution with that failure. */
    void onResponse(ExecutePlanResponse response);

    /** Every response has been delivered; the operation is complete. */
    void onComplete();

    /** The execution failed (with this client's exception, or the receiver's own failure). */
    void onError(Throwable error);
  }

  /** How often, at most, a cancellation asks the server to interrupt an operation it does not know yet. */
  static final int CANCEL_INTERRUPT_TRIES = 20;
  static final long CANCEL_INTERRUPT_PAUSE_MILLIS = 100;

  private final SparkConnectClient client;
  private final ExecutePlanRequest request;
  private final Consumer<ExecutePlanResponse> observer;
  private final Receiver receiver;
  private final SerialExecutor serial;
  private final Retrier.Attempts attempts;
  private final Duration timeout;
  private final Deadline deadline;

  // Confined to serial:
  private ClientCall<?, ExecutePlanResponse> call;
  /** Counts the calls made; callbacks of a call that is no longer current are ignored. */
  private int generation;
  private boolean reattachable = true;
  private boolean executeNext = true;
  private boolean callIsReattach;
  private String lastResponseId;
  private boolean resultComplete;
  private boolean receivedAny;
  private boolean finished;
  private boolean released;
  /** Whether a message has been asked of the current call and not delivered yet. */
  private boolean messageRequested;
  /** Responses the receiver asked for and has not had yet. */
  private long demand;

  private AsyncExecution(SparkConnectClient client, ExecutePlanRequest request, Consumer<ExecutePlanResponse> observer,
      Receiver receiver, SerialExecutor serial) {
    this.client = client;
    this.request = request;
    this.observer = observer;
    this.receiver = receiver;
    this.serial = serial;
    this.attempts = client.retrier().start();
    this.timeout = client.options().operationTimeout();
    this.deadline = timeout == null ? null : Deadline.after(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Sends the request at once (so that commands run even if nothing is requested) and returns. */
  static AsyncExecution start(SparkConnectClient client, ExecutePlanRequest request,
      Consumer<ExecutePlanResponse> observer, Receiver receiver, SerialExecutor serial) {
    AsyncExecution e = new AsyncExecution(client, request, observer, receiver, serial);
    serial.execute(e::openCall);
    return e;
  }

  /** The id of the operation on the server. */
  public String operationId() {
    return request.getOperationId();
  }

  /**
   * Asks for {@code n} more responses ({@link Long#MAX_VALUE}: all of them).
   *
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public void request(long n) {
    if (n <= 0) {
      throw new IllegalArgumentException("The number of responses requested must be positive, not " + n);
    }
    serial.execute(() -> {
      demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
      requestMessage();
    });
  }

  /**
   * Stops the execution: interrupts the operation on the server (if it has not finished) and
   * releases it; the receiver hears nothing more. Idempotent, does not block, never throws.
   */
  public void cancel() {
    serial.execute(this::cancelNow);
  }

  private void openCall() {
    if (finished) {
      return;
    }
    int current = ++generation;
    messageRequested = false;
    ClientCall.Listener<ExecutePlanResponse> listener = new ClientCall.Listener<>() {
      @Override
      public void onMessage(ExecutePlanResponse message) {
        if (current == generation) {
          received(message);
        }
      }

      @Override
      public void onClose(Status status, Metadata trailers) {
        if (current == generation) {
          closed(status, trailers);
        }
      }
    };
    try {
      if (executeNext) {
        callIsReattach = false;
        call = begin(SparkConnectServiceGrpc.getExecutePlanMethod(), request, listener);
      } else {
        callIsReattach = true;
        client.countReattach(operationId());
        call = begin(SparkConnectServiceGrpc.getReattachExecuteMethod(),
            client.reattachRequest(operationId(), lastResponseId), listener);
      }
    } catch (RuntimeException e) {
      call = null;
      failed(e);
      return;
    }
    requestMessage();
  }

  private <Q> ClientCall<Q, ExecutePlanResponse> begin(MethodDescriptor<Q, ExecutePlanResponse> method, Q message,
      ClientCall.Listener<ExecutePlanResponse> listener) {
    ClientCall<Q, ExecutePlanResponse> c = client.newExecuteCall(method, serial, deadline);
    c.start(listener, new Metadata());
    c.sendMessage(message);
    c.halfClose();
    return c;
  }

  private void requestMessage() {
    if (!finished && call != null && demand > 0 && !messageRequested) {
      messageRequested = true;
      call.request(1);
    }
  }

  private void received(ExecutePlanResponse r) {
    messageRequested = false;
    if (finished) {
      return;
    }
    try {
      client.observeServerSession(r.getServerSideSessionId());
    } catch (SparkConnectException e) {
      abort(e);
      return;
    }
    receivedAny = true;
    attempts.reset();
    if (r.getResponseId().isEmpty()) {
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
    if (demand != Long.MAX_VALUE) {
      demand--;
    }
    try {
      receiver.onResponse(r);
    } catch (RuntimeException | Error e) {
      abort(e);
      return;
    }
    requestMessage();
  }

  private void closed(Status status, Metadata trailers) {
    call = null;
    messageRequested = false;
    if (finished) {
      return;
    }
    if (status.isOk()) {
      if (resultComplete || !reattachable) {
        complete();
      } else {
        // The server ends long or large streams on purpose; the operation goes on.
        openCall();
      }
      return;
    }
    failed(status.asRuntimeException(trailers));
  }

  private void failed(RuntimeException e) {
    if (resultComplete) {
      // Everything arrived; only the end of the stream was lost.
      complete();
      return;
    }
    if (deadline != null && deadline.isExpired()) {
      finished = true;
      interruptThenRelease(1);
      receiver.onError(ResponseStream.timeoutException(operationId(), timeout, e));
      return;
    }
    if (client.isClosed()) {
      finished = true;
      receiver.onError(new IllegalStateException("The Spark Connect session (" + client.sessionId()
          + ") was closed while operation " + operationId() + " ran", e));
      return;
    }
    if (!reattachable) {
      finished = true;
      receiver.onError(client.convert(e));
      return;
    }
    if (callIsReattach) {
      Status.Code code = Status.fromThrowable(e).getCode();
      if (code == Status.Code.UNIMPLEMENTED) {
        reattachable = false;
        finished = true;
        receiver.onError(new SparkConnectException("The stream of operation " + operationId()
            + " broke and this server cannot resume it (it does not support ReattachExecute)", e));
        return;
      }
      if (ResponseStream.OPERATION_NOT_FOUND.equals(ErrorConverter.condition(e)) && lastResponseId == null) {
        // The first request never reached the server: send it again.
        executeNext = true;
        openCall();
        return;
      }
    }
    long wait;
    try {
      wait = attempts.nextRetry(e);
    } catch (RuntimeException fatal) {
      finished = true;
      releaseAll();
      receiver.onError(fatal);
      return;
    }
    try {
      client.schedule(() -> serial.execute(() -> {
        if (!finished) {
          attempts.afterWait(wait);
          openCall();
        }
      }), wait);
    } catch (RuntimeException rejected) {
      finished = true;
      receiver.onError(client.convert(e));
    }
  }

  private void complete() {
    finished = true;
    releaseAll();
    receiver.onComplete();
  }

  /** Ends the execution with a failure of the client's own (or the receiver's). */
  private void abort(Throwable e) {
    stopCall();
    interruptThenRelease(1);
    receiver.onError(e);
  }

  private void cancelNow() {
    if (finished) {
      return;
    }
    ClientCall<?, ExecutePlanResponse> open = call;
    generation++;
    call = null;
    finished = true;
    // The call stays open until the server knows of the interrupt: cancelling it first could let a
    // request that is still on its way start the operation after the interrupt found nothing.
    boolean serverKnowsIt = receivedAny || open == null;
    interruptThen(serverKnowsIt ? 1 : CANCEL_INTERRUPT_TRIES, () -> {
      if (open != null) {
        open.cancel("Cancelled by the client", null);
      }
      releaseAll();
    });
  }

  private void stopCall() {
    finished = true;
    generation++;
    if (call != null) {
      call.cancel("Cancelled by the client", null);
      call = null;
    }
  }

  private void interruptThenRelease(int tries) {
    interruptThen(tries, this::releaseAll);
  }

  /**
   * Asks the server to interrupt the operation, up to {@code tries} times while it does not know
   * it yet, then runs {@code then} on the serial executor.
   */
  private void interruptThen(int tries, Runnable then) {
    client.interruptAsync(operationId(), ids -> serial.execute(() -> {
      boolean done = ids == null || ids.contains(operationId()) || tries <= 1 || client.isClosed();
      if (done) {
        then.run();
        return;
      }
      try {
        client.schedule(() -> serial.execute(() -> interruptThen(tries - 1, then)), CANCEL_INTERRUPT_PAUSE_MILLIS);
      } catch (RuntimeException e) {
        then.run();
      }
    }));
  }

  private void releaseAll() {
    if (!released && reattachable) {
      released = true;
      client.releaseAllAsync(operationId());
    }
  }
}
