package io.sparkconnect.sql;

import io.sparkconnect.proto.NADrop;
import io.sparkconnect.proto.NAFill;
import io.sparkconnect.proto.NAReplace;
import io.sparkconnect.proto.Relation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Handling of null (and NaN) values, from {@link DataFrame#na()}:
 *
 * <pre>{@code
 * df.na().drop("all");
 * df.na().fill(0, new String[] {"age"});
 * df.na().replace("dept", Map.of("eng", "engineering"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DataFrameNaFunctions {
  private final DataFrame df;

  DataFrameNaFunctions(DataFrame df) {
    this.df = df;
  }

  private DataFrame derive(Relation.Builder b) {
    return df.sparkSession().newDataFrame(b);
  }

  /** The rows without any null or NaN value. */
  public DataFrame drop() {
    return drop("any");
  }

  /**
   * The rows without nulls: {@code "any"} drops rows with any null or NaN, {@code "all"} rows where
   * every value is.
   *
   * @throws IllegalArgumentException for another {@code how}
   */
  public DataFrame drop(String how) {
    return drop(how, (List<String>) null);
  }

  /** The rows without a null or NaN in the named columns. */
  public DataFrame drop(String[] cols) {
    return drop("any", cols);
  }

  /** The rows without nulls in the named columns, by {@code how} ({@code "any"} or {@code "all"}). */
  public DataFrame drop(String how, String[] cols) {
    return drop(how, Arrays.asList(cols));
  }

  private DataFrame drop(String how, List<String> cols) {
    NADrop.Builder d = NADrop.newBuilder().setInput(df.relation());
    if (cols != null) {
      d.addAllCols(cols);
    }
    switch (how == null ? "" : how.toLowerCase(Locale.ROOT)) {
      case "any":
        break;
      case "all":
        d.setMinNonNulls(1);
        break;
      default:
        throw new IllegalArgumentException("how must be 'any' or 'all', not '" + how + "'");
    }
    return derive(Relation.newBuilder().setDropNa(d));
  }

  /** The rows with at least {@code minNonNulls} non-null, non-NaN values. */
  public DataFrame drop(int minNonNulls) {
    return derive(Relation.newBuilder().setDropNa(NADrop.newBuilder().setInput(df.relation()).setMinNonNulls(minNonNulls)));
  }

  /** The rows with at least {@code minNonNulls} non-null, non-NaN values among the named columns. */
  public DataFrame drop(int minNonNulls, String[] cols) {
    return derive(Relation.newBuilder().setDropNa(NADrop.newBuilder().setInput(df.relation())
        .setMinNonNulls(minNonNulls).addAllCols(Arrays.asList(cols))));
  }

  private DataFrame fill(Object value, String[] cols) {
    NAFill.Builder f = NAFill.newBuilder().setInput(df.relation()).addValues(Literals.of(value));
    if (cols != null) {
      f.addAllCols(Arrays.asList(cols));
    }
    return derive(Relation.newBuilder().setFillNa(f));
  }

  /** Replaces nulls and NaN in numeric columns with {@code value}. */
  public DataFrame fill(long value) {
    return fill(value, null);
  }

  /** Replaces nulls and NaN in numeric columns with {@code value}. */
  public DataFrame fill(double value) {
    return fill((Object) value, null);
  }

  /** Replaces nulls in string columns with {@code value}. */
  public DataFrame fill(String value) {
    return fill((Object) value, null);
  }

  /** Replaces nulls in boolean columns with {@code value}. */
  public DataFrame fill(boolean value) {
    return fill((Object) value, null);
  }

  /** Replaces nulls and NaN in the named numeric columns with {@code value}. */
  public DataFrame fill(long value, String[] cols) {
    return fill((Object) value, cols);
  }

  /** Replaces nulls and NaN in the named numeric columns with {@code value}. */
  public DataFrame fill(double value, String[] cols) {
    return fill((Object) value, cols);
  }

  /** Replaces nulls in the named string columns with {@code value}. */
  public DataFrame fill(String value, String[] cols) {
    return fill((Object) value, cols);
  }

  /** Replaces nulls in the named boolean columns with {@code value}. */
  public DataFrame fill(boolean value, String[] cols) {
    return fill((Object) value, cols);
  }

  /** Replaces nulls per column, as {@link #fill(Map)} (Spark's name for its map form). */
  public DataFrame fillMap(Map<String, Object> valueMap) {
    return fill(valueMap);
  }

  /**
   * Replaces nulls per column: {@code Map.of("age", 0, "name", "unknown")}. Values must be
   * Integer, Long, Float, Double, String or Boolean.
   */
  public DataFrame fill(Map<String, Object> valueMap) {
    if (valueMap.isEmpty()) {
      throw new IllegalArgumentException("fill() needs at least one column and value");
    }
    NAFill.Builder f = NAFill.newBuilder().setInput(df.relation());
    valueMap.forEach((col, v) -> {
      if (!(v instanceof Number || v instanceof String || v instanceof Boolean)) {
        throw new IllegalArgumentException("Unsupported fill value for column " + col + ": " + v
            + "; expected a number, string or boolean");
      }
      f.addCols(col).addValues(Literals.of(v instanceof Float ? (Object) ((Float) v).doubleValue() : v));
    });
    return derive(Relation.newBuilder().setFillNa(f));
  }

  /**
   * Replaces values in column {@code col} ({@code "*"}: all columns of a matching type) by the
   * map's old-to-new pairs; keys and values are numbers, strings, booleans or null.
   */
  public <T> DataFrame replace(String col, Map<T, T> replacement) {
    return replace(col.equals("*") ? null : new String[] {col}, replacement);
  }

  /** Replaces values in the named columns by the map's old-to-new pairs. */
  public <T> DataFrame replace(String[] cols, Map<T, T> replacement) {
    NAReplace.Builder r = NAReplace.newBuilder().setInput(df.relation());
    if (cols != null) {
      r.addAllCols(Arrays.asList(cols));
    }
    replacement.forEach((from, to) -> r.addReplacements(NAReplace.Replacement.newBuilder()
        .setOldValue(Literals.of(from)).setNewValue(Literals.of(to))));
    return derive(Relation.newBuilder().setReplace(r));
  }
}
