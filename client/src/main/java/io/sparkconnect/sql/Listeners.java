package io.sparkconnect.sql;

import java.time.Duration;
import java.util.List;

/** Several {@link ClientListener}s as one; each is isolated from the others' failures. */
final class Listeners implements ClientListener {
  private final List<ClientListener> all;

  private Listeners(List<ClientListener> all) {
    this.all = all;
  }

  /** {@code null} for none, the listener itself for one, else all of them in order. */
  static ClientListener of(List<ClientListener> listeners) {
    if (listeners.isEmpty()) {
      return null;
    }
    return listeners.size() == 1 ? listeners.get(0) : new Listeners(List.copyOf(listeners));
  }

  private interface Event {
    void send(ClientListener l);
  }

  private void each(Event e) {
    for (ClientListener l : all) {
      try {
        e.send(l);
      } catch (RuntimeException ignored) {
        // One listener's failure must not keep the event from the others.
      }
    }
  }

  @Override
  public void onRpcStart(String method) {
    each(l -> l.onRpcStart(method));
  }

  @Override
  public void onRpcEnd(String method, Duration duration, String status) {
    each(l -> l.onRpcEnd(method, duration, status));
  }

  @Override
  public void onRetry(int attempt, Duration wait, Throwable cause) {
    each(l -> l.onRetry(attempt, wait, cause));
  }

  @Override
  public void onReattach(String operationId) {
    each(l -> l.onReattach(operationId));
  }

  @Override
  public void onBytesReceived(long bytes) {
    each(l -> l.onBytesReceived(bytes));
  }
}
