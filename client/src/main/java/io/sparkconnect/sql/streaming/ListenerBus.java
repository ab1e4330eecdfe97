package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.ResponseStream;
import io.sparkconnect.client.StreamingBridge;
import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.StreamingQueryListenerBusCommand;
import io.sparkconnect.proto.StreamingQueryListenerEvent;
import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.SparkSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The client side of a session's streaming query listeners. While at least one listener is
 * registered, one long-running {@code ExecutePlan} operation (the listener bus command) stays open:
 * the server sends every event of the session's queries on it, and a daemon thread of ours reads
 * them and calls the listeners. Removing the last listener sends the remove command, which ends
 * that operation on the server; closing the session cancels it.
 *
 * <p>Thread-safe: registration is serialised by {@link #lock}, callbacks by {@link #dispatch}.
 */
final class ListenerBus {
  private static final System.Logger LOG = System.getLogger(ListenerBus.class.getName());

  private final SparkSession session;
  private final List<StreamingQueryListener> listeners = new CopyOnWriteArrayList<>();
  private final Object lock = new Object();
  private final Object dispatch = new Object();
  /** The reader of the open operation, or null while no listener is registered. */
  private Reader reader;
  private boolean closed;

  ListenerBus(SparkSession session) {
    this.session = session;
  }

  void add(StreamingQueryListener listener) {
    if (listener == null) {
      throw new IllegalArgumentException("The listener must not be null");
    }
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("This SparkSession is closed");
      }
      if (reader == null) {
        StreamingBridge.sessions().requireServerVersion(session, "StreamingQueryManager.addListener", "4.0");
        reader = new Reader(open());
        reader.start();
      }
      listeners.add(listener);
    }
  }

  void remove(StreamingQueryListener listener) {
    synchronized (lock) {
      if (!listeners.contains(listener)) {
        return;
      }
      if (listeners.size() == 1 && reader != null) {
        // Stop the server-side bus first: if that fails the listener stays registered, consistently.
        StreamingBridge.sessions().executeCommand(session, command(false));
        reader.stopping = true;
        reader = null;
      }
      listeners.remove(listener);
    }
  }

  StreamingQueryListener[] list() {
    return listeners.toArray(new StreamingQueryListener[0]);
  }

  /** Session close: the server drops its side with the session; ours stops reading. */
  void close() {
    Reader r;
    synchronized (lock) {
      closed = true;
      listeners.clear();
      r = reader;
      reader = null;
    }
    if (r != null) {
      r.stopping = true;
      r.stream.close();
    }
  }

  /** Whether any listener is registered: the server sends query-started events only then. */
  boolean active() {
    return !listeners.isEmpty();
  }

  /** Calls every listener with {@code event}, one listener and one event at a time. */
  void post(StreamingQueryListener.Event event) {
    synchronized (dispatch) {
      for (StreamingQueryListener l : listeners) {
        try {
          if (event instanceof StreamingQueryListener.QueryStartedEvent) {
            l.onQueryStarted((StreamingQueryListener.QueryStartedEvent) event);
          } else if (event instanceof StreamingQueryListener.QueryProgressEvent) {
            l.onQueryProgress((StreamingQueryListener.QueryProgressEvent) event);
          } else if (event instanceof StreamingQueryListener.QueryIdleEvent) {
            l.onQueryIdle((StreamingQueryListener.QueryIdleEvent) event);
          } else if (event instanceof StreamingQueryListener.QueryTerminatedEvent) {
            l.onQueryTerminated((StreamingQueryListener.QueryTerminatedEvent) event);
          }
        } catch (RuntimeException | Error e) {
          if (e instanceof VirtualMachineError) {
            throw (VirtualMachineError) e;
          }
          // One listener's failure must not keep the event from the others.
          LOG.log(System.Logger.Level.WARNING, "Streaming query listener " + l + " failed on " + event, e);
        }
      }
    }
  }

  /** Opens the listener bus operation and waits until the server confirms the bus is attached. */
  private ResponseStream open() {
    ResponseStream stream = StreamingBridge.sessions().executeLongRunning(session, command(true));
    try {
      while (stream.hasNext()) {
        ExecutePlanResponse r = stream.next();
        if (r.hasStreamingQueryListenerEventsResult()
            && r.getStreamingQueryListenerEventsResult().getListenerBusListenerAdded()) {
          return stream;
        }
      }
    } catch (RuntimeException e) {
      stream.close();
      throw e;
    }
    stream.close();
    // The server answers a second add for the same session by ending the operation at once.
    throw new SparkConnectException("The server did not attach a streaming query listener bus to session "
        + session.sessionId() + ": another client of this session has one");
  }

  private static Command command(boolean add) {
    StreamingQueryListenerBusCommand.Builder c = StreamingQueryListenerBusCommand.newBuilder();
    if (add) {
      c.setAddListenerBusListener(true);
    } else {
      c.setRemoveListenerBusListener(true);
    }
    return Command.newBuilder().setStreamingQueryListenerBusCommand(c).build();
  }

  /** Reads one listener bus operation until it ends. */
  private final class Reader extends Thread {
    final ResponseStream stream;
    volatile boolean stopping;

    Reader(ResponseStream stream) {
      super("spark-connect-streaming-listeners-" + session.sessionId());
      setDaemon(true);
      this.stream = stream;
    }

    @Override
    public void run() {
      try {
        while (stream.hasNext()) {
          ExecutePlanResponse r = stream.next();
          if (!r.hasStreamingQueryListenerEventsResult()) {
            continue;
          }
          for (StreamingQueryListenerEvent e : r.getStreamingQueryListenerEventsResult().getEventsList()) {
            StreamingQueryListener.Event event = event(e);
            if (event != null && !stopping) {
              post(event);
            }
          }
        }
      } catch (RuntimeException e) {
        if (!stopping) {
          // The bus is gone (the server or the session went away): listeners that could never be
          // called again must not look registered.
          LOG.log(System.Logger.Level.WARNING, "The streaming query listener bus of session "
              + session.sessionId() + " broke; its listeners are removed", e);
          synchronized (lock) {
            if (reader == this) {
              reader = null;
              listeners.clear();
            }
          }
        }
      } finally {
        stream.close();
      }
    }

    private StreamingQueryListener.Event event(StreamingQueryListenerEvent e) {
      try {
        switch (e.getEventType()) {
          case QUERY_PROGRESS_EVENT:
            return new StreamingQueryListener.QueryProgressEvent(e.getEventJson());
          case QUERY_IDLE_EVENT:
            return new StreamingQueryListener.QueryIdleEvent(e.getEventJson());
          case QUERY_TERMINATED_EVENT:
            return new StreamingQueryListener.QueryTerminatedEvent(e.getEventJson());
          default:
            return null;
        }
      } catch (RuntimeException bad) {
        LOG.log(System.Logger.Level.WARNING, "Skipping a streaming query event this client cannot read: "
            + e.getEventJson(), bad);
        return null;
      }
    }
  }
}
