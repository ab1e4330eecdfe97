package com.example.sales;

import static io.sparkconnect.testing.DataFrameAssertions.assertDataFrameEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.sparkconnect.junit.Isolation;
import io.sparkconnect.junit.SparkConnectTest;
import io.sparkconnect.sql.RowFactory;
import io.sparkconnect.sql.SparkSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session per test method; the server is the one SalesReportTest uses. */
@SparkConnectTest(isolation = Isolation.METHOD)
class IsolationTest {
  SparkSession spark;

  @Test
  void otherClassesTempViewsAreNotVisible() {
    assertFalse(spark.catalog().tableExists("sales"));
  }

  @Test
  void ownQuery() {
    assertDataFrameEquals(List.of(RowFactory.create(0L), RowFactory.create(1L)), spark.range(2));
  }
}
