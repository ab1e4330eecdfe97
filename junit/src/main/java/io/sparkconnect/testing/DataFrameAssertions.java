package io.sparkconnect.testing;

import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.types.ArrayType;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.MapType;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on DataFrames and schemas for tests, with a readable diff on failure.
 *
 * <pre>{@code
 * assertDataFrameEquals(
 *     List.of(RowFactory.create("north", 42L), RowFactory.create("south", 15L)),
 *     sales.groupBy("region").agg(sum("amount")));
 * assertDataFrameEquals(spark.table("expected"), actual, ComparisonOptions.defaults().checkRowOrder(true));
 * assertSchemaEquals(StructType.fromDDL("region STRING, amount BIGINT"), actual.schema());
 * }</pre>
 *
 * <p>By default rows compare as multisets (order ignored), floating-point and decimal values
 * within a relative tolerance of {@code 1e-5} and an absolute one of {@code 1e-8}, numbers by
 * value whatever their Java type ({@code 42} equals {@code 42L}), and schemas without regard to
 * nullability; {@link ComparisonOptions} changes that. {@code NaN} equals {@code NaN}. A failure
 * throws {@link AssertionFailedError} whose message lists the differing rows and whose expected
 * and actual values are the full row lists, so IDEs can show them side by side.
 *
 * <p>Stateless and thread-safe. Collecting runs the DataFrames' queries on the server.
 */
public final class DataFrameAssertions {
  /** Most row pairs compared within the tolerance after exact matching; beyond, rows count as different. */
  private static final long MAX_PAIRS = 10_000_000L;

  private DataFrameAssertions() {}

  /**
   * Asserts that two DataFrames have equal schemas (nullability ignored) and equal rows (order
   * ignored).
   *
   * @param expected the expected DataFrame
   * @param actual the DataFrame under test
   * @throws AssertionFailedError if they differ
   */
  public static void assertDataFrameEquals(DataFrame expected, DataFrame actual) {
    assertDataFrameEquals(expected, actual, ComparisonOptions.defaults());
  }

  /**
   * Asserts that two DataFrames have equal schemas and rows under {@code options}.
   *
   * @param expected the expected DataFrame
   * @param actual the DataFrame under test
   * @param options how to compare
   * @throws AssertionFailedError if they differ
   */
  public static void assertDataFrameEquals(DataFrame expected, DataFrame actual, ComparisonOptions options) {
    Objects.requireNonNull(options, "options");
    if (expected == null || actual == null) {
      if (expected != actual) {
        throw new AssertionFailedError(
            "Expected " + (expected == null ? "no DataFrame (null)" : "a DataFrame") + " but was "
                + (actual == null ? "null" : "a DataFrame"), expected, actual);
      }
      return;
    }
    StructType actualSchema = actual.schema();
    assertSchemaEquals(expected.schema(), actualSchema, options);
    compareRows(structs(expected.collectAsList()), actual.collectAsList(), actualSchema, options);
  }

  /**
   * Asserts that a DataFrame holds the expected rows (order ignored). The expected rows are
   * {@link Row}s (e.g. {@code RowFactory.create(1L, "a")}) or Java records, whose components are
   * compared with the columns in order; the DataFrame's schema is not checked, except that a
   * record's component names must match the column names (case-insensitively).
   *
   * @param expected the expected rows: {@code Row}s or records
   * @param actual the DataFrame under test
   * @throws AssertionFailedError if the rows differ
   * @throws IllegalArgumentException if an element of {@code expected} is neither a Row nor a record
   */
  public static void assertDataFrameEquals(List<?> expected, DataFrame actual) {
    assertDataFrameEquals(expected, actual, ComparisonOptions.defaults());
  }

