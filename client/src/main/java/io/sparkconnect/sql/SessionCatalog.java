package io.sparkconnect.sql;

import io.sparkconnect.client.DataTypeProtos;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.sql.catalog.Catalog;
import io.sparkconnect.sql.catalog.CatalogMetadata;
import io.sparkconnect.sql.catalog.Database;
import io.sparkconnect.sql.catalog.Function;
import io.sparkconnect.sql.catalog.Table;
import io.sparkconnect.sql.types.StructType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** {@link Catalog} through the protocol's {@code Catalog} relation. */
final class SessionCatalog implements Catalog {
  private final SparkSession session;

  SessionCatalog(SparkSession session) {
    this.session = session;
  }

  private DataFrame rel(Consumer<io.sparkconnect.proto.Catalog.Builder> what) {
    io.sparkconnect.proto.Catalog.Builder c = io.sparkconnect.proto.Catalog.newBuilder();
    what.accept(c);
    return session.newDataFrame(Relation.newBuilder().setCatalog(c));
  }

  private void run(Consumer<io.sparkconnect.proto.Catalog.Builder> what) {
    rel(what).collectAsList();
  }

  private boolean bool(Consumer<io.sparkconnect.proto.Catalog.Builder> what) {
    return rel(what).first().getBoolean(0);
  }

  private String string(Consumer<io.sparkconnect.proto.Catalog.Builder> what) {
    return rel(what).first().getString(0);
  }

