package io.sparkconnect.sql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.InputStream;
import java.lang.invoke.SerializedLambda;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The one way user code reaches the server: builds the payload bytes for a function of a given
 * {@link Kind}, after making sure the server has what it needs to run it (the support jar for its
 * Spark line, this client's classes, and the jars or class directories holding the function's
 * classes, each uploaded once per session).
 *
 * <p>Adding a kind: a constant here, documenting the JDK function shape the client-side adapter
 * implements, and a class {@code <package>.<KindInCamelCase>Adapter} implementing
 * {@code KindAdapter}, which turns the payload into the Spark object the server expects: in
 * {@code support/shared} (copied into each Spark line's package by its build) when one source
 * compiles for both Scala versions, else in each line's module ({@code support/spark4},
 * {@code support/spark35}). Thread-safe.
 */
final class UserCode {
  private UserCode() {}

  /**
   * What a payload's function is and which Spark object the server builds from it. The function
   * object is a client-side adapter of the JDK shape given per constant; values it receives and
   * returns are wire values ({@link WireValues}).
   */
  enum Kind {
    /**
     * A scalar UDF of n arguments: {@code java.util.function.Function<Object[], Object>} (wire
     * arguments to wire result). No input types (the server converts what it has); output type =
     * the UDF's return type. The server builds a {@code UdfPacket} around a Scala {@code FunctionN}.
     */
    SCALAR_UDF,
    /**
     * An aggregator (udaf): a {@code UserCodeAggregator}. Input types: the one input's type; output
     * type: the result type; option {@code bufferType}: the buffer's JSON type.
     */
    AGGREGATOR,
    /**
     * {@code map}: {@code java.util.function.Function<Object, Object>}, one wire value to one wire
     * result. Input types: the row type; output type: the result type. The server runs it over each
     * partition as {@code MapPartitions}, one call per value: no iterator layers of ours.
     */
    MAP,
    /**
     * {@code mapPartitions} and everything built on it (flatMap, foreach, reduce...):
     * {@code java.util.function.Function<java.util.Iterator<Object>, java.util.Iterator<Object>>}
     * of wire values. Input types: the row type; output type: the result type.
     */
    MAP_PARTITIONS,
    /**
     * Group-map ({@code mapGroups}, {@code flatMapGroups}, ...): {@code
     * java.util.function.BiFunction<Object, java.util.Iterator<Object>, java.util.Iterator<Object>>}
     * (key, values) to results. Input types: key type, value type; output type: the result type.
     */
    GROUP_MAP,
    /**
     * Co-group-map: {@code java.util.function.Function<Object[], java.util.Iterator<Object>>} whose
     * argument is {key, left values, right values} (a wire key and two {@code Iterator<Object>} of
     * wire values), to results. Input types: key, left value, right value; output type: the result
     * type.
     */
    CO_GROUP_MAP,
    /**
     * A typed filter: {@code java.util.function.Predicate<Object>} over wire values. Input types: the
     * row type; output type: boolean.
     */
    FILTER,
    /**
     * The key function of {@code groupByKey} (and the encoder carrier of {@code GroupedData.as},
     * never called): {@code java.util.function.Function<Object, Object>}, wire value to wire key.
     * Input types: the value type; output type: the key type. The server builds a {@code UdfPacket}
     * around a Scala {@code Function1} with both encoders.
     */
    KEY_FUNCTION,
    /**
     * The combining function of {@code reduceGroups}: {@code java.util.function.BinaryOperator<Object>}
     * of two wire values to one. Input types: the value type, twice; output type: the value type.
     * The server builds a {@code UdfPacket} around a Scala {@code Function2}, which it runs inside
     * its own {@code ReduceAggregator}.
     */
    REDUCE,
    /**
     * A {@code ForeachWriter} ({@code writeStream().foreach}):
     * {@code java.util.function.Function<Object[], Object>} whose argument starts with a step code:
     * {0 (open), partition id, epoch id} returns a {@code Boolean}; {1 (process), wire value};
     * {2 (close), the {@code Throwable} or null}. Input types: the type of the stream's rows; no
     * output type. The server builds a {@code ForeachWriterPacket} around a Spark
     * {@code ForeachWriter}, which runs in the tasks of each micro-batch.
     */
    FOREACH_WRITER,
    /** A {@code foreachBatch} function, see the streaming support. */
    FOREACH_BATCH
  }

