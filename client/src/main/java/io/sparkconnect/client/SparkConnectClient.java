package io.sparkconnect.client;

import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.ChannelOption;
import io.sparkconnect.proto.AnalyzePlanRequest;
import io.sparkconnect.proto.AnalyzePlanResponse;
import io.sparkconnect.proto.ConfigRequest;
import io.sparkconnect.proto.ConfigResponse;
import io.sparkconnect.proto.ExecutePlanRequest;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.Plan;
import io.sparkconnect.proto.ReleaseSessionRequest;
import io.sparkconnect.proto.SparkConnectServiceGrpc;
import io.sparkconnect.proto.UserContext;
import io.sparkconnect.sql.SparkConnectException;
import java.util.Iterator;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The RPC client of one Spark Connect session: one gRPC channel, the session id, the user
 * context and the client type, and the conversion of every failure into this client's
 * exceptions. Thread-safe: any number of threads may issue calls at once.
 */
public final class SparkConnectClient implements AutoCloseable {
  /** This client's version, reported in the client type. */
  public static final String VERSION = "0.1.0";
  private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

  private final ConnectionString connection;
  private final ManagedChannel channel;
  private final SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub;
  private final String sessionId;
  private final UserContext userContext;
  private final String clientType;
  private volatile String serverSideSessionId;
  private volatile String serverVersion;
  private volatile boolean closed;

  private SparkConnectClient(ConnectionString connection) {
    this.connection = connection;
    this.sessionId = connection.sessionId() != null ? connection.sessionId() : UUID.randomUUID().toString();
    String user = connection.userId() != null ? connection.userId() : System.getProperty("user.name", "");
    this.userContext = UserContext.newBuilder().setUserId(user).setUserName(user).build();
    this.clientType = clientType(connection.userAgent());
    NettyChannelBuilder builder = NettyChannelBuilder.forAddress(connection.host(), connection.port())
        .maxInboundMessageSize(connection.maxMessageSize())
        .maxInboundMetadataSize(1024 * 1024)
        .userAgent(clientType)
        .withOption(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
        .intercept(new HeadersInterceptor(connection.token(), connection.headers()));
    if (connection.useSsl()) {
      builder.useTransportSecurity();
    } else {
      builder.usePlaintext();
    }
    this.channel = builder.build();
    this.stub = SparkConnectServiceGrpc.newBlockingStub(channel);
  }

  /** Opens a channel for a new session described by {@code connection}; nothing is sent yet. */
  public static SparkConnectClient connect(ConnectionString connection) {
    return new SparkConnectClient(connection);
  }

  static String clientType(String userAgent) {
    String os = System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT).replace(' ', '_');
    String java = System.getProperty("java.version", "unknown");
    String s = userAgent + " spark-connect-java/" + VERSION + " java/" + java + " os/" + os;
    return s.length() <= ConnectionString.MAX_USER_AGENT_LENGTH ? s : s.substring(0, ConnectionString.MAX_USER_AGENT_LENGTH);
  }

  /** The session id sent with every request. */
  public String sessionId() {
    return sessionId;
  }

  /** The connection this client was opened with. */
  public ConnectionString connection() {
    return connection;
  }

  /** {@code host:port} of the server. */
  public String endpoint() {
    return connection.endpoint();
  }

  /** The client type reported to the server. */
  public String clientType() {
    return clientType;
  }

  /** A new client for another session on the same server, with its own channel. */
  public SparkConnectClient newSession() {
    return new SparkConnectClient(connection.withSessionId(null));
  }

  /**
   * Starts executing {@code plan}. The returned stream must be closed (or drained).
   *
   * @param tags operation tags, may be empty
   */
  public ResponseStream execute(Plan plan, Iterable<String> tags) {
    checkOpen();
    String operationId = UUID.randomUUID().toString();
    ExecutePlanRequest.Builder request = ExecutePlanRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setOperationId(operationId)
        .setPlan(plan)
        .addAllTags(tags);
    String observed = serverSideSessionId;
    if (observed != null) {
      request.setClientObservedServerSideSessionId(observed);
    }
    ProtocolCompat.check(request, this::serverVersion);
    Context.CancellableContext context = Context.current().withCancellation();
    Context previous = context.attach();
    try {
      Iterator<ExecutePlanResponse> responses = stub.executePlan(request.build());
      Consumer<ExecutePlanResponse> observer = r -> observeServerSession(r.getServerSideSessionId());
      return new ResponseStream(responses, context, endpoint(), operationId, observer);
    } catch (RuntimeException e) {
      context.cancel(e);
      throw ErrorConverter.convert(e, endpoint());
    } finally {
      context.detach(previous);
    }
  }