  /**
   * Asserts that a DataFrame holds the expected rows under {@code options}.
   *
   * @param expected the expected rows: {@code Row}s or records
   * @param actual the DataFrame under test
   * @param options how to compare
   * @throws AssertionFailedError if the rows differ
   * @throws IllegalArgumentException if an element of {@code expected} is neither a Row nor a record
   * @see #assertDataFrameEquals(List, DataFrame)
   */
  public static void assertDataFrameEquals(List<?> expected, DataFrame actual, ComparisonOptions options) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(options, "options");
    if (actual == null) {
      throw new AssertionFailedError("Expected a DataFrame of " + expected.size() + " rows but was null", expected, null);
    }
    List<Values.Struct> exp = new ArrayList<>(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      exp.add(Values.expectedRow(expected.get(i), i));
    }
    StructType actualSchema = actual.schema();
    List<String> columns = Arrays.asList(actualSchema.fieldNames());
    for (Values.Struct s : exp) {
      if (s.values().size() != columns.size()) {
        throw new AssertionFailedError(
            "Expected rows of " + s.values().size() + " values, but the DataFrame has "
                + columns.size() + " columns " + columns + "; first such row: " + Values.render(s, null),
            Values.render(s, null), columns.toString());
      }
      if (s.names() != null && !sameNames(s.names(), columns)) {
        throw new AssertionFailedError(
            "Column names differ: expected " + s.names() + " but was " + columns,
            s.names().toString(), columns.toString());
      }
    }
    compareRows(exp, actual.collectAsList(), actualSchema, options);
  }

  /**
   * Asserts that two schemas are equal, ignoring nullability (of fields, array elements and map
   * values) and field metadata.
   *
   * @param expected the expected schema
   * @param actual the schema under test
   * @throws AssertionFailedError if they differ
   */
  public static void assertSchemaEquals(StructType expected, StructType actual) {
    assertSchemaEquals(expected, actual, ComparisonOptions.defaults());
  }

  /**
   * Asserts that two schemas are equal under {@code options} (field metadata, such as comments,
   * is never compared).
   *
   * @param expected the expected schema
   * @param actual the schema under test
   * @param options whether nullability counts
   * @throws AssertionFailedError if they differ
   */
  public static void assertSchemaEquals(StructType expected, StructType actual, ComparisonOptions options) {
    Objects.requireNonNull(options, "options");
    if (expected == null || actual == null) {
      if (expected != actual) {
        throw new AssertionFailedError("Schemas differ: expected " + expected + " but was " + actual, expected, actual);
      }
      return;
    }
    boolean ignore = options.isNullableIgnored();
    StructType e = (StructType) normalizeType(expected, ignore);
    StructType a = (StructType) normalizeType(actual, ignore);
    if (e.equals(a)) {
      return;
    }
    List<String> el = fieldLines(e, ignore);
    List<String> al = fieldLines(a, ignore);
    StringBuilder msg = new StringBuilder("Schemas differ");
    msg.append(ignore ? " (nullability ignored):" : ":");
    for (int i = 0; i < Math.max(el.size(), al.size()); i++) {
      String x = i < el.size() ? el.get(i) : null;
      String y = i < al.size() ? al.get(i) : null;
      if (Objects.equals(x, y)) {
        msg.append("\n    ").append(x);
      } else {
        if (x != null) {
          msg.append("\n  - ").append(x);
        }
        if (y != null) {
          msg.append("\n  + ").append(y);
        }
      }
    }
    msg.append("\n(- expected, + actual)");
    throw new AssertionFailedError(msg.toString(), String.join("\n", el), String.join("\n", al));
  }

  // ------------------------------------------------------------------------------ rows

  private static List<Values.Struct> structs(List<Row> rows) {
    List<Values.Struct> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add((Values.Struct) Values.normalize(r));
    }
    return out;
  }

  static void compareRows(List<Values.Struct> expected, List<Row> actualRows, StructType schema, ComparisonOptions o) {
    List<Values.Struct> actual = structs(actualRows);
    List<String> names = Arrays.asList(schema.fieldNames());
    if (o.isRowOrderChecked()) {
      compareOrdered(expected, actual, names, o);
    } else {
      compareUnordered(expected, actual, names, o);
    }
  }

  private static void compareOrdered(List<Values.Struct> expected, List<Values.Struct> actual, List<String> names, ComparisonOptions o) {
    int n = Math.max(expected.size(), actual.size());
    List<String> lines = new ArrayList<>();
    int differing = 0;
    for (int i = 0; i < n; i++) {
      Values.Struct e = i < expected.size() ? expected.get(i) : null;
      Values.Struct a = i < actual.size() ? actual.get(i) : null;
      if (e != null && a != null && Values.equal(e, a, o)) {
        continue;
      }
      differing++;
      if (lines.size() < o.maxRowsShown()) {
        lines.add("  row " + i + ":\n    - " + (e == null ? "(no row)" : Values.render(e, names))
            + "\n    + " + (a == null ? "(no row)" : Values.render(a, names)));
      }
    }
    if (differing == 0) {
      return;
    }
    StringBuilder msg = new StringBuilder("DataFrames differ (row order checked): ")
        .append(differing).append(" of ").append(n).append(" rows differ");
    sizes(msg, expected, actual);
    msg.append(":\n");
    lines.forEach(l -> msg.append(l).append('\n'));
    if (differing > lines.size()) {
      msg.append("  ... and ").append(differing - lines.size()).append(" more\n");
    }
    msg.append("(- expected, + actual)");
    throw new AssertionFailedError(msg.toString(), listing(expected, names), listing(actual, names));
  }

  private static void compareUnordered(List<Values.Struct> expected, List<Values.Struct> actual, List<String> names, ComparisonOptions o) {
    // First pair rows with equal exact keys (linear), then match what is left within the
    // tolerance: a merge walk over both sides sorted (rows within the tolerance sort next to each
    // other), then a pairwise search of at most MAX_PAIRS comparisons for any rest.
    Map<String, Deque<Values.Struct>> byKey = new HashMap<>();
    for (Values.Struct a : actual) {
      byKey.computeIfAbsent(Values.key(a), k -> new ArrayDeque<>()).add(a);
    }
    List<Values.Struct> missing = new ArrayList<>();
    for (Values.Struct e : expected) {
      Deque<Values.Struct> same = byKey.get(Values.key(e));
      if (same != null && !same.isEmpty()) {
        same.poll();
      } else {
        missing.add(e);
      }
    }
    List<Values.Struct> unexpected = new ArrayList<>();
    byKey.values().forEach(unexpected::addAll);
    if (!missing.isEmpty() && !unexpected.isEmpty()) {
      missing.sort(Values::compare);
      unexpected.sort(Values::compare);
      List<Values.Struct> m = new ArrayList<>();
      List<Values.Struct> u = new ArrayList<>();
      int i = 0;
      int j = 0;
      while (i < missing.size() && j < unexpected.size()) {
        if (Values.equal(missing.get(i), unexpected.get(j), o)) {
          i++;
          j++;
        } else if (Values.compare(missing.get(i), unexpected.get(j)) < 0) {
          m.add(missing.get(i++));
        } else {
          u.add(unexpected.get(j++));
        }
      }
      m.addAll(missing.subList(i, missing.size()));
      u.addAll(unexpected.subList(j, unexpected.size()));
      missing = m;
      unexpected = u;
    }
    if (!missing.isEmpty() && !unexpected.isEmpty()
        && (long) missing.size() * unexpected.size() <= MAX_PAIRS) {
      boolean[] used = new boolean[unexpected.size()];
      List<Values.Struct> stillMissing = new ArrayList<>();
      for (Values.Struct e : missing) {
        boolean found = false;
        for (int j = 0; j < unexpected.size() && !found; j++) {
          if (!used[j] && Values.equal(e, unexpected.get(j), o)) {
            used[j] = true;
            found = true;
          }
        }
        if (!found) {
          stillMissing.add(e);
        }
      }
      List<Values.Struct> stillUnexpected = new ArrayList<>();
      for (int j = 0; j < unexpected.size(); j++) {
        if (!used[j]) {
          stillUnexpected.add(unexpected.get(j));
        }
      }
      missing = stillMissing;
      unexpected = stillUnexpected;
    }
    if (missing.isEmpty() && unexpected.isEmpty()) {
      return;
    }
    missing = sorted(missing);
    unexpected = sorted(unexpected);
    StringBuilder msg = new StringBuilder("DataFrames differ (row order ignored): ")
        .append(missing.size()).append(" expected row").append(missing.size() == 1 ? "" : "s")
        .append(" missing, ").append(unexpected.size()).append(" unexpected row")
        .append(unexpected.size() == 1 ? "" : "s");
    sizes(msg, expected, actual);
    msg.append(":\n");
    appendRows(msg, "  - ", missing, names, o);
    appendRows(msg, "  + ", unexpected, names, o);
    msg.append("(- expected but not in actual, + in actual but not expected)");
    throw new AssertionFailedError(msg.toString(), listing(sorted(expected), names), listing(sorted(actual), names));
  }

  private static void sizes(StringBuilder msg, List<?> expected, List<?> actual) {
    msg.append(" (expected ").append(expected.size()).append(" rows, actual ").append(actual.size()).append(" rows)");
  }

  private static void appendRows(StringBuilder msg, String prefix, List<Values.Struct> rows, List<String> names, ComparisonOptions o) {
    int shown = Math.min(rows.size(), o.maxRowsShown());
    for (int i = 0; i < shown; i++) {
      msg.append(prefix).append(Values.render(rows.get(i), names)).append('\n');
    }
    if (rows.size() > shown) {
      msg.append(prefix).append("... and ").append(rows.size() - shown).append(" more\n");
    }
  }

  private static List<Values.Struct> sorted(List<Values.Struct> rows) {
    return rows.stream()
        .sorted(Comparator.comparing((Values.Struct s) -> Values.render(s, null)))
        .collect(Collectors.toList());
  }

  /** The full row list, one per line, for an IDE's side-by-side view (capped at 1000 rows). */
  private static String listing(List<Values.Struct> rows, List<String> names) {
    StringBuilder sb = new StringBuilder();
    int shown = Math.min(rows.size(), 1000);
    for (int i = 0; i < shown; i++) {
      sb.append(Values.render(rows.get(i), names)).append('\n');
    }
    if (rows.size() > shown) {
      sb.append("... ").append(rows.size() - shown).append(" more rows\n");
    }
    return sb.toString();
  }

  private static boolean sameNames(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equalsIgnoreCase(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------- schemas

  /** The type without metadata, and with every nullability set to true when it is ignored. */
  private static DataType normalizeType(DataType t, boolean ignoreNullable) {
    if (t instanceof StructType s) {
      List<StructField> fields = new ArrayList<>(s.length());
      for (StructField f : s.fields()) {
        fields.add(new StructField(f.name(), normalizeType(f.dataType(), ignoreNullable), ignoreNullable || f.nullable()));
      }
      return new StructType(fields);
    }
    if (t instanceof ArrayType a) {
      return new ArrayType(normalizeType(a.elementType(), ignoreNullable), ignoreNullable || a.containsNull());
    }
    if (t instanceof MapType m) {
      return new MapType(
          normalizeType(m.keyType(), ignoreNullable),
          normalizeType(m.valueType(), ignoreNullable),
          ignoreNullable || m.valueContainsNull());
    }
    return t;
  }

  private static List<String> fieldLines(StructType s, boolean ignoreNullable) {
    List<String> out = new ArrayList<>();
    for (StructField f : s.fields()) {
      out.add(f.name() + ": " + f.dataType().simpleString() + (ignoreNullable || f.nullable() ? "" : " NOT NULL"));
    }
    return out;
  }
}