  private static String name(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A " + what + " name is needed, not '" + value + "'");
    }
    return value;
  }

  @Override
  public String currentDatabase() {
    return string(c -> c.setCurrentDatabase(io.sparkconnect.proto.CurrentDatabase.getDefaultInstance()));
  }

  @Override
  public void setCurrentDatabase(String dbName) {
    run(c -> c.setSetCurrentDatabase(io.sparkconnect.proto.SetCurrentDatabase.newBuilder().setDbName(name(dbName, "database"))));
  }

  @Override
  public String currentCatalog() {
    return string(c -> c.setCurrentCatalog(io.sparkconnect.proto.CurrentCatalog.getDefaultInstance()));
  }

  @Override
  public void setCurrentCatalog(String catalogName) {
    run(c -> c.setSetCurrentCatalog(io.sparkconnect.proto.SetCurrentCatalog.newBuilder()
        .setCatalogName(name(catalogName, "catalog"))));
  }

  @Override
  public TypedDataFrame<CatalogMetadata> listCatalogs() {
    return rel(c -> c.setListCatalogs(io.sparkconnect.proto.ListCatalogs.getDefaultInstance())).as(CatalogMetadata.class);
  }

  @Override
  public TypedDataFrame<CatalogMetadata> listCatalogs(String pattern) {
    return rel(c -> c.setListCatalogs(io.sparkconnect.proto.ListCatalogs.newBuilder().setPattern(pattern)))
        .as(CatalogMetadata.class);
  }

  @Override
  public TypedDataFrame<Database> listDatabases() {
    return rel(c -> c.setListDatabases(io.sparkconnect.proto.ListDatabases.getDefaultInstance())).as(Database.class);
  }

  @Override
  public TypedDataFrame<Database> listDatabases(String pattern) {
    return rel(c -> c.setListDatabases(io.sparkconnect.proto.ListDatabases.newBuilder().setPattern(pattern)))
        .as(Database.class);
  }

  @Override
  public TypedDataFrame<Table> listTables() {
    return rel(c -> c.setListTables(io.sparkconnect.proto.ListTables.getDefaultInstance())).as(Table.class);
  }

  @Override
  public TypedDataFrame<Table> listTables(String dbName) {
    return rel(c -> c.setListTables(io.sparkconnect.proto.ListTables.newBuilder().setDbName(name(dbName, "database"))))
        .as(Table.class);
  }

  @Override
  public TypedDataFrame<Table> listTables(String dbName, String pattern) {
    return rel(c -> c.setListTables(io.sparkconnect.proto.ListTables.newBuilder().setDbName(name(dbName, "database"))
        .setPattern(pattern))).as(Table.class);
  }

  @Override
  public TypedDataFrame<Table> listViews() {
    return rel(c -> c.setListViews(io.sparkconnect.proto.ListViews.getDefaultInstance())).as(Table.class);
  }

  @Override
  public TypedDataFrame<Table> listViews(String dbName) {
    return rel(c -> c.setListViews(io.sparkconnect.proto.ListViews.newBuilder().setDbName(name(dbName, "database"))))
        .as(Table.class);
  }

  @Override
  public TypedDataFrame<Table> listViews(String dbName, String pattern) {
    return rel(c -> c.setListViews(io.sparkconnect.proto.ListViews.newBuilder().setDbName(name(dbName, "database"))
        .setPattern(pattern))).as(Table.class);
  }

  @Override
  public TypedDataFrame<Function> listFunctions() {
    return rel(c -> c.setListFunctions(io.sparkconnect.proto.ListFunctions.getDefaultInstance())).as(Function.class);
  }

  @Override
  public TypedDataFrame<Function> listFunctions(String dbName) {
    return rel(c -> c.setListFunctions(io.sparkconnect.proto.ListFunctions.newBuilder().setDbName(name(dbName, "database"))))
        .as(Function.class);
  }

  @Override
  public TypedDataFrame<Function> listFunctions(String dbName, String pattern) {
    return rel(c -> c.setListFunctions(io.sparkconnect.proto.ListFunctions.newBuilder().setDbName(name(dbName, "database"))
        .setPattern(pattern))).as(Function.class);
  }

  @Override
  public TypedDataFrame<io.sparkconnect.sql.catalog.Column> listColumns(String tableName) {
    return columns(rel(c -> c.setListColumns(io.sparkconnect.proto.ListColumns.newBuilder()
        .setTableName(name(tableName, "table")))));
  }

  @Override
  public TypedDataFrame<io.sparkconnect.sql.catalog.Column> listColumns(String dbName, String tableName) {
    return columns(rel(c -> c.setListColumns(io.sparkconnect.proto.ListColumns.newBuilder()
        .setTableName(name(tableName, "table")).setDbName(name(dbName, "database")))));
  }

  private TypedDataFrame<io.sparkconnect.sql.catalog.Column> columns(DataFrame df) {
    // Servers before Spark 4 do not report clustering columns.
    if (session.version().startsWith("3.")) {
      df = df.withColumn("isCluster", functions.lit(false));
    }
    return df.as(io.sparkconnect.sql.catalog.Column.class);
  }

  @Override
  public DataFrame listPartitions(String tableName) {
    return rel(c -> c.setListPartitions(io.sparkconnect.proto.ListPartitions.newBuilder()
        .setTableName(name(tableName, "table"))));
  }

  @Override
  public Database getDatabase(String dbName) {
    return rel(c -> c.setGetDatabase(io.sparkconnect.proto.GetDatabase.newBuilder().setDbName(name(dbName, "database"))))
        .as(Database.class).first();
  }

  @Override
  public Table getTable(String tableName) {
    return rel(c -> c.setGetTable(io.sparkconnect.proto.GetTable.newBuilder().setTableName(name(tableName, "table"))))
        .as(Table.class).first();
  }

  @Override
  public Table getTable(String dbName, String tableName) {
    return rel(c -> c.setGetTable(io.sparkconnect.proto.GetTable.newBuilder().setTableName(name(tableName, "table"))
        .setDbName(name(dbName, "database")))).as(Table.class).first();
  }

  @Override
  public Function getFunction(String functionName) {
    return rel(c -> c.setGetFunction(io.sparkconnect.proto.GetFunction.newBuilder()
        .setFunctionName(name(functionName, "function")))).as(Function.class).first();
  }

  @Override
  public Function getFunction(String dbName, String functionName) {
    return rel(c -> c.setGetFunction(io.sparkconnect.proto.GetFunction.newBuilder()
        .setFunctionName(name(functionName, "function")).setDbName(name(dbName, "database")))).as(Function.class).first();
  }

  @Override
  public Map<String, String> getTableProperties(String tableName) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Row r : rel(c -> c.setGetTableProperties(io.sparkconnect.proto.GetTableProperties.newBuilder()
        .setTableName(name(tableName, "table")))).collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  @Override
  public String getCreateTableString(String tableName) {
    return getCreateTableString(tableName, false);
  }

  @Override
  public String getCreateTableString(String tableName, boolean asSerde) {
    return string(c -> c.setGetCreateTableString(io.sparkconnect.proto.GetCreateTableString.newBuilder()
        .setTableName(name(tableName, "table")).setAsSerde(asSerde)));
  }

  @Override
  public boolean databaseExists(String dbName) {
    return bool(c -> c.setDatabaseExists(io.sparkconnect.proto.DatabaseExists.newBuilder().setDbName(name(dbName, "database"))));
  }

  @Override
  public boolean tableExists(String tableName) {
    return bool(c -> c.setTableExists(io.sparkconnect.proto.TableExists.newBuilder().setTableName(name(tableName, "table"))));
  }

  @Override
  public boolean tableExists(String dbName, String tableName) {
    return bool(c -> c.setTableExists(io.sparkconnect.proto.TableExists.newBuilder().setTableName(name(tableName, "table"))
        .setDbName(name(dbName, "database"))));
  }

  @Override
  public boolean functionExists(String functionName) {
    return bool(c -> c.setFunctionExists(io.sparkconnect.proto.FunctionExists.newBuilder()
        .setFunctionName(name(functionName, "function"))));
  }

  @Override
  public boolean functionExists(String dbName, String functionName) {
    return bool(c -> c.setFunctionExists(io.sparkconnect.proto.FunctionExists.newBuilder()
        .setFunctionName(name(functionName, "function")).setDbName(name(dbName, "database"))));
  }

  @Override
  public DataFrame createTable(String tableName, String path) {
    return create(tableName, null, null, null, Map.of("path", path));
  }

  @Override
  public DataFrame createTable(String tableName, String path, String source) {
    return create(tableName, source, null, null, Map.of("path", path));
  }

  @Override
  public DataFrame createTable(String tableName, String source, Map<String, String> options) {
    return create(tableName, source, null, null, options);
  }

  @Override
  public DataFrame createTable(String tableName, String source, String description, Map<String, String> options) {
    return create(tableName, source, null, description, options);
  }

  @Override
  public DataFrame createTable(String tableName, String source, StructType schema, Map<String, String> options) {
    return create(tableName, source, schema, null, options);
  }

  @Override
  public DataFrame createTable(String tableName, String source, StructType schema, String description,
      Map<String, String> options) {
    return create(tableName, source, schema, description, options);
  }

  private DataFrame create(String tableName, String source, StructType schema, String description, Map<String, String> options) {
    io.sparkconnect.proto.CreateTable.Builder t = io.sparkconnect.proto.CreateTable.newBuilder()
        .setTableName(name(tableName, "table")).putAllOptions(options);
    if (source != null) {
      t.setSource(source);
    }
    if (schema != null) {
      t.setSchema(DataTypeProtos.toProto(schema));
    }
    if (description != null) {
      t.setDescription(description);
    }
    // The server creates the table while it plans the relation: analyzing it is enough, and reads no rows.
    rel(c -> c.setCreateTable(t)).schema();
    return session.table(tableName);
  }

  @Override
  @Deprecated
  public DataFrame createExternalTable(String tableName, String path) {
    return createTable(tableName, path);
  }

  @Override
  @Deprecated
  public DataFrame createExternalTable(String tableName, String path, String source) {
    return createTable(tableName, path, source);
  }

  @Override
  @Deprecated
  public DataFrame createExternalTable(String tableName, String source, Map<String, String> options) {
    return createTable(tableName, source, options);
  }

  @Override
  @Deprecated
  public DataFrame createExternalTable(String tableName, String source, StructType schema, Map<String, String> options) {
    return createTable(tableName, source, schema, options);
  }

  @Override
  public void createDatabase(String dbName) {
    createDatabase(dbName, true, Map.of());
  }

  @Override
  public void createDatabase(String dbName, boolean ifNotExists, Map<String, String> properties) {
    run(c -> c.setCreateDatabase(io.sparkconnect.proto.CreateDatabase.newBuilder().setDbName(name(dbName, "database"))
        .setIfNotExists(ifNotExists).putAllProperties(properties)));
  }

  @Override
  public void dropDatabase(String dbName) {
    dropDatabase(dbName, true, false);
  }

  @Override
  public void dropDatabase(String dbName, boolean ifExists, boolean cascade) {
    run(c -> c.setDropDatabase(io.sparkconnect.proto.DropDatabase.newBuilder().setDbName(name(dbName, "database"))
        .setIfExists(ifExists).setCascade(cascade)));
  }

  @Override
  public void dropTable(String tableName) {
    dropTable(tableName, false, false);
  }

  @Override
  public void dropTable(String tableName, boolean ifExists, boolean purge) {
    run(c -> c.setDropTable(io.sparkconnect.proto.DropTable.newBuilder().setTableName(name(tableName, "table"))
        .setIfExists(ifExists).setPurge(purge)));
  }

  @Override
  public void dropView(String viewName) {
    dropView(viewName, false);
  }

  @Override
  public void dropView(String viewName, boolean ifExists) {
    run(c -> c.setDropView(io.sparkconnect.proto.DropView.newBuilder().setViewName(name(viewName, "view")).setIfExists(ifExists)));
  }

  @Override
  public boolean dropTempView(String viewName) {
    return bool(c -> c.setDropTempView(io.sparkconnect.proto.DropTempView.newBuilder().setViewName(name(viewName, "view"))));
  }

  @Override
  public boolean dropGlobalTempView(String viewName) {
    return bool(c -> c.setDropGlobalTempView(io.sparkconnect.proto.DropGlobalTempView.newBuilder()
        .setViewName(name(viewName, "view"))));
  }

  @Override
  public void recoverPartitions(String tableName) {
    run(c -> c.setRecoverPartitions(io.sparkconnect.proto.RecoverPartitions.newBuilder().setTableName(name(tableName, "table"))));
  }

  @Override
  public void truncateTable(String tableName) {
    run(c -> c.setTruncateTable(io.sparkconnect.proto.TruncateTable.newBuilder().setTableName(name(tableName, "table"))));
  }

  @Override
  public void analyzeTable(String tableName) {
    analyzeTable(tableName, false);
  }

  @Override
  public void analyzeTable(String tableName, boolean noScan) {
    run(c -> c.setAnalyzeTable(io.sparkconnect.proto.AnalyzeTable.newBuilder().setTableName(name(tableName, "table"))
        .setNoScan(noScan)));
  }

  @Override
  public boolean isCached(String tableName) {
    return bool(c -> c.setIsCached(io.sparkconnect.proto.IsCached.newBuilder().setTableName(name(tableName, "table"))));
  }

  @Override
  public void cacheTable(String tableName) {
    run(c -> c.setCacheTable(io.sparkconnect.proto.CacheTable.newBuilder().setTableName(name(tableName, "table"))));
  }

  @Override
  public void uncacheTable(String tableName) {
    run(c -> c.setUncacheTable(io.sparkconnect.proto.UncacheTable.newBuilder().setTableName(name(tableName, "table"))));
  }

  @Override
  public void clearCache() {
    run(c -> c.setClearCache(io.sparkconnect.proto.ClearCache.getDefaultInstance()));
  }

  @Override
  public void refreshTable(String tableName) {
    run(c -> c.setRefreshTable(io.sparkconnect.proto.RefreshTable.newBuilder().setTableName(name(tableName, "table"))));
  }

  @Override
  public void refreshByPath(String path) {
    run(c -> c.setRefreshByPath(io.sparkconnect.proto.RefreshByPath.newBuilder().setPath(name(path, "path"))));
  }
}
