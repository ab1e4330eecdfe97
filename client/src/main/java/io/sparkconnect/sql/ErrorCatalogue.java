package io.sparkconnect.sql;

import io.sparkconnect.client.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The SQLSTATE of each of Spark's error conditions, from the error catalogues the build takes out
 * of Spark's published jars (the newest release's {@code error-conditions.json}, then the 3.5
 * line's {@code error-classes.json} for conditions later releases dropped). Servers of Spark 3.5
 * send no SQLSTATE; looking the condition up here gives the same SQLSTATE a newer server would
 * have sent. Loaded once, on first use; thread-safe.
 */
final class ErrorCatalogue {
  /**
   * Spark's SQLSTATE for an error a Spark Connect client got without one (Spark's condition
   * {@code CONNECT_CLIENT_UNEXPECTED_MISSING_SQL_STATE}).
   */
  static final String MISSING = "XXKCM";

  private static final String[] CATALOGUES = {"error/error-conditions.json", "error/error-classes.json"};

  private ErrorCatalogue() {}

  /**
   * The SQLSTATE to report: {@code reported} when the server sent one, else the catalogue's for
   * {@code condition} (or for its main condition, when a sub-condition has none of its own), else
   * {@code fallback}.
   */
  static String sqlState(String reported, String condition, String fallback) {
    if (reported != null && !reported.isEmpty()) {
      return reported;
    }
    if (condition != null) {
      Map<String, String> states = Holder.STATES;
      String state = states.get(condition);
      int dot = condition.indexOf('.');
      if (state == null && dot > 0) {
        state = states.get(condition.substring(0, dot));
      }
      if (state != null) {
        return state;
      }
    }
    return fallback;
  }

  /** The catalogue, read when the first exception needs it rather than when the class loads. */
  private static final class Holder {
    static final Map<String, String> STATES = load();
  }

  /**
   * Reads the catalogues. A missing or broken one is logged and skipped rather than thrown: this
   * runs while an exception is being built, and the fallback SQLSTATE is still a valid answer.
   */
  private static Map<String, String> load() {
    Map<String, String> states = new HashMap<>();
    for (String name : CATALOGUES) {
      try (InputStream in = ErrorCatalogue.class.getResourceAsStream(name)) {
        if (in == null) {
          LoggerFactory.getLogger(ErrorCatalogue.class).warn("The client jar lacks Spark's error catalogue {}", name);
          continue;
        }
        Object parsed = JsonParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        if (!(parsed instanceof Map)) {
          LoggerFactory.getLogger(ErrorCatalogue.class).warn("Spark's error catalogue {} is not a JSON object", name);
          continue;
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) parsed).entrySet()) {
          if (!(e.getValue() instanceof Map)) {
            continue;
          }
          Map<?, ?> info = (Map<?, ?>) e.getValue();
          String condition = String.valueOf(e.getKey());
          // The first catalogue is the newest: where both know a condition, it wins.
          putIfString(states, condition, info.get("sqlState"));
          if (info.get("subClass") instanceof Map) {
            for (Map.Entry<?, ?> sub : ((Map<?, ?>) info.get("subClass")).entrySet()) {
              if (sub.getValue() instanceof Map) {
                putIfString(states, condition + "." + sub.getKey(), ((Map<?, ?>) sub.getValue()).get("sqlState"));
              }
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        LoggerFactory.getLogger(ErrorCatalogue.class).warn("Cannot read Spark's error catalogue {}", name, e);
      }
    }
    return Map.copyOf(states);
  }

  private static void putIfString(Map<String, String> states, String condition, Object state) {
    if (state instanceof String && !((String) state).isEmpty()) {
      states.putIfAbsent(condition, (String) state);
    }
  }
}
