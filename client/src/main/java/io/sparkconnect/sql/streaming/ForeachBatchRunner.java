package io.sparkconnect.sql.streaming;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs on the Spark Connect server (in the driver), for each micro-batch of a {@code foreachBatch}
 * query: publishes the batch as a global temporary view, runs the user's function in a class
 * loader of its own that holds this client and the user's classes (isolated from Spark's classes:
 * the client brings its own gRPC and protobuf), connected back to this server on the query's
 * session, and drops the view. Spark is reached by reflection only; see {@link ForeachBatchPayload}.
 *
 * <p>Spark calls it from the query's thread, one batch at a time; thread-safe all the same.
 */
final class ForeachBatchRunner implements InvocationHandler {
  private static final String WORKER = "io.sparkconnect.sql.streaming.ForeachBatchWorker";
  /**
   * Worker class loaders by artifact folder and jars: one per session and set of jars, however
   * many queries use it. This class belongs to the session's class loader, so they go with it.
   */
  private static final java.util.Map<List<String>, ClassLoader> LOADERS = new java.util.concurrent.ConcurrentHashMap<>();
  private final ForeachBatchPayload payload;

  ForeachBatchRunner(ForeachBatchPayload payload) {
    this.payload = payload;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "apply":
        if (args != null && args.length == 2) {
          runBatch(args[0], ((Number) args[1]).longValue());
          return Class.forName("scala.runtime.BoxedUnit", true, proxy.getClass().getClassLoader())
              .getField("UNIT").get(null);
        }
        break;
      case "toString":
        return "foreachBatch(session " + payload.sessionId + ")";
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      default:
        break;
    }
    throw new UnsupportedOperationException("foreachBatch function: " + method);
  }

  private void runBatch(Object batch, long batchId) throws Throwable {
    String view = "sparkconnect_batch_" + UUID.randomUUID().toString().replace('-', '_');
    Object session = call(batch, "sparkSession");
    Object conf = call(session, "conf");
    String database = (String) conf.getClass().getMethod("get", String.class, String.class)
        .invoke(conf, "spark.sql.globalTempDatabase", "global_temp");
    batch.getClass().getMethod("createOrReplaceGlobalTempView", String.class).invoke(batch, view);
    try {
      Method run = Class.forName(WORKER, true, worker()).getDeclaredMethod("run", String.class, byte[].class,
          String.class, long.class);
      run.setAccessible(true);
      run.invoke(null, connection(), payload.function, database + "." + view, batchId);
    } catch (InvocationTargetException e) {
      // Spark reports only the message of what the function throws: name the user's exception too.
      Throwable failure = e.getCause();
      throw new RuntimeException(failure.toString(), failure);
    } finally {
      Object catalog = call(session, "catalog");
      catalog.getClass().getMethod("dropGlobalTempView", String.class).invoke(catalog, view);
    }
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    return target.getClass().getMethod(method).invoke(target);
  }

  /** This client and the user's classes, over the platform class loader: nothing of Spark's. */
  private ClassLoader worker() throws Exception {
    Path root = artifactRoot();
    List<String> key = new ArrayList<>();
    key.add(root.toString());
    key.addAll(java.util.Arrays.asList(payload.jars));
    ClassLoader loader = LOADERS.get(key);
    if (loader != null) {
      return loader;
    }
    List<URL> urls = new ArrayList<>();
    for (String jar : payload.jars) {
      Path p = root.resolve(jar).normalize();
      if (!p.startsWith(root) || !Files.isRegularFile(p)) {
        throw new IllegalStateException("foreachBatch: the artifact " + jar + " is not in " + root);
      }
      urls.add(p.toUri().toURL());
    }
    return LOADERS.computeIfAbsent(key, k -> new URLClassLoader("sparkconnect-foreachBatch", urls.toArray(new URL[0]),
        ClassLoader.getPlatformClassLoader()));
  }

  /**
   * The session's artifact folder: this class was loaded from its {@code classes/} folder (where
   * foreachBatch uploads it) or from a jar in its {@code jars/} folder (the client classes user
   * functions ship, which hold it too).
   */
  private static Path artifactRoot() throws Exception {
    Path location = Paths.get(ForeachBatchRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toAbsolutePath().normalize();
    return Files.isDirectory(location) ? location.getParent() : location.getParent().getParent();
  }

  /** A connection string to this server, on the query's session and user. */
  private String connection() throws Exception {
    ClassLoader spark = ForeachBatchRunner.class.getClassLoader();
    Object service = Class.forName("org.apache.spark.sql.connect.service.SparkConnectService$", true, spark)
        .getField("MODULE$").get(null);
    int port = (Integer) service.getClass().getMethod("localPort").invoke(service);
    String host = "127.0.0.1";
    try {
      Object address = service.getClass().getMethod("bindingAddress").invoke(service);
      if (address instanceof InetSocketAddress) {
        InetAddress a = ((InetSocketAddress) address).getAddress();
        if (a != null && !a.isAnyLocalAddress()) {
          host = a.getHostAddress();
        }
      }
    } catch (NoSuchMethodException e) {
      // Spark 3.5 does not expose the binding address: the loopback address reaches it.
    }
    StringBuilder s = new StringBuilder("sc://").append(host.contains(":") ? "[" + host + "]" : host).append(':')
        .append(port).append("/;session_id=").append(payload.sessionId);
    if (payload.userId != null && !payload.userId.isEmpty()) {
      s.append(";user_id=").append(java.net.URLEncoder.encode(payload.userId, java.nio.charset.StandardCharsets.UTF_8));
    }
    String token = token(spark);
    if (token != null) {
      s.append(";token=").append(java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
    }
    return s.toString();
  }

  /** The server's pre-shared token (Spark 4), or null. */
  private static String token(ClassLoader spark) throws Exception {
    try {
      Object connect = Class.forName("org.apache.spark.sql.connect.config.Connect$", true, spark)
          .getField("MODULE$").get(null);
      Object option = connect.getClass().getMethod("getAuthenticateToken").invoke(connect);
      boolean defined = (Boolean) option.getClass().getMethod("isDefined").invoke(option);
      return defined ? (String) option.getClass().getMethod("get").invoke(option) : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
