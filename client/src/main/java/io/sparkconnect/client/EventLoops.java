package io.sparkconnect.client;

import io.grpc.netty.shaded.io.netty.buffer.ByteBufAllocator;
import io.grpc.netty.shaded.io.netty.buffer.PooledByteBufAllocator;
import io.grpc.netty.shaded.io.netty.channel.Channel;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.SingleThreadIoEventLoop;
import io.grpc.netty.shaded.io.netty.channel.epoll.Epoll;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollIoHandler;
import io.grpc.netty.shaded.io.netty.channel.epoll.EpollSocketChannel;
import io.grpc.netty.shaded.io.netty.channel.nio.NioIoHandler;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import io.grpc.netty.shaded.io.netty.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The network thread (one Netty event loop) and buffer pool that every open client's channel
 * shares. The first client starts the loop; when the last one closes it stops, and its thread
 * has ended before that close returns, so no network thread outlives the sessions.
 *
 * <p>That matters at exit: an event loop thread waits for I/O inside a native call, and a JVM
 * that exits while any thread is in a native call waits up to 300 ms for it. The transport gRPC
 * would pick by itself keeps its threads for a while after the last channel closes, so every
 * short program paid that wait; with the loop stopped on close it exits at once.
 */
final class EventLoops {
  /** How long {@link #release} waits for the loop to stop: it only has closed channels left. */
  private static final long STOP_WAIT_MILLIS = 2_000;

  /**
   * gRPC's copy of Netty registers Java Flight Recorder events for its buffer allocations when it
   * starts, unless this property says otherwise. Registering them initializes the recorder's
   * machinery, about 80 ms of a cold start, for events only a recording would show. The client
   * turns them off unless the property is set (to {@code true} to keep them).
   */
  static final String NETTY_JFR_PROPERTY = "io.grpc.netty.shaded.io.netty.jfr.enabled";

  static {
    if (System.getProperty(NETTY_JFR_PROPERTY) == null) {
      System.setProperty(NETTY_JFR_PROPERTY, "false");
    }
  }

  /**
   * The buffer pool of the channels. Unlike the one gRPC would make (an arena of 2 MiB chunks per
   * pair of cores), it has a single arena: a client's buffers are taken mostly by the one event
   * loop reading responses, and each arena in use holds at least one chunk of memory.
   */
  private static final ByteBufAllocator ALLOCATOR = new PooledByteBufAllocator(true, 1, 1, 8192, 8,
      PooledByteBufAllocator.defaultSmallCacheSize(), PooledByteBufAllocator.defaultNormalCacheSize(),
      PooledByteBufAllocator.defaultUseCacheForAllThreads());

  private static EventLoopGroup group;
  /** The thread of {@link #group}, once it started. */
  private static volatile Thread thread;
  private static int users;

  private EventLoops() {}

  /** The shared loop, started if no client holds it; pair each call with {@link #release}. */
  static synchronized EventLoopGroup acquire() {
    if (users++ == 0) {
      // One loop: a client has one connection per session, and the loop only moves bytes (the
      // messages are decoded on gRPC's executor). A single loop, unlike a group of them, also
      // stops without starting Netty's global (non-daemon) notifier thread.
      DefaultThreadFactory threads = new DefaultThreadFactory("spark-connect-io", true);
      ThreadFactory recorded = r -> thread = threads.newThread(r);
      group = new SingleThreadIoEventLoop(null, recorded,
          epoll() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    }
    return group;
  }

  /**
   * Gives back what {@link #acquire} returned; the last release stops the loop and waits
   * (briefly) until its thread has ended. Call it after the channel has terminated.
   */
  static void release(EventLoopGroup loops) {
    Future<?> stopped;
    Thread last;
    synchronized (EventLoops.class) {
      if (loops != group || users == 0) {
        return;
      }
      if (--users > 0) {
        return;
      }
      group = null;
      last = thread;
      thread = null;
      stopped = loops.shutdownGracefully(0, STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MILLIS);
    stopped.awaitUninterruptibly(STOP_WAIT_MILLIS);
    // The loop reports termination just before its thread ends; wait for the end itself.
    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    if (last != null && left > 0) {
      try {
        last.join(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The buffer pool for the channels: set it as their {@code ChannelOption.ALLOCATOR}. */
  static ByteBufAllocator allocator() {
    return ALLOCATOR;
  }

  /** The socket channel type that goes with the loop {@link #acquire} makes. */
  static Class<? extends Channel> channelType() {
    return epoll() ? EpollSocketChannel.class : NioSocketChannel.class;
  }

  private static boolean epoll() {
    return Epoll.isAvailable();
  }
}
