package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static io.sparkconnect.sql.functions.udf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkconnect.sql.api.java.UDF1;
import io.sparkconnect.sql.expressions.UserDefinedFunction;
import io.sparkconnect.sql.types.DataTypes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Java lambda UDFs running on the server, with their results checked value by value. */
@Tag("compat")
class UdfIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  @Test
  void oneArgumentLambda() {
    UserDefinedFunction plusOne = udf((UDF1<Long, Long>) x -> x + 1, DataTypes.LongType);
    List<Row> rows = spark.range(5).select(plusOne.apply(col("id")).as("r")).collectAsList();
    List<Long> got = new ArrayList<>();
    for (Row r : rows) {
      got.add(r.getLong(0));
    }
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), got);
  }
}
