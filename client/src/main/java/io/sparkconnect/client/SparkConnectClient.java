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
import io.grpc.stub.StreamObserver;
import io.sparkconnect.proto.AddArtifactsRequest;
import io.sparkconnect.proto.AddArtifactsResponse;
import io.sparkconnect.proto.ArtifactStatusesRequest;
import io.sparkconnect.proto.ArtifactStatusesResponse;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
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
  private final SparkConnectServiceGrpc.SparkConnectServiceStub asyncStub;
  private final String sessionId;
  private final UserContext userContext;
  private final String clientType;
  private volatile String serverSideSessionId;
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
    this.asyncStub = SparkConnectServiceGrpc.newStub(channel);
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

  /** The user id sent with every request. */
  public String userId() {
    return userContext.getUserId();
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
    try {
      AnalyzePlanResponse response = stub.analyzePlan(request.build());
      observeServerSession(response.getServerSideSessionId());
      return response;
    } catch (RuntimeException e) {
      throw ErrorConverter.convert(e, endpoint());
    }
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

  /**
   * Which of the named artifacts the server already holds for this session ({@code ArtifactStatus}).
   *
   * @return for each name, whether the server has it
   */
  public Map<String, Boolean> artifactStatuses(Collection<String> names) {
    checkOpen();
    ArtifactStatusesRequest.Builder request = ArtifactStatusesRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .addAllNames(names);
    String observed = serverSideSessionId;
    if (observed != null) {
      request.setClientObservedServerSideSessionId(observed);
    }
    try {
      ArtifactStatusesResponse response = stub.artifactStatus(request.build());
      observeServerSession(response.getServerSideSessionId());
      Map<String, Boolean> out = new LinkedHashMap<>();
      for (String n : names) {
        ArtifactStatusesResponse.ArtifactStatus st = response.getStatusesMap().get(n);
        out.put(n, st != null && st.getExists());
      }
      return out;
    } catch (RuntimeException e) {
      throw ErrorConverter.convert(e, endpoint());
    }
  }

  /**
   * Uploads artifacts to this session in one {@code AddArtifacts} call, in chunks with a CRC32 each.
   *
   * @throws SparkConnectException if the call fails or the server reports a CRC mismatch
   */
  public void addArtifacts(List<Artifact> artifacts) {
    checkOpen();
    if (artifacts.isEmpty()) {
      return;
    }
    CompletableFuture<AddArtifactsResponse> response = new CompletableFuture<>();
    StreamObserver<AddArtifactsResponse> responses = new StreamObserver<>() {
      @Override
      public void onNext(AddArtifactsResponse value) {
        response.complete(value);
      }

      @Override
      public void onError(Throwable t) {
        response.completeExceptionally(t);
      }

      @Override
      public void onCompleted() {
        response.complete(AddArtifactsResponse.getDefaultInstance());
      }
    };
    Supplier<AddArtifactsRequest.Builder> header = () -> {
      AddArtifactsRequest.Builder b = AddArtifactsRequest.newBuilder()
          .setSessionId(sessionId).setUserContext(userContext).setClientType(clientType);
      String observed = serverSideSessionId;
      if (observed != null) {
        b.setClientObservedServerSideSessionId(observed);
      }
      return b;
    };
    AddArtifactsResponse summary;
    try {
      summary = new ArtifactUploader(header, asyncStub.addArtifacts(responses), response).upload(artifacts);
    } catch (ExecutionException e) {
      throw ErrorConverter.convert(e.getCause(), endpoint());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SparkConnectException("Interrupted while uploading artifacts", e);
    }
    observeServerSession(summary.getServerSideSessionId());
    for (AddArtifactsResponse.ArtifactSummary a : summary.getArtifactsList()) {
      if (!a.getIsCrcSuccessful()) {
        throw new SparkConnectException("The server received the artifact " + a.getName() + " corrupted (CRC mismatch)");
      }
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
