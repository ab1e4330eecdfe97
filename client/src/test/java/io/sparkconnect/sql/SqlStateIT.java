package io.sparkconnect.sql;

import static io.sparkconnect.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same failing statements give the same SQLSTATE on every server version: Spark 4.x sends it,
 * Spark 3.5 sends none and the client takes it from Spark's error catalogue. The expected values
 * are those Spark 4.2 sends; the compat runs check 3.5.7 and 4.0.1 against them.
 */
@Tag("compat")
class SqlStateIT {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    // 4.x has ANSI mode on by default, 3.5 off: the runtime errors below need it on everywhere.
    spark.conf().set("spark.sql.ansi.enabled", true);
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW sqlstate_it_v AS SELECT 1 AS a").collect();
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  static Stream<Arguments> failingStatements() {
    return Stream.of(
        Arguments.of("SELEC 1", "42601"),
        Arguments.of("SELECT nope FROM range(1)", "42703"),
        Arguments.of("SELECT * FROM no_such_table_sqlstate", "42P01"),
        Arguments.of("DROP TABLE no_such_table_sqlstate", "42P01"),
        Arguments.of("SELECT no_such_function_sqlstate(1)", "42883"),
        Arguments.of("SELECT 1 / 0", "22012"),
        Arguments.of("SELECT CAST('abc' AS INT)", "22018"),
        Arguments.of("SELECT 2147483647 + 1", "22003"),
        Arguments.of("SELECT element_at(array(1, 2), 5)", "22003"),
        Arguments.of("SELECT 'a' + date'2020-01-01'", "42K09"),
        Arguments.of("SELECT sum(id) FROM range(3) GROUP BY 5", "42805"),
        Arguments.of("SELECT id FROM range(3) GROUP BY id % 2", "42803"),
        Arguments.of("CREATE TEMPORARY VIEW sqlstate_it_v AS SELECT 2", "42P07"),
        Arguments.of("SELECT a FROM sqlstate_it_v x JOIN sqlstate_it_v y ON true", "42704"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failingStatements")
  void sqlStateOfAFailingStatement(String sql, String sqlState) {
    SparkConnectException e = assertThrows(SparkConnectException.class, () -> spark.sql(sql).collect());
    assertEquals(sqlState, e.getSqlState(), e.getCondition() + ": " + e.getMessage());
  }

  static Stream<Arguments> failingDataFrames() {
    return Stream.of(
        Arguments.of("select(missing)", (Consumer<SparkSession>) s -> s.range(3).select(col("missing")).collect(),
            "42703"),
        Arguments.of("table(missing)", (Consumer<SparkSession>) s -> s.table("no_such_table_sqlstate").collect(),
            "42P01"),
        Arguments.of("filter(parse error)", (Consumer<SparkSession>) s -> s.range(3).filter("id >").collect(),
            "42601"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failingDataFrames")
  void sqlStateOfAFailingDataFrame(String name, Consumer<SparkSession> action, String sqlState) {
    SparkConnectException e = assertThrows(SparkConnectException.class, () -> action.accept(spark));
    assertEquals(sqlState, e.getSqlState(), e.getCondition() + ": " + e.getMessage());
  }
}
