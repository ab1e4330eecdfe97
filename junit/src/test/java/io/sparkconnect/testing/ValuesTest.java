package io.sparkconnect.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.RowFactory;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Comparison and rendering rules, without a server. */
class ValuesTest {
  private static final ComparisonOptions DEFAULTS = ComparisonOptions.defaults();

  record Point(long x, String label) {}

  record Outer(int id, Point p, List<Double> ds) {}

  private static boolean eq(Object a, Object b, ComparisonOptions o) {
    return Values.equal(Values.normalize(a), Values.normalize(b), o);
  }

  @Test
  void numbersCompareByValueWhateverTheirJavaType() {
    assertTrue(eq(42, 42L, DEFAULTS));
    assertTrue(eq((short) 7, new BigDecimal("7.00"), DEFAULTS));
    assertFalse(eq(42, 43L, DEFAULTS));
    assertFalse(eq(42, "42", DEFAULTS));
  }

  @Test
  void floatingPointWithinTolerance() {
    assertTrue(eq(0.1 + 0.2, 0.3, DEFAULTS));
    assertTrue(eq(1_000_000.0, 1_000_005.0, DEFAULTS)); // 5 <= 1e-8 + 1e-5 * 1e6
    assertFalse(eq(1_000_000.0, 1_000_011.0, DEFAULTS));
    assertFalse(eq(0.1 + 0.2, 0.3, DEFAULTS.rtol(0).atol(0)));
    assertTrue(eq(1.0, 1.05, DEFAULTS.atol(0.1)));
    assertTrue(eq(Double.NaN, Double.NaN, DEFAULTS));
    assertFalse(eq(Double.POSITIVE_INFINITY, 1e308, DEFAULTS));
    assertTrue(eq(new BigDecimal("1.000001"), new BigDecimal("1.000000"), DEFAULTS));
    assertTrue(eq(0.1f, 0.1, DEFAULTS.rtol(0).atol(0)));
  }

  @Test
  void nestedValuesAndRecordsMatchRows() {
    Object row = RowFactory.create(1L, RowFactory.create(2, "a"), List.of(1.0, 2.0));
    assertTrue(eq(new Outer(1, new Point(2, "a"), List.of(1.0, 2.0 + 1e-9)), row, DEFAULTS));
    assertFalse(eq(new Outer(1, new Point(2, "b"), List.of(1.0, 2.0)), row, DEFAULTS));
    assertTrue(eq(Map.of("k", 1), Map.of("k", 1L), DEFAULTS));
    assertFalse(eq(Map.of("k", 1), Map.of("j", 1L), DEFAULTS));
    assertTrue(eq(new byte[] {1, 2}, new byte[] {1, 2}, DEFAULTS));
    assertFalse(eq(null, 0, DEFAULTS));
  }

  private static void compare(List<Row> expected, List<Row> actual, ComparisonOptions o) {
    List<Values.Struct> exp = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      exp.add(Values.expectedRow(expected.get(i), i));
    }
    DataFrameAssertions.compareRows(exp, actual, StructType.fromDDL("id BIGINT, d DOUBLE"), o);
  }

  @Test
  void unorderedRowsMatchExactlyThenWithinTolerance() {
    List<Row> actual = new ArrayList<>();
    List<Row> expected = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      actual.add(RowFactory.create((long) i, i / 10.0));
      expected.add(RowFactory.create(19_999 - i, (19_999 - i) / 10.0 + (i % 2 == 0 ? 1e-9 : 0)));
    }
    expected.add(RowFactory.create(7, 0.7));
    actual.add(RowFactory.create(7L, 0.7000000001));
    compare(expected, actual, DEFAULTS); // 20,001 rows, half off by 1e-9: sorted, not a quadratic scan

    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> compare(
        List.of(RowFactory.create(1, 1.0), RowFactory.create(1, 1.0), RowFactory.create(2, 2.0)),
        List.of(RowFactory.create(1L, 1.0), RowFactory.create(2L, 2.0), RowFactory.create(2L, 2.0)), DEFAULTS));
    assertEquals("DataFrames differ (row order ignored): 1 expected row missing, 1 unexpected row"
        + " (expected 3 rows, actual 3 rows):\n  - Row(id=1, d=1.0)\n  + Row(id=2, d=2.0)\n"
        + "(- expected but not in actual, + in actual but not expected)", e.getMessage());
  }

  @Test
  void renderingNamesFieldsAndQuotesStrings() {
    Object v = Values.normalize(new Outer(1, new Point(2, "it's"), List.of(1.5)));
    assertEquals("Row(id=1, p=Row(x=2, label='it\\'s'), ds=[1.5])", Values.render(v, null));
    assertEquals("Row(a=1, b=' x')", Values.render(Values.normalize(RowFactory.create(1, " x")), List.of("a", "b")));
  }

  @Test
  void expectedRowsMustBeRowsOrRecords() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Values.expectedRow("text", 3));
    assertTrue(e.getMessage().contains("element 3 is a java.lang.String"), e.getMessage());
  }

  @Test
  void optionsRejectBadValues() {
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.rtol(-1));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.atol(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.maxRowsShown(0));
    assertFalse(DEFAULTS.isRowOrderChecked());
    assertTrue(DEFAULTS.checkRowOrder(true).isRowOrderChecked());
    assertFalse(DEFAULTS.isRowOrderChecked(), "options are immutable");
  }

  @Test
  void schemasIgnoreNullabilityUnlessAsked() {
    StructType nullable = new StructType().add("id", DataTypes.LongType, true)
        .add("xs", DataTypes.createArrayType(DataTypes.IntegerType, true));
    StructType notNull = new StructType().add("id", DataTypes.LongType, false)
        .add("xs", DataTypes.createArrayType(DataTypes.IntegerType, false));
    DataFrameAssertions.assertSchemaEquals(nullable, notNull);
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> DataFrameAssertions.assertSchemaEquals(nullable, notNull, DEFAULTS.ignoreNullable(false)));
    assertTrue(e.getMessage().contains("+ id: bigint NOT NULL"), e.getMessage());
    e = assertThrows(AssertionFailedError.class, () -> DataFrameAssertions.assertSchemaEquals(
        StructType.fromDDL("id BIGINT, name STRING"), StructType.fromDDL("id INT, name STRING")));
    assertEquals("Schemas differ (nullability ignored):\n  - id: bigint\n  + id: int\n    name: string\n(- expected, + actual)", e.getMessage());
    assertTrue(e.isExpectedDefined() && e.isActualDefined());
  }
}
