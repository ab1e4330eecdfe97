package io.sparkconnect.sql;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import io.sparkconnect.arrow.ArrowWriter;
import io.sparkconnect.client.ClientOptions;
import io.sparkconnect.client.ConnectionString;
import io.sparkconnect.client.ResponseStream;
import io.sparkconnect.client.SparkConnectClient;
import io.sparkconnect.client.TlsConfig;
import io.sparkconnect.proto.AnalyzePlanRequest;
import io.sparkconnect.proto.CachedLocalRelation;
import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.ExecutePlanResponse;
import io.sparkconnect.proto.Expression;
import io.sparkconnect.proto.InterruptRequest;
import io.sparkconnect.proto.LocalRelation;
import io.sparkconnect.proto.Plan;
import io.sparkconnect.proto.Range;
import io.sparkconnect.proto.Read;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.SQL;
import io.sparkconnect.proto.SqlCommand;
import io.sparkconnect.sql.types.StructType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
  private static final String CACHE_THRESHOLD_KEY = "spark.sql.session.localRelationCacheThreshold";
  private static final long DEFAULT_CACHE_THRESHOLD = 64L << 20;
  private static final Pattern BYTES = Pattern.compile("(\\d+)\\s*([kmgtp]?i?b?)");
  private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[(\\d+)]");
  private static final Map<String, SparkSession> SESSIONS = new ConcurrentHashMap<>();
  private static final java.util.concurrent.atomic.AtomicReference<SparkSession> DEFAULT_SESSION =
      new java.util.concurrent.atomic.AtomicReference<>();
  private static final InheritableThreadLocal<SparkSession> ACTIVE_SESSION = new InheritableThreadLocal<>();

  private final SparkConnectClient client;
  private final AutoCloseable ownedServer;
  private final String cacheKey;
  private final AtomicLong planIds = new AtomicLong();
  /** Spark's semantics: tags belong to the thread (and are inherited by threads it starts). */
  private final InheritableThreadLocal<Set<String>> tags = new InheritableThreadLocal<>() {
    @Override
    protected Set<String> initialValue() {
      return new LinkedHashSet<>();
    }

    @Override
    protected Set<String> childValue(Set<String> parent) {
      return new LinkedHashSet<>(parent);
    }
  };
  private final RuntimeConfig conf;
  private final List<ProgressListener> progressListeners = new CopyOnWriteArrayList<>();
  private final ArtifactManager artifacts;
  private final SessionCatalog catalog = new SessionCatalog(this);
  private volatile long cacheThreshold = -1;
  private volatile boolean closed;
  /** Made on first use: it holds the session's streaming query listeners. */
  private volatile io.sparkconnect.sql.streaming.StreamingQueryManager streams;
  /** A session another client owns (same session id): close() leaves it alive on the server. */
  private volatile boolean borrowed;

  static {
    io.sparkconnect.client.StreamingBridge.registerSessions(new io.sparkconnect.client.StreamingBridge.SessionAccess() {
      @Override
      public List<ExecutePlanResponse> executeCommand(SparkSession session, Command command) {
        return session.executeCommand(command);
      }

      @Override
      public DataFrame newDataFrame(SparkSession session, Relation.Builder relation) {
        return session.newDataFrame(relation);
      }

      @Override
      public Relation relation(DataFrame df) {
        return df.relation();
      }

      @Override
      public ResponseStream executeLongRunning(SparkSession session, Command command) {
        session.checkOpen();
        return session.client.executeLongRunning(Plan.newBuilder().setCommand(command).build());
      }

      @Override
      public void requireServerVersion(SparkSession session, String feature, String minVersion) {
        session.client.requireServerVersion(feature, minVersion);
      }

      @Override
      public SparkSession borrow(String connectionString) {
        SparkSession s = new SparkSession(SparkConnectClient.connect(ConnectionString.parse(connectionString),
            ClientOptions.defaults()), null, null);
        s.borrowed = true;
        return s;
      }

      @Override
      public String userId(SparkSession session) {
        return session.client.userId();
      }

      @Override
      public <T> byte[] foreachWriterPayload(DataFrame df, ForeachWriter<T> writer, Encoder<T> encoder) {
        return TypedFunctions.foreachWriter(df, writer, encoder);
      }

      @Override
      public DataFrame foreachInput(DataFrame df, Encoder<?> encoder) {
        return TypedFunctions.typedInput(df, encoder);
      }
    });
  }

  private SparkSession(SparkConnectClient client, AutoCloseable ownedServer, String cacheKey) {
    this.client = client;
    this.ownedServer = ownedServer;
    this.cacheKey = cacheKey;
    this.conf = new RuntimeConfig(client);
    this.artifacts = new ArtifactManager(client);
    client.beforePlan(() -> UserCode.prepare(this));
  }

  ArtifactManager artifactManager() {
    return artifacts;
  }

  /** A builder for a session. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The default session, shared by all threads, if it is set and usable: the first session made by
   * the builder when there was no usable default, or the one given to
   * {@link #setDefaultSession(SparkSession)}.
   */
  public static java.util.Optional<SparkSession> getDefaultSession() {
    return usable(DEFAULT_SESSION.get());
  }

  /**
   * This thread's active session, if it is set and usable: the first session the builder made in
   * this thread (or in the thread that started it) when it had no usable active session, or the one
   * given to {@link #setActiveSession(SparkSession)}.
   */
  public static java.util.Optional<SparkSession> getActiveSession() {
    return usable(ACTIVE_SESSION.get());
  }

  /** Makes {@code session} the active session of this thread and of the threads it starts from now on. */
  public static void setActiveSession(SparkSession session) {
    ACTIVE_SESSION.set(session);
  }

  /** Clears this thread's active session. */
  public static void clearActiveSession() {
    ACTIVE_SESSION.remove();
  }

  /** Makes {@code session} the default session of all threads. */
  public static void setDefaultSession(SparkSession session) {
    DEFAULT_SESSION.set(session);
  }

  /** Clears the default session. */
  public static void clearDefaultSession() {
    DEFAULT_SESSION.set(null);
  }

  /**
   * This thread's active session, else the default session.
   *
   * @throws IllegalStateException when there is neither
   */
  public static SparkSession active() {
    return getActiveSession().or(SparkSession::getDefaultSession)
        .orElseThrow(() -> new IllegalStateException("No active or default Spark session found"));
  }

  private static java.util.Optional<SparkSession> usable(SparkSession s) {
    return s != null && s.isUsable() ? java.util.Optional.of(s) : java.util.Optional.empty();
  }

  /** Spark's rule for sessions the builder returns: they fill the default and active slots only when those are empty. */
  private static void setDefaultAndActive(SparkSession s) {
    SparkSession current = DEFAULT_SESSION.get();
    if (current == null || !current.isUsable()) {
      DEFAULT_SESSION.compareAndSet(current, s);
    }
    if (getActiveSession().isEmpty()) {
      ACTIVE_SESSION.set(s);
    }
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
    Relation result = null;
    try (ResponseStream responses = execute(sqlPlan(sqlText, sql))) {
      while (responses.hasNext()) {
        ExecutePlanResponse r = responses.next();
        if (r.hasSqlCommandResult()) {
          result = r.getSqlCommandResult().getRelation();
        }
      }
    }
    return sqlResult(result);
  }

  @SuppressWarnings("deprecation")
  private Plan sqlPlan(String sqlText, SQL.Builder sql) {
    // Both the relation (newer servers) and the flat fields (older servers) are set: each server
    // version reads the form it knows.
    SqlCommand.Builder cmd = SqlCommand.newBuilder().setSql(sqlText)
        .putAllArgs(sql.getArgsMap()).addAllPosArgs(sql.getPosArgsList())
        .setInput(newRelation(Relation.newBuilder().setSql(sql)));
    return Plan.newBuilder().setCommand(Command.newBuilder().setSqlCommand(cmd)).build();
  }

  private DataFrame sqlResult(Relation result) {
    if (result == null) {
      throw new SparkConnectException("The server sent no result for the SQL command");
    }
    return new DataFrame(this, withPlanId(result.toBuilder()));
  }

  /**
   * {@link #sql(String)} without blocking: the statement is sent at once, and the future completes
   * when the server has run it (commands: DDL, {@code INSERT}, ...) or analysed it (queries, which
   * run only when an action is called on the DataFrame). Cancelling the future interrupts the
   * statement on the server. Failures complete the future exceptionally, with the exception
   * {@link #sql(String)} would throw. Dependent stages that are not {@code ...Async} run on the
   * session's executor of asynchronous results (see {@link Builder#asyncExecutor}): keep them short
   * and non-blocking.
   *
   * <pre>{@code
   * spark.sqlAsync("CREATE TABLE t USING parquet AS SELECT id FROM range(1000)")
   *     .thenCompose(ignored -> spark.table("t").countAsync())
   *     .thenAccept(n -> System.out.println(n + " rows"));
   * }</pre>
   */
  public java.util.concurrent.CompletableFuture<DataFrame> sqlAsync(String sqlText) {
    return sqlAsync(sqlText, SQL.newBuilder().setQuery(sqlText));
  }

  /**
   * {@link #sql(String, Map)} without blocking, as {@link #sqlAsync(String)}.
   */
  public java.util.concurrent.CompletableFuture<DataFrame> sqlAsync(String sqlText, Map<String, Object> args) {
    SQL.Builder sql = SQL.newBuilder().setQuery(sqlText);
    args.forEach((k, v) -> sql.putArgs(k, Literals.of(v)));
    return sqlAsync(sqlText, sql);
  }

  private java.util.concurrent.CompletableFuture<DataFrame> sqlAsync(String sqlText, SQL.Builder sql) {
    Plan plan;
    try {
      plan = sqlPlan(sqlText, sql);
    } catch (RuntimeException e) {
      return java.util.concurrent.CompletableFuture.failedFuture(e);
    }
    return AsyncResults.run(this, plan, new Relation[1], (holder, r) -> {
      if (r.hasSqlCommandResult()) {
        holder[0] = r.getSqlCommandResult().getRelation();
      }
    }, holder -> sqlResult(holder[0]));
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

  /** The catalogs, databases, tables, views and functions of this session. */
  public io.sparkconnect.sql.catalog.Catalog catalog() {
    return catalog;
  }

  /** Reads files and tables. */
  public DataFrameReader read() {
    return new DataFrameReader(this);
  }

  /**
   * Reads data streams as streaming DataFrames, to be written with {@link DataFrame#writeStream()}:
   *
   * <pre>{@code
   * DataFrame rates = spark.readStream().format("rate").option("rowsPerSecond", 10).load();
   * }</pre>
   */
  public io.sparkconnect.sql.streaming.DataStreamReader readStream() {
    return io.sparkconnect.client.StreamingBridge.streaming().reader(this);
  }

  /** The streaming queries of this session: list, find and wait for them. */
  public io.sparkconnect.sql.streaming.StreamingQueryManager streams() {
    io.sparkconnect.sql.streaming.StreamingQueryManager s = streams;
    if (s == null) {
      synchronized (this) {
        s = streams;
        if (s == null) {
          s = io.sparkconnect.client.StreamingBridge.streaming().manager(this);
          streams = s;
        }
      }
    }
    return s;
  }

  // ---------------------------------------------------------------- local data

  /**
   * A DataFrame of local rows with the given schema. The rows travel to the server as Arrow data
   * inside the plan or, above {@code spark.sql.session.localRelationCacheThreshold} bytes (64 MiB
   * by default), as a cached artifact uploaded once in chunks.
   *
   * <pre>{@code
   * StructType schema = new StructType().add("id", DataTypes.LongType).add("name", DataTypes.StringType);
   * DataFrame df = spark.createDataFrame(List.of(RowFactory.create(1L, "a"), RowFactory.create(2L, null)), schema);
   * }</pre>
   *
   * @throws IllegalArgumentException naming the field, the row index and the type when a value does
   *     not fit its column (or is null in a non-nullable one)
   */
  public DataFrame createDataFrame(List<? extends Row> rows, StructType schema) {
    Objects.requireNonNull(schema, "schema");
    ArrowWriter w = localWriter(schema);
    int i = 0;
    for (Row r : rows) {
      if (r == null) {
        throw new IllegalArgumentException("Row " + i + " is null");
      }
      w.append(r);
      i++;
    }
    return localRelation(schema, rows.isEmpty() ? null : w.finish());
  }

  /**
   * A DataFrame of Java records or JavaBeans, one row each, with the schema inferred from the
   * class: a column per record component (in declaration order) or bean property with getter and
   * setter (sorted by name). Supported property types: primitives and their boxes, {@code String},
   * {@code BigDecimal}, {@code BigInteger}, {@code byte[]}, {@code LocalDate}, {@code Instant},
   * {@code LocalDateTime}, {@code Duration}, {@code Period}, enums (stored as their names),
   * {@code Optional}, lists, arrays, maps and nested records or beans.
   *
   * <pre>{@code
   * record Person(String name, int age) {}
   * DataFrame people = spark.createDataFrame(List.of(new Person("Ann", 41)), Person.class);
   * }</pre>
   *
   * @throws IllegalArgumentException if the class has unsupported property types, or a value does
   *     not fit (naming the field and the row index)
   */
  public DataFrame createDataFrame(List<?> data, Class<?> beanClass) {
    ObjectEncoder enc = ObjectEncoder.forBean(beanClass);
    StructType schema = enc.schema();
    ArrowWriter w = localWriter(schema);
    int i = 0;
    for (Object o : data) {
      if (o != null && !beanClass.isInstance(o)) {
        throw new IllegalArgumentException("Row " + i + " is a " + o.getClass().getName() + ", not a " + beanClass.getName());
      }
      w.append(enc.encodeRow(o, i));
      i++;
    }
    return localRelation(schema, data.isEmpty() ? null : w.finish());
  }

  /**
   * A DataFrame with one column {@code value} holding the given numbers, strings, dates, ...; the
   * column type comes from the values' class (all non-null values must have the same class).
   *
   * <pre>{@code spark.createDataFrame(List.of(1, 2, 3)).agg(sum("value")).show(); }</pre>
   *
   * @throws IllegalArgumentException if the values mix classes, all are null, or their class has
   *     no Spark type (use {@link #createDataFrame(List, Class)} for records and beans)
   */
  public DataFrame createDataFrame(List<?> values) {
    Class<?> c = null;
    for (Object v : values) {
      if (v != null) {
        c = v.getClass();
        break;
      }
    }
    if (c == null) {
      throw new IllegalArgumentException("Cannot infer the column type: the list has no non-null value");
    }
    ObjectEncoder enc = ObjectEncoder.forValue(c);
    if (enc == null) {
      throw new IllegalArgumentException("No Spark type for " + c.getName()
          + ": use createDataFrame(list, beanClass) for records and beans, or rows with a schema");
    }
    StructType schema = new StructType().add("value", enc.type, true);
    ArrowWriter w = localWriter(schema);
    Object[] one = new Object[1];
    int i = 0;
    for (Object v : values) {
      if (v != null && v.getClass() != c) {
        throw new IllegalArgumentException("Row " + i + " is a " + v.getClass().getName() + ", other rows are " + c.getName());
      }
      one[0] = v;
      w.append(one);
      i++;
    }
    return localRelation(schema, w.finish());
  }

  /**
   * A typed view of local records or beans, as {@link #createDataFrame(List, Class)} followed by
   * {@link DataFrame#as(Class)}.
   */
  public <T> TypedDataFrame<T> createDataset(List<T> data, Class<T> type) {
    ObjectEncoder simple = ObjectEncoder.forValue(type);
    DataFrame df = simple != null ? createDataFrame(data) : createDataFrame(data, type);
    return df.as(type);
  }

  /**
   * A typed DataFrame of local values stored as {@code encoder} stores them (Spark's
   * {@code createDataset(List, Encoder)}): records and beans become a row of their properties,
   * tuples columns {@code _1}, {@code _2}, ..., single values a column {@code value}.
   *
   * <pre>{@code
   * TypedDataFrame<Person> people = spark.createDataset(List.of(new Person("Ann", 41)), Encoders.bean(Person.class));
   * TypedDataFrame<String> words = spark.createDataset(List.of("a", "b"), Encoders.STRING());
   * }</pre>
   *
   * @throws IllegalArgumentException naming the element when one does not fit the encoder, or is a
   *     null record, bean or tuple (a row cannot be null)
   */
  public <T> TypedDataFrame<T> createDataset(List<T> data, Encoder<T> encoder) {
    java.util.Objects.requireNonNull(data, "data");
    java.util.Objects.requireNonNull(encoder, "encoder");
    boolean struct = TypedEncoding.isStruct(encoder);
    io.sparkconnect.sql.types.DataType type = TypedEncoding.dataType(encoder);
    StructType schema = struct ? (StructType) type : new StructType().add("value", type, true);
    List<Row> rows = new ArrayList<>(data.size());
    int i = 0;
    for (T v : data) {
      if (v == null && struct) {
        throw new IllegalArgumentException("Element " + i + " is null: a " + encoder.clsTag().getSimpleName()
            + " is stored as a row, which cannot be null");
      }
      Object w;
      try {
        w = WireValues.toJava(TypedEncoding.toWire(encoder, v));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Element " + i + ": " + e.getMessage(), e);
      }
      rows.add(struct ? (Row) w : new GenericRow(new Object[] {w}));
      i++;
    }
    return createDataFrame(rows, schema).as(encoder);
  }

  private ArrowWriter localWriter(StructType schema) {
    // Spark 3.5 servers read only the first record batch of local data: give them one batch.
    boolean oneBatch;
    try {
      oneBatch = version().startsWith("3.");
    } catch (SparkConnectException e) {
      oneBatch = false; // No server to ask: the plan is built anyway, and fails when run.
    }
    return oneBatch ? new ArrowWriter(schema, Integer.MAX_VALUE, Long.MAX_VALUE) : new ArrowWriter(schema);
  }

  private DataFrame localRelation(StructType schema, byte[] arrow) {
    LocalRelation.Builder local = LocalRelation.newBuilder().setSchema(schema.json());
    if (arrow == null) {
      return newDataFrame(Relation.newBuilder().setLocalRelation(local));
    }
    local.setData(ByteString.copyFrom(arrow));
    if (arrow.length <= localRelationCacheThreshold()) {
      return newDataFrame(Relation.newBuilder().setLocalRelation(local));
    }
    // Large data goes as an artifact, so the plan stays far below the gRPC message size limit.
    String hash = artifacts.cache(local.build().toByteArray());
    // Spark 3.5 servers look the cache up by the user and session ids in the message (fields 1 and 2,
    // since removed from the protocol); newer servers ignore them.
    UnknownFieldSet ids = UnknownFieldSet.newBuilder()
        .addField(1, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8(client.userId())).build())
        .addField(2, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8(client.sessionId())).build())
        .build();
    return newDataFrame(Relation.newBuilder().setCachedLocalRelation(
        CachedLocalRelation.newBuilder().setHash(hash).setUnknownFields(ids)));
  }

  private long localRelationCacheThreshold() {
    long t = cacheThreshold;
    if (t < 0) {
      try {
        t = parseBytes(conf.getOption(CACHE_THRESHOLD_KEY).orElse(null), DEFAULT_CACHE_THRESHOLD);
      } catch (SparkConnectException e) {
        t = DEFAULT_CACHE_THRESHOLD;
      }
      cacheThreshold = t;
    }
    return t;
  }

  /** Parses a Spark byte size such as {@code 67108864}, {@code 64m}, {@code 64MB} or {@code 1g}. */
  static long parseBytes(String s, long fallback) {
    if (s == null || s.isBlank()) {
      return fallback;
    }
    Matcher m = BYTES.matcher(s.strip().toLowerCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      return fallback;
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2);
    int shift = unit.isEmpty() || unit.startsWith("b") ? 0 : unit.startsWith("k") ? 10 : unit.startsWith("m") ? 20
        : unit.startsWith("g") ? 30 : unit.startsWith("t") ? 40 : 50;
    return n << shift;
  }

  // ---------------------------------------------------------------- artifacts

  /**
   * Uploads a local jar ({@code jars/<name>}), class file ({@code classes/<name>}) or other file
   * ({@code files/<name>}) to this session, in chunks checked with CRC32.
   *
   * @throws IllegalArgumentException if the file does not exist
   */
  public void addArtifact(String path) {
    artifacts.addPaths(List.of(Path.of(path)));
  }

  /** As {@link #addArtifact(String)}, for a {@code file:} URI. */
  public void addArtifact(URI uri) {
    artifacts.addPaths(List.of(ArtifactManager.toPath(uri)));
  }

  /** Uploads {@code bytes} under the name {@code target}, e.g. {@code jars/udfs.jar} or {@code files/lookup.csv}. */
  public void addArtifact(byte[] bytes, String target) {
    artifacts.addBytes(target, bytes);
  }

  /** Uploads the local file {@code source} under the name {@code target}, e.g. {@code files/lookup.csv}. */
  public void addArtifact(String source, String target) {
    Path p = Path.of(source);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("No such file: " + source);
    }
    artifacts.addFile(p, target);
  }

  /** As {@link #addArtifact(URI)} for several files, in one upload. */
  public void addArtifacts(URI... uris) {
    List<Path> paths = new ArrayList<>();
    for (URI u : uris) {
      paths.add(ArtifactManager.toPath(u));
    }
    artifacts.addPaths(paths);
  }

  /** As {@link #addArtifact(String)} for several files, in one upload. */
  public void addArtifacts(String... paths) {
    List<Path> ps = new ArrayList<>();
    for (String p : paths) {
      ps.add(Path.of(p));
    }
    artifacts.addPaths(ps);
  }

  /** A typed DataFrame with no rows, whose columns are those {@code encoder} stores values in. */
  public <T> TypedDataFrame<T> emptyDataset(Encoder<T> encoder) {
    return new TypedDataFrame<>(newDataFrame(TypedPlans.empty(encoder.schema())), encoder);
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

  /**
   * Registers user-defined functions by name for this session (for SQL text and {@code
   * call_udf}).
   *
   * @return the registration interface of this session
   */
  public UDFRegistration udf() {
    return new UDFRegistration(this);
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

  // ---------------------------------------------------------------- tags and interruption

  /**
   * Adds a tag to every operation this thread (and threads it starts afterwards) runs in this
   * session, so that they can be interrupted together with {@link #interruptTag(String)}.
   *
   * @throws IllegalArgumentException if the tag is null, empty or contains a comma
   */
  public void addTag(String tag) {
    tags.get().add(validTag(tag));
  }

  /**
   * Removes a tag added by {@link #addTag(String)} in this thread; no-op if absent.
   *
   * @throws IllegalArgumentException if the tag is null, empty or contains a comma
   */
  public void removeTag(String tag) {
    tags.get().remove(validTag(tag));
  }

  /** The tags this thread's operations in this session get; a snapshot. */
  public Set<String> getTags() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(tags.get()));
  }

  /** Removes all of this thread's tags. */
  public void clearTags() {
    tags.get().clear();
  }

  /**
   * Interrupts every operation of this session that is running, from any thread. The threads
   * waiting for them get a {@link SparkConnectException}.
   *
   * @return the ids of the operations interrupted
   */
  public List<String> interruptAll() {
    checkOpen();
    return client.interrupt(InterruptRequest.InterruptType.INTERRUPT_TYPE_ALL, null);
  }

  /**
   * Interrupts the running operations of this session that carry {@code tag}.
   *
   * @return the ids of the operations interrupted
   * @throws IllegalArgumentException if the tag is null, empty or contains a comma
   */
  public List<String> interruptTag(String tag) {
    checkOpen();
    return client.interrupt(InterruptRequest.InterruptType.INTERRUPT_TYPE_TAG, validTag(tag));
  }

  /**
   * Interrupts one operation of this session, if it is running.
   *
   * @return the id, if it was interrupted; else an empty list
   * @throws IllegalArgumentException if {@code operationId} is null or empty
   */
  public List<String> interruptOperation(String operationId) {
    if (operationId == null || operationId.isEmpty()) {
      throw new IllegalArgumentException("operationId must not be null or empty");
    }
    checkOpen();
    return client.interrupt(InterruptRequest.InterruptType.INTERRUPT_TYPE_OPERATION_ID, operationId);
  }

  private static String validTag(String tag) {
    if (tag == null) {
      throw new IllegalArgumentException("A tag must not be null");
    }
    if (tag.isEmpty()) {
      throw new IllegalArgumentException("A tag must not be empty");
    }
    if (tag.indexOf(',') >= 0) {
      throw new IllegalArgumentException("A tag must not contain ',': " + tag);
    }
    return tag;
  }

  // ---------------------------------------------------------------- listeners

  /**
   * Adds a listener for the progress reports of this session's operations (from every thread).
   * Adding the same listener twice makes it called twice.
   */
  public void addProgressListener(ProgressListener listener) {
    progressListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Removes one registration of {@code listener}; no-op if it is not registered. */
  public void removeProgressListener(ProgressListener listener) {
    progressListeners.remove(listener);
  }

  /** Removes all progress listeners. */
  public void clearProgressListeners() {
    progressListeners.clear();
  }

  /** The retry policy this session applies to its calls. */
  public RetryPolicy retryPolicy() {
    return client.retryPolicy();
  }

  /**
   * Whether this session can still run queries: it has not been closed, and the server has not said
   * that it no longer has it (after a server restart, say). The builder's {@code getOrCreate()}
   * passes over a session that is not usable and creates a new one.
   */
  public boolean isUsable() {
    return !closed && !client.isSessionGone();
  }

  /**
   * Runs {@code f}, prints {@code Time taken: N ms} (its wall-clock time) to standard output and
   * returns its result.
   */
  public <T> T time(java.util.function.Supplier<T> f) {
    long start = System.nanoTime();
    T result = f.get();
    long end = System.nanoTime();
    System.out.println("Time taken: " + java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(end - start) + " ms");
    return result;
  }

  /** Table-valued functions as DataFrames: {@code spark.tvf().explode(array(lit(1), lit(2)))}. */
  public TableValuedFunction tvf() {
    return new TableValuedFunction(this);
  }

  /**
   * Runs {@code command} at once with an external command runner on the server: {@code runner}
   * names a class or data source on the server that implements Spark's
   * {@code ExternalCommandRunner}, {@code options} are passed to it. Returns its output lines as a
   * DataFrame. Needs a Spark 4.0+ server.
   */
  public DataFrame executeCommand(String runner, String command, Map<String, String> options) {
    Objects.requireNonNull(runner, "runner");
    Objects.requireNonNull(command, "command");
    Command cmd = Command.newBuilder().setExecuteExternalCommand(io.sparkconnect.proto.ExecuteExternalCommand.newBuilder()
        .setRunner(runner).setCommand(command).putAllOptions(options == null ? Map.of() : options)).build();
    Relation result = null;
    for (ExecutePlanResponse r : executeCommand(cmd)) {
      if (r.hasSqlCommandResult()) {
        result = r.getSqlCommandResult().getRelation();
      }
    }
    if (result == null) {
      throw new SparkConnectException("The server sent no result for the external command");
    }
    return new DataFrame(this, withPlanId(result.toBuilder()));
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
    DEFAULT_SESSION.compareAndSet(this, null);
    if (ACTIVE_SESSION.get() == this) {
      ACTIVE_SESSION.remove();
    }
    io.sparkconnect.sql.streaming.StreamingQueryManager s = streams;
    if (s != null) {
      io.sparkconnect.client.StreamingBridge.streaming().sessionClosing(s);
    }
    if (borrowed) {
      client.detach();
    } else {
      client.close();
    }
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
    return SubqueryReferences.attach(builder, planIds.getAndIncrement(), planIds::getAndIncrement);
  }

  DataFrame newDataFrame(Relation.Builder builder) {
    return new DataFrame(this, withPlanId(builder));
  }

  ResponseStream execute(Plan plan) {
    checkOpen();
    return client.execute(plan, tags.get(), this::observe);
  }

  /**
   * Starts {@code plan} without blocking, with this thread's tags; every callback runs on
   * {@code serial}.
   */
  io.sparkconnect.client.AsyncExecution executeAsync(Plan plan, io.sparkconnect.client.AsyncExecution.Receiver receiver,
      io.sparkconnect.client.SerialExecutor serial) {
    checkOpen();
    return client.executeAsync(plan, tags.get(), this::observe, receiver, serial);
  }

  /** A new serial executor over this session's executor of asynchronous results. */
  io.sparkconnect.client.SerialExecutor newSerialExecutor() {
    return new io.sparkconnect.client.SerialExecutor(client.asyncExecutor());
  }

  private void observe(ExecutePlanResponse r) {
    if (!r.hasExecutionProgress() || progressListeners.isEmpty()) {
      return;
    }
    ExecutePlanResponse.ExecutionProgress p = r.getExecutionProgress();
    List<StageProgress> stages = new ArrayList<>(p.getStagesCount());
    for (ExecutePlanResponse.ExecutionProgress.StageInfo s : p.getStagesList()) {
      stages.add(new StageProgress(s.getStageId(), s.getNumTasks(), s.getNumCompletedTasks(), s.getInputBytesRead(),
          s.getDone()));
    }
    QueryProgress progress = new QueryProgress(r.getOperationId(), stages, p.getNumInflightTasks());
    for (ProgressListener l : progressListeners) {
      try {
        l.onProgress(progress);
      } catch (RuntimeException e) {
        // A listener's failure must not break the query.
      }
    }
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
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private TlsConfig tls = TlsConfig.none();
    private java.time.Duration operationTimeout;
    private java.util.concurrent.Executor asyncExecutor;
    private final List<ClientListener> listeners = new ArrayList<>();
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

    /**
     * How transient failures are retried; default {@link RetryPolicy#defaults()}, and
     * {@link RetryPolicy#none()} turns retrying off.
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Connects over TLS and trusts the CA certificates in {@code pemFile} (one or more
     * {@code -----BEGIN CERTIFICATE-----} blocks) instead of the system's trust store: for a
     * server or proxy whose certificate a private CA signed. Implies TLS even without
     * {@code use_ssl=true} in the connection string. The file is read when the session is created.
     * Replaces {@link #trustStore(java.nio.file.Path, String)}.
     *
     * @throws IllegalArgumentException if the file cannot be read
     */
    public Builder trustCertificates(java.nio.file.Path pemFile) {
      this.tls = tls.withTrustCertificates(readable(pemFile, "pemFile", "trusted certificates file"));
      return this;
    }

    /**
     * Connects over TLS and trusts the certificates of a JKS or PKCS12 trust store (the type is
     * detected from the file) instead of the system's; replaces {@link #trustCertificates(java.nio.file.Path)}.
     * The store is read when the session is created; the password is not kept anywhere else and
     * never shown.
     *
     * @param password the store's password, or {@code null} for a store without one
     * @throws IllegalArgumentException if the file cannot be read
     */
    public Builder trustStore(java.nio.file.Path file, String password) {
      this.tls = tls.withTrustStore(readable(file, "file", "trust store"),
          password == null ? null : password.toCharArray());
      return this;
    }

    /**
     * Presents a client certificate for mutual TLS (implies TLS): a PEM certificate chain and
     * its PEM private key (PKCS#8, unencrypted, {@code -----BEGIN PRIVATE KEY-----}). Replaces
     * {@link #keyStore(java.nio.file.Path, String)}.
     *
     * @throws IllegalArgumentException if a file cannot be read
     */
    public Builder clientCertificate(java.nio.file.Path certificateChainPem, java.nio.file.Path privateKeyPem) {
      this.tls = tls.withClientCertificate(readable(certificateChainPem, "certificateChainPem", "client certificate"),
          readable(privateKeyPem, "privateKeyPem", "client key"));
      return this;
    }

    /**
     * Presents the client certificate and key of a JKS or PKCS12 key store for mutual TLS
     * (implies TLS; the key's password is the store's). Replaces
     * {@link #clientCertificate(java.nio.file.Path, java.nio.file.Path)}.
     *
     * @param password the store's password, or {@code null} for a store without one
     * @throws IllegalArgumentException if the file cannot be read
     */
    public Builder keyStore(java.nio.file.Path file, String password) {
      this.tls = tls.withKeyStore(readable(file, "file", "key store"), password == null ? null : password.toCharArray());
      return this;
    }

    private static java.nio.file.Path readable(java.nio.file.Path file, String parameter, String what) {
      Objects.requireNonNull(file, parameter);
      if (!java.nio.file.Files.isReadable(file)) {
        throw new IllegalArgumentException("Cannot read the " + what + " " + file);
      }
      return file;
    }

    /**
     * Gives every operation of the session (a query's results, a command) at most {@code timeout}
     * from its start until its last result arrived; an operation that runs longer is interrupted
     * on the server and fails with a {@link SparkConnectException} of condition
     * {@code OPERATION_TIMEOUT} that names the limit. Default: no limit. It does not cover
     * the analysis calls behind schemas, {@code explain} or configuration, which are short.
     *
     * @throws IllegalArgumentException if the timeout is zero or negative
     */
    public Builder operationTimeout(java.time.Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("An operation timeout must be positive: " + timeout);
      }
      this.operationTimeout = timeout;
      return this;
    }

    /**
     * Reports the session's remote calls, retries, reattaches and received bytes to
     * {@code listener}; may be called several times to add several listeners. Sessions from
     * {@link #getOrCreate()} that already exist keep their listeners.
     */
    public Builder listener(ClientListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Where the session's asynchronous results ({@code collectAsync()}, {@code countAsync()},
     * {@code toPublisher()}, ...) are decoded and their futures completed, and where dependent
     * stages that are not {@code ...Async} run. Default: a small pool shared by all sessions, as
     * many daemon threads as the machine has cores (at least two), which end when idle. No thread
     * ever waits for a pending query, so a few threads serve any number of them; the network
     * thread only moves bytes. Give an executor of your own to keep the client's work on your
     * threads (any executor works, as long as it runs every task eventually; tasks never block
     * unless you block in a dependent stage). Sessions from {@link #getOrCreate()} that already
     * exist keep their executor.
     */
    public Builder asyncExecutor(java.util.concurrent.Executor executor) {
      this.asyncExecutor = Objects.requireNonNull(executor, "executor");
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
      String key = target + "|" + (localVersion == null ? "" : localVersion)
          + "|" + tls.identity()
          + "|" + (operationTimeout == null ? "" : operationTimeout);
      synchronized (SESSIONS) {
        SparkSession existing = SESSIONS.get(key);
        if (existing != null && !existing.closed) {
          applyOptions(existing);
          setDefaultAndActive(existing);
          return existing;
        }
        SparkSession s = build(target, key);
        SESSIONS.put(key, s);
        setDefaultAndActive(s);
        return s;
      }
    }

    /**
     * Always a new session. Like {@link #getOrCreate()}, it becomes the default session and this
     * thread's active session where those are not set.
     */
    public SparkSession create() {
      SparkSession s = build(resolveRemote(), null);
      setDefaultAndActive(s);
      return s;
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
      ClientOptions clientOptions = ClientOptions.defaults().withRetryPolicy(retryPolicy)
          .withTls(tls).withListener(Listeners.of(listeners))
          .withOperationTimeout(operationTimeout).withAsyncExecutor(asyncExecutor);
      SparkSession session = new SparkSession(SparkConnectClient.connect(connection, clientOptions), server, key);
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
