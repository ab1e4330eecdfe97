package io.sparkconnect.sql;

import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.WriteOperation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * Writes a DataFrame to files or tables ({@code df.write()}):
 *
 * <pre>{@code
 * df.write().mode(SaveMode.Overwrite).partitionBy("year").parquet("/data/events");
 * df.write().format("json").option("compression", "gzip").save("/data/events.json");
 * df.write().saveAsTable("events");
 * }</pre>
 *
 * <p>Options default to the server's: format {@code spark.sql.sources.default} (parquet), mode
 * {@link SaveMode#ErrorIfExists}. A builder: not thread-safe; use one per write.
 */
public final class DataFrameWriter {
  private final DataFrame df;
  private String source;
  private SaveMode mode;
  private final Map<String, String> options = new LinkedHashMap<>();
  private String[] partitionBy = new String[0];
  private String[] sortBy = new String[0];
  private String[] clusterBy = new String[0];
  private String[] bucketColumns;
  private int numBuckets;
  private boolean schemaEvolution;

  DataFrameWriter(DataFrame df) {
    this.df = df;
  }

  /** The data source: {@code parquet}, {@code json}, {@code csv}, {@code orc}, {@code text}, ... */
  public DataFrameWriter format(String source) {
    this.source = source;
    return this;
  }

  /** What to do when the target exists. */
  public DataFrameWriter mode(SaveMode saveMode) {
    this.mode = saveMode;
    return this;
  }

  /**
   * What to do when the target exists: {@code append}, {@code overwrite}, {@code ignore},
   * {@code error} or {@code errorifexists} (or {@code default}).
   *
   * @throws IllegalArgumentException for any other text
   */
  public DataFrameWriter mode(String saveMode) {
    switch (saveMode.toLowerCase(Locale.ROOT)) {
      case "append": return mode(SaveMode.Append);
      case "overwrite": return mode(SaveMode.Overwrite);
      case "ignore": return mode(SaveMode.Ignore);
      case "error":
      case "errorifexists":
      case "default":
        return mode(SaveMode.ErrorIfExists);
      default:
        throw new IllegalArgumentException("Unknown save mode: " + saveMode
            + ". Accepted save modes are 'overwrite', 'append', 'ignore', 'error', 'errorifexists', 'default'.");
    }
  }

  /** A data source option. */
  public DataFrameWriter option(String key, String value) {
    if (key == null || value == null) {
      throw new IllegalArgumentException("Option keys and values must not be null: " + key + "=" + value);
    }
    options.put(key, value);
    return this;
  }

  /** A data source option. */
  public DataFrameWriter option(String key, boolean value) {
    return option(key, String.valueOf(value));
  }

  /** A data source option. */
  public DataFrameWriter option(String key, long value) {
    return option(key, String.valueOf(value));
  }

  /** A data source option. */
  public DataFrameWriter option(String key, double value) {
    return option(key, String.valueOf(value));
  }

  /** Data source options. */
  public DataFrameWriter options(Map<String, String> options) {
    options.forEach(this::option);
    return this;
  }

  /** Partitions the output by these columns, in folders {@code col=value}. */
  public DataFrameWriter partitionBy(String... colNames) {
    this.partitionBy = colNames.clone();
    return this;
  }

  /** Buckets the output of a table by these columns into {@code numBuckets} buckets. */
  public DataFrameWriter bucketBy(int numBuckets, String colName, String... colNames) {
    if (numBuckets <= 0) {
      throw new IllegalArgumentException("numBuckets must be positive, not " + numBuckets);
    }
    this.numBuckets = numBuckets;
    String[] all = new String[colNames.length + 1];
    all[0] = colName;
    System.arraycopy(colNames, 0, all, 1, colNames.length);
    this.bucketColumns = all;
    return this;
  }

  /** Sorts each bucket by these columns. */
  public DataFrameWriter sortBy(String colName, String... colNames) {
    String[] all = new String[colNames.length + 1];
    all[0] = colName;
    System.arraycopy(colNames, 0, all, 1, colNames.length);
    this.sortBy = all;
    return this;
  }

  /** Clusters the table's data by these columns. */
  public DataFrameWriter clusterBy(String colName, String... colNames) {
    String[] all = new String[colNames.length + 1];
    all[0] = colName;
    System.arraycopy(colNames, 0, all, 1, colNames.length);
    this.clusterBy = all;
    return this;
  }

  private WriteOperation.Builder operation() {
    WriteOperation.Builder w = WriteOperation.newBuilder().setInput(df.relation()).putAllOptions(options)
        .addAllPartitioningColumns(Arrays.asList(partitionBy)).addAllSortColumnNames(Arrays.asList(sortBy))
        .addAllClusteringColumns(Arrays.asList(clusterBy));
    if (schemaEvolution) {
      w.setWithSchemaEvolution(true);
    }
    if (source != null) {
      w.setSource(source);
    }
    if (mode != null) {
      switch (mode) {
        case Append: w.setMode(WriteOperation.SaveMode.SAVE_MODE_APPEND); break;
        case Overwrite: w.setMode(WriteOperation.SaveMode.SAVE_MODE_OVERWRITE); break;
        case Ignore: w.setMode(WriteOperation.SaveMode.SAVE_MODE_IGNORE); break;
        default: w.setMode(WriteOperation.SaveMode.SAVE_MODE_ERROR_IF_EXISTS);
      }
    } else {
      w.setMode(WriteOperation.SaveMode.SAVE_MODE_ERROR_IF_EXISTS);
    }
    if (bucketColumns != null) {
      w.setBucketBy(WriteOperation.BucketBy.newBuilder().setNumBuckets(numBuckets)
          .addAllBucketColumnNames(Arrays.asList(bucketColumns)));
    }
    return w;
  }

  private void run(WriteOperation.Builder w) {
    df.sparkSession().executeCommand(Command.newBuilder().setWriteOperation(w).build());
  }

  /** Writes to the location given by the {@code path} option, or the source's own target. */
  public void save() {
    run(operation());
  }

  /** Writes to {@code path}. */
  public void save(String path) {
    run(operation().setPath(path));
  }

  /** Writes the rows into the existing table {@code tableName}, by column position. */
  public void insertInto(String tableName) {
    run(operation().setTable(WriteOperation.SaveTable.newBuilder().setTableName(tableName)
        .setSaveMethod(WriteOperation.SaveTable.TableSaveMethod.TABLE_SAVE_METHOD_INSERT_INTO)));
  }

  /** Writes the rows as the table {@code tableName}, creating it if needed. */
  public void saveAsTable(String tableName) {
    run(operation().setTable(WriteOperation.SaveTable.newBuilder().setTableName(tableName)
        .setSaveMethod(WriteOperation.SaveTable.TableSaveMethod.TABLE_SAVE_METHOD_SAVE_AS_TABLE)));
  }

  /**
   * {@link #save()} without blocking: the write starts at once and the future completes when the
   * server has finished it. Cancelling the future interrupts the write on the server (files
   * already written may stay, as when a write fails). No thread waits for the write; failures
   * complete the future exceptionally with the exception {@link #save()} would throw. Dependent
   * stages that are not {@code ...Async} run on the session's executor of asynchronous results
   * ({@link SparkSession.Builder#asyncExecutor}).
   *
   * <pre>{@code
   * df.write().mode(SaveMode.Overwrite).format("parquet").saveAsync("/data/out")
   *     .thenRun(() -> System.out.println("written"));
   * }</pre>
   */
  public CompletableFuture<Void> saveAsync() {
    return runAsync(this::operation);
  }

  /** {@link #save(String)} without blocking; see {@link #saveAsync()}. */
  public CompletableFuture<Void> saveAsync(String path) {
    return runAsync(() -> operation().setPath(path));
  }

  /** {@link #insertInto(String)} without blocking; see {@link #saveAsync()}. */
  public CompletableFuture<Void> insertIntoAsync(String tableName) {
    return runAsync(() -> operation().setTable(WriteOperation.SaveTable.newBuilder().setTableName(tableName)
        .setSaveMethod(WriteOperation.SaveTable.TableSaveMethod.TABLE_SAVE_METHOD_INSERT_INTO)));
  }

  /** {@link #saveAsTable(String)} without blocking; see {@link #saveAsync()}. */
  public CompletableFuture<Void> saveAsTableAsync(String tableName) {
    return runAsync(() -> operation().setTable(WriteOperation.SaveTable.newBuilder().setTableName(tableName)
        .setSaveMethod(WriteOperation.SaveTable.TableSaveMethod.TABLE_SAVE_METHOD_SAVE_AS_TABLE)));
  }

  private CompletableFuture<Void> runAsync(java.util.function.Supplier<WriteOperation.Builder> write) {
    return AsyncResults.command(df.sparkSession(), () -> Command.newBuilder().setWriteOperation(write.get()).build());
  }

  /**
   * Writes the rows into the table {@code table} of the database at the JDBC {@code url}, through
   * the server's JDBC driver; the save mode decides what happens to an existing table.
   */
  public void jdbc(String url, String table, Properties connectionProperties) {
    format("jdbc").option("url", url).option("dbtable", table);
    for (String k : connectionProperties.stringPropertyNames()) {
      option(k, connectionProperties.getProperty(k));
    }
    save();
  }

  /**
   * Lets the write add columns of the DataFrame that the target table lacks, for table formats
   * that support schema evolution (Spark 4.2 servers).
   */
  public DataFrameWriter withSchemaEvolution() {
    this.schemaEvolution = true;
    return this;
  }

  /** Writes Parquet files to {@code path}. */
  public void parquet(String path) {
    format("parquet").save(path);
  }

  /** Writes JSON lines to {@code path}. */
  public void json(String path) {
    format("json").save(path);
  }

  /** Writes CSV files to {@code path}. */
  public void csv(String path) {
    format("csv").save(path);
  }

  /** Writes ORC files to {@code path}. */
  public void orc(String path) {
    format("orc").save(path);
  }

  /** Writes a single string column as text lines to {@code path}. */
  public void text(String path) {
    format("text").save(path);
  }

  /** Writes XML files to {@code path} (Spark 4 servers). */
  public void xml(String path) {
    format("xml").save(path);
  }
}
