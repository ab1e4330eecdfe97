package io.sparkconnect.sql.types;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builder for {@link Metadata}.
 *
 * <p>A builder is mutable and <b>not</b> thread-safe; the {@link Metadata} it builds is immutable.
 * Putting an existing key replaces its value (keeping its position).
 */
public final class MetadataBuilder {
  private final Map<String, Object> map = new LinkedHashMap<>();

  /** Creates an empty builder. */
  public MetadataBuilder() {}

  /**
   * Copies all entries of {@code metadata} into this builder.
   *
   * @param metadata the entries to add
   * @return this builder
   */
  public MetadataBuilder withMetadata(Metadata metadata) {
    map.putAll(metadata.rawMap());
    return this;
  }

  private MetadataBuilder put(String key, Object value) {
    map.put(Objects.requireNonNull(key, "key"), value);
    return this;
  }

  /**
   * Puts a null value.
   *
   * @param key the key
   * @return this builder
   */
  public MetadataBuilder putNull(String key) {
    return put(key, null);
  }

  /**
   * Puts a long value.
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public MetadataBuilder putLong(String key, long value) {
    return put(key, value);
  }

  /**
   * Puts a double value.
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public MetadataBuilder putDouble(String key, double value) {
    return put(key, value);
  }

  /**
   * Puts a boolean value.
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public MetadataBuilder putBoolean(String key, boolean value) {
    return put(key, value);
  }

  /**
   * Puts a string value.
   *
   * @param key the key
   * @param value the value (null stores a null value)
   * @return this builder
   */
  public MetadataBuilder putString(String key, String value) {
    return put(key, value);
  }

  /**
   * Puts a nested metadata value.
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public MetadataBuilder putMetadata(String key, Metadata value) {
    return put(key, value);
  }

  /**
   * Puts a long array (copied).
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public MetadataBuilder putLongArray(String key, long[] value) {
    return put(key, value.clone());
  }

  /**
   * Puts a double array (copied).
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public MetadataBuilder putDoubleArray(String key, double[] value) {
    return put(key, value.clone());
  }

  /**
   * Puts a boolean array (copied).
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public MetadataBuilder putBooleanArray(String key, boolean[] value) {
    return put(key, value.clone());
  }

  /**
   * Puts a string array (copied).
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public MetadataBuilder putStringArray(String key, String[] value) {
    return put(key, value.clone());
  }

  /**
   * Puts a metadata array (copied).
   *
   * @param key the key
   * @param value the value
   * @return this builder
   */
  public MetadataBuilder putMetadataArray(String key, Metadata[] value) {
    return put(key, value.clone());
  }

  /**
   * Removes a key if present.
   *
   * @param key the key
   * @return this builder
   */
  public MetadataBuilder remove(String key) {
    map.remove(key);
    return this;
  }

  /**
   * Builds an immutable snapshot of the current entries.
   *
   * @return the metadata
   */
  public Metadata build() {
    return map.isEmpty() ? Metadata.empty() : new Metadata(map);
  }
}
