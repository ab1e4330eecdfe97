package io.sparkconnect.sql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The observations waiting for metrics, by name; an observation is filled once, then forgotten. */
final class Observations {
  private static final Map<String, Observation> WAITING = new ConcurrentHashMap<>();

  private Observations() {}

  static void register(Observation o) {
    Observation previous = WAITING.putIfAbsent(o.name(), o);
    if (previous != null && previous != o) {
      throw new IllegalArgumentException("An observation named '" + o.name() + "' is already waiting for metrics");
    }
  }

  static Observation remove(String name) {
    return WAITING.remove(name);
  }
}
