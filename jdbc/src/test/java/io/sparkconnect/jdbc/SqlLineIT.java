package io.sparkconnect.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sqlline.SqlLine;

/**
 * SQLLine, a generic JDBC command-line tool from Maven Central that no one here wrote, driven
 * through this driver: it connects (asking the metadata a tool asks at connect time), lists
 * catalogs, tables and columns, and runs queries.
 */
@Tag("compat")
class SqlLineIT {
  @Test
  void sqllineListsAndQueries(@TempDir Path dir) throws Exception {
    try (Connection c = JdbcTestServer.connect(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE IF NOT EXISTS sl_db");
      st.execute("CREATE TABLE IF NOT EXISTS sl_db.sl_orders (order_id BIGINT, customer STRING, total DECIMAL(8,2))"
          + " USING parquet");
      st.execute("INSERT OVERWRITE sl_db.sl_orders VALUES (1, 'ann', 10.50), (2, 'bob', 99.99), (3, 'ann', 1.25)");
    }
    Path script = dir.resolve("script.sql");
    Files.writeString(script, String.join("\n",
        "!set outputformat csv",
        "!set incremental true",
        "!metadata getCatalogs",
        "!tables",
        "!columns sl_orders",
        "!dbinfo",
        "SELECT customer, sum(total) AS spent FROM sl_db.sl_orders GROUP BY customer ORDER BY customer;",
        "!quit", ""));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    SqlLine sqlline = new SqlLine();
    sqlline.setOutputStream(out);
    sqlline.setErrorStream(err);
    SqlLine.Status status = sqlline.begin(new String[] {"-u", JdbcTestServer.url(), "-n", "sqlline-user", "-p", "",
        "-d", SparkConnectDriver.class.getName(), "--run=" + script}, new ByteArrayInputStream(new byte[0]), false);
    String text = out.toString(StandardCharsets.UTF_8);
    String errors = err.toString(StandardCharsets.UTF_8);
    System.out.println("SqlLineIT output:\n" + text + "\nSqlLineIT errors:\n" + errors);
    assertEquals(SqlLine.Status.OK, status, errors);
    assertTrue(text.contains("'spark_catalog'"), "getCatalogs: " + text);
    assertTrue(text.contains("'sl_db','sl_orders','TABLE'"), "tables: " + text);
    assertTrue(text.contains("'sl_orders','order_id','-5','bigint'"), "columns: " + text);
    assertTrue(text.contains("'sl_orders','total','3','decimal(8,2)'"), "columns: " + text);
    assertTrue(text.contains("Spark SQL"), "dbinfo: " + text);
    assertTrue(text.contains("'ann','11.75'"), "query: " + text);
    assertTrue(text.contains("'bob','99.99'"), "query: " + text);
    try (Connection c = JdbcTestServer.connect(); Statement st = c.createStatement()) {
      st.execute("DROP DATABASE sl_db CASCADE");
    }
  }
}
