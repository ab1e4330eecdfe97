package io.sparkconnect.sql.catalog;

import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.TypedDataFrame;
import io.sparkconnect.sql.types.StructType;
import java.util.Map;

/**
 * The session's catalogs, databases, tables, views and functions ({@code spark.catalog()}).
 *
 * <pre>{@code
 * for (Table t : spark.catalog().listTables("default").collectAsList()) {
 *   System.out.println(t.name() + " " + t.tableType());
 * }
 * if (!spark.catalog().tableExists("events")) { ... }
 * spark.catalog().cacheTable("events");
 * }</pre>
 *
 * <p>Names may be qualified ({@code db.table}, {@code catalog.db.table}). The {@code list...}
 * methods return typed views, read when collected. Thread-safe; every call is a request.
 */
public interface Catalog {

  /** The current database of the current catalog. */
  String currentDatabase();

  /** Makes {@code dbName} the current database. */
  void setCurrentDatabase(String dbName);

  /** The current catalog. */
  String currentCatalog();

  /** Makes {@code catalogName} the current catalog. */
  void setCurrentCatalog(String catalogName);

  /** The catalogs. */
  TypedDataFrame<CatalogMetadata> listCatalogs();

  /** The catalogs whose name matches {@code pattern} (SQL {@code LIKE}-style with {@code *}). */
  TypedDataFrame<CatalogMetadata> listCatalogs(String pattern);

  /** The databases of the current catalog. */
  TypedDataFrame<Database> listDatabases();

  /** The databases whose name matches {@code pattern}. */
  TypedDataFrame<Database> listDatabases(String pattern);

  /** The tables and views of the current database, including temporary views. */
  TypedDataFrame<Table> listTables();

  /** The tables and views of {@code dbName}, including temporary views. */
  TypedDataFrame<Table> listTables(String dbName);

  /** The tables and views of {@code dbName} whose name matches {@code pattern}. */
  TypedDataFrame<Table> listTables(String dbName, String pattern);

  /** The views of the current database (Spark 4.2 servers). */
  TypedDataFrame<Table> listViews();

  /** The views of {@code dbName} (Spark 4.2 servers). */
  TypedDataFrame<Table> listViews(String dbName);

  /** The views of {@code dbName} whose name matches {@code pattern} (Spark 4.2 servers). */
  TypedDataFrame<Table> listViews(String dbName, String pattern);

  /** The functions of the current database, including built-in and temporary ones. */
  TypedDataFrame<Function> listFunctions();

  /** The functions of {@code dbName}, including built-in and temporary ones. */
  TypedDataFrame<Function> listFunctions(String dbName);

  /** The functions of {@code dbName} whose name matches {@code pattern}. */
  TypedDataFrame<Function> listFunctions(String dbName, String pattern);

  /** The columns of the table or view {@code tableName}. */
  TypedDataFrame<Column> listColumns(String tableName);

  /** The columns of the table or view {@code tableName} of {@code dbName}. */
  TypedDataFrame<Column> listColumns(String dbName, String tableName);

  /** The partitions of the partitioned table {@code tableName}, as the server lists them (Spark 4.2 servers). */
  DataFrame listPartitions(String tableName);

  /**
   * The database {@code dbName}.
   *
   * @throws io.sparkconnect.sql.AnalysisException if it does not exist
   */
  Database getDatabase(String dbName);

  /**
   * The table or view {@code tableName}.
   *
   * @throws io.sparkconnect.sql.AnalysisException if it does not exist
   */
  Table getTable(String tableName);

  /** The table or view {@code tableName} of {@code dbName}. */
  Table getTable(String dbName, String tableName);

  /**
   * The function {@code functionName}.
   *
   * @throws io.sparkconnect.sql.AnalysisException if it does not exist
   */
  Function getFunction(String functionName);

  /** The function {@code functionName} of {@code dbName}. */
  Function getFunction(String dbName, String functionName);

  /** The properties of the table {@code tableName} (Spark 4.2 servers). */
  Map<String, String> getTableProperties(String tableName);

  /** The {@code CREATE TABLE} statement of {@code tableName} (Spark 4.2 servers). */
  String getCreateTableString(String tableName);

  /** The {@code CREATE TABLE} statement of {@code tableName}, in Hive SerDe form when {@code asSerde} (Spark 4.2 servers). */
  String getCreateTableString(String tableName, boolean asSerde);

  /** Whether the database {@code dbName} exists. */
  boolean databaseExists(String dbName);

  /** Whether the table or view {@code tableName} exists. */
  boolean tableExists(String tableName);

  /** Whether the table or view {@code tableName} exists in {@code dbName}. */
  boolean tableExists(String dbName, String tableName);

  /** Whether the function {@code functionName} exists. */
  boolean functionExists(String functionName);

