package io.sparkconnect.jdbc;

import io.sparkconnect.sql.Row;
import io.sparkconnect.sql.RowFactory;
import io.sparkconnect.sql.SparkSession;
import io.sparkconnect.sql.types.DataType;
import io.sparkconnect.sql.types.DataTypes;
import io.sparkconnect.sql.types.StructField;
import io.sparkconnect.sql.types.StructType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the server is and holds, as JDBC tools ask for it. Catalogs are Spark's catalogs, schemas
 * their namespaces (databases). Listings cost one call per schema, never one per table:
 * {@link #getTables} lists each schema once, and {@link #getColumns} then asks the server for the
 * columns of all the tables found in one analysis. Keys, indexes, procedures, user-defined types
 * and privileges, which Spark does not have, come back as empty results with JDBC's columns.
 * Patterns take {@code %}, {@code _} and the escape {@code \}. Thread-safe.
 */
final class SparkConnectDatabaseMetaData implements DatabaseMetaData {
  /** Tables whose columns one analysis asks for. */
  static final int COLUMNS_BATCH = 250;
  private static final String TEMPORARY = "LOCAL TEMPORARY";

  private final SparkConnectConnection connection;
  private final SparkSession session;

  SparkConnectDatabaseMetaData(SparkConnectConnection connection) {
    this.connection = connection;
    this.session = connection.session();
  }

  // ------------------------------------------------------------------------------ helpers

  /** A schema from {@code "NAME:type"} items: s string, i int, h short, l long, b boolean. */
  static StructType columns(String... spec) {
    StructField[] fields = new StructField[spec.length];
    for (int i = 0; i < spec.length; i++) {
      int colon = spec[i].indexOf(':');
      String name = spec[i].substring(0, colon);
      DataType t = switch (spec[i].charAt(colon + 1)) {
        case 'i' -> DataTypes.IntegerType;
        case 'h' -> DataTypes.ShortType;
        case 'l' -> DataTypes.LongType;
        case 'b' -> DataTypes.BooleanType;
        default -> DataTypes.StringType;
      };
      fields[i] = new StructField(name, t, true);
    }
    return new StructType(fields);
  }

  private ResultSet result(StructType schema, List<Row> rows) {
    return SparkConnectResultSet.of(null, schema, rows);
  }

  private ResultSet empty(String... spec) throws SQLException {
    connection.checkOpen();
    return result(columns(spec), List.of());
  }

  private static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  private List<Row> sql(String text) throws SQLException {
    try {
      return session.sql(text).collectAsList();
    } catch (RuntimeException e) {
      throw SqlErrors.of(e);
    }
  }

  // ------------------------------------------------------------------------- catalogs etc.

  private List<String> catalogs() throws SQLException {
    List<String> out = new ArrayList<>();
    for (Row r : sql("SHOW CATALOGS")) {
      out.add(r.getString(0));
    }
    return out;
  }

  private List<String> catalogsMatching(String catalog) throws SQLException {
    if (catalog == null) {
      return catalogs();
    }
    if (catalog.isEmpty()) {
      return List.of();
    }
    return List.of(catalog);
  }

  private List<String> schemas(String catalog) throws SQLException {
    List<String> out = new ArrayList<>();
    for (Row r : sql("SHOW NAMESPACES IN " + quote(catalog))) {
      out.add(r.getString(0));
    }
    return out;
  }

  @Override
  public ResultSet getCatalogs() throws SQLException {
    connection.checkOpen();
    List<Row> rows = new ArrayList<>();
    for (String c : catalogs()) {
      rows.add(RowFactory.create(c));
    }
    rows.sort(Comparator.comparing(r -> r.getString(0)));
    return result(columns("TABLE_CAT:s"), rows);
  }

  @Override
  public ResultSet getSchemas() throws SQLException {
    return getSchemas(null, null);
  }

  @Override
  public ResultSet getSchemas(String catalog, String schemaPattern) throws SQLException {
    connection.checkOpen();
    LikePattern p = LikePattern.of(schemaPattern);
    List<Row> rows = new ArrayList<>();
    for (String c : catalogsMatching(catalog)) {
      List<String> names;
      try {
        names = schemas(c);
      } catch (SQLException e) {
        if (catalog != null) {
          throw e;
        }
        continue; // A catalog without namespaces (or one that fails to load) lists none.
      }
      for (String s : names) {
        if (p.matches(s)) {
          rows.add(RowFactory.create(s, c));
        }
      }
    }
    rows.sort(Comparator.comparing((Row r) -> r.getString(1)).thenComparing(r -> r.getString(0)));
    return result(columns("TABLE_SCHEM:s", "TABLE_CATALOG:s"), rows);
  }

  @Override
  public ResultSet getTableTypes() throws SQLException {
    connection.checkOpen();
    return result(columns("TABLE_TYPE:s"), List.of(RowFactory.create(TEMPORARY), RowFactory.create("TABLE"),
        RowFactory.create("VIEW")));
  }

  /** A table found by {@link #tables}: catalog and schema ({@code null} for temporary views), name, type, comment. */
  record TableRef(String catalog, String schema, String name, String type, String remarks) {
    String qualified() {
      return catalog == null ? quote(name) : quote(catalog) + "." + quote(schema) + "." + quote(name);
    }
  }

  /** The tables matching, one listing call per schema. */
  List<TableRef> tables(String catalog, String schemaPattern, String tablePattern, String[] types)
      throws SQLException {
    connection.checkOpen();
    LikePattern sp = LikePattern.of(schemaPattern);
    LikePattern tp = LikePattern.of(tablePattern);
    Set<String> wanted = null;
    if (types != null) {
      wanted = new java.util.HashSet<>();
      for (String t : types) {
        wanted.add(t == null ? "" : t.toUpperCase(Locale.ROOT));
      }
    }
    List<TableRef> out = new ArrayList<>();
    boolean temporariesDone = false;
    for (String c : catalogsMatching(catalog)) {
      List<String> names;
      String exactSchema = LikePattern.literal(schemaPattern);
      try {
        names = exactSchema != null ? List.of(exactSchema) : schemas(c);
      } catch (SQLException e) {
        if (catalog != null) {
          throw e;
        }
        continue;
      }
      for (String s : names) {
        if (!sp.matches(s)) {
          continue;
        }
        List<Row> listed;
        Set<String> views = new java.util.HashSet<>();
        String ns = quote(c) + "." + quote(s);
        try {
          listed = session.sql("SHOW TABLES IN " + ns).collectAsList();
        } catch (RuntimeException e) {
          if (exactSchema != null) {
            // A schema that does not exist has no tables.
            continue;
          }
          throw SqlErrors.of(e);
        }
        try {
          for (Row v : session.sql("SHOW VIEWS IN " + ns).collectAsList()) {
            views.add(v.getString(1));
          }
        } catch (RuntimeException e) {
          // A catalog without views (SHOW VIEWS is the session catalog's): all are tables.
        }
        for (Row t : listed) {
          String name = t.getString(1);
          boolean temporary = t.size() > 2 && !t.isNullAt(2) && t.getBoolean(2);
          String type = temporary ? TEMPORARY : views.contains(name) ? "VIEW" : "TABLE";
          if (temporary) {
            // Temporary views belong to the session, not to a schema: listed once, without one.
            if (temporariesDone || schemaPattern != null && !schemaPattern.equals("%")) {
              continue;
            }
          }
          if (!tp.matches(name) || wanted != null && !wanted.contains(type)) {
            continue;
          }
          out.add(temporary ? new TableRef(null, null, name, type, null) : new TableRef(c, s, name, type, null));
        }
        temporariesDone = true;
      }
    }
    out.sort(Comparator.comparing((TableRef t) -> t.type())
        .thenComparing(t -> t.catalog() == null ? "" : t.catalog())
        .thenComparing(t -> t.schema() == null ? "" : t.schema())
        .thenComparing(TableRef::name));
    return out;
  }

  @Override
  public ResultSet getTables(String catalog, String schemaPattern, String tableNamePattern, String[] types)
      throws SQLException {
    List<Row> rows = new ArrayList<>();
    for (TableRef t : tables(catalog, schemaPattern, tableNamePattern, types)) {
      rows.add(RowFactory.create(t.catalog(), t.schema(), t.name(), t.type(),
          t.remarks() == null ? "" : t.remarks(), null, null, null, null, null));
    }
    return result(columns("TABLE_CAT:s", "TABLE_SCHEM:s", "TABLE_NAME:s", "TABLE_TYPE:s", "REMARKS:s",
        "TYPE_CAT:s", "TYPE_SCHEM:s", "TYPE_NAME:s", "SELF_REFERENCING_COL_NAME:s", "REF_GENERATION:s"), rows);
  }

  /**
   * The columns of many tables in one analysis: the schema of a query selecting, from each
   * table, all its columns as one struct (with no rows). A table that cannot be analysed (a
   * broken view) makes the batch fall back to one analysis per table, leaving that table out.
   */
  Map<TableRef, StructType> schemas(List<TableRef> tables) throws SQLException {
    Map<TableRef, StructType> out = new LinkedHashMap<>();
    for (int from = 0; from < tables.size(); from += COLUMNS_BATCH) {
      List<TableRef> chunk = tables.subList(from, Math.min(tables.size(), from + COLUMNS_BATCH));
      try {
        StructType s = analyze(chunk);
        for (int i = 0; i < chunk.size(); i++) {
          out.put(chunk.get(i), (StructType) s.fields()[i].dataType());
        }
      } catch (RuntimeException e) {
        for (TableRef t : chunk) {
          try {
            out.put(t, (StructType) analyze(List.of(t)).fields()[0].dataType());
          } catch (RuntimeException skipped) {
            // Left out: JDBC has no way to list a table whose columns cannot be resolved.
          }
        }
      }
    }
    return out;
  }

  /**
   * The schema of the cross join of {@code SELECT struct(*)} over each table, built as a
   * balanced tree (a shallow plan whatever the number of tables) and analysed once, never run.
   */
  private StructType analyze(List<TableRef> chunk) {
    return join(chunk, 0, chunk.size()).schema();
  }

  private io.sparkconnect.sql.DataFrame join(List<TableRef> chunk, int from, int to) {
    if (to - from == 1) {
      return session.table(chunk.get(from).qualified()).selectExpr("struct(*) AS `c" + from + "`");
    }
    int mid = (from + to) >>> 1;
    return join(chunk, from, mid).crossJoin(join(chunk, mid, to));
  }

  @Override
  public ResultSet getColumns(String catalog, String schemaPattern, String tableNamePattern,
      String columnNamePattern) throws SQLException {
    List<TableRef> tables = new ArrayList<>(tables(catalog, schemaPattern, tableNamePattern, null));
    tables.sort(Comparator.comparing((TableRef t) -> t.catalog() == null ? "" : t.catalog())
        .thenComparing(t -> t.schema() == null ? "" : t.schema()).thenComparing(TableRef::name));
    LikePattern cp = LikePattern.of(columnNamePattern);
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<TableRef, StructType> e : schemas(tables).entrySet()) {
      TableRef t = e.getKey();
      StructField[] fields = e.getValue().fields();
      for (int i = 0; i < fields.length; i++) {
        StructField f = fields[i];
        if (!cp.matches(f.name())) {
          continue;
        }
        DataType type = declaredType(f);
        int code = JdbcTypes.typeCode(type);
        boolean character = code == Types.CHAR || code == Types.VARCHAR;
        rows.add(RowFactory.create(t.catalog(), t.schema(), t.name(), f.name(), code, JdbcTypes.typeName(type),
            JdbcTypes.precision(type), null, code == Types.DECIMAL || code == Types.TIMESTAMP
                ? JdbcTypes.scale(type) : null,
            JdbcTypes.radix(type), f.nullable() ? columnNullable : columnNoNulls, f.getComment().orElse(""),
            null, null, null, character ? JdbcTypes.precision(type) : null, i + 1, f.nullable() ? "YES" : "NO",
            null, null, null, null, "NO", "NO"));
      }
    }
    return result(columns("TABLE_CAT:s", "TABLE_SCHEM:s", "TABLE_NAME:s", "COLUMN_NAME:s", "DATA_TYPE:i",
        "TYPE_NAME:s", "COLUMN_SIZE:i", "BUFFER_LENGTH:i", "DECIMAL_DIGITS:i", "NUM_PREC_RADIX:i", "NULLABLE:i",
        "REMARKS:s", "COLUMN_DEF:s", "SQL_DATA_TYPE:i", "SQL_DATETIME_SUB:i", "CHAR_OCTET_LENGTH:i",
        "ORDINAL_POSITION:i", "IS_NULLABLE:s", "SCOPE_CATALOG:s", "SCOPE_SCHEMA:s", "SCOPE_TABLE:s",
        "SOURCE_DATA_TYPE:h", "IS_AUTOINCREMENT:s", "IS_GENERATEDCOLUMN:s"), rows);
  }

  /** The declared type: {@code char(n)}/{@code varchar(n)} columns read as strings, the declaration kept in metadata. */
  private static DataType declaredType(StructField f) {
    String key = "__CHAR_VARCHAR_TYPE_STRING";
    if (f.metadata() != null && f.metadata().contains(key)) {
      try {
        return DataType.fromDDL(f.metadata().getString(key));
      } catch (RuntimeException e) {
        return f.dataType();
      }
    }
    return f.dataType();
  }

  @Override
  public ResultSet getTypeInfo() throws SQLException {
    connection.checkOpen();
    List<Row> rows = new ArrayList<>();
    // TYPE_NAME, DATA_TYPE, PRECISION, LITERAL_PREFIX, LITERAL_SUFFIX, CREATE_PARAMS, NULLABLE,
    // CASE_SENSITIVE, SEARCHABLE, UNSIGNED_ATTRIBUTE, FIXED_PREC_SCALE, AUTO_INCREMENT,
    // LOCAL_TYPE_NAME, MINIMUM_SCALE, MAXIMUM_SCALE, SQL_DATA_TYPE, SQL_DATETIME_SUB, NUM_PREC_RADIX
    Object[][] types = {
        {"tinyint", Types.TINYINT, 3, null, null, null, false, 10},
        {"bigint", Types.BIGINT, 19, null, null, null, false, 10},
        {"binary", Types.BINARY, Integer.MAX_VALUE, "X'", "'", null, false, null},
        {"char", Types.CHAR, 255, "'", "'", "length", true, null},
        {"decimal", Types.DECIMAL, 38, null, null, "precision,scale", false, 10},
        {"int", Types.INTEGER, 10, null, null, null, false, 10},
        {"smallint", Types.SMALLINT, 5, null, null, null, false, 10},
        {"float", Types.REAL, 7, null, null, null, false, 10},
        {"double", Types.DOUBLE, 15, null, null, null, false, 10},
        {"string", Types.VARCHAR, Integer.MAX_VALUE, "'", "'", null, true, null},
        {"varchar", Types.VARCHAR, 65535, "'", "'", "length", true, null},
        {"boolean", Types.BOOLEAN, 1, null, null, null, false, null},
        {"date", Types.DATE, 10, "DATE '", "'", null, false, null},
        {"timestamp", Types.TIMESTAMP, 29, "TIMESTAMP '", "'", null, false, null},
        {"timestamp_ntz", Types.TIMESTAMP, 29, "TIMESTAMP_NTZ '", "'", null, false, null},
        {"array", Types.ARRAY, 0, null, null, "element_type", false, null},
        {"map", Types.JAVA_OBJECT, 0, null, null, "key_type,value_type", false, null},
        {"struct", Types.STRUCT, 0, null, null, "fields", false, null},
        {"interval", Types.OTHER, 0, "INTERVAL '", "'", null, false, null},
        {"void", Types.NULL, 0, null, null, null, false, null},
    };
    for (Object[] t : types) {
      int code = (Integer) t[1];
      boolean numeric = t[7] != null;
      rows.add(RowFactory.create(t[0], code, t[2], t[3], t[4], t[5], (short) typeNullable, t[6],
          (short) (code == Types.ARRAY || code == Types.JAVA_OBJECT || code == Types.STRUCT ? typePredNone
              : typeSearchable),
          !numeric, code == Types.DECIMAL ? false : false, false, t[0], (short) 0,
          (short) (code == Types.DECIMAL ? 38 : code == Types.TIMESTAMP ? 6 : 0), null, null, t[7]));
    }
    rows.sort(Comparator.comparing((Row r) -> r.getInt(1)).thenComparing(r -> r.getString(0)));
    return result(columns("TYPE_NAME:s", "DATA_TYPE:i", "PRECISION:i", "LITERAL_PREFIX:s", "LITERAL_SUFFIX:s",
        "CREATE_PARAMS:s", "NULLABLE:h", "CASE_SENSITIVE:b", "SEARCHABLE:h", "UNSIGNED_ATTRIBUTE:b",
        "FIXED_PREC_SCALE:b", "AUTO_INCREMENT:b", "LOCAL_TYPE_NAME:s", "MINIMUM_SCALE:h", "MAXIMUM_SCALE:h",
        "SQL_DATA_TYPE:i", "SQL_DATETIME_SUB:i", "NUM_PREC_RADIX:i"), rows);
  }

  /** Spark's functions, built-in and the session's, from one {@code SHOW FUNCTIONS}. */
  @Override
  public ResultSet getFunctions(String catalog, String schemaPattern, String functionNamePattern)
      throws SQLException {
    connection.checkOpen();
    LikePattern p = LikePattern.of(functionNamePattern);
    List<Row> rows = new ArrayList<>();
    if (catalog == null || catalog.isEmpty() || catalog.equals("system")) {
      for (Row r : sql("SHOW FUNCTIONS")) {
        String qualified = r.getString(0);
        String name = qualified.substring(qualified.lastIndexOf('.') + 1);
        String schema = qualified.contains(".") ? qualified.substring(0, qualified.lastIndexOf('.')) : null;
        if (p.matches(name) && (schemaPattern == null || LikePattern.of(schemaPattern).matches(schema))) {
          rows.add(RowFactory.create(null, schema, name, "", (short) functionResultUnknown, qualified));
        }
      }
    }
    rows.sort(Comparator.comparing((Row r) -> r.getString(2)).thenComparing(r -> r.getString(5)));
    return result(columns("FUNCTION_CAT:s", "FUNCTION_SCHEM:s", "FUNCTION_NAME:s", "REMARKS:s",
        "FUNCTION_TYPE:h", "SPECIFIC_NAME:s"), rows);
  }

  @Override
  public ResultSet getFunctionColumns(String catalog, String schemaPattern, String functionNamePattern,
      String columnNamePattern) throws SQLException {
    return empty("FUNCTION_CAT:s", "FUNCTION_SCHEM:s", "FUNCTION_NAME:s", "COLUMN_NAME:s", "COLUMN_TYPE:h",
        "DATA_TYPE:i", "TYPE_NAME:s", "PRECISION:i", "LENGTH:i", "SCALE:h", "RADIX:h", "NULLABLE:h", "REMARKS:s",
        "CHAR_OCTET_LENGTH:i", "ORDINAL_POSITION:i", "IS_NULLABLE:s", "SPECIFIC_NAME:s");
  }

  // ----------------------------------------------------------- what Spark does not have: empty

  @Override
  public ResultSet getProcedures(String catalog, String schemaPattern, String procedureNamePattern)
      throws SQLException {
    return empty("PROCEDURE_CAT:s", "PROCEDURE_SCHEM:s", "PROCEDURE_NAME:s", "RESERVED1:s", "RESERVED2:s",
        "RESERVED3:s", "REMARKS:s", "PROCEDURE_TYPE:h", "SPECIFIC_NAME:s");
  }

  @Override
  public ResultSet getProcedureColumns(String catalog, String schemaPattern, String procedureNamePattern,
      String columnNamePattern) throws SQLException {
    return empty("PROCEDURE_CAT:s", "PROCEDURE_SCHEM:s", "PROCEDURE_NAME:s", "COLUMN_NAME:s", "COLUMN_TYPE:h",
        "DATA_TYPE:i", "TYPE_NAME:s", "PRECISION:i", "LENGTH:i", "SCALE:h", "RADIX:h", "NULLABLE:h", "REMARKS:s",
        "COLUMN_DEF:s", "SQL_DATA_TYPE:i", "SQL_DATETIME_SUB:i", "CHAR_OCTET_LENGTH:i", "ORDINAL_POSITION:i",
        "IS_NULLABLE:s", "SPECIFIC_NAME:s");
  }

  @Override
  public ResultSet getColumnPrivileges(String catalog, String schema, String table, String columnNamePattern)
      throws SQLException {
    return empty("TABLE_CAT:s", "TABLE_SCHEM:s", "TABLE_NAME:s", "COLUMN_NAME:s", "GRANTOR:s", "GRANTEE:s",
        "PRIVILEGE:s", "IS_GRANTABLE:s");
  }

  @Override
  public ResultSet getTablePrivileges(String catalog, String schemaPattern, String tableNamePattern)
      throws SQLException {
    return empty("TABLE_CAT:s", "TABLE_SCHEM:s", "TABLE_NAME:s", "GRANTOR:s", "GRANTEE:s", "PRIVILEGE:s",
        "IS_GRANTABLE:s");
  }

  @Override
  public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable)
      throws SQLException {
    return empty("SCOPE:h", "COLUMN_NAME:s", "DATA_TYPE:i", "TYPE_NAME:s", "COLUMN_SIZE:i", "BUFFER_LENGTH:i",
        "DECIMAL_DIGITS:h", "PSEUDO_COLUMN:h");
  }

  @Override
  public ResultSet getVersionColumns(String catalog, String schema, String table) throws SQLException {
    return empty("SCOPE:h", "COLUMN_NAME:s", "DATA_TYPE:i", "TYPE_NAME:s", "COLUMN_SIZE:i", "BUFFER_LENGTH:i",
        "DECIMAL_DIGITS:h", "PSEUDO_COLUMN:h");
  }

  @Override
  public ResultSet getPrimaryKeys(String catalog, String schema, String table) throws SQLException {
    return empty("TABLE_CAT:s", "TABLE_SCHEM:s", "TABLE_NAME:s", "COLUMN_NAME:s", "KEY_SEQ:h", "PK_NAME:s");
  }

  private static final String[] KEY_COLUMNS = {"PKTABLE_CAT:s", "PKTABLE_SCHEM:s", "PKTABLE_NAME:s",
      "PKCOLUMN_NAME:s", "FKTABLE_CAT:s", "FKTABLE_SCHEM:s", "FKTABLE_NAME:s", "FKCOLUMN_NAME:s", "KEY_SEQ:h",
      "UPDATE_RULE:h", "DELETE_RULE:h", "FK_NAME:s", "PK_NAME:s", "DEFERRABILITY:h"};

  @Override
  public ResultSet getImportedKeys(String catalog, String schema, String table) throws SQLException {
    return empty(KEY_COLUMNS);
  }

  @Override
  public ResultSet getExportedKeys(String catalog, String schema, String table) throws SQLException {
    return empty(KEY_COLUMNS);
  }

  @Override
  public ResultSet getCrossReference(String parentCatalog, String parentSchema, String parentTable,
      String foreignCatalog, String foreignSchema, String foreignTable) throws SQLException {
    return empty(KEY_COLUMNS);
  }

  @Override
  public ResultSet getIndexInfo(String catalog, String schema, String table, boolean unique, boolean approximate)
      throws SQLException {
    return empty("TABLE_CAT:s", "TABLE_SCHEM:s", "TABLE_NAME:s", "NON_UNIQUE:b", "INDEX_QUALIFIER:s",
        "INDEX_NAME:s", "TYPE:h", "ORDINAL_POSITION:h", "COLUMN_NAME:s", "ASC_OR_DESC:s", "CARDINALITY:l",
        "PAGES:l", "FILTER_CONDITION:s");
  }

  @Override
  public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern, int[] types)
      throws SQLException {
    return empty("TYPE_CAT:s", "TYPE_SCHEM:s", "TYPE_NAME:s", "CLASS_NAME:s", "DATA_TYPE:i", "REMARKS:s",
        "BASE_TYPE:h");
  }

  @Override
  public ResultSet getSuperTypes(String catalog, String schemaPattern, String typeNamePattern) throws SQLException {
    return empty("TYPE_CAT:s", "TYPE_SCHEM:s", "TYPE_NAME:s", "SUPERTYPE_CAT:s", "SUPERTYPE_SCHEM:s",
        "SUPERTYPE_NAME:s");
  }

  @Override
  public ResultSet getSuperTables(String catalog, String schemaPattern, String tableNamePattern)
      throws SQLException {
    return empty("TABLE_CAT:s", "TABLE_SCHEM:s", "TABLE_NAME:s", "SUPERTABLE_NAME:s");
  }

  @Override
  public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
      String attributeNamePattern) throws SQLException {
    return empty("TYPE_CAT:s", "TYPE_SCHEM:s", "TYPE_NAME:s", "ATTR_NAME:s", "DATA_TYPE:i", "ATTR_TYPE_NAME:s",
        "ATTR_SIZE:i", "DECIMAL_DIGITS:i", "NUM_PREC_RADIX:i", "NULLABLE:i", "REMARKS:s", "ATTR_DEF:s",
        "SQL_DATA_TYPE:i", "SQL_DATETIME_SUB:i", "CHAR_OCTET_LENGTH:i", "ORDINAL_POSITION:i", "IS_NULLABLE:s",
        "SCOPE_CATALOG:s", "SCOPE_SCHEMA:s", "SCOPE_TABLE:s", "SOURCE_DATA_TYPE:h");
  }

  @Override
  public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern,
      String columnNamePattern) throws SQLException {
    return empty("TABLE_CAT:s", "TABLE_SCHEM:s", "TABLE_NAME:s", "COLUMN_NAME:s", "DATA_TYPE:i", "COLUMN_SIZE:i",
        "DECIMAL_DIGITS:i", "NUM_PREC_RADIX:i", "COLUMN_USAGE:s", "REMARKS:s", "CHAR_OCTET_LENGTH:i",
        "IS_NULLABLE:s");
  }

  @Override
  public ResultSet getClientInfoProperties() throws SQLException {
    return empty("NAME:s", "MAX_LEN:i", "DEFAULT_VALUE:s", "DESCRIPTION:s");
  }

  // ------------------------------------------------------------------------ identity

  @Override
  public String getURL() {
    return connection.url().safeUrl();
  }

  @Override
  public String getUserName() {
    return connection.url().userId();
  }

  @Override
  public String getDatabaseProductName() {
    return "Spark SQL";
  }

  /** The server's Spark version, as it reports it. */
  @Override
  public String getDatabaseProductVersion() throws SQLException {
    connection.checkOpen();
    try {
      return session.version();
    } catch (RuntimeException e) {
      throw SqlErrors.of(e);
    }
  }

  private int versionPart(int i) throws SQLException {
    String[] v = getDatabaseProductVersion().split("[.-]");
    try {
      return Integer.parseInt(v[i]);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  @Override
  public int getDatabaseMajorVersion() throws SQLException {
    return versionPart(0);
  }

  @Override
  public int getDatabaseMinorVersion() throws SQLException {
    return versionPart(1);
  }

  @Override
  public String getDriverName() {
    return "Spark Connect JDBC (spark-connect-java)";
  }

  @Override
  public String getDriverVersion() {
    return SparkConnectDriver.version();
  }

  @Override
  public int getDriverMajorVersion() {
    return SparkConnectDriver.MAJOR;
  }

  @Override
  public int getDriverMinorVersion() {
    return SparkConnectDriver.MINOR;
  }

  @Override
  public int getJDBCMajorVersion() {
    return 4;
  }

  @Override
  public int getJDBCMinorVersion() {
    return 3;
  }

  @Override
  public Connection getConnection() {
    return connection;
  }

  // -------------------------------------------------------------------- SQL dialect

  @Override
  public String getIdentifierQuoteString() {
    return "`";
  }

  /** Spark's keywords ({@code sql_keywords()} on servers that have it) that are not SQL:2003 keywords. */
  @Override
  public String getSQLKeywords() throws SQLException {
    connection.checkOpen();
    List<String> out = new ArrayList<>();
    try {
      for (Row r : session.sql("SELECT keyword FROM sql_keywords() ORDER BY keyword").collectAsList()) {
        String k = r.getString(0);
        if (!SqlKeywords.SQL2003.contains(k)) {
          out.add(k);
        }
      }
    } catch (RuntimeException e) {
      out.addAll(SqlKeywords.SPARK_EXTRA);
    }
    return String.join(",", out);
  }

  @Override
  public String getNumericFunctions() {
    return "abs,acos,asin,atan,atan2,ceil,ceiling,cos,cot,degrees,exp,floor,ln,log,log10,log2,mod,pi,pow,power,"
        + "radians,rand,round,sign,sin,sqrt,tan,truncate";
  }

  @Override
  public String getStringFunctions() {
    return "ascii,char,char_length,character_length,concat,concat_ws,instr,lcase,left,length,locate,lower,lpad,"
        + "ltrim,overlay,position,repeat,replace,right,rpad,rtrim,space,split,substr,substring,trim,ucase,upper";
  }

  @Override
  public String getSystemFunctions() {
    return "coalesce,current_catalog,current_database,current_schema,current_user,ifnull,isnull,nullif,nvl,"
        + "user,version";
  }

  @Override
  public String getTimeDateFunctions() {
    return "current_date,current_timestamp,date_add,date_format,date_sub,datediff,day,dayofmonth,dayofweek,"
        + "dayofyear,extract,hour,minute,month,now,quarter,second,timestampadd,timestampdiff,to_date,"
        + "to_timestamp,unix_timestamp,week,weekofyear,year";
  }

  @Override
  public String getSearchStringEscape() {
    return "\\";
  }

  @Override
  public String getExtraNameCharacters() {
    return "";
  }

  @Override
  public String getSchemaTerm() {
    return "database";
  }

  @Override
  public String getProcedureTerm() {
    return "procedure";
  }

  @Override
  public String getCatalogTerm() {
    return "catalog";
  }

  @Override
  public boolean isCatalogAtStart() {
    return true;
  }

  @Override
  public String getCatalogSeparator() {
    return ".";
  }

  // ------------------------------------------------------------------------- flags

  @Override
  public boolean allProceduresAreCallable() {
    return false;
  }

  @Override
  public boolean allTablesAreSelectable() {
    return true;
  }

  @Override
  public boolean isReadOnly() {
    return false;
  }

  /** Spark sorts nulls first in ascending order and last in descending order: low. */
  @Override
  public boolean nullsAreSortedHigh() {
    return false;
  }

  @Override
  public boolean nullsAreSortedLow() {
    return true;
  }

  @Override
  public boolean nullsAreSortedAtStart() {
    return false;
  }

  @Override
  public boolean nullsAreSortedAtEnd() {
    return false;
  }

  @Override
  public boolean usesLocalFiles() {
    return false;
  }

  @Override
  public boolean usesLocalFilePerTable() {
    return false;
  }

  /** Spark's identifiers are case-insensitive and stored in lower case by its session catalog. */
  @Override
  public boolean supportsMixedCaseIdentifiers() {
    return false;
  }

  @Override
  public boolean storesUpperCaseIdentifiers() {
    return false;
  }

  @Override
  public boolean storesLowerCaseIdentifiers() {
    return true;
  }

  @Override
  public boolean storesMixedCaseIdentifiers() {
    return false;
  }

  @Override
  public boolean supportsMixedCaseQuotedIdentifiers() {
    return false;
  }

  @Override
  public boolean storesUpperCaseQuotedIdentifiers() {
    return false;
  }

  @Override
  public boolean storesLowerCaseQuotedIdentifiers() {
    return true;
  }

  @Override
  public boolean storesMixedCaseQuotedIdentifiers() {
    return false;
  }

  @Override
  public boolean supportsAlterTableWithAddColumn() {
    return true;
  }

  @Override
  public boolean supportsAlterTableWithDropColumn() {
    return true;
  }

  @Override
  public boolean supportsColumnAliasing() {
    return true;
  }

  @Override
  public boolean nullPlusNonNullIsNull() {
    return true;
  }

  @Override
  public boolean supportsConvert() {
    return true;
  }

  @Override
  public boolean supportsConvert(int fromType, int toType) {
    return true;
  }

  @Override
  public boolean supportsTableCorrelationNames() {
    return true;
  }

  @Override
  public boolean supportsDifferentTableCorrelationNames() {
    return false;
  }

  @Override
  public boolean supportsExpressionsInOrderBy() {
    return true;
  }

  @Override
  public boolean supportsOrderByUnrelated() {
    return true;
  }

  @Override
  public boolean supportsGroupBy() {
    return true;
  }

  @Override
  public boolean supportsGroupByUnrelated() {
    return true;
  }

  @Override
  public boolean supportsGroupByBeyondSelect() {
    return true;
  }

  @Override
  public boolean supportsLikeEscapeClause() {
    return true;
  }

  @Override
  public boolean supportsMultipleResultSets() {
    return false;
  }

  @Override
  public boolean supportsMultipleTransactions() {
    return true;
  }

  @Override
  public boolean supportsNonNullableColumns() {
    return true;
  }

  @Override
  public boolean supportsMinimumSQLGrammar() {
    return true;
  }

  @Override
  public boolean supportsCoreSQLGrammar() {
    return true;
  }

  @Override
  public boolean supportsExtendedSQLGrammar() {
    return false;
  }

  @Override
  public boolean supportsANSI92EntryLevelSQL() {
    return true;
  }

  @Override
  public boolean supportsANSI92IntermediateSQL() {
    return false;
  }

  @Override
  public boolean supportsANSI92FullSQL() {
    return false;
  }

  @Override
  public boolean supportsIntegrityEnhancementFacility() {
    return false;
  }

  @Override
  public boolean supportsOuterJoins() {
    return true;
  }

  @Override
  public boolean supportsFullOuterJoins() {
    return true;
  }

  @Override
  public boolean supportsLimitedOuterJoins() {
    return true;
  }

  @Override
  public boolean supportsSchemasInDataManipulation() {
    return true;
  }

  @Override
  public boolean supportsSchemasInProcedureCalls() {
    return false;
  }

  @Override
  public boolean supportsSchemasInTableDefinitions() {
    return true;
  }

  @Override
  public boolean supportsSchemasInIndexDefinitions() {
    return false;
  }

  @Override
  public boolean supportsSchemasInPrivilegeDefinitions() {
    return false;
  }

  @Override
  public boolean supportsCatalogsInDataManipulation() {
    return true;
  }

  @Override
  public boolean supportsCatalogsInProcedureCalls() {
    return false;
  }

  @Override
  public boolean supportsCatalogsInTableDefinitions() {
    return true;
  }

  @Override
  public boolean supportsCatalogsInIndexDefinitions() {
    return false;
  }

  @Override
  public boolean supportsCatalogsInPrivilegeDefinitions() {
    return false;
  }

  @Override
  public boolean supportsPositionedDelete() {
    return false;
  }

  @Override
  public boolean supportsPositionedUpdate() {
    return false;
  }

  @Override
  public boolean supportsSelectForUpdate() {
    return false;
  }

  @Override
  public boolean supportsStoredProcedures() {
    return false;
  }

  @Override
  public boolean supportsSubqueriesInComparisons() {
    return true;
  }

  @Override
  public boolean supportsSubqueriesInExists() {
    return true;
  }

  @Override
  public boolean supportsSubqueriesInIns() {
    return true;
  }

  @Override
  public boolean supportsSubqueriesInQuantifieds() {
    return false;
  }

  @Override
  public boolean supportsCorrelatedSubqueries() {
    return true;
  }

  @Override
  public boolean supportsUnion() {
    return true;
  }

  @Override
  public boolean supportsUnionAll() {
    return true;
  }

  @Override
  public boolean supportsOpenCursorsAcrossCommit() {
    return true;
  }

  @Override
  public boolean supportsOpenCursorsAcrossRollback() {
    return true;
  }

  @Override
  public boolean supportsOpenStatementsAcrossCommit() {
    return true;
  }

  @Override
  public boolean supportsOpenStatementsAcrossRollback() {
    return true;
  }

  @Override
  public int getMaxBinaryLiteralLength() {
    return 0;
  }

  @Override
  public int getMaxCharLiteralLength() {
    return 0;
  }

  @Override
  public int getMaxColumnNameLength() {
    return 0;
  }

  @Override
  public int getMaxColumnsInGroupBy() {
    return 0;
  }

  @Override
  public int getMaxColumnsInIndex() {
    return 0;
  }

  @Override
  public int getMaxColumnsInOrderBy() {
    return 0;
  }

  @Override
  public int getMaxColumnsInSelect() {
    return 0;
  }

  @Override
  public int getMaxColumnsInTable() {
    return 0;
  }

  @Override
  public int getMaxConnections() {
    return 0;
  }

  @Override
  public int getMaxCursorNameLength() {
    return 0;
  }

  @Override
  public int getMaxIndexLength() {
    return 0;
  }

  @Override
  public int getMaxSchemaNameLength() {
    return 0;
  }

  @Override
  public int getMaxProcedureNameLength() {
    return 0;
  }

  @Override
  public int getMaxCatalogNameLength() {
    return 0;
  }

  @Override
  public int getMaxRowSize() {
    return 0;
  }

  @Override
  public boolean doesMaxRowSizeIncludeBlobs() {
    return false;
  }

  @Override
  public int getMaxStatementLength() {
    return 0;
  }

  @Override
  public int getMaxStatements() {
    return 0;
  }

  @Override
  public int getMaxTableNameLength() {
    return 0;
  }

  @Override
  public int getMaxTablesInSelect() {
    return 0;
  }

  @Override
  public int getMaxUserNameLength() {
    return 0;
  }

  @Override
  public int getDefaultTransactionIsolation() {
    return Connection.TRANSACTION_NONE;
  }

  @Override
  public boolean supportsTransactions() {
    return false;
  }

  @Override
  public boolean supportsTransactionIsolationLevel(int level) {
    return level == Connection.TRANSACTION_NONE;
  }

  @Override
  public boolean supportsDataDefinitionAndDataManipulationTransactions() {
    return false;
  }

  @Override
  public boolean supportsDataManipulationTransactionsOnly() {
    return false;
  }

  @Override
  public boolean dataDefinitionCausesTransactionCommit() {
    return false;
  }

  @Override
  public boolean dataDefinitionIgnoredInTransactions() {
    return false;
  }

  @Override
  public boolean supportsResultSetType(int type) {
    return type == ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public boolean supportsResultSetConcurrency(int type, int concurrency) {
    return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public boolean ownUpdatesAreVisible(int type) {
    return false;
  }

  @Override
  public boolean ownDeletesAreVisible(int type) {
    return false;
  }

  @Override
  public boolean ownInsertsAreVisible(int type) {
    return false;
  }

  @Override
  public boolean othersUpdatesAreVisible(int type) {
    return false;
  }

  @Override
  public boolean othersDeletesAreVisible(int type) {
    return false;
  }

  @Override
  public boolean othersInsertsAreVisible(int type) {
    return false;
  }

  @Override
  public boolean updatesAreDetected(int type) {
    return false;
  }

  @Override
  public boolean deletesAreDetected(int type) {
    return false;
  }

  @Override
  public boolean insertsAreDetected(int type) {
    return false;
  }

  @Override
  public boolean supportsBatchUpdates() {
    return true;
  }

  @Override
  public boolean supportsSavepoints() {
    return false;
  }

  @Override
  public boolean supportsNamedParameters() {
    return false;
  }

  @Override
  public boolean supportsMultipleOpenResults() {
    return false;
  }

  @Override
  public boolean supportsGetGeneratedKeys() {
    return false;
  }

  @Override
  public boolean supportsResultSetHoldability(int holdability) {
    return holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public int getResultSetHoldability() {
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  @Override
  public int getSQLStateType() {
    return sqlStateSQL;
  }

  @Override
  public boolean locatorsUpdateCopy() {
    return false;
  }

  @Override
  public boolean supportsStatementPooling() {
    return false;
  }

  @Override
  public RowIdLifetime getRowIdLifetime() {
    return RowIdLifetime.ROWID_UNSUPPORTED;
  }

  @Override
  public boolean supportsStoredFunctionsUsingCallSyntax() {
    return false;
  }

  @Override
  public boolean autoCommitFailureClosesAllResultSets() {
    return false;
  }

  @Override
  public boolean generatedKeyAlwaysReturned() {
    return false;
  }

  @Override
  public long getMaxLogicalLobSize() {
    return 0;
  }

  @Override
  public boolean supportsRefCursors() {
    return false;
  }

  @Override
  public boolean supportsSharding() {
    return false;
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper of " + iface.getName(), "HY000");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
