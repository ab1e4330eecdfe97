package com.example.sales;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.round;
import static io.sparkconnect.sql.functions.sum;

import io.sparkconnect.sql.DataFrame;

/** The code under test: plain DataFrame transformations. */
public final class SalesReport {
  private SalesReport() {}

  /** Total amount and average price per region, largest total first. */
  public static DataFrame totalsByRegion(DataFrame sales) {
    return sales
        .groupBy("region")
        .agg(sum("amount").alias("total"), round(sum(col("amount").multiply(col("price"))).divide(sum("amount")), 2).alias("avg_price"))
        .orderBy(col("total").desc());
  }
}
