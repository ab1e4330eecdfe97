package io.sparkconnect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The driver's reading of SQL text, URLs and patterns, without a server. */
class SqlTextTest {
  @Test
  void markersOutsideQuotesAndComments() {
    assertEquals(List.of(7, 25), SqlText.markers("SELECT ?, '?', \"?\", `?`, ? -- ?\n /* ? */"));
    assertEquals(0, SqlText.markers("SELECT 'it''s ?' AS x").size());
    assertEquals(1, SqlText.markers("SELECT 'a\\'?' , ?").size());
  }

  @Test
  void firstKeywordAndQueries() {
    assertEquals("SELECT", SqlText.firstKeyword("  -- c\n /* x */ (select 1)"));
    assertTrue(SqlText.isQuery("with t as (select 1) select * from t"));
    assertFalse(SqlText.isQuery("INSERT INTO t VALUES (1)"));
    assertEquals("", SqlText.firstKeyword("   "));
  }

  @Test
  void insertValuesShapes() {
    SqlText.InsertValues v = SqlText.insertValues("insert into db.`my t` (a, b) values (?, concat(?, ')')), (1, 'x');");
    assertEquals("INTO", v.mode());
    assertEquals("db.`my t`", v.table());
    assertEquals("(a, b)", v.columns());
    assertEquals(List.of(List.of("?", "concat(?, ')')"), List.of("1", "'x'")), v.rows());
    assertNull(SqlText.insertValues("INSERT INTO t SELECT * FROM s"));
    assertNull(SqlText.insertValues("INSERT INTO t VALUES (1) ON CONFLICT"));
    assertEquals(3, SparkConnectStatement.impliedCount("INSERT OVERWRITE TABLE t VALUES (1), (2), (3)"));
    assertEquals(0, SparkConnectStatement.impliedCount("CREATE TABLE t (a INT)"));
  }

  @Test
  void batchInsertRewrite() {
    BatchInsert b = BatchInsert.of("INSERT INTO t (a, b) VALUES (?, upper(?))", 2);
    assertEquals("INSERT INTO t (a, b) SELECT `_p0`, upper(`_p1`) FROM `v`", b.insertSql("v"));
    assertNull(BatchInsert.of("INSERT INTO t VALUES (?), (?)", 2), "several rows: row by row");
    assertNull(BatchInsert.of("INSERT INTO t SELECT ? FROM s", 1));
    BatchInsert three = BatchInsert.of("INSERT INTO t VALUES (?, ?, ?)", 3);
    // ints and longs widen to bigint; nulls take the others' type; decimals widen to hold both.
    assertEquals("struct<_p0:bigint,_p1:string,_p2:decimal(4,2)>", three.schema(List.of(
        new Object[] {1, null, new java.math.BigDecimal("1.5")},
        new Object[] {2L, "x", new java.math.BigDecimal("10.25")})).catalogString());
  }

  @Test
  void likePatterns() {
    assertTrue(LikePattern.of("a_b").matches("axb"));
    assertFalse(LikePattern.of("a\\_b").matches("axb"));
    assertTrue(LikePattern.of("a\\_b").matches("A_B"));
    assertTrue(LikePattern.of("md%").matches("md_db"));
    assertTrue(LikePattern.of(null).matches("anything"));
    assertFalse(LikePattern.of("x.y").matches("xzy"), "regex characters are literal");
    assertEquals("a_b", LikePattern.literal("a\\_b"));
    assertNull(LikePattern.literal("a_b"));
  }

  @Test
  void urls() throws Exception {
    Properties p = new Properties();
    p.setProperty("password", "s3cret");
    p.setProperty("user", "ann");
    p.setProperty("spark.sql.ansi.enabled", "true");
    p.setProperty("unrelated", "x");
    JdbcUrl u = JdbcUrl.parse("jdbc:sc://host:123/;use_ssl=true;x-header=a%20b", p);
    assertEquals("sc://host:123/;use_ssl=true;x-header=a%20b;user_id=ann;token=s3cret", u.remote());
    assertEquals("jdbc:sc://host:123/;use_ssl=true;x-header=a b;user_id=ann;token=***", u.safeUrl());
    assertEquals("true", u.sparkConf().get("spark.sql.ansi.enabled"));
    assertEquals("local[2]", JdbcUrl.parse("jdbc:sc://local[2]", new Properties()).remote());
    assertEquals("08001", org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
        () -> JdbcUrl.parse("jdbc:sc://h/path", new Properties())).getSQLState());
  }

  @Test
  void sqlStatesChooseTheSubclass() {
    assertTrue(SqlErrors.byState("m", "42P01", null) instanceof java.sql.SQLSyntaxErrorException);
    assertTrue(SqlErrors.byState("m", "22012", null) instanceof java.sql.SQLDataException);
    assertTrue(SqlErrors.byState("m", "08006", null) instanceof java.sql.SQLNonTransientConnectionException);
    assertTrue(SqlErrors.byState("m", "HYT00", null) instanceof java.sql.SQLTimeoutException);
    assertTrue(SqlErrors.byState("m", "0A000", null) instanceof java.sql.SQLFeatureNotSupportedException);
    assertTrue(SqlErrors.byState("m", "23505", null) instanceof java.sql.SQLIntegrityConstraintViolationException);
    assertEquals(java.sql.SQLException.class, SqlErrors.byState("m", "XX000", null).getClass());
    io.sparkconnect.sql.SparkConnectException noState = new io.sparkconnect.sql.SparkConnectException("boom");
    assertEquals("XXKCM", SqlErrors.of(noState).getSQLState());
    assertEquals("08006", SqlErrors.of(new io.sparkconnect.sql.SparkConnectionException("gone", null)).getSQLState());
    assertTrue(SqlErrors.of(new io.sparkconnect.sql.SparkConnectionException("gone", null))
        instanceof java.sql.SQLNonTransientConnectionException);
  }
}
