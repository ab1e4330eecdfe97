package io.sparkconnect.sql.streaming;

import io.sparkconnect.sql.SparkSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.SerializedLambda;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Prepares a {@code foreachBatch} function for the server: serializes it, uploads (once per
 * session, content-addressed) this client's jars, the user's classes and the two server-side
 * classes, and builds the payload. Thread-safe.
 */
final class ForeachBatchShipping {
  /**
   * One class of each jar this client needs at run time; the server runs the user's function with
   * exactly these jars (and the user's), isolated from its own gRPC and protobuf.
   */
  private static final String[] RUNTIME = {
    "io.sparkconnect.sql.SparkSession",
    "io.grpc.ManagedChannel",
    "io.grpc.Context",
    "io.grpc.internal.ManagedChannelImplBuilder",
    "io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder",
    "io.grpc.stub.ClientCalls",
    "io.grpc.protobuf.ProtoUtils",
    "io.grpc.protobuf.lite.ProtoLiteUtils",
    "io.grpc.util.ForwardingLoadBalancer",
    "com.google.protobuf.Message",
    "com.google.rpc.ErrorInfo",
    "com.google.common.base.Preconditions",
    "com.google.common.util.concurrent.internal.InternalFutureFailureAccess",
    "io.perfmark.PerfMark",
    "org.slf4j.LoggerFactory",
  };
  private static final Class<?>[] SERVER_CLASSES = {ForeachBatchPayload.class, ForeachBatchRunner.class};

  /** Artifact names already uploaded, per session. */
  private final Set<String> uploaded = ConcurrentHashMap.newKeySet();
  private final SparkSession session;

  ForeachBatchShipping(SparkSession session) {
    this.session = session;
  }

  /**
   * The serialized payload for {@code function}, after making sure everything it needs is on the
   * server.
   *
   * @param packet whether the server expects Spark 4's {@code ForeachWriterPacket}; asked after
   *     the function is known to serialize, so that a bad function fails without a request
   * @throws IllegalArgumentException if the function (or what it captures) is not serializable
   */
  byte[] payload(Object function, String what, java.util.function.BooleanSupplier packet) {
    Set<Path> sources = new LinkedHashSet<>();
    byte[] fn = serialize(function, what, sources);
    boolean spark4 = packet.getAsBoolean();
    for (String name : RUNTIME) {
      try {
        Path p = source(Class.forName(name, false, ForeachBatchShipping.class.getClassLoader()));
        if (p != null) {
          sources.add(p);
        }
      } catch (ClassNotFoundException e) {
        // Not every gRPC release splits its jars the same way; the others carry the classes.
      }
    }
    List<String> jars = new ArrayList<>();
    for (Path p : sources) {
      jars.add(upload(p));
    }
    for (Class<?> c : SERVER_CLASSES) {
      String name = "classes/" + c.getName().replace('.', '/') + ".class";
      if (!uploaded.contains(name)) {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
          session.addArtifact(in.readAllBytes(), name);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        uploaded.add(name);
      }
    }
    ForeachBatchPayload payload = new ForeachBatchPayload(fn, jars.toArray(new String[0]), session.sessionId(),
        userId(), spark4);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private String userId() {
    String id = io.sparkconnect.client.StreamingBridge.sessions().userId(session);
    return id == null ? "" : id;
  }

  /** Uploads the jar (or folder of classes, as a jar) at {@code p} unless done already. */
  private String upload(Path p) {
    byte[] bytes;
    try {
      bytes = Files.isDirectory(p) ? zip(p) : Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + p + " to upload it for foreachBatch", e);
    }
    String name = "files/sparkconnect-" + sha256(bytes) + ".jar";
    if (!uploaded.contains(name)) {
      session.addArtifact(bytes, name);
      uploaded.add(name);
    }
    return name;
  }

  /** Serializes {@code function}, adding the jar or folder of every class of the user's it holds. */
  private static byte[] serialize(Object function, String what, Set<Path> sources) {
    ClassLoader loader = function.getClass().getClassLoader();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(out) {
      {
        enableReplaceObject(true);
      }

      @Override
      protected void annotateClass(Class<?> cl) {
        addSource(cl, sources);
      }

      @Override
      protected Object replaceObject(Object obj) {
        if (obj instanceof SerializedLambda) {
          // A lambda travels as the name of the class that made it, which owns its deserialization.
          String capturing = ((SerializedLambda) obj).getCapturingClass().replace('/', '.');
          try {
            addSource(Class.forName(capturing, false, loader), sources);
          } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The class of a lambda is not loadable: " + capturing, e);
          }
        }
        return obj;
      }
    }) {
      o.writeObject(function);
    } catch (NotSerializableException e) {
      throw new IllegalArgumentException("The " + what + " must be serializable, with everything it captures, to run"
          + " on the server; it holds a " + e.getMessage() + ", which is not Serializable", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("The " + what + " cannot be serialized: " + e, e);
    }
    return out.toByteArray();
  }

  private static void addSource(Class<?> cl, Set<Path> sources) {
    Path p = source(cl);
    if (p != null) {
      sources.add(p);
    }
  }

  /** The jar or folder a class was loaded from, or null for the JDK's own classes. */
  private static Path source(Class<?> cl) {
    CodeSource cs = cl.getProtectionDomain().getCodeSource();
    if (cs == null || cs.getLocation() == null || !"file".equals(cs.getLocation().getProtocol())) {
      return null;
    }
    try {
      return Paths.get(cs.getLocation().toURI());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** A folder of classes as jar bytes, entries in a stable order so that the hash is stable. */
  private static byte[] zip(Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        ZipEntry e = new ZipEntry(dir.relativize(f).toString().replace('\\', '/'));
        e.setTime(0);
        zip.putNextEntry(e);
        Files.copy(f, zip);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
