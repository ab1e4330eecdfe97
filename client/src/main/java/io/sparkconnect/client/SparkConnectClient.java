package io.sparkconnect.client;

import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.MethodDescriptor;
import io.grpc.ManagedChannel;
import io.grpc.stub.StreamObserver;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NegotiationType;
import io.grpc.netty.shaded.io.netty.channel.ChannelOption;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.sparkconnect.proto.AnalyzePlanRequest;
import io.sparkconnect.proto.AnalyzePlanResponse;
import io.sparkconnect.proto.ConfigRequest;
import io.sparkconnect.proto.ConfigResponse;
import io.sparkconnect.proto.ExecutePlanRequest;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.FetchErrorDetailsRequest;
import io.sparkconnect.proto.FetchErrorDetailsResponse;
import io.sparkconnect.proto.InterruptRequest;
import io.sparkconnect.proto.InterruptResponse;
import io.sparkconnect.proto.Plan;
import io.sparkconnect.proto.ReattachExecuteRequest;
import io.sparkconnect.proto.ReattachOptions;
import io.sparkconnect.proto.ReleaseExecuteRequest;
import io.sparkconnect.proto.ReleaseExecuteResponse;
import io.sparkconnect.proto.ReleaseSessionRequest;
import io.sparkconnect.proto.SparkConnectServiceGrpc;
import io.sparkconnect.proto.UserContext;
import io.sparkconnect.sql.ClientListener;
import io.sparkconnect.sql.RetryPolicy;
import io.sparkconnect.sql.SparkConnectException;
import io.sparkconnect.sql.types.DataType;
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
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
  /**
   * Spark's server leaves gRPC's default keepalive enforcement in place, which tolerates client
   * pings no more often than every five minutes (and only during calls); pinging more often
   * gets the connection closed with {@code too_many_pings}.
   */
  static final long KEEPALIVE_TIME_MINUTES = 5;
  private static final long KEEPALIVE_TIMEOUT_SECONDS = 20;
  /** The conditions under which a server reports that it no longer has the session. */
  static final String SESSION_CHANGED = "INVALID_HANDLE.SESSION_CHANGED";
  static final String SESSION_NOT_FOUND = "INVALID_HANDLE.SESSION_NOT_FOUND";
  static final String SESSION_CLOSED = "INVALID_HANDLE.SESSION_CLOSED";
  private static final String SESSION_GONE_PREFIX = "The Spark Connect session ";

  private final ConnectionString connection;
  /** Observes calls, or {@code null}. */
  private final ClientListener listener;
  private final ClientOptions options;
  private final ManagedChannel channel;
  private final SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub;
  private final SparkConnectServiceGrpc.SparkConnectServiceStub asyncStub;
  /**
   * For releases and interrupts sent without waiting: their callbacks are a few map updates, so
   * they run on the network thread rather than starting a thread of gRPC's default executor.
   */
  private final SparkConnectServiceGrpc.SparkConnectServiceStub controlStub;
  private final Retrier retrier;
  /** Whether the server has answered at least once (see {@link Retrier#reachedBy}). */
  private volatile boolean reached;
  private final AtomicLong reattaches = new AtomicLong();
  /** Operations with a {@code release_until} in flight, mapped to the newest id to release next. */
  private final Map<String, String> releasing = new ConcurrentHashMap<>();
  private final String sessionId;
  private final UserContext userContext;
  private final String clientType;
  private volatile String serverSideSessionId;
  private volatile String serverVersion;
  private volatile boolean closed;
  /** The network threads this client's channel runs on, shared with the other open clients. */
  private final EventLoopGroup eventLoops;
  private final AtomicBoolean loopsReleased = new AtomicBoolean();
  /** Set once the server said it no longer has this session: it cannot come back. */
  private volatile boolean sessionGone;

  private volatile Runnable beforePlan = () -> { };

  private SparkConnectClient(ConnectionString connection, ClientOptions options) {
    this.connection = connection;
    this.options = options;
    this.listener = options.listener();
    this.sessionId = connection.sessionId() != null ? connection.sessionId() : UUID.randomUUID().toString();
    String user = connection.userId() != null ? connection.userId() : System.getProperty("user.name", "");
    this.userContext = UserContext.newBuilder().setUserId(user).setUserName(user).build();
    this.clientType = clientType(connection.userAgent());
    this.eventLoops = EventLoops.acquire();
    NettyChannelBuilder builder = NettyChannelBuilder.forAddress(connection.host(), connection.port())
        .eventLoopGroup(eventLoops)
        .channelType(EventLoops.channelType())
        .maxInboundMessageSize(connection.maxMessageSize())
        .maxInboundMetadataSize(1024 * 1024)
        .userAgent(clientType)
        .withOption(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
        .withOption(ChannelOption.ALLOCATOR, EventLoops.allocator())
        .keepAliveTime(KEEPALIVE_TIME_MINUTES, TimeUnit.MINUTES)
        .keepAliveTimeout(KEEPALIVE_TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .keepAliveWithoutCalls(false)
        .intercept(new HeadersInterceptor(connection.token(), connection.headers()));
    if (listener != null) {
      builder.intercept(new ListenerInterceptor(listener));
    }
    if (options.tls().isSet()) {
      builder.sslContext(options.tls().sslContext()).negotiationType(NegotiationType.TLS);
    } else if (connection.useSsl()) {
      builder.useTransportSecurity();
    } else {
      builder.usePlaintext();
    }
    try {
      this.channel = builder.build();
    } catch (RuntimeException | Error e) {
      EventLoops.release(eventLoops);
      throw e;
    }
    // gRPC paces reconnecting with a backoff of its own (growing to two minutes), failing calls at
    // once meanwhile; resetting it before each retry leaves the timing to the retry policy alone.
    this.retrier = Retrier.of(options.retryPolicy(), connection.endpoint(), this::convert).reachedBy(() -> reached)
        .observedBy(listener).beforeEachRetry(channel::resetConnectBackoff);
    this.stub = SparkConnectServiceGrpc.newBlockingStub(channel);
    this.asyncStub = SparkConnectServiceGrpc.newStub(channel);
    this.controlStub = asyncStub.withExecutor(Runnable::run);
    // Start connecting now: the TCP and HTTP/2 handshakes then overlap with the caller building
    // its first request (in a new JVM, mostly loading the protocol's classes) instead of
    // following it. Nothing is sent until the first call; failures surface there.
    channel.getState(true);
  }

  /** Opens a channel for a new session described by {@code connection} and starts connecting; no call is made yet. */
  public static SparkConnectClient connect(ConnectionString connection) {
    return new SparkConnectClient(connection, ClientOptions.defaults());
  }

  /** As {@link #connect(ConnectionString)}, with {@code options}. */
  public static SparkConnectClient connect(ConnectionString connection, ClientOptions options) {
    return new SparkConnectClient(connection, Objects.requireNonNull(options, "options"));
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
    return new SparkConnectClient(connection.withSessionId(null), options);
  }

  /**
   * Starts executing {@code plan}. The returned stream must be closed (or drained).
   *
   * @param tags operation tags, may be empty
   */
  public ResponseStream execute(Plan plan, Iterable<String> tags) {
    return execute(plan, tags, r -> { });
  }

  /**
   * As {@link #execute(Plan, Iterable)}, showing every response to {@code observer} as it
   * arrives (in the reading thread).
   */
  public ResponseStream execute(Plan plan, Iterable<String> tags, Consumer<ExecutePlanResponse> observer) {
    return execute(plan, tags, observer, true);
  }

  /**
   * Starts an operation meant to stay open until the client or the server ends it (such as the
   * streaming query listener bus): no operation tags, no operation timeout.
   */
  public ResponseStream executeLongRunning(Plan plan) {
    return execute(plan, java.util.List.of(), r -> { }, false);
  }

  private ResponseStream execute(Plan plan, Iterable<String> tags, Consumer<ExecutePlanResponse> observer,
      boolean timed) {
    ExecutePlanRequest built = executeRequest(plan, tags);
    return new ResponseStream(this, built, observer, timed);
  }

  /**
   * Starts executing {@code plan} without blocking: responses go to {@code receiver} on
   * {@code executor}, as {@link AsyncExecution#request} asks for them.
   *
   * @param executor where every callback of the execution runs, one at a time
   */
  public AsyncExecution executeAsync(Plan plan, Iterable<String> tags, Consumer<ExecutePlanResponse> observer,
      AsyncExecution.Receiver receiver, SerialExecutor executor) {
    return AsyncExecution.start(this, executeRequest(plan, tags), observer, receiver, executor);
  }

  /** The request for {@code plan}, checked against the server's version, after the before-plan hook ran. */
  private ExecutePlanRequest executeRequest(Plan plan, Iterable<String> tags) {
    checkOpen();
    ExecutePlanRequest.Builder request = ExecutePlanRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setOperationId(UUID.randomUUID().toString())
        .setPlan(plan)
        .addRequestOptions(ExecutePlanRequest.RequestOption.newBuilder()
            .setReattachOptions(ReattachOptions.newBuilder().setReattachable(true)))
        .addAllTags(tags);
    String observed = serverSideSessionId;
    if (observed != null) {
      request.setClientObservedServerSideSessionId(observed);
    }
    ExecutePlanRequest built = request.build();
    ProtocolCompat.check(built, this::serverVersion);
    beforePlan.run();
    return built;
  }

  /**
   * Sets what runs before every plan is sent (executed or analyzed), e.g. uploading the classes
   * of user code the plan may refer to. It must be cheap when there is nothing to do.
   */
  public void beforePlan(Runnable hook) {
    this.beforePlan = hook;
  }

  /** The executor asynchronous results are decoded and completed on. */
  public Executor asyncExecutor() {
    return options.asyncExecutor();
  }

  /**
   * A new, unstarted call of an execution method ({@code ExecutePlan} or {@code ReattachExecute}),
   * with its callbacks on {@code executor}, outside the caller's gRPC context.
   */
  <Q> ClientCall<Q, ExecutePlanResponse> newExecuteCall(MethodDescriptor<Q, ExecutePlanResponse> method,
      Executor executor, Deadline deadline) {
    CallOptions options = CallOptions.DEFAULT.withExecutor(executor);
    if (deadline != null) {
      options = options.withDeadline(deadline);
    }
    CallOptions chosen = options;
    // The call must not end with whatever context the thread that happens to start it runs in.
    Context previous = Context.ROOT.attach();
    try {
      return channel.newCall(method, chosen);
    } finally {
      Context.ROOT.detach(previous);
    }
  }

  /** Runs {@code task} after {@code millis} on the network thread (it must only hand work on). */
  void schedule(Runnable task, long millis) {
    eventLoops.schedule(task, millis, TimeUnit.MILLISECONDS);
  }

  /**
   * Interrupts one operation without waiting; {@code done} gets the ids the server interrupted, or
   * {@code null} if the call failed. {@code done} runs on the network thread: it must only hand on.
   */
  void interruptAsync(String operationId, Consumer<List<String>> done) {
    InterruptRequest.Builder request = InterruptRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setInterruptType(InterruptRequest.InterruptType.INTERRUPT_TYPE_OPERATION_ID)
        .setOperationId(operationId);
    String observed = serverSideSessionId;
    if (observed != null) {
      request.setClientObservedServerSideSessionId(observed);
    }
    StreamObserver<InterruptResponse> observer = new StreamObserver<>() {
      private List<String> ids;

      @Override
      public void onNext(InterruptResponse value) {
        ids = value.getInterruptedIdsList();
      }

      @Override
      public void onError(Throwable t) {
        done.accept(null);
      }

      @Override
      public void onCompleted() {
        done.accept(ids == null ? List.of() : ids);
      }
    };
    Context.ROOT.run(() -> {
      try {
        controlStub.withDeadlineAfter(10, TimeUnit.SECONDS).interrupt(request.build(), observer);
      } catch (RuntimeException e) {
        done.accept(null);
      }
    });
  }

  /** The options this client was opened with. */
  public ClientOptions options() {
    return options;
  }

  /**
   * Starts the {@code ExecutePlan} call (in the current gRPC context).
   *
   * @param deadline when the call must end, or {@code null}
   */
  Iterator<ExecutePlanResponse> openExecute(ExecutePlanRequest request, Deadline deadline) {
    return (deadline == null ? stub : stub.withDeadline(deadline)).executePlan(request);
  }

  /**
   * Interrupts one operation at once, without retries: for an operation that is being given up.
   * Failures are ignored (releasing the operation ends it too).
   */
  void interruptQuietly(String operationId) {
    InterruptRequest.Builder request = InterruptRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setInterruptType(InterruptRequest.InterruptType.INTERRUPT_TYPE_OPERATION_ID)
        .setOperationId(operationId);
    String observed = serverSideSessionId;
    if (observed != null) {
      request.setClientObservedServerSideSessionId(observed);
    }
    try {
      Context.ROOT.call(() -> stub.withDeadlineAfter(10, TimeUnit.SECONDS).interrupt(request.build()));
    } catch (Exception e) {
      // The release that follows ends the operation as well.
    }
  }

  /**
   * Starts a {@code ReattachExecute} call (in the current gRPC context).
   *
   * @param deadline when the call must end, or {@code null}
   */
  Iterator<ExecutePlanResponse> openReattach(String operationId, String lastResponseId, Deadline deadline) {
    return (deadline == null ? stub : stub.withDeadline(deadline)).reattachExecute(
        reattachRequest(operationId, lastResponseId));
  }

  /** The request to reattach to {@code operationId} after {@code lastResponseId} ({@code null}: from the start). */
  ReattachExecuteRequest reattachRequest(String operationId, String lastResponseId) {
    ReattachExecuteRequest.Builder request = ReattachExecuteRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setOperationId(operationId);
    if (lastResponseId != null) {
      request.setLastResponseId(lastResponseId);
    }
    String observed = serverSideSessionId;
    if (observed != null) {
      request.setClientObservedServerSideSessionId(observed);
    }
    return request.build();
  }

  /**
   * Releases the responses of {@code operationId} up to and including {@code responseId},
   * without waiting. While one such release is in flight, newer ones are coalesced into the next.
   */
  void releaseUntilAsync(String operationId, String responseId) {
    if (releasing.put(operationId, responseId) != null) {
      return;
    }
    sendReleaseUntil(operationId, responseId);
  }

  private void sendReleaseUntil(String operationId, String responseId) {
    ReleaseExecuteRequest request = releaseRequest(operationId)
        .setReleaseUntil(ReleaseExecuteRequest.ReleaseUntil.newBuilder().setResponseId(responseId)).build();
    sendRelease(request, () -> {
      if (releasing.remove(operationId, responseId)) {
        return;
      }
      String newer = releasing.get(operationId);
      if (newer != null) {
        sendReleaseUntil(operationId, newer);
      }
    });
  }

  /** Releases everything of {@code operationId} on the server (ending it if running), without waiting. */
  void releaseAllAsync(String operationId) {
    releasing.remove(operationId);
    sendRelease(releaseRequest(operationId).setReleaseAll(ReleaseExecuteRequest.ReleaseAll.getDefaultInstance())
        .build(), () -> { });
  }

  private ReleaseExecuteRequest.Builder releaseRequest(String operationId) {
    ReleaseExecuteRequest.Builder request = ReleaseExecuteRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setOperationId(operationId);
    String observed = serverSideSessionId;
    if (observed != null) {
      request.setClientObservedServerSideSessionId(observed);
    }
    return request;
  }

  private void sendRelease(ReleaseExecuteRequest request, Runnable then) {
    if (closed) {
      return;
    }
    StreamObserver<ReleaseExecuteResponse> done = new StreamObserver<>() {
      @Override
      public void onNext(ReleaseExecuteResponse value) {}

      @Override
      public void onError(Throwable t) {
        // Releasing is an optimisation: the server drops abandoned operations on its own.
        then.run();
      }

      @Override
      public void onCompleted() {
        then.run();
      }
    };
    // A release must outlive the caller's context (a cancelled stream still releases).
    Context.ROOT.run(() -> {
      try {
        controlStub.withDeadlineAfter(60, TimeUnit.SECONDS).releaseExecute(request, done);
      } catch (RuntimeException e) {
        // The channel is shutting down; nothing left to release.
      }
    });
  }

  /**
   * Interrupts operations of this session.
   *
   * @param type which operations
   * @param value the tag or operation id, or {@code null} for all
   * @return the ids of the operations interrupted
   */
  public List<String> interrupt(InterruptRequest.InterruptType type, String value) {
    checkOpen();
    InterruptRequest.Builder request = InterruptRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setInterruptType(type);
    if (type == InterruptRequest.InterruptType.INTERRUPT_TYPE_TAG) {
      request.setOperationTag(value);
    } else if (type == InterruptRequest.InterruptType.INTERRUPT_TYPE_OPERATION_ID) {
      request.setOperationId(value);
    }
    String observed = serverSideSessionId;
    if (observed != null) {
      request.setClientObservedServerSideSessionId(observed);
    }
    InterruptResponse response = retrier.call(() -> stub.interrupt(request.build()));
    observeServerSession(response.getServerSideSessionId());
    return List.copyOf(response.getInterruptedIdsList());
  }

  /** Converts a failure into this client's exception, with the details the server kept. */
  SparkConnectException convert(Throwable t) {
    if (t instanceof SparkConnectException) {
      return (SparkConnectException) t;
    }
    return explainSessionGone(ErrorConverter.convert(t, endpoint(), this::fetchErrorDetails));
  }

  /**
   * Spark names a lost session in terms of handles; say instead what happened and what to do. The
   * condition and SQLSTATE stay, the server's exception becomes the cause.
   */
  SparkConnectException explainSessionGone(SparkConnectException e) {
    if (e.getMessage() != null && e.getMessage().startsWith(SESSION_GONE_PREFIX)) {
      return e;
    }
    String condition = e.getCondition();
    String why;
    if (SESSION_CHANGED.equals(condition)) {
      why = "the server was restarted since the session started";
    } else if (SESSION_NOT_FOUND.equals(condition)) {
      why = "the server does not know it (it was restarted, or it expired the idle session)";
    } else if (SESSION_CLOSED.equals(condition)) {
      why = "it was closed on the server";
    } else {
      return e;
    }
    sessionGone = true;
    return new SparkConnectException(sessionGoneMessage(why) + " [server: " + e.getMessage() + "]", e, condition,
        e.getSqlState(), e.getMessageParameters(), e.getServerClassName());
  }

  private String sessionGoneMessage(String why) {
    return SESSION_GONE_PREFIX + sessionId + " no longer exists on the server at " + endpoint() + ": " + why
        + ". Its temporary views, cached data and settings are lost; create a new SparkSession to continue.";
  }

  /** Fetches the details of server error {@code errorId}; {@code null} if the server cannot. */
  FetchErrorDetailsResponse fetchErrorDetails(String errorId) {
    if (closed) {
      return null;
    }
    FetchErrorDetailsRequest.Builder request = FetchErrorDetailsRequest.newBuilder()
        .setSessionId(sessionId)
        .setUserContext(userContext)
        .setClientType(clientType)
        .setErrorId(errorId);
    try {
      // Not retried: this runs while converting another failure, possibly inside a retry already.
      return Context.ROOT.call(() -> stub.withDeadlineAfter(30, TimeUnit.SECONDS).fetchErrorDetails(request.build()));
    } catch (Exception e) {
      return null;
    }
  }

  /** The retry policy applied to this client's calls. */
  public RetryPolicy retryPolicy() {
    return retrier.policy();
  }

  Retrier retrier() {
    return retrier;
  }

  void countReattach(String operationId) {
    reattaches.incrementAndGet();
    if (listener != null) {
      SafeListener.run(() -> listener.onReattach(operationId));
    }
  }

  /** How many times execution streams of this client reattached to their operation. */
  public long reattachCount() {
    return reattaches.get();
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
    AnalyzePlanRequest built = request.build();
    if (!built.hasSparkVersion()) {
      ProtocolCompat.check(built, this::serverVersion);
      beforePlan.run();
    }
    try {
      AnalyzePlanResponse response = retrier.call(() -> stub.analyzePlan(built));
      observeServerSession(response.getServerSideSessionId());
      return response;
    } catch (RuntimeException e) {
      throw convert(e);
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
   * A data type the server sent, read as the server's release means it: a string's
   * {@code UTF8_BINARY} collation is explicit ({@code string collate UTF8_BINARY}) from Spark 4.1
   * on and plain {@code string} before. The server's version is asked only when the type names
   * that collation.
   */
  public DataType dataType(io.sparkconnect.proto.DataType proto) {
    boolean explicit = true;
    if (DataTypeProtos.namesDefaultCollation(proto)) {
      int[] v = ProtocolCompat.parse(serverVersion());
      explicit = v == null || v[0] > 4 || (v[0] == 4 && v[1] >= 1);
    }
    return DataTypeProtos.fromProto(proto, explicit);
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
      ConfigResponse response = retrier.call(() -> stub.config(request.build()));
      observeServerSession(response.getServerSideSessionId());
      return response;
    } catch (RuntimeException e) {
      throw convert(e);
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
      throw explainSessionGone(ErrorConverter.convert(e, endpoint()));
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
      throw explainSessionGone(ErrorConverter.convert(e.getCause(), endpoint()));
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

  void observeServerSession(String id) {
    reached = true;
    if (id == null || id.isEmpty()) {
      return;
    }
    String known = serverSideSessionId;
    if (known == null) {
      serverSideSessionId = id;
    } else if (!known.equals(id)) {
      sessionGone = true;
      throw new SparkConnectException(sessionGoneMessage("the server now runs another session under its id"
          + " (it was probably restarted)"), null, SESSION_CHANGED, null, Map.of(), null);
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

  /** Whether the server said it no longer has this session (restarted, expired or released it). */
  public boolean isSessionGone() {
    return sessionGone;
  }

  /**
   * Releases the session on the server (best effort) and shuts the channel down. Idempotent;
   * never throws.
   */
  @Override
  public void close() {
    close(true);
  }

  /**
   * Shuts the channel down without releasing the session on the server: for a client that borrows
   * a session another client owns (the same session id). Idempotent; never throws.
   */
  public void detach() {
    close(false);
  }

  private void close(boolean release) {
    if (closed) {
      return;
    }
    try {
      if (release) {
        ReleaseSessionRequest.Builder request = ReleaseSessionRequest.newBuilder()
            .setSessionId(sessionId)
            .setUserContext(userContext)
            .setClientType(clientType);
        stub.withDeadlineAfter(10, TimeUnit.SECONDS).releaseSession(request.build());
      }
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
      if (loopsReleased.compareAndSet(false, true)) {
        EventLoops.release(eventLoops);
      }
    }
  }

  /** Whether the channel has shut down completely: no connection, no thread of its own left. */
  public boolean isTerminated() {
    return channel.isTerminated();
  }

  @Override
  public String toString() {
    return "SparkConnectClient(" + connection + ", session_id=" + sessionId + ")";
  }
}
