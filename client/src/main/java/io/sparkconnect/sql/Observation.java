package io.sparkconnect.sql;

import io.sparkconnect.proto.Expression;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Metrics observed while a query runs, for {@link DataFrame#observe(Observation, Column, Column...)}:
 *
 * <pre>{@code
 * Observation stats = new Observation("stats");
 * df.observe(stats, count(lit(1)).as("rows"), max("age").as("oldest")).write().parquet(path);
 * long rows = (Long) stats.get().get("rows");
 * }</pre>
 *
 * <p>An observation receives the metrics of the first action on the observed DataFrame.
 * Thread-safe.
 */
public final class Observation {
  private final String name;
  private final CompletableFuture<Row> result = new CompletableFuture<>();

  /** An observation with a random name. */
  public Observation() {
    this(UUID.randomUUID().toString());
  }

  /** An observation named {@code name} (unique per query). */
  public Observation(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("An observation needs a non-empty name");
    }
    this.name = name;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The metrics by name once an action ran, completing when it finishes. */
  public CompletableFuture<Map<String, Object>> future() {
    return result.thenApply(Observation::toMap);
  }

  /** Waits for an action on the observed DataFrame and returns the metrics by name. */
  public Map<String, Object> get() {
    return toMap(getRow());
  }

  /** Same as {@link #get()}. */
  public Map<String, Object> getAsJava() {
    return get();
  }

  /** Waits for an action on the observed DataFrame and returns the metrics as a row. */
  public Row getRow() {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for observation " + name, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Observation " + name + " failed", e.getCause());
    }
  }

  void complete(java.util.List<String> keys, java.util.List<Expression.Literal> values) {
    Object[] v = new Object[values.size()];
    io.sparkconnect.sql.types.StructType schema = new io.sparkconnect.sql.types.StructType();
    for (int i = 0; i < v.length; i++) {
      v[i] = toJava(values.get(i));
      schema = schema.add(i < keys.size() ? keys.get(i) : "_" + i, Literals.typeOf(values.get(i)));
    }
    result.complete(new GenericRow(v, schema));
  }

  private static Map<String, Object> toMap(Row row) {
    Map<String, Object> m = new LinkedHashMap<>();
    String[] names = row.schema().fieldNames();
    for (int i = 0; i < row.size(); i++) {
      m.put(names[i], row.get(i));
    }
    return Collections.unmodifiableMap(m);
  }

  static Object toJava(Expression.Literal l) {
    switch (l.getLiteralTypeCase()) {
      case NULL: return null;
      case BOOLEAN: return l.getBoolean();
      case BYTE: return (byte) l.getByte();
      case SHORT: return (short) l.getShort();
      case INTEGER: return l.getInteger();
      case LONG: return l.getLong();
      case FLOAT: return l.getFloat();
      case DOUBLE: return l.getDouble();
      case DECIMAL: return new BigDecimal(l.getDecimal().getValue());
      case STRING: return l.getString();
      case BINARY: return l.getBinary().toByteArray();
      case DATE: return LocalDate.ofEpochDay(l.getDate());
      case TIMESTAMP: return Instant.EPOCH.plusNanos(l.getTimestamp() * 1000);
      default: return l.toString();
    }
  }
}