  private static final Map<SparkSession, SessionState> SESSIONS = Collections.synchronizedMap(new WeakHashMap<>());
  private static final ThreadLocal<Boolean> PREPARING = ThreadLocal.withInitial(() -> false);
  /** Whether this JVM has made any payload: until then no session needs to upload anything. */
  private static volatile boolean used;

  /** What one session has received. Guarded by itself. */
  private static final class SessionState {
    boolean supportSent;
    int jarsSent;
    int javaFeature;
  }

  /**
   * The payload bytes for {@code function}. Serializes it here, so a function that cannot be sent
   * fails before any request; registers the jars or class directories of its classes, which every
   * session uploads (once) before it next sends a plan.
   *
   * @param function the client-side adapter of the shape {@code kind} documents
   * @param kind what the function is
   * @param inputs the encoders of the input values, in order (empty where the server infers them)
   * @param output the encoder of the output, or null
   * @param options kind-specific settings
   * @return the Java-serialized {@link UserCodePayload}
   * @throws IllegalArgumentException if the function (or something it captures) is not
   *     serializable, naming the type
   */
  static byte[] payload(Object function, Kind kind, List<? extends Encoder<?>> inputs, Encoder<?> output,
      Map<String, String> options) {
    String[] in = new String[inputs.size()];
    for (int i = 0; i < in.length; i++) {
      in[i] = TypedEncoding.dataType(inputs.get(i)).json();
    }
    String out = output == null ? null : TypedEncoding.dataType(output).json();
    UserCodePayload p = new UserCodePayload(kind.name(), function, in, out, new HashMap<>(options));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Class<?>> classes = serialize(p, function, bytes);
    for (Class<?> c : classes) {
      UserClasses.register(c);
    }
    used = true;
    return bytes.toByteArray();
  }

  /**
   * Fails as {@link #payload} would if {@code function} cannot be serialized; sends and registers
   * nothing. For callers that must ask the server something before they can build the payload.
   *
   * @throws IllegalArgumentException if the function (or something it captures) is not
   *     serializable, naming the type
   */
  static void checkSerializable(Object function) {
    serialize(function, function, OutputStream.nullOutputStream());
  }

