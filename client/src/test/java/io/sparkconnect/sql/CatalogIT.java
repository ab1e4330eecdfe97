package io.sparkconnect.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkconnect.sql.catalog.Catalog;
import io.sparkconnect.sql.catalog.Column;
import io.sparkconnect.sql.catalog.Database;
import io.sparkconnect.sql.catalog.Function;
import io.sparkconnect.sql.catalog.Table;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog API against a real server, checked against SQL's own listings. */
class CatalogIT {
  static SparkSession spark;
  static Catalog catalog;

  @BeforeAll
  static void start() {
    spark = TestServer.newSession();
    catalog = spark.catalog();
  }

  @AfterAll
  static void stop() {
    spark.sql("DROP DATABASE IF EXISTS cat_it CASCADE");
    spark.close();
  }

  private static Set<String> names(List<Table> tables) {
    return tables.stream().map(Table::name).collect(Collectors.toSet());
  }

  @Test
  void databasesTablesColumnsAndViews(@TempDir Path dir) {
    assertEquals("spark_catalog", catalog.currentCatalog());
    assertEquals("default", catalog.currentDatabase());
    assertTrue(catalog.listCatalogs().collectAsList().stream().anyMatch(c -> c.name().equals("spark_catalog")));
    catalog.createDatabase("cat_it", true, Map.of("owner_team", "tests"));
    assertTrue(catalog.databaseExists("cat_it"));
    Database db = catalog.getDatabase("cat_it");
    assertEquals("cat_it", db.name());
    assertEquals("spark_catalog", db.catalog());
    assertTrue(catalog.listDatabases().collectAsList().stream().anyMatch(d -> d.name().equals("cat_it")));
    assertEquals(List.of("cat_it"), catalog.listDatabases("cat_*").collectAsList().stream().map(Database::name).toList());

    spark.range(0, 6).selectExpr("id", "CAST(id % 2 AS INT) AS part", "'x' AS s").write().partitionBy("part")
        .saveAsTable("cat_it.saved");
    spark.range(3).writeTo("cat_it.v2t").using("parquet").create();
    spark.sql("CREATE VIEW cat_it.a_view AS SELECT 1 AS one");
    spark.range(2).createOrReplaceTempView("cat_tmp");
    catalog.setCurrentDatabase("cat_it");
    try {
      assertEquals("cat_it", catalog.currentDatabase());
      List<Table> tables = catalog.listTables().collectAsList();
      assertEquals(Set.of("saved", "v2t", "a_view", "cat_tmp"), names(tables));
      // The same names as SQL lists.
      assertEquals(spark.sql("SHOW TABLES IN cat_it").select("tableName").as(String.class).collectAsList().stream()
          .collect(Collectors.toSet()), names(tables));
      Table saved = catalog.getTable("saved");
      assertEquals(new Table("saved", "spark_catalog", List.of("cat_it"), null, "MANAGED", false), saved);
      assertEquals("cat_it", saved.database());
      assertEquals(saved, catalog.getTable("cat_it", "saved"));
      assertTrue(catalog.getTable("cat_tmp").isTemporary());
      assertEquals(Set.of("saved"), names(catalog.listTables("cat_it", "sav*").collectAsList()));
      assertEquals(Set.of("a_view", "cat_tmp"), names(catalog.listViews("cat_it").collectAsList()));
      assertEquals(List.of(new Column("id", null, "bigint", true, false, false, false),
          new Column("s", null, "string", true, false, false, false),
          new Column("part", null, "int", true, true, false, false)), catalog.listColumns("saved").collectAsList());
      assertEquals(catalog.listColumns("saved").collectAsList(), catalog.listColumns("cat_it", "saved").collectAsList());
      assertEquals(Set.of("part=0", "part=1"), catalog.listPartitions("saved").collectAsList().stream()
          .map(r -> r.getString(0)).collect(Collectors.toSet()));
      assertTrue(catalog.tableExists("saved"));
      assertTrue(catalog.tableExists("cat_it", "v2t"));
      assertFalse(catalog.tableExists("nope"));
      assertTrue(catalog.getCreateTableString("saved").startsWith("CREATE TABLE spark_catalog.cat_it.saved"),
          catalog.getCreateTableString("saved"));
      catalog.analyzeTable("v2t");
      assertFalse(catalog.isCached("v2t"));
      catalog.cacheTable("v2t");
      assertTrue(catalog.isCached("v2t"));
      catalog.uncacheTable("v2t");
      assertFalse(catalog.isCached("v2t"));
      catalog.cacheTable("v2t");
      catalog.clearCache();
      assertFalse(catalog.isCached("v2t"));
      catalog.refreshTable("saved");
      catalog.truncateTable("v2t");
      assertEquals(0, spark.table("v2t").count());
      catalog.dropView("a_view");
      catalog.dropTable("v2t");
      catalog.dropTable("v2t", true, false);
      assertThrows(AnalysisException.class, () -> catalog.dropTable("v2t"));
      assertEquals(Set.of("saved", "cat_tmp"), names(catalog.listTables().collectAsList()));
      assertTrue(catalog.dropTempView("cat_tmp"));
      assertFalse(catalog.dropTempView("cat_tmp"));
      assertThrows(AnalysisException.class, () -> catalog.getTable("cat_tmp"));
    } finally {
      catalog.setCurrentDatabase("default");
    }

    // A table over existing files, with a schema and a description.
    String path = dir.resolve("ext").toString();
    spark.range(4).selectExpr("id", "CAST(id AS STRING) AS s").write().parquet(path);
    StructType schema = new StructType().add("id", DataTypes.LongType).add("s", DataTypes.StringType);
    DataFrame ext = catalog.createTable("cat_it.ext", "parquet", schema, "files made by a test", Map.of("path", path));
    assertEquals(4, ext.count());
    Table extTable = catalog.getTable("cat_it.ext");
    assertEquals("EXTERNAL", extTable.tableType());
    assertEquals("files made by a test", extTable.description());
    catalog.refreshByPath(path);
    catalog.recoverPartitions("cat_it.saved");
    assertEquals(6, spark.table("cat_it.saved").count());
    Map<String, String> props = catalog.getTableProperties("cat_it.ext");
    assertTrue(props.isEmpty() || props.keySet().stream().noneMatch(String::isEmpty), props.toString());
    catalog.dropDatabase("cat_it", true, true);
    assertFalse(catalog.databaseExists("cat_it"));
  }

  @Test
  void functions() {
    Function abs = catalog.getFunction("abs");
    assertEquals("abs", abs.name());
    assertTrue(abs.isTemporary());
    assertTrue(abs.className().contains("Abs"), abs.className());
    assertTrue(catalog.functionExists("abs"));
    assertFalse(catalog.functionExists("no_such_function_here"));
    List<Function> all = catalog.listFunctions().collectAsList();
    assertTrue(all.size() > 300, "functions: " + all.size());
    assertEquals(spark.sql("SHOW FUNCTIONS LIKE 'array_*'").count(),
        catalog.listFunctions("default", "array_*").count());
    spark.range(1).createOrReplaceGlobalTempView("cat_global");
    assertTrue(catalog.tableExists("global_temp", "cat_global"));
    assertTrue(catalog.dropGlobalTempView("cat_global"));
    assertFalse(catalog.tableExists("global_temp", "cat_global"));
    assertThrows(IllegalArgumentException.class, () -> catalog.tableExists(" "));
  }
}
