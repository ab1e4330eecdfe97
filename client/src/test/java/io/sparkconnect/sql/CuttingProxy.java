package io.sparkconnect.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 between the client and the real server that breaks connections: once a
 * connection has carried {@code cutAfterBytes} from the server, it is closed abruptly, up to
 * {@code maxCuts} times in all. Threads are daemons; {@link #close()} stops everything.
 */
final class CuttingProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final InetSocketAddress target;
  private final long cutAfterBytes;
  private final int maxCuts;
  private final AtomicInteger cuts = new AtomicInteger();
  private final AtomicLong bytesFromServer = new AtomicLong();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  CuttingProxy(String targetHost, int targetPort, long cutAfterBytes, int maxCuts) throws IOException {
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.target = new InetSocketAddress(targetHost, targetPort);
    this.cutAfterBytes = cutAfterBytes;
    this.maxCuts = maxCuts;
    Thread acceptor = new Thread(this::acceptLoop, "cutting-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  /** How many connections were cut. */
  int cuts() {
    return cuts.get();
  }

  /** Bytes relayed from the server. */
  long bytesFromServer() {
    return bytesFromServer.get();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket();
        server.connect(target, 5_000);
        sockets.add(client);
        sockets.add(server);
        AtomicLong relayed = new AtomicLong();
        start(() -> pipe(client, server, null), "cutting-proxy-up");
        start(() -> pipe(server, client, relayed), "cutting-proxy-down");
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private static void start(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
  }

  private void pipe(Socket from, Socket to, AtomicLong relayed) {
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        if (relayed != null) {
          bytesFromServer.addAndGet(n);
          if (relayed.addAndGet(n) >= cutAfterBytes && cuts.getAndUpdate(c -> c < maxCuts ? c + 1 : c) < maxCuts) {
            break;
          }
        }
      }
    } catch (IOException e) {
      // the other direction closed the sockets
    } finally {
      abort(from);
      abort(to);
    }
  }

  /** Closes a socket with a reset, as a failing network would. */
  private static void abort(Socket s) {
    try {
      s.setSoLinger(true, 0);
    } catch (IOException e) {
      // already closed
    }
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      // closing anyway
    }
    sockets.forEach(CuttingProxy::abort);
  }
}