  /** Writes {@code object} to {@code bytes}; returns the classes the stream holds. */
  private static List<Class<?>> serialize(Object object, Object function, OutputStream bytes) {
    List<Class<?>> classes = new ArrayList<>();
    ClassLoader loader = function.getClass().getClassLoader();
    try (Recorder o = new Recorder(bytes, classes, loader)) {
      o.writeObject(object);
    } catch (NotSerializableException e) {
      throw new IllegalArgumentException("Cannot send the function to the server: it is or captures a "
          + e.getMessage() + ", which is not serializable (java.io.Serializable)", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot send the function to the server: serializing it failed: " + e, e);
    }
    return classes;
  }

  /** Records the classes a function's serialization contains, including each lambda's capturing class. */
  private static final class Recorder extends ObjectOutputStream {
    private final List<Class<?>> classes;
    private final ClassLoader loader;

    Recorder(OutputStream out, List<Class<?>> classes, ClassLoader loader) throws IOException {
      super(out);
      this.classes = classes;
      this.loader = loader;
      enableReplaceObject(true);
    }

    @Override
    protected void annotateClass(Class<?> c) {
      classes.add(c);
    }

    @Override
    protected void annotateProxyClass(Class<?> c) {
      classes.add(c);
    }

    @Override
    protected Object replaceObject(Object obj) throws IOException {
      if (obj instanceof SerializedLambda) {
        String name = ((SerializedLambda) obj).getCapturingClass().replace('/', '.');
        try {
          classes.add(Class.forName(name, false, loader));
        } catch (ClassNotFoundException e) {
          throw new IOException("Cannot find the class " + name + " that defines a lambda", e);
        }
      }
      return obj;
    }
  }

  /**
   * Makes sure the server has what user code of this JVM needs: the support jar for its Spark
   * line, this client's classes and the registered user jars. Runs before every plan a session
   * sends; costs a field read when nothing new is registered.
   *
   * @throws SparkConnectException if the server's Java is older than the user code's classes
   */
  static void prepare(SparkSession session) {
    if (!used) {
      return;
    }
    int registered = UserClasses.size();
    SessionState state = SESSIONS.computeIfAbsent(session, s -> new SessionState());
    synchronized (state) {
      if (state.supportSent && state.jarsSent == registered) {
        return;
      }
      if (PREPARING.get()) {
        return;
      }
      PREPARING.set(true);
      try {
        if (state.javaFeature == 0) {
          state.javaFeature = serverJava(session);
        }
        checkJava(state.javaFeature, UserClasses.maxClassVersion(), UserClasses.maxClassName());
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        if (!state.supportSent) {
          String line = session.version().startsWith("3.") ? "spark35" : "spark4";
          byte[] support = supportJar(line);
          names.add("jars/spark-connect-java-support-" + line + "-" + ArtifactManager.sha256(support).substring(0, 16) + ".jar");
          contents.add(support);
          UserClasses.Jar client = UserClasses.clientJar();
          names.add(client.name);
          contents.add(client.bytes);
        }
        for (UserClasses.Jar j : UserClasses.from(state.jarsSent)) {
          names.add(j.name);
          contents.add(j.bytes);
        }
        session.artifactManager().addAllBytes(names, contents);
        state.supportSent = true;
        state.jarsSent = registered;
      } finally {
        PREPARING.set(false);
      }
    }
  }

  private static int serverJava(SparkSession session) {
    List<Row> rows = session.sql("SELECT java_method('java.lang.System', 'getProperty', 'java.specification.version')").collectAsList();
    String v = rows.get(0).getString(0);
    try {
      return v.startsWith("1.") ? Integer.parseInt(v.substring(2)) : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Fails if the server's Java ({@code serverFeature}, 0 if unknown) cannot load class file version {@code needed}. */
  static void checkJava(int serverFeature, int needed, String className) {
    if (serverFeature == 0) {
      return;
    }
    int serverMajor = serverFeature + 44;
    if (serverFeature < 17) {
      throw new SparkConnectException("User code needs Java 17 or later on the server, which runs Java " + serverFeature,
          null, "UNSUPPORTED_BY_SERVER_VERSION", null, Map.of("feature", "user code", "serverJava", String.valueOf(serverFeature)), null);
    }
    if (needed > serverMajor) {
      throw new SparkConnectException("The class " + className + " is compiled for Java " + (needed - 44)
          + " (class file version " + needed + ") but the server runs Java " + serverFeature
          + ": compile user code for Java " + serverFeature + " (javac --release " + serverFeature + ")",
          null, "UNSUPPORTED_CLASS_VERSION", null, Map.of("class", className,
              "classJava", String.valueOf(needed - 44), "serverJava", String.valueOf(serverFeature)), null);
    }
  }

  private static byte[] supportJar(String line) {
    String resource = "/io/sparkconnect/sql/support/" + line + ".jar";
    try (InputStream in = UserCode.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The server support code " + resource
            + " is missing from the classpath: add the io.sparkconnect:spark-connect-support-" + line + " artifact");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the server support code " + resource + ": " + e, e);
    }
  }
}
