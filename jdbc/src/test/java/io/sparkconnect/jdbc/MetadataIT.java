package io.sparkconnect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** DatabaseMetaData on a real server: catalogs, schemas, tables and columns with patterns, the static answers. */
@Tag("compat")
class MetadataIT {
  static Connection conn;
  static DatabaseMetaData md;

  @BeforeAll
  static void open() throws SQLException {
    conn = JdbcTestServer.connect();
    md = conn.getMetaData();
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE DATABASE IF NOT EXISTS md_db");
      st.execute("CREATE DATABASE IF NOT EXISTS md_other");
      st.execute("CREATE TABLE IF NOT EXISTS md_db.a_b (id BIGINT COMMENT 'the key', name VARCHAR(20),"
          + " price DECIMAL(10,2), tags ARRAY<STRING>, at TIMESTAMP) USING parquet COMMENT 'a table'");
      st.execute("CREATE TABLE IF NOT EXISTS md_db.axb (x INT) USING parquet");
      st.execute("CREATE TABLE IF NOT EXISTS md_other.a_b (y STRING) USING parquet");
      st.execute("CREATE OR REPLACE VIEW md_db.v_ab AS SELECT id, name FROM md_db.a_b");
      st.execute("CREATE OR REPLACE TEMPORARY VIEW md_temp AS SELECT 1 AS one");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS md_db CASCADE");
      st.execute("DROP DATABASE IF EXISTS md_other CASCADE");
    }
    conn.close();
  }

  private static List<List<Object>> rows(ResultSet rs, String... columns) throws SQLException {
    List<List<Object>> out = new ArrayList<>();
    try (rs) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (String c : columns) {
          row.add(rs.getObject(c));
        }
        out.add(row);
      }
    }
    return out;
  }

  @Test
  void identity() throws SQLException {
    assertEquals("Spark SQL", md.getDatabaseProductName());
    String version = conn.unwrap(io.sparkconnect.sql.SparkSession.class).version();
    assertEquals(version, md.getDatabaseProductVersion());
    assertEquals(Integer.parseInt(version.split("\\.")[0]), md.getDatabaseMajorVersion());
    assertEquals(Integer.parseInt(version.split("\\.")[1]), md.getDatabaseMinorVersion());
    assertEquals("`", md.getIdentifierQuoteString());
    assertEquals("\\", md.getSearchStringEscape());
    assertEquals(0, md.getDriverMajorVersion());
    assertEquals(1, md.getDriverMinorVersion());
    assertFalse(md.supportsTransactions());
    assertEquals(Connection.TRANSACTION_NONE, md.getDefaultTransactionIsolation());
    assertTrue(md.supportsBatchUpdates());
    assertTrue(md.getURL().startsWith("jdbc:sc://"));
    assertFalse(md.getURL().contains(conn.unwrap(io.sparkconnect.sql.SparkSession.class).sessionId()));
    assertTrue(md.getURL().contains("token=***") || !JdbcTestServer.url().contains("token="), md.getURL());
    String keywords = md.getSQLKeywords();
    assertTrue(keywords.contains("LIMIT"), keywords);
    assertFalse(("," + keywords + ",").contains(",SELECT,"), "SQL:2003 keywords are left out");
  }

  @Test
  void catalogsAndSchemas() throws SQLException {
    assertTrue(rows(md.getCatalogs(), "TABLE_CAT").contains(List.of("spark_catalog")));
    List<List<Object>> schemas = rows(md.getSchemas(), "TABLE_SCHEM", "TABLE_CATALOG");
    assertTrue(schemas.contains(List.of("default", "spark_catalog")), schemas.toString());
    assertTrue(schemas.contains(List.of("md_db", "spark_catalog")), schemas.toString());
    assertEquals(List.of(List.of("md_db"), List.of("md_other")),
        rows(md.getSchemas("spark_catalog", "md\\_%"), "TABLE_SCHEM"));
    assertEquals(List.of(), rows(md.getSchemas("spark_catalog", "nothing%"), "TABLE_SCHEM"));
  }

  @Test
  void tablesWithPatternsAndTheirEscape() throws SQLException {
    // "_" matches any character: a_b and axb; escaped, only a_b.
    assertEquals(List.of(List.of("md_db", "a_b"), List.of("md_db", "axb")),
        rows(md.getTables("spark_catalog", "md_db", "a_b", null), "TABLE_SCHEM", "TABLE_NAME"));
    assertEquals(List.of(List.of("md_db", "a_b", "TABLE", "")),
        rows(md.getTables("spark_catalog", "md_db", "a\\_b", null), "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE",
            "REMARKS"));
    assertEquals(List.of(List.of("md_db", "a_b"), List.of("md_other", "a_b")),
        rows(md.getTables(null, "md%", "a\\_b", new String[] {"TABLE"}), "TABLE_SCHEM", "TABLE_NAME"));
    assertEquals(List.of(List.of("spark_catalog", "md_db", "v_ab", "VIEW")),
        rows(md.getTables(null, "md_db", "%", new String[] {"VIEW"}), "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME",
            "TABLE_TYPE"));
    List<List<Object>> temps = rows(md.getTables(null, null, "md_temp", null), "TABLE_CAT", "TABLE_SCHEM",
        "TABLE_TYPE");
    assertEquals(1, temps.size(), temps.toString());
    assertEquals("LOCAL TEMPORARY", temps.get(0).get(2));
    assertEquals(List.of(), rows(md.getTables(null, "no_such_db", "%", null), "TABLE_NAME"));
    assertEquals(List.of(List.of("LOCAL TEMPORARY"), List.of("TABLE"), List.of("VIEW")),
        rows(md.getTableTypes(), "TABLE_TYPE"));
  }

  @Test
  void columnsOfManyTablesAtOnce() throws SQLException {
    List<List<Object>> cols = rows(md.getColumns("spark_catalog", "md_db", "a\\_b", "%"), "TABLE_NAME",
        "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME", "COLUMN_SIZE", "DECIMAL_DIGITS", "NULLABLE", "REMARKS",
        "ORDINAL_POSITION", "IS_NULLABLE");
    assertEquals(Arrays.asList("a_b", "id", Types.BIGINT, "bigint", 19, null, DatabaseMetaData.columnNullable,
        "the key", 1, "YES"), cols.get(0));
    assertEquals("name", cols.get(1).get(1));
    assertEquals(Types.VARCHAR, cols.get(1).get(2));
    assertEquals(List.of("a_b", "price", Types.DECIMAL, "decimal(10,2)", 10, 2, DatabaseMetaData.columnNullable,
        "", 3, "YES"), cols.get(2));
    assertEquals(Types.ARRAY, cols.get(3).get(2));
    assertEquals("array<string>", cols.get(3).get(3));
    assertEquals(Types.TIMESTAMP, cols.get(4).get(2));
    assertEquals(5, cols.size());
    // Across schemas and tables, with a column pattern.
    assertEquals(List.of(List.of("md_db", "a_b", "id"), List.of("md_db", "v_ab", "id")),
        rows(md.getColumns(null, "md\\_db", "%", "i_"), "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME"));
    assertEquals(List.of(List.of("md_other", "a_b", "y")),
        rows(md.getColumns(null, "md_other", null, null), "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME"));
    ResultSetMetaData rsmd = md.getColumns(null, "md_db", "axb", null).getMetaData();
    assertEquals(24, rsmd.getColumnCount());
    assertEquals("IS_GENERATEDCOLUMN", rsmd.getColumnName(24));
  }

  @Test
  void typeInfoAndFunctions() throws SQLException {
    List<List<Object>> types = rows(md.getTypeInfo(), "TYPE_NAME", "DATA_TYPE");
    assertTrue(types.contains(List.of("bigint", Types.BIGINT)), types.toString());
    assertTrue(types.contains(List.of("string", Types.VARCHAR)), types.toString());
    assertTrue(types.contains(List.of("decimal", Types.DECIMAL)), types.toString());
    List<List<Object>> fns = rows(md.getFunctions(null, null, "date\\_add"), "FUNCTION_NAME");
    assertEquals(List.of(List.of("date_add")), fns);
    assertTrue(rows(md.getFunctions(null, null, "%"), "FUNCTION_NAME").size() > 300);
  }

  @Test
  void whatSparkHasNotIsEmptyNeverAnError() throws SQLException {
    assertEquals(6, md.getPrimaryKeys(null, "md_db", "a_b").getMetaData().getColumnCount());
    assertFalse(md.getPrimaryKeys(null, "md_db", "a_b").next());
    assertFalse(md.getImportedKeys(null, "md_db", "a_b").next());
    assertFalse(md.getExportedKeys(null, "md_db", "a_b").next());
    assertFalse(md.getCrossReference(null, null, "a", null, null, "b").next());
    assertFalse(md.getIndexInfo(null, "md_db", "a_b", false, true).next());
    assertEquals(13, md.getIndexInfo(null, "md_db", "a_b", false, true).getMetaData().getColumnCount());
    assertFalse(md.getProcedures(null, null, "%").next());
    assertFalse(md.getProcedureColumns(null, null, "%", "%").next());
    assertFalse(md.getUDTs(null, null, "%", null).next());
    assertFalse(md.getTablePrivileges(null, null, "%").next());
    assertFalse(md.getColumnPrivileges(null, null, "a_b", "%").next());
    assertFalse(md.getBestRowIdentifier(null, null, "a_b", DatabaseMetaData.bestRowSession, true).next());
    assertFalse(md.getVersionColumns(null, null, "a_b").next());
    assertFalse(md.getSuperTypes(null, null, "%").next());
    assertFalse(md.getSuperTables(null, null, "%").next());
    assertFalse(md.getAttributes(null, null, "%", "%").next());
    assertFalse(md.getPseudoColumns(null, null, "%", "%").next());
    assertFalse(md.getFunctionColumns(null, null, "%", "%").next());
    assertFalse(md.getClientInfoProperties().next());
  }

  @Test
  void catalogAndSchemaAreSparksCurrentOnes() throws SQLException {
    assertEquals("spark_catalog", conn.getCatalog());
    assertEquals("default", conn.getSchema());
    conn.setSchema("md_db");
    try {
      assertEquals("md_db", conn.getSchema());
      try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM axb")) {
        assertTrue(rs.next());
        assertEquals(0, rs.getLong(1));
      }
    } finally {
      conn.setSchema("default");
    }
    conn.setCatalog("spark_catalog");
    assertEquals("spark_catalog", conn.getCatalog());
    assertNull(conn.getWarnings());
  }
}
