package io.sparkconnect.sql;

import io.sparkconnect.client.SparkConnectClient;
import io.sparkconnect.proto.ConfigRequest;
import io.sparkconnect.proto.ConfigResponse;
import io.sparkconnect.proto.KeyValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The session's runtime configuration, kept on the server ({@code spark.conf()}). Every call is a
 * round trip. Thread-safe.
 *
 * <pre>{@code
 * spark.conf().set("spark.sql.shuffle.partitions", 8);
 * String tz = spark.conf().get("spark.sql.session.timeZone");
 * }</pre>
 */
public final class RuntimeConfig {
  private final SparkConnectClient client;

  RuntimeConfig(SparkConnectClient client) {
    this.client = client;
  }

  private ConfigResponse call(ConfigRequest.Operation.Builder op) {
    return client.config(op.build());
  }

  private static KeyValue pair(String key, String value) {
    KeyValue.Builder kv = KeyValue.newBuilder().setKey(key);
    if (value != null) {
      kv.setValue(value);
    }
    return kv.build();
  }

  /** Sets {@code key} to {@code value}. */
  public void set(String key, String value) {
    call(ConfigRequest.Operation.newBuilder().setSet(ConfigRequest.Set.newBuilder().addPairs(pair(key, value))));
  }

  /** Sets {@code key} to a boolean. */
  public void set(String key, boolean value) {
    set(key, String.valueOf(value));
  }

  /** Sets {@code key} to a number. */
  public void set(String key, long value) {
    set(key, String.valueOf(value));
  }

  /** Sets {@code key} to a number. */
  public void set(String key, double value) {
    set(key, String.valueOf(value));
  }

  /**
   * The value of {@code key}, or its default when it has one.
   *
   * @throws SparkConnectException with condition {@code SQL_CONF_NOT_FOUND} when the key is not set
   *     and has no default
   */
  public String get(String key) {
    ConfigResponse r = call(ConfigRequest.Operation.newBuilder().setGet(ConfigRequest.Get.newBuilder().addKeys(key)));
    KeyValue kv = r.getPairs(0);
    return kv.hasValue() ? kv.getValue() : null;
  }

  /** The value of {@code key}, or {@code defaultValue} when it is not set. */
  public String get(String key, String defaultValue) {
    ConfigResponse r = call(ConfigRequest.Operation.newBuilder()
        .setGetWithDefault(ConfigRequest.GetWithDefault.newBuilder().addPairs(pair(key, defaultValue))));
    KeyValue kv = r.getPairs(0);
    return kv.hasValue() ? kv.getValue() : null;
  }

  /** The value of {@code key}, empty when it is neither set nor has a default. */
  public Optional<String> getOption(String key) {
    ConfigResponse r = call(ConfigRequest.Operation.newBuilder()
        .setGetOption(ConfigRequest.GetOption.newBuilder().addKeys(key)));
    KeyValue kv = r.getPairs(0);
    return kv.hasValue() ? Optional.of(kv.getValue()) : Optional.empty();
  }

  /** Every key set in this session, with its value. */
  public Map<String, String> getAll() {
    ConfigResponse r = call(ConfigRequest.Operation.newBuilder().setGetAll(ConfigRequest.GetAll.newBuilder()));
    Map<String, String> all = new LinkedHashMap<>();
    for (KeyValue kv : r.getPairsList()) {
      all.put(kv.getKey(), kv.hasValue() ? kv.getValue() : null);
    }
    return all;
  }

  /** Resets {@code key} to its default. */
  public void unset(String key) {
    call(ConfigRequest.Operation.newBuilder().setUnset(ConfigRequest.Unset.newBuilder().addKeys(key)));
  }

  /** Whether {@code key} can be changed at runtime in this session. */
  public boolean isModifiable(String key) {
    ConfigResponse r = call(ConfigRequest.Operation.newBuilder()
        .setIsModifiable(ConfigRequest.IsModifiable.newBuilder().addKeys(key)));
    return Boolean.parseBoolean(r.getPairs(0).getValue());
  }

  /** Whether {@code key} has a value (set, or a default). */
  public boolean contains(String key) {
    return getOption(key).isPresent();
  }
}
