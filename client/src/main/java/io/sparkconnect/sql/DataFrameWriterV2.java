package io.sparkconnect.sql;

import io.sparkconnect.proto.Command;
import io.sparkconnect.proto.WriteOperationV2;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Writes a DataFrame to a table through the catalog's table API ({@code df.writeTo("cat.db.t")}):
 *
 * <pre>{@code
 * df.writeTo("events").using("parquet").partitionedBy(col("day")).tableProperty("owner", "ops").create();
 * more.writeTo("events").append();
 * fixed.writeTo("events").overwrite(col("day").equalTo("2024-01-01"));
 * }</pre>
 *
 * <p>A builder: not thread-safe; use one per write.
 */
public final class DataFrameWriterV2 {
  private final DataFrame df;
  private final String table;
  private String provider;
  private final Map<String, String> options = new LinkedHashMap<>();
  private final Map<String, String> properties = new LinkedHashMap<>();
  private final List<Column> partitioning = new ArrayList<>();
  private final List<String> clustering = new ArrayList<>();
  private boolean schemaEvolution;

  DataFrameWriterV2(DataFrame df, String table) {
    if (table == null || table.isBlank()) {
      throw new IllegalArgumentException("writeTo() needs a table name");
    }
    this.df = df;
    this.table = table;
  }

  /** The table provider (format) for {@code create}/{@code replace}: {@code parquet}, {@code delta}, ... */
  public DataFrameWriterV2 using(String provider) {
    this.provider = Objects.requireNonNull(provider, "provider");
    return this;
  }

  /** A write option. */
  public DataFrameWriterV2 option(String key, String value) {
    if (key == null || value == null) {
      throw new IllegalArgumentException("Option keys and values must not be null: " + key + "=" + value);
    }
    options.put(key, value);
    return this;
  }

  /** A write option. */
  public DataFrameWriterV2 option(String key, boolean value) {
    return option(key, String.valueOf(value));
  }

  /** A write option. */
  public DataFrameWriterV2 option(String key, long value) {
    return option(key, String.valueOf(value));
  }

  /** A write option. */
  public DataFrameWriterV2 option(String key, double value) {
    return option(key, String.valueOf(value));
  }

  /** Write options. */
  public DataFrameWriterV2 options(Map<String, String> options) {
    options.forEach(this::option);
    return this;
  }

  /** A table property set when the table is created or replaced. */
  public DataFrameWriterV2 tableProperty(String property, String value) {
    if (property == null || value == null) {
      throw new IllegalArgumentException("Table property names and values must not be null: " + property + "=" + value);
    }
    properties.put(property, value);
    return this;
  }

  /**
   * Partitions the created table by these columns or transforms ({@code years(col)},
   * {@code bucket(n, col)}, ...).
   */
  public DataFrameWriterV2 partitionedBy(Column column, Column... columns) {
    partitioning.clear();
    partitioning.add(column);
    partitioning.addAll(List.of(columns));
    return this;
  }

  /** Clusters the created table's data by these columns. */
  public DataFrameWriterV2 clusterBy(String colName, String... colNames) {
    clustering.clear();
    clustering.add(colName);
    clustering.addAll(List.of(colNames));
    return this;
  }

  /** Lets the write add columns the target table lacks, for formats that support it (Spark 4.2 servers). */
  public DataFrameWriterV2 withSchemaEvolution() {
    this.schemaEvolution = true;
    return this;
  }

  /**
   * Creates the table with the DataFrame's rows.
   *
   * @throws AnalysisException if the table exists
   */
  public void create() {
    run(WriteOperationV2.Mode.MODE_CREATE, null);
  }

  /**
   * Replaces the table's definition and rows.
   *
   * @throws AnalysisException if the table does not exist
   */
  public void replace() {
    run(WriteOperationV2.Mode.MODE_REPLACE, null);
  }

  /** Creates the table, or replaces it if it exists. */
  public void createOrReplace() {
    run(WriteOperationV2.Mode.MODE_CREATE_OR_REPLACE, null);
  }

  /**
   * Appends the rows to the existing table.
   *
   * @throws AnalysisException if the table does not exist
   */
  public void append() {
    run(WriteOperationV2.Mode.MODE_APPEND, null);
  }

  /** Deletes the table's rows matching {@code condition}, then appends the DataFrame's rows. */
  public void overwrite(Column condition) {
    run(WriteOperationV2.Mode.MODE_OVERWRITE, Objects.requireNonNull(condition, "condition"));
  }

  /** Replaces every partition of the table that the DataFrame has rows for. */
  public void overwritePartitions() {
    run(WriteOperationV2.Mode.MODE_OVERWRITE_PARTITIONS, null);
  }

  /**
   * {@link #create()} without blocking: the write starts at once and the future completes when the
   * server has finished it; cancelling the future interrupts it on the server. Failures complete
   * the future exceptionally with the exception {@link #create()} would throw; no thread waits.
   * See {@link DataFrame#collectAsync()} for where dependent stages run.
   */
  public CompletableFuture<Void> createAsync() {
    return runAsync(WriteOperationV2.Mode.MODE_CREATE, null);
  }

  /** {@link #replace()} without blocking; see {@link #createAsync()}. */
  public CompletableFuture<Void> replaceAsync() {
    return runAsync(WriteOperationV2.Mode.MODE_REPLACE, null);
  }

  /** {@link #createOrReplace()} without blocking; see {@link #createAsync()}. */
  public CompletableFuture<Void> createOrReplaceAsync() {
    return runAsync(WriteOperationV2.Mode.MODE_CREATE_OR_REPLACE, null);
  }

  /** {@link #append()} without blocking; see {@link #createAsync()}. */
  public CompletableFuture<Void> appendAsync() {
    return runAsync(WriteOperationV2.Mode.MODE_APPEND, null);
  }

  /** {@link #overwrite(Column)} without blocking; see {@link #createAsync()}. */
  public CompletableFuture<Void> overwriteAsync(Column condition) {
    Objects.requireNonNull(condition, "condition");
    return runAsync(WriteOperationV2.Mode.MODE_OVERWRITE, condition);
  }

  /** {@link #overwritePartitions()} without blocking; see {@link #createAsync()}. */
  public CompletableFuture<Void> overwritePartitionsAsync() {
    return runAsync(WriteOperationV2.Mode.MODE_OVERWRITE_PARTITIONS, null);
  }

  private CompletableFuture<Void> runAsync(WriteOperationV2.Mode mode, Column condition) {
    return AsyncResults.command(df.sparkSession(),
        () -> Command.newBuilder().setWriteOperationV2(operation(mode, condition)).build());
  }

  WriteOperationV2 operation(WriteOperationV2.Mode mode, Column condition) {
    WriteOperationV2.Builder w = WriteOperationV2.newBuilder().setInput(df.relation()).setTableName(table)
        .setMode(mode).putAllOptions(options).putAllTableProperties(properties).addAllClusteringColumns(clustering);
    if (provider != null) {
      w.setProvider(provider);
    }
    for (Column c : partitioning) {
      w.addPartitioningColumns(c.expr);
    }
    if (condition != null) {
      w.setOverwriteCondition(condition.expr);
    }
    if (schemaEvolution) {
      w.setWithSchemaEvolution(true);
    }
    return w.build();
  }

  private void run(WriteOperationV2.Mode mode, Column condition) {
    df.sparkSession().executeCommand(Command.newBuilder().setWriteOperationV2(operation(mode, condition)).build());
  }
}