  /** Sends an {@code AnalyzePlan} request; the caller sets the analysis wanted. */
  public AnalyzePlanResponse analyze(Consumer<AnalyzePlanRequest.Builder> what) {
    checkOpen();
    AnalyzePlanRequest.Builder request = AnalyzePlanRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType);
    String observed = serverSideSessionId;
    if (observed != null) {
      request.setClientObservedServerSideSessionId(observed);
    }
    what.accept(request);
    if (!request.hasSparkVersion()) {
      ProtocolCompat.check(request, this::serverVersion);
    }
    try {
      AnalyzePlanResponse response = stub.analyzePlan(request.build());
      observeServerSession(response.getServerSideSessionId());
      return response;
    } catch (RuntimeException e) {
      throw ErrorConverter.convert(e, endpoint());
    }
  }

  /**
   * The Spark version of the server, asked once per session.
   *
   * @return the version, e.g. {@code "4.2.0"}
   */
  public String serverVersion() {
    String v = serverVersion;
    if (v == null) {
      v = analyze(r -> r.setSparkVersion(AnalyzePlanRequest.SparkVersion.getDefaultInstance()))
          .getSparkVersion().getVersion();
      serverVersion = v;
    }
    return v;
  }

  /**
   * Fails with a clear message unless the server runs at least {@code minVersion}; for features
   * that older servers lack and that no protocol field reveals (a whole RPC, a SQL function).
   *
   * @param feature what the caller wanted, named in the message, e.g. {@code "DataFrame.transpose"}
   * @param minVersion the first Spark release that has it, e.g. {@code "4.0"}
   * @throws SparkConnectException naming the feature, the version needed and the server's version
   */
  public void requireServerVersion(String feature, String minVersion) {
    ProtocolCompat.require(feature, minVersion, serverVersion());
  }

  /** Sends a {@code Config} request with one operation. */
  public ConfigResponse config(ConfigRequest.Operation operation) {
    checkOpen();
    ConfigRequest.Builder request = ConfigRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setOperation(operation);
    String observed = serverSideSessionId;
    if (observed != null) {
      request.setClientObservedServerSideSessionId(observed);
    }
    try {
      ConfigResponse response = stub.config(request.build());
      observeServerSession(response.getServerSideSessionId());
      return response;
    } catch (RuntimeException e) {
      throw ErrorConverter.convert(e, endpoint());
    }
  }

  private void observeServerSession(String id) {
    if (id == null || id.isEmpty()) {
      return;
    }
    String known = serverSideSessionId;
    if (known == null) {
      serverSideSessionId = id;
    } else if (!known.equals(id)) {
      throw new SparkConnectException("The session " + sessionId + " on " + endpoint()
          + " is gone: the server now runs another session under this id (was the server restarted?)."
          + " Create a new SparkSession.");
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("This Spark Connect session (" + sessionId + ") is closed");
    }
  }

  /** Whether {@link #close()} has been called. */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Releases the session on the server (best effort) and shuts the channel down. Idempotent;
   * never throws.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      ReleaseSessionRequest.Builder request = ReleaseSessionRequest.newBuilder()
          .setSessionId(sessionId)
          .setUserContext(userContext)
          .setClientType(clientType);
      stub.withDeadlineAfter(10, TimeUnit.SECONDS).releaseSession(request.build());
    } catch (RuntimeException e) {
      // The server may be gone already (or too old to know ReleaseSession); nothing to release then.
    } finally {
      closed = true;
      channel.shutdown();
      try {
        if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
          channel.shutdownNow();
        }
      } catch (InterruptedException e) {
        channel.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String toString() {
    return "SparkConnectClient(" + connection + ", session_id=" + sessionId + ")";
  }
}
