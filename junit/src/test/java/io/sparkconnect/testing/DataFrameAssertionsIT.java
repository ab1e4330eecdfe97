package io.sparkconnect.testing;

import static io.sparkconnect.testing.DataFrameAssertions.assertDataFrameEquals;
import static io.sparkconnect.testing.DataFrameAssertions.assertSchemaEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.sparkconnect.junit.SparkConnectTest;
import io.sparkconnect.junit.fixtures.FailingAssertionFixture;
import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.RowFactory;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.types.StructType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

/** The assertions on DataFrames the server computed. */
@SparkConnectTest
class DataFrameAssertionsIT {
  record Sale(String region, long amount) {}

  private final SparkSession spark;

  DataFrameAssertionsIT(SparkSession spark) {
    this.spark = spark;
  }

  private DataFrame people() {
    return spark.sql("SELECT * FROM VALUES (3, 'c'), (1, 'a'), (2, 'b') AS t(id, name)");
  }

  @Test
  void equalDataFramesPassWhateverTheRowOrder() {
    assertDataFrameEquals(spark.sql("SELECT * FROM VALUES (1, 'a'), (2, 'b'), (3, 'c') AS t(id, name)"), people());
    assertDataFrameEquals(people(), people(), ComparisonOptions.defaults().checkRowOrder(true));
  }

  @Test
  void expectedRowsAndRecords() {
    assertDataFrameEquals(List.of(RowFactory.create(1, "a"), RowFactory.create(2, "b"), RowFactory.create(3, "c")), people());
    DataFrame totals = spark.sql("SELECT * FROM VALUES ('north', 40L), ('north', 2L), ('south', 15L) AS t(region, amount)")
        .groupBy("region").sum("amount").withColumnRenamed("sum(amount)", "amount");
    assertDataFrameEquals(List.of(new Sale("south", 15), new Sale("north", 42)), totals);
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> assertDataFrameEquals(List.of(new Sale("south", 15), new Sale("north", 41)), totals));
    assertTrue(e.getMessage().contains("  - Row(region='north', amount=41)\n  + Row(region='north', amount=42)\n"), e.getMessage());
  }

  @Test
  void recordsMustNameTheColumns() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> assertDataFrameEquals(List.of(new Sale("north", 1)), spark.sql("SELECT 'north' AS area, 1L AS amount")));
    assertEquals("Column names differ: expected [region, amount] but was [area, amount]", e.getMessage());
  }

  @Test
  void floatingPointWithinTolerance() {
    DataFrame sum = spark.sql("SELECT CAST(0.1 AS DOUBLE) + CAST(0.2 AS DOUBLE) AS d");
    assertDataFrameEquals(List.of(RowFactory.create(0.3)), sum);
    assertThrows(AssertionFailedError.class,
        () -> assertDataFrameEquals(List.of(RowFactory.create(0.3)), sum, ComparisonOptions.defaults().rtol(0).atol(0)));
    assertDataFrameEquals(List.of(RowFactory.create(0.31)), sum, ComparisonOptions.defaults().atol(0.02));
  }

  @Test
  void rowOrderWhenAsked() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> assertDataFrameEquals(people().orderBy("id"), people(), ComparisonOptions.defaults().checkRowOrder(true)));
    assertTrue(e.getMessage().startsWith("DataFrames differ (row order checked): 3 of 3 rows differ"), e.getMessage());
    assertTrue(e.getMessage().contains("  row 0:\n    - Row(id=1, name='a')\n    + Row(id=3, name='c')"), e.getMessage());
  }

  @Test
  void schemasMustMatch() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> assertDataFrameEquals(spark.sql("SELECT 1L AS id"), spark.sql("SELECT 1 AS id")));
    assertTrue(e.getMessage().contains("  - id: bigint\n  + id: int"), e.getMessage());
    // A literal is NOT NULL, a column of VALUES with a NULL is nullable: ignored by default.
    DataFrame notNull = spark.sql("SELECT 1 AS id");
    DataFrame nullable = spark.sql("SELECT * FROM VALUES (1), (NULL) AS t(id)").where("id IS NOT NULL");
    assertFalse(notNull.schema().equals(nullable.schema()));
    assertDataFrameEquals(notNull, nullable);
    assertThrows(AssertionFailedError.class,
        () -> assertDataFrameEquals(notNull, nullable, ComparisonOptions.defaults().ignoreNullable(false)));
    assertSchemaEquals(StructType.fromDDL("id INT, name STRING"), people().schema());
  }

  @Test
  void nestedAndNullValues() {
    DataFrame df = spark.sql("SELECT named_struct('x', 1, 'y', array(1.5, 2.5)) AS s, map('k', 2) AS m, CAST(NULL AS STRING) AS n");
    Row expected = RowFactory.create(RowFactory.create(1, List.of(1.5, 2.5)), java.util.Map.of("k", 2), null);
    assertDataFrameEquals(List.of(expected), df);
    Row wrong = RowFactory.create(RowFactory.create(1, List.of(1.5, 2.6)), java.util.Map.of("k", 2), null);
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertDataFrameEquals(List.of(wrong), df));
    assertTrue(e.getMessage().contains("+ Row(s=Row(x=1, y=[1.5, 2.5]), m={'k' -> 2}, n=null)"), e.getMessage());
  }

  /** A test of the kit that fails on purpose: its message must name exactly the differing rows. */
  @Test
  void aFailingTestNamesTheDifferingRows() {
    EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(FailingAssertionFixture.class)).execute();
    assertEquals(1, results.testEvents().failed().count());
    Throwable thrown = results.testEvents().failed().list().get(0)
        .getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
    AssertionFailedError failure = assertInstanceOf(thrown);
    assertEquals(
        "DataFrames differ (row order ignored): 1 expected row missing, 1 unexpected row (expected 3 rows, actual 3 rows):\n"
            + "  - Row(id=2, name='b')\n"
            + "  + Row(id=2, name='x')\n"
            + "(- expected but not in actual, + in actual but not expected)",
        failure.getMessage());
    assertEquals("Row(id=1, name='a')\nRow(id=2, name='b')\nRow(id=3, name='c')\n", failure.getExpected().getStringRepresentation());
    assertEquals("Row(id=1, name='a')\nRow(id=2, name='x')\nRow(id=3, name='c')\n", failure.getActual().getStringRepresentation());
  }

  private static AssertionFailedError assertInstanceOf(Throwable t) {
    return org.junit.jupiter.api.Assertions.assertInstanceOf(AssertionFailedError.class, t);
  }
}
