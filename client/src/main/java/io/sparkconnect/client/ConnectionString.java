package io.sparkconnect.client;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A parsed Spark Connect connection string: {@code sc://host[:port][/;key=value;...]}.
 *
 * <p>Keys are case-sensitive and values URL-decoded. Known keys: {@code token}, {@code use_ssl},
 * {@code user_id}, {@code user_agent}, {@code session_id} (a UUID), {@code grpc_max_message_size};
 * every other key becomes a gRPC header sent on every call. A {@code token} implies TLS, except to
 * a local host; a token with an explicit {@code use_ssl=false} to a remote host is refused, so that
 * a secret never crosses a network in clear text.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the token.
 */
public final class ConnectionString {
  /** The port used when the connection string names none. */
  public static final int DEFAULT_PORT = 15002;
  /** The default maximum inbound message size: 128 MiB. */
  public static final int DEFAULT_MAX_MESSAGE_SIZE = 128 * 1024 * 1024;
  /** The client type reported to the server when no {@code user_agent} is given. */
  public static final String DEFAULT_USER_AGENT = "_SPARK_CONNECT_JAVA";

  static final int MAX_USER_AGENT_LENGTH = 2048;
  private static final String EXPECTED =
      "expected sc://host[:port][/;key=value;...], for example sc://localhost:15002/;user_id=alice";

  private final String host;
  private final int port;
  private final String token;
  private final boolean useSsl;
  private final String userId;
  private final String userAgent;
  private final String sessionId;
  private final int maxMessageSize;
  private final Map<String, String> headers;

  private ConnectionString(String host, int port, String token, boolean useSsl, String userId,
      String userAgent, String sessionId, int maxMessageSize, Map<String, String> headers) {
    this.host = host;
    this.port = port;
    this.token = token;
    this.useSsl = useSsl;
    this.userId = userId;
    this.userAgent = userAgent;
    this.sessionId = sessionId;
    this.maxMessageSize = maxMessageSize;
    this.headers = headers;
  }

  /**
   * Parses a connection string.
   *
   * @throws IllegalArgumentException naming the problem and the expected form; the message never
   *     contains the token
   */
  public static ConnectionString parse(String connectionString) {
    if (connectionString == null || connectionString.isBlank()) {
      throw invalid("the connection string is empty");
    }
    String s = connectionString.strip();
    if (!s.startsWith("sc://")) {
      int colon = s.indexOf("://");
      throw invalid(colon > 0
          ? "the scheme must be 'sc', not '" + s.substring(0, colon) + "'"
          : "it does not start with sc://");
    }
    String rest = s.substring("sc://".length());
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String tail = slash < 0 ? "" : rest.substring(slash + 1);
    if (authority.contains("@")) {
      throw invalid("user information before the host is not supported; use ;user_id=... instead");
    }
    if (authority.contains("?") || authority.contains("#")) {
      throw invalid("a query or fragment is not allowed");
    }

    String host;
    int port = DEFAULT_PORT;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw invalid("the IPv6 address is missing its closing ']'");
      }
      host = authority.substring(1, close);
      String after = authority.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw invalid("unexpected text after the IPv6 address");
        }
        port = parsePort(after.substring(1));
      }
    } else {
      int colon = authority.lastIndexOf(':');
      if (colon >= 0) {
        host = authority.substring(0, colon);
        port = parsePort(authority.substring(colon + 1));
      } else {
        host = authority;
      }
    }
    if (host.isEmpty()) {
      throw invalid("the host is missing");
    }

    Map<String, String> params = new LinkedHashMap<>();
    if (!tail.isEmpty()) {
      if (!tail.startsWith(";")) {
        throw invalid("the path must be empty; parameters follow a '/;' (got '/" + firstPart(tail) + "')");
      }
      for (String part : tail.substring(1).split(";")) {
        if (part.isEmpty()) {
          continue;
        }
        int eq = part.indexOf('=');
        if (eq <= 0) {
          throw invalid("parameter '" + redactPart(part) + "' is not of the form key=value");
        }
        String key = part.substring(0, eq);
        String value = decode(key, part.substring(eq + 1));
        if (params.put(key, value) != null) {
          throw invalid("parameter '" + key + "' is given twice");
        }
      }
    }

    String token = params.remove("token");
    if (token != null && token.isEmpty()) {
      throw invalid("the token is empty");
    }
    String sslValue = params.remove("use_ssl");
    Boolean ssl = null;
    if (sslValue != null) {
      String v = sslValue.toLowerCase(Locale.ROOT);
      if (!v.equals("true") && !v.equals("false")) {
        throw invalid("use_ssl must be true or false, not '" + sslValue + "'");
      }
      ssl = v.equals("true");
    }
    boolean local = isLocalHost(host);
    boolean useSsl;
    if (token != null) {
      if (Boolean.FALSE.equals(ssl) && !local) {
        throw invalid("a token is only sent over TLS to a remote host; remove use_ssl=false or the token");
      }
      useSsl = ssl != null ? ssl : !local;
    } else {
      useSsl = Boolean.TRUE.equals(ssl);
    }

    String userId = params.remove("user_id");
    String userAgent = params.remove("user_agent");
    if (userAgent == null || userAgent.isEmpty()) {
      userAgent = DEFAULT_USER_AGENT;
    }
    if (userAgent.length() > MAX_USER_AGENT_LENGTH) {
      throw invalid("user_agent is longer than " + MAX_USER_AGENT_LENGTH + " characters");
    }
    String sessionId = params.remove("session_id");
    if (sessionId != null) {
      try {
        UUID parsed = UUID.fromString(sessionId);
        if (!parsed.toString().equalsIgnoreCase(sessionId)) {
          throw new IllegalArgumentException();
        }
      } catch (IllegalArgumentException e) {
        throw invalid("session_id must be a UUID, not '" + sessionId + "'");
      }
    }
    int maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;
    String size = params.remove("grpc_max_message_size");
    if (size != null) {
      try {
        maxMessageSize = Integer.parseInt(size);
      } catch (NumberFormatException e) {
        maxMessageSize = -1;
      }
      if (maxMessageSize <= 0) {
        throw invalid("grpc_max_message_size must be a positive integer, not '" + size + "'");
      }
    }
    for (String key : params.keySet()) {
      if (!isValidHeaderName(key)) {
        throw invalid("parameter '" + key + "' cannot be sent as a gRPC header");
      }
    }
    return new ConnectionString(host, port, token, useSsl, userId, userAgent, sessionId,
        maxMessageSize, Collections.unmodifiableMap(params));
  }

  private static String firstPart(String tail) {
    int semi = tail.indexOf(';');
    return semi < 0 ? tail : tail.substring(0, semi);
  }

  private static String redactPart(String part) {
    return part.startsWith("token") ? "token..." : part;
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port > 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid("the port must be a number from 1 to 65535, not '" + text + "'");
  }

  private static String decode(String key, String value) {
    try {
      return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid("the value of '" + key + "' is not correctly URL-encoded");
    }
  }

  private static boolean isValidHeaderName(String key) {
    if (key.isEmpty() || key.endsWith("-bin") || key.startsWith("grpc-") || key.startsWith(":")) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code host} names this machine, where a token may travel without TLS. */
  public static boolean isLocalHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
  }

  private static IllegalArgumentException invalid(String reason) {
    return new IllegalArgumentException("Invalid Spark Connect connection string: " + reason + "; " + EXPECTED);
  }

  /** The server's host name or address. */
  public String host() {
    return host;
  }

  /** The server's port, {@value #DEFAULT_PORT} by default. */
  public int port() {
    return port;
  }

  /** The bearer token, or {@code null}. Never log it. */
  public String token() {
    return token;
  }

  /** Whether the channel uses TLS. */
  public boolean useSsl() {
    return useSsl;
  }

  /** The user id sent with every request, or {@code null} for the default. */
  public String userId() {
    return userId;
  }

  /** The client type reported to the server. */
  public String userAgent() {
    return userAgent;
  }

  /** The session id to use, or {@code null} to generate one. */
  public String sessionId() {
    return sessionId;
  }

  /** The largest inbound gRPC message accepted, in bytes. */
  public int maxMessageSize() {
    return maxMessageSize;
  }

  /** Extra gRPC headers, from unknown keys, in the order given. */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@code host:port}, with brackets around an IPv6 address. */
  public String endpoint() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  /** A copy of this connection string with another session id. */
  public ConnectionString withSessionId(String newSessionId) {
    return new ConnectionString(host, port, token, useSsl, userId, userAgent, newSessionId,
        maxMessageSize, headers);
  }

  /** Rebuilds the connection string, with the token replaced by {@code ***}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("sc://").append(endpoint()).append('/');
    if (token != null) {
      sb.append(";token=***");
    }
    sb.append(";use_ssl=").append(useSsl);
    if (userId != null) {
      sb.append(";user_id=").append(userId);
    }
    if (sessionId != null) {
      sb.append(";session_id=").append(sessionId);
    }
    headers.forEach((k, v) -> sb.append(';').append(k).append('=').append(v));
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ConnectionString)) {
      return false;
    }
    ConnectionString c = (ConnectionString) o;
    return host.equals(c.host) && port == c.port && Objects.equals(token, c.token)
        && useSsl == c.useSsl && Objects.equals(userId, c.userId) && userAgent.equals(c.userAgent)
        && Objects.equals(sessionId, c.sessionId) && maxMessageSize == c.maxMessageSize
        && headers.equals(c.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, port, token, useSsl, userId, userAgent, sessionId, maxMessageSize, headers);
  }
}
