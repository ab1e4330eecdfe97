package com.example.sales;

import static io.sparkconnect.testing.DataFrameAssertions.assertDataFrameEquals;
import static io.sparkconnect.testing.DataFrameAssertions.assertSchemaEquals;

import io.sparkconnect.junit.SparkConnectTest;
import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.RowFactory;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.types.StructType;
import io.sparkconnect.testing.ComparisonOptions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@SparkConnectTest
class SalesReportTest {
  record Sale(String region, long amount, double price) {}

  record Total(String region, long total, double avg_price) {}

  @BeforeAll
  static void sales(SparkSession spark) {
    spark.createDataFrame(
            List.of(new Sale("north", 30, 2.0), new Sale("north", 10, 3.0), new Sale("south", 15, 1.5)), Sale.class)
        .createOrReplaceTempView("sales");
  }

  @Test
  void totalsPerRegion(SparkSession spark) {
    DataFrame totals = SalesReport.totalsByRegion(spark.table("sales"));

    assertSchemaEquals(StructType.fromDDL("region STRING, total BIGINT, avg_price DOUBLE"), totals.schema());
    assertDataFrameEquals(
        List.of(new Total("north", 40, 2.25), new Total("south", 15, 1.5)),
        totals,
        ComparisonOptions.defaults().checkRowOrder(true));
  }

  @Test
  void sameAsTheSqlVersion(SparkSession spark) {
    DataFrame expected = spark.sql(
        "SELECT region, sum(amount) AS total, round(sum(amount * price) / sum(amount), 2) AS avg_price"
            + " FROM sales GROUP BY region");
    assertDataFrameEquals(expected, SalesReport.totalsByRegion(spark.table("sales")));
    assertDataFrameEquals(List.of(RowFactory.create("south", 15, 1.5), RowFactory.create("north", 40, 2.25)), expected);
  }
}
