package io.sparkconnect.sql;

import io.sparkconnect.client.ConnectionString;
import io.sparkconnect.client.ResponseStream;
import io.sparkconnect.client.SparkConnectClient;
import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.LocalRelation;
import io.sparkconnect.proto.Plan;
import io.sparkconnect.proto.Range;
import io.sparkconnect.proto.Read;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.RelationCommon;
import io.sparkconnect.proto.SQL;
import io.sparkconnect.proto.SqlCommand;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entry point: a session on a Spark Connect server, from which DataFrames are made.
 *
 * <pre>{@code
 * try (SparkSession spark = SparkSession.builder().remote("sc://localhost:15002").getOrCreate()) {
 *   spark.sql("SELECT 1 AS one").show();
 *   spark.range(10).filter(col("id").gt(5)).show();
 * }
 * }</pre>
 *
 * <p>{@code remote("local")}, {@code remote("local[N]")} and {@code remote("local[*]")} start an
 * embedded server in a child JVM (this needs {@code spark-connect-local} on the classpath) and stop
 * it when the session closes. {@code remote("local-cluster[N]")} does the same with a Spark
 * standalone cluster of {@code N} workers on this machine (a master, {@code N} worker JVMs and one
 * executor JVM per worker), so that tasks run in separate processes as on a real cluster.
 *
 * <p>Thread-safe: one session may be shared by any number of threads; each call is an independent
 * request. Close it when done: {@link #close()} releases the session on the server.
 */
public final class SparkSession implements AutoCloseable {
  private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|\\d+)])?");
  private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[(\\d+)]");
  private static final Map<String, SparkSession> SESSIONS = new ConcurrentHashMap<>();
  private static volatile SparkSession defaultSession;

  private final SparkConnectClient client;
  private final AutoCloseable ownedServer;
  private final String cacheKey;
  private final AtomicLong planIds = new AtomicLong();
  private final Set<String> tags = ConcurrentHashMap.newKeySet();
  private final RuntimeConfig conf;
  private volatile boolean closed;

  private SparkSession(SparkConnectClient client, AutoCloseable ownedServer, String cacheKey) {
    this.client = client;
    this.ownedServer = ownedServer;
    this.cacheKey = cacheKey;
    this.conf = new RuntimeConfig(client);
  }

  /** A builder for a session. */
  public static Builder builder() {
    return new Builder();
  }

  /** The session most recently made by {@link Builder#getOrCreate()} and still open, if any. */
  public static java.util.Optional<SparkSession> getDefaultSession() {
    SparkSession s = defaultSession;
    return s != null && !s.closed ? java.util.Optional.of(s) : java.util.Optional.empty();
  }

  /** Same as {@link #getDefaultSession()}: this client has one active session per JVM. */
  public static java.util.Optional<SparkSession> getActiveSession() {
    return getDefaultSession();
  }

  /**
   * The default session.
   *
   * @throws IllegalStateException when there is none
   */
  public static SparkSession active() {
    return getDefaultSession().orElseThrow(() -> new IllegalStateException("No active or default Spark session found"));
  }

  // ---------------------------------------------------------------- DataFrames

  /**
   * Runs SQL text. Commands (DDL, {@code INSERT}, {@code SET} ...) run at once; queries run when an
   * action such as {@code collect()} or {@code show()} is called.
   */
  public DataFrame sql(String sqlText) {
    return sql(sqlText, SQL.newBuilder().setQuery(sqlText));
  }

  /**
   * Runs SQL text with named parameters, written {@code :name} in the text.
   *
   * <pre>{@code spark.sql("SELECT * FROM t WHERE id > :min", Map.of("min", 10)); }</pre>
   */
  public DataFrame sql(String sqlText, Map<String, Object> args) {
    SQL.Builder sql = SQL.newBuilder().setQuery(sqlText);
    args.forEach((k, v) -> sql.putArgs(k, Literals.of(v)));
    return sql(sqlText, sql);
  }

  /**
   * Runs SQL text with positional parameters, written {@code ?} in the text.
   *
   * <pre>{@code spark.sql("SELECT * FROM t WHERE id > ? AND name = ?", 10, "x"); }</pre>
   */
  public DataFrame sql(String sqlText, Object... args) {
    SQL.Builder sql = SQL.newBuilder().setQuery(sqlText);
    for (Object a : args) {
      sql.addPosArgs(Literals.of(a));
    }
    return sql(sqlText, sql);
  }

  @SuppressWarnings("deprecation")
  private DataFrame sql(String sqlText, SQL.Builder sql) {
    // Both the relation (newer servers) and the flat fields (older servers) are set: each server
    // version reads the form it knows.
    SqlCommand.Builder cmd = SqlCommand.newBuilder().setSql(sqlText)
        .putAllArgs(sql.getArgsMap()).addAllPosArgs(sql.getPosArgsList())
        .setInput(newRelation(Relation.newBuilder().setSql(sql)));
    Relation result = null;
    try (ResponseStream responses = execute(Plan.newBuilder().setCommand(Command.newBuilder().setSqlCommand(cmd)).build())) {
      while (responses.hasNext()) {
        ExecutePlanResponse r = responses.next();
        if (r.hasSqlCommandResult()) {
          result = r.getSqlCommandResult().getRelation();
        }
      }
    }
    if (result == null) {
      throw new SparkConnectException("The server sent no result for the SQL command");
    }
    return new DataFrame(this, withPlanId(result.toBuilder()));
  }

  /** The numbers {@code 0} to {@code end - 1}, in a column {@code id} of type bigint. */
  public DataFrame range(long end) {
    return range(0, end);
  }

  /** The numbers {@code start} to {@code end - 1}, in a column {@code id} of type bigint. */
  public DataFrame range(long start, long end) {
    return range(start, end, 1);
  }

  /** The numbers from {@code start} up to (excluding) {@code end}, {@code step} apart. */
  public DataFrame range(long start, long end, long step) {
    return newDataFrame(Relation.newBuilder().setRange(Range.newBuilder().setStart(start).setEnd(end).setStep(step)));
  }

  /** As {@link #range(long, long, long)}, in {@code numPartitions} partitions. */
  public DataFrame range(long start, long end, long step, int numPartitions) {
    if (numPartitions <= 0) {
      throw new IllegalArgumentException("numPartitions must be positive, not " + numPartitions);
    }
    return newDataFrame(Relation.newBuilder().setRange(
        Range.newBuilder().setStart(start).setEnd(end).setStep(step).setNumPartitions(numPartitions)));
  }

  /** The table or view {@code tableName} (optionally qualified: {@code db.table}). */
  public DataFrame table(String tableName) {
    return newDataFrame(Relation.newBuilder().setRead(Read.newBuilder()
        .setNamedTable(Read.NamedTable.newBuilder().setUnparsedIdentifier(tableName))));
  }

  /** Reads files and tables. */
  public DataFrameReader read() {
    return new DataFrameReader(this);
  }

  /** A DataFrame with no rows and no columns. */
  public DataFrame emptyDataFrame() {
    return newDataFrame(Relation.newBuilder().setLocalRelation(LocalRelation.newBuilder().setSchema("struct<>")));
  }

  // ---------------------------------------------------------------- session

  /** The Spark version of the server. */
  public String version() {
    return client.serverVersion();
  }

  /** The session's runtime configuration. */
  public RuntimeConfig conf() {
    return conf;
  }

  /** The id of this session on the server. */
  public String sessionId() {
    return client.sessionId();
  }

  /**
   * A new session on the same server, with its own configuration, temporary views and tags. It
   * shares this session's embedded server, if any, which stops when this session closes.
   */
  public SparkSession newSession() {
    checkOpen();
    return new SparkSession(client.newSession(), null, null);
  }

  /** Whether {@link #close()} has been called. */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Releases the session on the server and closes the connection; stops the embedded server this
   * session started, if any. Idempotent; never throws.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (cacheKey != null) {
      SESSIONS.remove(cacheKey, this);
    }
    if (defaultSession == this) {
      defaultSession = null;
    }
    client.close();
    if (ownedServer != null) {
      try {
        ownedServer.close();
      } catch (Exception e) {
        // Stopping is best effort; the server's own shutdown hook covers the rest.
      }
    }
  }

  /** Same as {@link #close()}. */
  public void stop() {
    close();
  }

  @Override
  public String toString() {
    return "SparkSession(" + client.connection() + ", session_id=" + client.sessionId() + (closed ? ", closed" : "") + ")";
  }

  // ---------------------------------------------------------------- internal

  SparkConnectClient client() {
    return client;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("This SparkSession is closed");
    }
  }

  Relation newRelation(Relation.Builder builder) {
    return withPlanId(builder);
  }

  private Relation withPlanId(Relation.Builder builder) {
    return builder.setCommon(RelationCommon.newBuilder().setPlanId(planIds.getAndIncrement())).build();
  }

  DataFrame newDataFrame(Relation.Builder builder) {
    return new DataFrame(this, withPlanId(builder));
  }

  ResponseStream execute(Plan plan) {
    checkOpen();
    return client.execute(plan, tags);
  }

  /** Runs a command and drains its responses, returning them. */
  List<ExecutePlanResponse> executeCommand(Command command) {
    List<ExecutePlanResponse> out = new ArrayList<>();
    try (ResponseStream responses = execute(Plan.newBuilder().setCommand(command).build())) {
      responses.forEachRemaining(out::add);
    }
    return out;
  }

  static Expression.Literal literal(Object v) {
    return Literals.of(v);
  }

  // ---------------------------------------------------------------- builder

  /**
   * Builds a {@link SparkSession}. The server comes from {@link #remote(String)}; without it, from
   * the {@code SPARK_REMOTE} environment variable, then the {@code spark.remote} system property,
   * then {@code sc://localhost}. Not thread-safe; sessions it makes are.
   */
  public static final class Builder {
    private String remote;
    private String localVersion;
    private final Map<String, String> options = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The server: a connection string {@code sc://host[:port][/;key=value;...]}, or
     * {@code local}, {@code local[N]}, {@code local[*]} for an embedded server, or
     * {@code local-cluster[N]} for an embedded server driving {@code N} standalone workers.
     */
    public Builder remote(String connectionString) {
      this.remote = Objects.requireNonNull(connectionString, "connectionString");
      return this;
    }

    /** A configuration set on the session when it is created; {@code spark.remote} sets the server. */
    public Builder config(String key, String value) {
      if (key.equals("spark.remote")) {
        return remote(value);
      }
      options.put(key, value);
      return this;
    }

    /** A configuration set on the session when it is created. */
    public Builder config(String key, long value) {
      return config(key, String.valueOf(value));
    }

    /** A configuration set on the session when it is created. */
    public Builder config(String key, double value) {
      return config(key, String.valueOf(value));
    }

    /** A configuration set on the session when it is created. */
    public Builder config(String key, boolean value) {
      return config(key, String.valueOf(value));
    }

    /** Configurations set on the session when it is created. */
    public Builder config(Map<String, ?> map) {
      map.forEach((k, v) -> config(k, String.valueOf(v)));
      return this;
    }

    /** Sets {@code spark.app.name}. */
    public Builder appName(String name) {
      return config("spark.app.name", name);
    }

    /**
     * The Spark version of the embedded server that {@code remote("local...")} starts; default
     * 4.2.0, or the {@code spark.connect.local.version} system property.
     */
    public Builder localServerVersion(String sparkVersion) {
      this.localVersion = sparkVersion;
      return this;
    }

    private String resolveRemote() {
      if (remote != null) {
        return remote;
      }
      String env = System.getenv("SPARK_REMOTE");
      if (env != null && !env.isBlank()) {
        return env.strip();
      }
      String prop = System.getProperty("spark.remote");
      if (prop != null && !prop.isBlank()) {
        return prop.strip();
      }
      return "sc://localhost";
    }

    /**
     * The open session previously made by this method for the same server, or a new one. The
     * configurations given are applied to it either way.
     */
    public SparkSession getOrCreate() {
      String target = resolveRemote();
      String key = target + "|" + (localVersion == null ? "" : localVersion);
      synchronized (SESSIONS) {
        SparkSession existing = SESSIONS.get(key);
        if (existing != null && !existing.closed) {
          applyOptions(existing);
          defaultSession = existing;
          return existing;
        }
        SparkSession s = build(target, key);
        SESSIONS.put(key, s);
        defaultSession = s;
        return s;
      }
    }

    /** Always a new session. */
    public SparkSession create() {
      return build(resolveRemote(), null);
    }

    private SparkSession build(String target, String key) {
      Matcher local = LOCAL.matcher(target);
      Matcher localCluster = LOCAL_CLUSTER.matcher(target);
      AutoCloseable server = null;
      ConnectionString connection;
      if (local.matches() || localCluster.matches()) {
        String version = localVersion != null ? localVersion
            : System.getProperty("spark.connect.local.version", EmbeddedServer.DEFAULT_VERSION);
        EmbeddedServer embedded;
        try {
          if (localCluster.matches()) {
            int workers = parseWorkers(localCluster.group(1), target);
            embedded = EmbeddedServer.startCluster(version, workers);
          } else {
            embedded = EmbeddedServer.start(version, target.equals("local") ? "local[*]" : target);
          }
        } catch (NoClassDefFoundError e) {
          throw new IllegalStateException("remote(\"" + target + "\") starts an embedded Spark Connect server,"
              + " which needs io.sparkconnect:spark-connect-local on the classpath", e);
        }
        server = embedded;
        connection = ConnectionString.parse(embedded.connectionString());
      } else {
        connection = ConnectionString.parse(target);
      }
      SparkSession session = new SparkSession(SparkConnectClient.connect(connection), server, key);
      try {
        applyOptions(session);
      } catch (RuntimeException e) {
        session.close();
        throw e;
      }
      return session;
    }

    private static int parseWorkers(String digits, String target) {
      int workers;
      try {
        workers = Integer.parseInt(digits);
      } catch (NumberFormatException e) {
        workers = -1;
      }
      if (workers < 1 || workers > 64) {
        throw new IllegalArgumentException("Bad remote '" + target + "': local-cluster[N] needs 1 to 64 workers");
      }
      return workers;
    }

    private void applyOptions(SparkSession session) {
      for (Map.Entry<String, String> e : options.entrySet()) {
        session.conf().set(e.getKey(), e.getValue());
      }
    }
  }

  static List<String> emptyTags() {
    return Collections.emptyList();
  }
}
