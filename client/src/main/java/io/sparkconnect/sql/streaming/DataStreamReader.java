package io.sparkconnect.sql.streaming;

import io.sparkconnect.client.StreamingBridge;
import io.sparkconnect.proto.Read;
import io.sparkconnect.proto.Relation;
import io.sparkconnect.proto.RelationChanges;
import io.sparkconnect.sql.DataFrame;
import io.sparkconnect.sql.Encoder;
import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.TypedDataFrame;
import io.sparkconnect.sql.types.StructType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads data streams into streaming DataFrames ({@code spark.readStream()}):
 *
 * <pre>{@code
 * DataFrame rates = spark.readStream().format("rate").option("rowsPerSecond", 5).load();
 * DataFrame events = spark.readStream().schema("id BIGINT, msg STRING").json("/data/incoming");
 * }</pre>
 *
 * <p>File sources need a schema unless the server allows inference
 * ({@code spark.sql.streaming.schemaInference}). Without {@link #format(String)} the server's
 * default source is used. A builder: not thread-safe; use one per read.
 */
public final class DataStreamReader {
  static {
    StreamingBridge.registerStreaming(new StreamingBridge.StreamingAccess() {
      @Override
      public DataStreamReader reader(SparkSession session) {
        return new DataStreamReader(session);
      }

      @Override
      public DataStreamWriter<Row> writer(DataFrame df) {
        return new DataStreamWriter<>(df, null);
      }

      @Override
      public <T> DataStreamWriter<T> typedWriter(DataFrame df, Encoder<T> encoder) {
        return new DataStreamWriter<>(df, encoder);
      }

      @Override
      public StreamingQueryManager manager(SparkSession session) {
        return new StreamingQueryManager(session);
      }

      @Override
      public void sessionClosing(StreamingQueryManager manager) {
        manager.listenerBus().close();
      }
    });
  }

  private final SparkSession session;
  private String source;
  private String schema;
  private String sourceName;
  private final Map<String, String> options = new LinkedHashMap<>();

  DataStreamReader(SparkSession session) {
    this.session = session;
  }

  /** The data source: {@code rate}, {@code json}, {@code csv}, {@code parquet}, {@code kafka}, ... */
  public DataStreamReader format(String source) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("The source format must not be null or blank: " + source);
    }
    this.source = source;
    return this;
  }

  /** The schema to read with, instead of inferring one. */
  public DataStreamReader schema(StructType schema) {
    if (schema == null) {
      throw new IllegalArgumentException("The schema must not be null");
    }
    this.schema = schema.json();
    return this;
  }

  /** The schema to read with, in DDL: {@code "a INT, b STRING"}. */
  public DataStreamReader schema(String schemaString) {
    if (schemaString == null) {
      throw new IllegalArgumentException("The schema must not be null");
    }
    this.schema = schemaString;
    return this;
  }

  /**
   * Names this source (Spark 4.2 servers), so that a query restarted from its checkpoint finds
   * the source's progress by name even if the query's sources changed.
   */
  public DataStreamReader name(String sourceName) {
    if (sourceName == null || sourceName.isBlank()) {
      throw new IllegalArgumentException("The source name must not be null or blank: " + sourceName);
    }
    this.sourceName = sourceName;
    return this;
  }

  /** A data source option. */
  public DataStreamReader option(String key, String value) {
    if (key == null || value == null) {
      throw new IllegalArgumentException("Option keys and values must not be null: " + key + "=" + value);
    }
    options.put(key, value);
    return this;
  }

  /** A data source option. */
  public DataStreamReader option(String key, boolean value) {
    return option(key, String.valueOf(value));
  }

  /** A data source option. */
  public DataStreamReader option(String key, long value) {
    return option(key, String.valueOf(value));
  }

  /** A data source option. */
  public DataStreamReader option(String key, double value) {
    return option(key, String.valueOf(value));
  }

  /** Data source options; keys are case-insensitive on the server. */
  public DataStreamReader options(Map<String, String> options) {
    options.forEach(this::option);
    return this;
  }

  /** Streams from the source's own location (the {@code path} option or a source needing none). */
  public DataFrame load() {
    return read(dataSource(List.of()));
  }

  /** Streams the files arriving in the folder {@code path}. */
  public DataFrame load(String path) {
    if (path == null) {
      throw new IllegalArgumentException("The path must not be null");
    }
    return read(dataSource(List.of(path)));
  }

  /** Streams JSON lines from files arriving in {@code path}. */
  public DataFrame json(String path) {
    return format("json").load(path);
  }

  /** Streams CSV files arriving in {@code path}. */
  public DataFrame csv(String path) {
    return format("csv").load(path);
  }

  /** Streams XML files arriving in {@code path} (Spark 4 servers); set the {@code rowTag} option. */
  public DataFrame xml(String path) {
    return format("xml").load(path);
  }

  /** Streams ORC files arriving in {@code path}. */
  public DataFrame orc(String path) {
    return format("orc").load(path);
  }

  /** Streams Parquet files arriving in {@code path}. */
  public DataFrame parquet(String path) {
    return format("parquet").load(path);
  }

  /** Streams text files arriving in {@code path} into a string column {@code value}, a row per line. */
  public DataFrame text(String path) {
    return format("text").load(path);
  }

  /** Streams text files arriving in {@code path} as a typed view of their lines. */
  public TypedDataFrame<String> textFile(String path) {
    if (schema != null) {
      throw new IllegalArgumentException("textFile() does not take a user-specified schema");
    }
    return text(path).select("value").as(String.class);
  }

  /** Streams the rows appended to the table {@code tableName}, with this reader's options. */
  public DataFrame table(String tableName) {
    if (tableName == null || tableName.isBlank()) {
      throw new IllegalArgumentException("The table name must not be null or blank: " + tableName);
    }
    return StreamingBridge.sessions().newDataFrame(session, Relation.newBuilder().setRead(Read.newBuilder()
        .setIsStreaming(true)
        .setNamedTable(Read.NamedTable.newBuilder().setUnparsedIdentifier(tableName).putAllOptions(options))));
  }

  /**
   * Streams the change data feed of the table {@code tableName} (Spark 4.2 servers, tables that
   * keep one), with this reader's options such as {@code startingVersion}.
   *
   * @throws IllegalArgumentException if a schema was set: a change feed has its own
   */
  public DataFrame changes(String tableName) {
    if (tableName == null || tableName.isBlank()) {
      throw new IllegalArgumentException("The table name must not be null or blank: " + tableName);
    }
    if (schema != null) {
      throw new IllegalArgumentException("changes() does not take a user-specified schema");
    }
    return StreamingBridge.sessions().newDataFrame(session, Relation.newBuilder().setRelationChanges(
        RelationChanges.newBuilder().setUnparsedIdentifier(tableName).putAllOptions(options).setIsStreaming(true)));
  }

  private Read.DataSource.Builder dataSource(List<String> paths) {
    Read.DataSource.Builder ds = Read.DataSource.newBuilder().putAllOptions(options).addAllPaths(paths);
    if (source != null) {
      ds.setFormat(source);
    }
    if (schema != null) {
      ds.setSchema(schema);
    }
    if (sourceName != null) {
      ds.setSourceName(sourceName);
    }
    return ds;
  }

  private DataFrame read(Read.DataSource.Builder ds) {
    return StreamingBridge.sessions().newDataFrame(session,
        Relation.newBuilder().setRead(Read.newBuilder().setIsStreaming(true).setDataSource(ds)));
  }
}
