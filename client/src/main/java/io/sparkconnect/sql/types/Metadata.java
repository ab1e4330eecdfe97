package io.sparkconnect.sql.types;

import io.sparkconnect.client.JsonParser;
import io.sparkconnect.client.JsonWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Immutable key/value metadata attached to a {@link StructField}, e.g. a column comment.
 *
 * <p>Values are {@code long}, {@code double}, {@code boolean}, {@link String}, nested {@code
 * Metadata}, arrays of those, or null. Keys keep insertion order. Build instances with {@link
 * MetadataBuilder} or {@link #fromJson(String)}. Immutable and thread-safe: arrays are copied on
 * the way in and out.
 */
public final class Metadata {
  private static final Metadata EMPTY = new Metadata(Collections.emptyMap());

  /** Values: Long, Double, Boolean, String, Metadata, long[], double[], boolean[], String[], Metadata[], null. */
  private final Map<String, Object> map;

  Metadata(Map<String, Object> map) {
    this.map = Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * The empty metadata.
   *
   * @return the shared empty instance
   */
  public static Metadata empty() {
    return EMPTY;
  }

  /**
   * Parses metadata from its JSON object form.
   *
   * @param json a JSON object; integral numbers become longs, other numbers doubles
   * @return the metadata
   * @throws IllegalArgumentException for invalid JSON or unsupported values
   */
  public static Metadata fromJson(String json) {
    Object tree = JsonParser.parse(json);
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException("Metadata JSON must be an object: " + json);
    }
    return fromJsonTree((Map<?, ?>) tree);
  }

  static Metadata fromJsonTree(Map<?, ?> tree) {
    MetadataBuilder b = new MetadataBuilder();
    for (Map.Entry<?, ?> e : tree.entrySet()) {
      String key = (String) e.getKey();
      Object v = e.getValue();
      if (v == null) {
        b.putNull(key);
      } else if (v instanceof Long) {
        b.putLong(key, (Long) v);
      } else if (v instanceof Number) {
        b.putDouble(key, ((Number) v).doubleValue());
      } else if (v instanceof Boolean) {
        b.putBoolean(key, (Boolean) v);
      } else if (v instanceof String) {
        b.putString(key, (String) v);
      } else if (v instanceof Map) {
        b.putMetadata(key, fromJsonTree((Map<?, ?>) v));
      } else if (v instanceof List) {
        putArray(b, key, (List<?>) v);
      } else {
        throw new IllegalArgumentException("Unsupported metadata value for key " + key);
      }
    }
    return b.build();
  }

  private static void putArray(MetadataBuilder b, String key, List<?> list) {
    if (list.isEmpty()) {
      b.putLongArray(key, new long[0]);
      return;
    }
    Object first = list.get(0);
    int n = list.size();
    try {
      if (first instanceof Long) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
          a[i] = (Long) list.get(i);
        }
        b.putLongArray(key, a);
      } else if (first instanceof Number) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
          a[i] = ((Number) list.get(i)).doubleValue();
        }
        b.putDoubleArray(key, a);
      } else if (first instanceof Boolean) {
        boolean[] a = new boolean[n];
        for (int i = 0; i < n; i++) {
          a[i] = (Boolean) list.get(i);
        }
        b.putBooleanArray(key, a);
      } else if (first instanceof String) {
        String[] a = new String[n];
        for (int i = 0; i < n; i++) {
          a[i] = (String) list.get(i);
        }
        b.putStringArray(key, a);
      } else if (first instanceof Map) {
        Metadata[] a = new Metadata[n];
        for (int i = 0; i < n; i++) {
          a[i] = fromJsonTree((Map<?, ?>) list.get(i));
        }
        b.putMetadataArray(key, a);
      } else {
        throw new IllegalArgumentException("Unsupported metadata array for key " + key);
      }
    } catch (ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("Metadata array for key " + key + " is not homogeneous");
    }
  }

  /**
   * Whether the key is present (possibly with a null value).
   *
   * @param key the key
   * @return true if present
   */
  public boolean contains(String key) {
    return map.containsKey(key);
  }

  /**
   * The keys, in insertion order.
   *
   * @return an unmodifiable set of keys
   */
  public Set<String> keys() {
    return map.keySet();
  }

  /**
   * Whether there are no entries.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return map.isEmpty();
  }

  private <T> T get(String key, Class<T> type) {
    if (!map.containsKey(key)) {
      throw new NoSuchElementException("Metadata has no key " + key + "; keys: " + map.keySet());
    }
    Object v = map.get(key);
    if (!type.isInstance(v)) {
      throw new ClassCastException(
          "Metadata value for key " + key + " is not a " + type.getSimpleName() + ": " + v);
    }
    return type.cast(v);
  }

  /**
   * Gets a long value.
   *
   * @param key the key
   * @return the value
   * @throws NoSuchElementException if absent
   * @throws ClassCastException if the value has another type
   */
  public long getLong(String key) {
    return get(key, Long.class);
  }

  /**
   * Gets a double value.
   *
   * @param key the key
   * @return the value
   * @throws NoSuchElementException if absent
   * @throws ClassCastException if the value has another type
   */
  public double getDouble(String key) {
    return get(key, Double.class);
  }

  /**
   * Gets a boolean value.
   *
   * @param key the key
   * @return the value
   * @throws NoSuchElementException if absent
   * @throws ClassCastException if the value has another type
   */
  public boolean getBoolean(String key) {
    return get(key, Boolean.class);
  }

  /**
   * Gets a string value.
   *
   * @param key the key
   * @return the value
   * @throws NoSuchElementException if absent
   * @throws ClassCastException if the value has another type
   */
  public String getString(String key) {
    return get(key, String.class);
  }

  /**
   * Gets a nested metadata value.
   *
   * @param key the key
   * @return the value
   * @throws NoSuchElementException if absent
   * @throws ClassCastException if the value has another type
   */
  public Metadata getMetadata(String key) {
    return get(key, Metadata.class);
  }

  /**
   * Gets a long array (a copy).
   *
   * @param key the key
   * @return the value
   * @throws NoSuchElementException if absent
   * @throws ClassCastException if the value has another type
   */
  public long[] getLongArray(String key) {
    return get(key, long[].class).clone();
  }

  /**
   * Gets a double array (a copy).
   *
   * @param key the key
   * @return the value
   * @throws NoSuchElementException if absent
   * @throws ClassCastException if the value has another type
   */
  public double[] getDoubleArray(String key) {
    return get(key, double[].class).clone();
  }

  /**
   * Gets a boolean array (a copy).
   *
   * @param key the key
   * @return the value
   * @throws NoSuchElementException if absent
   * @throws ClassCastException if the value has another type
   */
  public boolean[] getBooleanArray(String key) {
    return get(key, boolean[].class).clone();
  }

  /**
   * Gets a string array (a copy).
   *
   * @param key the key
   * @return the value
   * @throws NoSuchElementException if absent
   * @throws ClassCastException if the value has another type
   */
  public String[] getStringArray(String key) {
    return get(key, String[].class).clone();
  }

  /**
   * Gets a metadata array (a copy).
   *
   * @param key the key
   * @return the value
   * @throws NoSuchElementException if absent
   * @throws ClassCastException if the value has another type
   */
  public Metadata[] getMetadataArray(String key) {
    return get(key, Metadata[].class).clone();
  }

  /** Raw access for {@link MetadataBuilder#withMetadata(Metadata)}. */
  Map<String, Object> rawMap() {
    return map;
  }

  /**
   * The compact JSON object form, e.g. {@code {"comment":"x"}}.
   *
   * @return JSON text
   */
  public String json() {
    return JsonWriter.compact(jsonValue());
  }

  Map<String, Object> jsonValue() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      out.put(e.getKey(), toJsonValue(e.getValue()));
    }
    return out;
  }

  private static Object toJsonValue(Object v) {
    if (v instanceof Metadata) {
      return ((Metadata) v).jsonValue();
    }
    List<Object> list = new ArrayList<>();
    if (v instanceof long[]) {
      for (long x : (long[]) v) {
        list.add(x);
      }
    } else if (v instanceof double[]) {
      for (double x : (double[]) v) {
        list.add(x);
      }
    } else if (v instanceof boolean[]) {
      for (boolean x : (boolean[]) v) {
        list.add(x);
      }
    } else if (v instanceof String[]) {
      list.addAll(Arrays.asList((String[]) v));
    } else if (v instanceof Metadata[]) {
      for (Metadata x : (Metadata[]) v) {
        list.add(x.jsonValue());
      }
    } else {
      return v;
    }
    return list;
  }

  /** Equal when both hold the same keys with equal values (arrays compared by content). */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Metadata)) {
      return false;
    }
    Map<String, Object> other = ((Metadata) o).map;
    if (other.size() != map.size()) {
      return false;
    }
    for (Map.Entry<String, Object> e : map.entrySet()) {
      if (!other.containsKey(e.getKey())
          || !Arrays.deepEquals(new Object[] {e.getValue()}, new Object[] {other.get(e.getKey())})) {
        return false;
      }
    }
    return true;
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    int h = 0;
    for (Map.Entry<String, Object> e : map.entrySet()) {
      h += e.getKey().hashCode() ^ Arrays.deepHashCode(new Object[] {e.getValue()});
    }
    return h;
  }

  /** Returns the {@link #json()} form. */
  @Override
  public String toString() {
    return json();
  }
}
