package io.sparkconnect.sql.types;

import io.sparkconnect.client.JsonWriter;
import java.util.Locale;

/**
 * Base class of all SQL data types.
 *
 * <p>Every data type is an immutable value and therefore thread-safe. Types without parameters
 * are singletons (see {@link DataTypes}); parameterized types compare by value.
 *
 * <p>The string forms follow the server's conventions:
 *
 * <ul>
 *   <li>{@link #typeName()} &mdash; the name used in JSON schemas and tree strings, e.g. {@code
 *       integer}, {@code decimal(10,2)}, {@code array};
 *   <li>{@link #simpleString()} &mdash; a short readable form, e.g. {@code int}, {@code
 *       array<int>}, {@code struct<a:int,b:string>};
 *   <li>{@link #catalogString()} &mdash; like {@code simpleString} but never truncated;
 *   <li>{@link #sql()} &mdash; the SQL form, e.g. {@code INT}, {@code MAP<STRING, INT>};
 *   <li>{@link #json()} &mdash; the JSON schema representation, parseable by {@link
 *       #fromJson(String)};
 *   <li>{@link #toString()} &mdash; a debug form such as {@code DecimalType(10,2)} or {@code
 *       ArrayType(IntegerType,true)}.
 * </ul>
 */
public abstract class DataType {

  /** Package-private: the set of data types is closed. */
  DataType() {}

  /**
   * The name of this type as used in JSON schemas and in {@link StructType#treeString()}.
   *
   * @return the type name, e.g. {@code "integer"}
   */
  public abstract String typeName();

  /**
   * A short, readable representation, e.g. {@code "int"} or {@code "array<string>"}.
   *
   * @return the simple string
   */
  public String simpleString() {
    return typeName();
  }

  /**
   * Like {@link #simpleString()}, but without truncating wide structs.
   *
   * @return the catalog string
   */
  public String catalogString() {
    return simpleString();
  }

  /**
   * The SQL representation of this type, e.g. {@code "INT"} or {@code "ARRAY<STRING>"}.
   *
   * @return the SQL type string
   */
  public String sql() {
    return simpleString().toUpperCase(Locale.ROOT);
  }

  /**
   * The compact JSON representation of this type.
   *
   * @return JSON text, e.g. {@code "integer"} (with quotes) for {@link IntegerType}
   */
  public String json() {
    return JsonWriter.compact(jsonValue());
  }

  /**
   * The indented JSON representation of this type.
   *
   * @return indented JSON text
   */
  public String prettyJson() {
    return JsonWriter.pretty(jsonValue());
  }

  /**
   * The default size in bytes of one value of this type, used for size estimates.
   *
   * @return estimated size in bytes
   */
  public abstract int defaultSize();

  /**
   * The JSON value tree of this type (String, Map or List), see {@link JsonWriter}.
   *
   * @return the JSON tree
   */
  Object jsonValue() {
    return typeName();
  }

  /**
   * Appends the nested lines of a schema tree for this type (only complex types add lines).
   *
   * @param prefix line prefix
   * @param sb destination
   * @param maxDepth remaining depth
   */
  void buildFormattedString(String prefix, StringBuilder sb, int maxDepth) {
    // Atomic types have no nested lines.
  }

  /**
   * Appends the nested lines of {@code type} one level deeper.
   *
   * @param type the child type
   * @param prefix the prefix for the child lines
   * @param sb destination
   * @param maxDepth remaining depth before descending
   */
  static void buildNested(DataType type, String prefix, StringBuilder sb, int maxDepth) {
    type.buildFormattedString(prefix, sb, maxDepth - 1);
  }

  /**
   * Parses a type from its JSON representation (as produced by {@link #json()}).
   *
   * @param json the JSON text
   * @return the data type
   * @throws IllegalArgumentException if the JSON is invalid or names an unknown type
   */
  public static DataType fromJson(String json) {
    return JsonSchema.parse(json);
  }

  /**
   * Parses a type from a SQL/DDL type string such as {@code "int"}, {@code "decimal(10,2)"},
   * {@code "array<string>"}, {@code "map<string,int>"} or {@code "struct<a:int,b string>"}.
   * Keywords are case-insensitive.
   *
   * @param ddl the type string
   * @return the data type
   * @throws IllegalArgumentException if the string cannot be parsed
   */
  public static DataType fromDDL(String ddl) {
    return DdlParser.parseType(ddl);
  }

  /**
   * A debug representation, e.g. {@code IntegerType}, {@code DecimalType(10,2)}, {@code
   * ArrayType(IntegerType,true)}.
   *
   * @return the debug string
   */
  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
