package io.sparkconnect.client;

import com.google.protobuf.MessageLite;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.sparkconnect.sql.ClientListener;
import java.time.Duration;

/** Reports every call's start, end, status and received bytes to a {@link ClientListener}. */
final class ListenerInterceptor implements ClientInterceptor {
  private final ClientListener listener;

  ListenerInterceptor(ClientListener listener) {
    this.listener = listener;
  }

  @Override
  public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
    String name = method.getBareMethodName();
    return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
      @Override
      public void start(Listener<R> responseListener, Metadata headers) {
        long start = System.nanoTime();
        SafeListener.run(() -> listener.onRpcStart(name));
        super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(responseListener) {
          @Override
          public void onMessage(R message) {
            if (message instanceof MessageLite) {
              long size = ((MessageLite) message).getSerializedSize();
              SafeListener.run(() -> listener.onBytesReceived(size));
            }
            super.onMessage(message);
          }

          @Override
          public void onClose(Status status, Metadata trailers) {
            Duration d = Duration.ofNanos(System.nanoTime() - start);
            SafeListener.run(() -> listener.onRpcEnd(name, d, status.getCode().name()));
            super.onClose(status, trailers);
          }
        }, headers);
      }
    };
  }
}
