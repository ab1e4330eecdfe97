package io.sparkconnect.jdbc;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/** A {@code jdbc:sc://} URL with the connection's {@link Properties} folded in. */
final class JdbcUrl {
  static final Set<String> KEYS = Set.of("token", "use_ssl", "user_id", "user_agent", "session_id",
      "grpc_max_message_size");
  private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|\\d+)])?|local-cluster\\[\\d+]");

  private final String remote;
  private final String hostPart;
  private final Map<String, String> keys;
  private final Map<String, String> sparkConf;

  private JdbcUrl(String remote, String hostPart, Map<String, String> keys, Map<String, String> sparkConf) {
    this.remote = remote;
    this.hostPart = hostPart;
    this.keys = keys;
    this.sparkConf = sparkConf;
  }

  static JdbcUrl parse(String url, Properties info) throws SQLException {
    String rest = url.substring(SparkConnectDriver.URL_PREFIX.length());
    int slash = rest.indexOf('/');
    String host = slash < 0 ? rest : rest.substring(0, slash);
    String params = slash < 0 ? "" : rest.substring(slash + 1);
    if (host.isEmpty()) {
      throw new SQLNonTransientConnectionException("Bad JDBC URL: no host after jdbc:sc:// (expected "
          + "jdbc:sc://host[:port][/;key=value;...] or jdbc:sc://local)", "08001");
    }
    if (!params.isEmpty() && !params.startsWith(";")) {
      throw new SQLNonTransientConnectionException("Bad JDBC URL: the path must be empty, parameters follow as "
          + "/;key=value;... (got '/" + params + "')", "08001");
    }
    Map<String, String> keys = new LinkedHashMap<>();
    for (String kv : params.split(";")) {
      if (kv.isEmpty()) {
        continue;
      }
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new SQLNonTransientConnectionException("Bad JDBC URL: parameter '" + kv.replaceAll("=.*", "")
            + "' needs the form key=value", "08001");
      }
      keys.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
    }
    Map<String, String> conf = new LinkedHashMap<>();
    for (String name : info.stringPropertyNames()) {
      String value = info.getProperty(name);
      if (value == null) {
        continue;
      }
      if (KEYS.contains(name)) {
        keys.putIfAbsent(name, value);
      } else if (name.startsWith("spark.")) {
        conf.put(name, value);
      }
    }
    String user = info.getProperty("user");
    if (user != null && !user.isEmpty()) {
      keys.putIfAbsent("user_id", user);
    }
    String password = info.getProperty("password");
    if (password != null && !password.isEmpty()) {
      keys.putIfAbsent("token", password);
    }
    String remote;
    if (LOCAL.matcher(host).matches()) {
      if (!keys.isEmpty()) {
        throw new SQLNonTransientConnectionException("Bad JDBC URL: jdbc:sc://" + host
            + " starts an embedded server and takes no parameters (got " + keys.keySet() + ")", "08001");
      }
      remote = host;
    } else {
      StringBuilder s = new StringBuilder("sc://").append(host);
      if (!keys.isEmpty()) {
        s.append('/');
        keys.forEach((k, v) -> s.append(';').append(k).append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
      }
      remote = s.toString();
    }
    return new JdbcUrl(remote, host, keys, conf);
  }

  /** The connection string for {@code SparkSession.Builder.remote}. */
  String remote() {
    return remote;
  }

  /** The URL without secrets, for {@code DatabaseMetaData.getURL}. */
  String safeUrl() {
    StringBuilder s = new StringBuilder(SparkConnectDriver.URL_PREFIX).append(hostPart);
    if (!keys.isEmpty()) {
      s.append('/');
      keys.forEach((k, v) -> s.append(';').append(k).append('=').append(k.equals("token") ? "***" : v));
    }
    return s.toString();
  }

  /** The URL's and properties' keys, decoded. */
  Map<String, String> keys() {
    return keys;
  }

  String userId() {
    return keys.getOrDefault("user_id", System.getProperty("user.name", ""));
  }

  /** {@code spark.*} properties, applied to the session's configuration. */
  Map<String, String> sparkConf() {
    return sparkConf;
  }
}