  /** Whether the function {@code functionName} exists in {@code dbName}. */
  boolean functionExists(String dbName, String functionName);

  /** Creates a table over the files at {@code path}, in the default format; returns it. */
  DataFrame createTable(String tableName, String path);

  /** Creates a table over the files at {@code path} in format {@code source}; returns it. */
  DataFrame createTable(String tableName, String path, String source);

  /** Creates a table in format {@code source} with {@code options} (such as {@code path}); returns it. */
  DataFrame createTable(String tableName, String source, Map<String, String> options);

  /** As {@link #createTable(String, String, Map)}, with a description. */
  DataFrame createTable(String tableName, String source, String description, Map<String, String> options);

  /** As {@link #createTable(String, String, Map)}, with a schema. */
  DataFrame createTable(String tableName, String source, StructType schema, Map<String, String> options);

  /** As {@link #createTable(String, String, Map)}, with a schema and a description. */
  DataFrame createTable(String tableName, String source, StructType schema, String description,
      Map<String, String> options);

  /**
   * Same as {@link #createTable(String, String)}.
   *
   * @deprecated use {@link #createTable(String, String)}
   */
  @Deprecated
  DataFrame createExternalTable(String tableName, String path);

  /**
   * Same as {@link #createTable(String, String, String)}.
   *
   * @deprecated use {@link #createTable(String, String, String)}
   */
  @Deprecated
  DataFrame createExternalTable(String tableName, String path, String source);

  /**
   * Same as {@link #createTable(String, String, Map)}.
   *
   * @deprecated use {@link #createTable(String, String, Map)}
   */
  @Deprecated
  DataFrame createExternalTable(String tableName, String source, Map<String, String> options);

  /**
   * Same as {@link #createTable(String, String, StructType, Map)}.
   *
   * @deprecated use {@link #createTable(String, String, StructType, Map)}
   */
  @Deprecated
  DataFrame createExternalTable(String tableName, String source, StructType schema, Map<String, String> options);

  /** Creates the database {@code dbName} if it does not exist (Spark 4.2 servers). */
  void createDatabase(String dbName);

  /**
   * Creates the database {@code dbName} with {@code properties} (Spark 4.2 servers).
   *
   * @param ifNotExists do nothing, rather than fail, if it exists
   */
  void createDatabase(String dbName, boolean ifNotExists, Map<String, String> properties);

  /** Drops the database {@code dbName} if it exists and is empty (Spark 4.2 servers). */
  void dropDatabase(String dbName);

  /**
   * Drops the database {@code dbName} (Spark 4.2 servers).
   *
   * @param ifExists do nothing, rather than fail, if it does not exist
   * @param cascade drop its tables and functions too
   */
  void dropDatabase(String dbName, boolean ifExists, boolean cascade);

  /** Drops the table {@code tableName}; fails if it does not exist (Spark 4.2 servers). */
  void dropTable(String tableName);

  /**
   * Drops the table {@code tableName} (Spark 4.2 servers).
   *
   * @param ifExists do nothing, rather than fail, if it does not exist
   * @param purge delete its data at once rather than moving it to a trash folder
   */
  void dropTable(String tableName, boolean ifExists, boolean purge);

  /** Drops the view {@code viewName}; fails if it does not exist (Spark 4.2 servers). */
  void dropView(String viewName);

  /** Drops the view {@code viewName}, doing nothing if {@code ifExists} and it does not exist (Spark 4.2 servers). */
  void dropView(String viewName, boolean ifExists);

  /** Drops the temporary view {@code viewName}; whether it existed. */
  boolean dropTempView(String viewName);

  /** Drops the global temporary view {@code viewName}; whether it existed. */
  boolean dropGlobalTempView(String viewName);

  /** Adds the partitions found in the table's folder to the catalog. */
  void recoverPartitions(String tableName);

  /** Deletes every row of the table {@code tableName} (Spark 4.2 servers). */
  void truncateTable(String tableName);

  /** Computes the table's statistics, scanning its rows (Spark 4.2 servers). */
  void analyzeTable(String tableName);

  /** Computes the table's statistics; only its size when {@code noScan} (Spark 4.2 servers). */
  void analyzeTable(String tableName, boolean noScan);

  /** Whether the table or view {@code tableName} is cached. */
  boolean isCached(String tableName);

  /** Caches the table or view {@code tableName} (in memory and on disk). */
  void cacheTable(String tableName);

  /** Removes the table or view {@code tableName} from the cache. */
  void uncacheTable(String tableName);

  /** Removes every cached table and view. */
  void clearCache();

  /** Drops the cached data and metadata of {@code tableName}, so they are read again. */
  void refreshTable(String tableName);

  /** Drops the cached data of every DataFrame reading files under {@code path}. */
  void refreshByPath(String path);
}
