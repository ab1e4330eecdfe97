package io.sparkconnect.sql;

import io.sparkconnect.proto.Read;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.RelationChanges;
import io.sparkconnect.sql.types.StructType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads files and tables into DataFrames ({@code spark.read()}):
 *
 * <pre>{@code
 * DataFrame events = spark.read().option("header", true).csv("/data/events.csv");
 * DataFrame logs = spark.read().format("json").schema("ts TIMESTAMP, msg STRING").load("/data/logs");
 * }</pre>
 *
 * <p>Without {@link #format(String)} the server's default source (parquet) is used; without a
 * schema, the source infers one. A builder: not thread-safe; use one per read.
 */
public final class DataFrameReader {
  private final SparkSession session;
  private String source;
  private String schema;
  private final Map<String, String> options = new LinkedHashMap<>();

  DataFrameReader(SparkSession session) {
    this.session = session;
  }

  /** The data source: {@code parquet}, {@code json}, {@code csv}, {@code orc}, {@code text}, ... */
  public DataFrameReader format(String source) {
    this.source = source;
    return this;
  }

  /** The schema to read with, instead of inferring one. */
  public DataFrameReader schema(StructType schema) {
    this.schema = schema.json();
    return this;
  }

  /** The schema to read with, in DDL: {@code "a INT, b STRING"}. */
  public DataFrameReader schema(String schemaString) {
    this.schema = schemaString;
    return this;
  }

  /** A data source option. */
  public DataFrameReader option(String key, String value) {
    if (key == null || value == null) {
      throw new IllegalArgumentException("Option keys and values must not be null: " + key + "=" + value);
    }
    options.put(key, value);
    return this;
  }

  /** A data source option. */
  public DataFrameReader option(String key, boolean value) {
    return option(key, String.valueOf(value));
  }

  /** A data source option. */
  public DataFrameReader option(String key, long value) {
    return option(key, String.valueOf(value));
  }

  /** A data source option. */
  public DataFrameReader option(String key, double value) {
    return option(key, String.valueOf(value));
  }

  /** Data source options; keys are case-insensitive on the server. */
  public DataFrameReader options(Map<String, String> options) {
    options.forEach(this::option);
    return this;
  }

  /** Loads from the source's own location (the {@code path} option or a source needing none). */
  public DataFrame load() {
    return load(new String[0]);
  }

  /** Loads the files at {@code paths}. */
  public DataFrame load(String... paths) {
    return session.newDataFrame(Relation.newBuilder().setRead(Read.newBuilder().setDataSource(dataSource(paths))));
  }

  /** Loads the file or folder at {@code path}. */
  public DataFrame load(String path) {
    return load(new String[] {path});
  }

  private Read.DataSource.Builder dataSource(String[] paths) {
    Read.DataSource.Builder ds = Read.DataSource.newBuilder().putAllOptions(options).addAllPaths(Arrays.asList(paths));
    if (source != null) {
      ds.setFormat(source);
    }
    if (schema != null) {
      ds.setSchema(schema);
    }
    return ds;
  }

  /** Reads Parquet files. */
  public DataFrame parquet(String... paths) {
    return format("parquet").load(paths);
  }

  /** Reads JSON lines (or, with {@code multiLine}, JSON documents). */
  public DataFrame json(String... paths) {
    return format("json").load(paths);
  }

  /** Reads CSV files. */
  public DataFrame csv(String... paths) {
    return format("csv").load(paths);
  }

  /** Reads ORC files. */
  public DataFrame orc(String... paths) {
    return format("orc").load(paths);
  }

  /** Reads text files into a string column {@code value}, a row per line. */
  public DataFrame text(String... paths) {
    return format("text").load(paths);
  }

  /** Reads XML files (Spark 4 servers); set the {@code rowTag} option. */
  public DataFrame xml(String... paths) {
    return format("xml").load(paths);
  }

  /** Reads text files into a typed view of their lines. */
  public TypedDataFrame<String> textFile(String... paths) {
    if (schema != null) {
      throw new IllegalArgumentException("textFile() does not take a user-specified schema");
    }
    return text(paths).select("value").as(String.class);
  }

  /**
   * The table {@code table} (or a subquery in parentheses) of the database at the JDBC
   * {@code url}, read through the server's JDBC driver; {@code connectionProperties} holds at
   * least {@code user} and {@code password} as needed.
   */
  public DataFrame jdbc(String url, String table, Properties connectionProperties) {
    format("jdbc").option("url", url).option("dbtable", table);
    for (String k : connectionProperties.stringPropertyNames()) {
      option(k, connectionProperties.getProperty(k));
    }
    return load();
  }

  /**
   * As {@link #jdbc(String, String, Properties)}, read in {@code numPartitions} parallel queries
   * splitting the range {@code lowerBound} to {@code upperBound} of the numeric, date or timestamp
   * column {@code columnName} (the bounds only set the stride: no row is filtered out).
   */
  public DataFrame jdbc(String url, String table, String columnName, long lowerBound, long upperBound,
      int numPartitions, Properties connectionProperties) {
    option("partitionColumn", columnName).option("lowerBound", lowerBound).option("upperBound", upperBound)
        .option("numPartitions", numPartitions);
    return jdbc(url, table, connectionProperties);
  }

  /**
   * As {@link #jdbc(String, String, Properties)}, one partition per {@code WHERE} condition in
   * {@code predicates}.
   */
  public DataFrame jdbc(String url, String table, String[] predicates, Properties connectionProperties) {
    format("jdbc").option("url", url).option("dbtable", table);
    for (String k : connectionProperties.stringPropertyNames()) {
      option(k, connectionProperties.getProperty(k));
    }
    Read.DataSource.Builder ds = dataSource(new String[0]).addAllPredicates(Arrays.asList(predicates));
    return session.newDataFrame(Relation.newBuilder().setRead(Read.newBuilder().setDataSource(ds)));
  }

  /**
   * The change data feed of the table {@code tableName} (Spark 4.2 servers, tables that keep
   * one), with this reader's options such as the starting version.
   */
  public DataFrame changes(String tableName) {
    return session.newDataFrame(Relation.newBuilder().setRelationChanges(
        RelationChanges.newBuilder().setUnparsedIdentifier(tableName).putAllOptions(options)));
  }

  /** The table or view {@code tableName}, with this reader's options. */
  public DataFrame table(String tableName) {
    return session.newDataFrame(Relation.newBuilder().setRead(Read.newBuilder().setNamedTable(
        Read.NamedTable.newBuilder().setUnparsedIdentifier(tableName).putAllOptions(options))));
  }
}
