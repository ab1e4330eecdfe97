package io.sparkconnect.client;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.WireFormat;
import io.sparkconnect.sql.SparkConnectException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which parts of the protocol older servers lack. The client speaks Spark 4.2's protocol; a server
 * of an older release silently ignores fields it does not know, or fails with an unhelpful error
 * when a whole relation or expression kind is unknown. Requests are checked before they are sent,
 * so that such a request fails with a message naming the missing protocol element and the release
 * that has it.
 *
 * <p>The check costs a walk over the request's set fields; the server version is only asked for
 * (once per session) when a request uses a field that some supported server lacks.
 */
final class ProtocolCompat {
  private static final String PACKAGE = "spark.connect.";

  /**
   * Fields this client sends to every server on purpose, knowing that older servers ignore them
   * without changing the result: the observed server-side session id (a safety check that older
   * servers do not make), the plan form of a SQL command (sent next to the flat fields older
   * servers read), and the plan id of a star (older servers expand the star over the whole input,
   * the same columns for a single-input plan).
   */
  private static final Set<String> SENT_TO_ALL =
      Set.of(
          "ExecutePlanRequest.client_observed_server_side_session_id",
          "AnalyzePlanRequest.client_observed_server_side_session_id",
          "ConfigRequest.client_observed_server_side_session_id",
          "InterruptRequest.client_observed_server_side_session_id",
          "ReattachExecuteRequest.client_observed_server_side_session_id",
          "ReleaseExecuteRequest.client_observed_server_side_session_id",
          "AddArtifactsRequest.client_observed_server_side_session_id",
          "ArtifactStatusesRequest.client_observed_server_side_session_id",
          "SqlCommand.input",
          "Expression.UnresolvedStar.plan_id");

  /** Field ({@code Message.field}) to the first release that may have it ({@code 4.0} or {@code 4.1}). */
  private static final Map<String, int[]> SINCE = load();

  private ProtocolCompat() {}

  /**
   * Fails if {@code request} uses a field the server's release does not know.
   *
   * @param serverVersion asked only when the request uses a field newer than Spark 3.5
   * @throws SparkConnectException naming the field, the server's version and the release needed
   */
  static void check(Message request, Supplier<String> serverVersion) {
    String field = newestField(request);
    if (field == null) {
      return;
    }
    String version = serverVersion.get();
    int[] server = parse(version);
    if (server == null) {
      return;
    }
    String missing = firstUnknown(request, server);
    if (missing != null) {
      int[] since = SINCE.get(missing);
      throw new SparkConnectException(
          "This operation needs "
              + (since[1] == 0 ? "Spark " + since[0] + ".0 or later" : "a Spark release newer than 4.0")
              + ": its request uses "
              + missing
              + ", which the server (Spark "
              + version
              + ") does not know",
          null,
          "UNSUPPORTED_BY_SERVER_VERSION",
          null,
          Map.of("feature", missing, "serverVersion", version),
          null);
    }
  }

  /**
   * Fails unless the server's release is at least {@code minVersion}.
   *
   * @param feature what the caller wanted, named in the message
   * @param minVersion the first release with the feature, e.g. {@code "4.0"}
   */
  static void require(String feature, String minVersion, String serverVersion) {
    int[] server = parse(serverVersion);
    int[] min = parse(minVersion);
    if (server != null && min != null && compare(server, min) < 0) {
      throw new SparkConnectException(
          feature + " needs Spark " + minVersion + " or later; the server runs Spark " + serverVersion,
          null,
          "UNSUPPORTED_BY_SERVER_VERSION",
          null,
          Map.of("feature", feature, "serverVersion", serverVersion),
          null);
    }
  }

  /** Any field newer than 3.5 that the request sets, or null: decides whether to ask the version. */
  private static String newestField(Message m) {
    return find(m, null);
  }

  private static String firstUnknown(Message m, int[] server) {
    return find(m, server);
  }

  /**
   * Walks the request's wire form with its descriptors rather than through the generated
   * accessors: protobuf's reflective accessors would load and initialize every message class
   * the request type can reach (hundreds of classes, a visible part of a cold start).
   */
  private static String find(Message m, int[] server) {
    try {
      // Aliasing: nested messages are read as views of this one array, not copied per level.
      CodedInputStream in = CodedInputStream.newInstance(m.toByteArray());
      in.enableAliasing(true);
      return find(in, m.getDescriptorForType(), server);
    } catch (IOException e) {
      // A message this client just built always parses; treat the impossible as "nothing new".
      return null;
    }
  }

  /** Depth-first over set fields; with {@code server == null} any tracked field counts. */
  private static String find(CodedInputStream in, Descriptor type, int[] server) throws IOException {
    while (!in.isAtEnd()) {
      int tag = in.readTag();
      FieldDescriptor f = type.findFieldByNumber(WireFormat.getTagFieldNumber(tag));
      if (f == null) {
        in.skipField(tag);
        continue;
      }
      String key = name(f);
      if (key != null && !SENT_TO_ALL.contains(key)) {
        int[] since = SINCE.get(key);
        if (since != null && (server == null || compare(server, since) < 0)) {
          return key;
        }
      }
      if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE
          && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
        // Map fields are repeated entry messages; their key and value fields nest the same way.
        ByteBuffer nested = in.readByteBuffer();
        CodedInputStream sub = CodedInputStream.newInstance(nested);
        sub.enableAliasing(true);
        String found = find(sub, f.getMessageType(), server);
        if (found != null) {
          return found;
        }
      } else {
        in.skipField(tag);
      }
    }
    return null;
  }

  private static String name(FieldDescriptor f) {
    String message = f.getContainingType().getFullName();
    if (!message.startsWith(PACKAGE)) {
      return null;
    }
    return message.substring(PACKAGE.length()) + "." + f.getName();
  }

  static int[] parse(String version) {
    if (version == null) {
      return null;
    }
    String[] parts = version.trim().split("[.-]");
    if (parts.length < 2) {
      return null;
    }
    try {
      return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int compare(int[] a, int[] b) {
    return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
  }

  private static Map<String, int[]> load() {
    Map<String, int[]> out = new HashMap<>();
    try (InputStream in = ProtocolCompat.class.getResourceAsStream("protocol-fields.txt")) {
      if (in == null) {
        throw new IllegalStateException("protocol-fields.txt is missing from the client jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] kv = line.split("\\s+");
        int[] v = parse(kv[1]);
        // Fields missing from 4.0.1 but present in 4.2.0 may have come with 4.1, which is not
        // tracked: treat them as "newer than 4.0" so that a 4.1 server is never refused wrongly.
        if (v[0] == 4 && v[1] > 0) {
          v = new int[] {4, 1};
        }
        out.put(kv[0], v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
