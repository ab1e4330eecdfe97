package io.sparkconnect.sql.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A struct (record) type made of ordered {@link StructField}s (Java value: {@link
 * io.sparkconnect.sql.Row}). Also used as the schema of a result.
 *
 * <p>Immutable and thread-safe: the {@code add} methods return new instances. Instances compare
 * by their fields. When several fields share a name, lookups by name find the last one.
 */
public final class StructType extends DataType implements Iterable<StructField> {
  /** Structs with more fields than this are abbreviated by {@link #simpleString()}. */
  public static final int MAX_TO_STRING_FIELDS = 25;

  private final StructField[] fields;
  private final Map<String, Integer> nameToIndex;

  /** Creates an empty struct type. */
  public StructType() {
    this(new StructField[0]);
  }

  /**
   * Creates a struct type from fields (the array is copied).
   *
   * @param fields the fields, no null elements
   */
  public StructType(StructField[] fields) {
    this.fields = fields.clone();
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < this.fields.length; i++) {
      Objects.requireNonNull(this.fields[i], "field " + i);
      idx.put(this.fields[i].name(), i);
    }
    this.nameToIndex = idx;
  }

  /**
   * Creates a struct type from a list of fields.
   *
   * @param fields the fields, no null elements
   */
  public StructType(List<StructField> fields) {
    this(fields.toArray(new StructField[0]));
  }

  /**
   * Parses a DDL column list such as {@code "a INT NOT NULL, b STRING COMMENT 'x'"}. A struct type
   * string such as {@code "struct<a:int>"} is accepted too.
   *
   * @param ddl the DDL text
   * @return the struct type
   * @throws IllegalArgumentException if it cannot be parsed
   */
  public static StructType fromDDL(String ddl) {
    return DdlParser.parseSchema(ddl);
  }

  /**
   * The fields (a copy of the internal array).
   *
   * @return the fields in order
   */
  public StructField[] fields() {
    return fields.clone();
  }

  /**
   * The fields as an unmodifiable list.
   *
   * @return the fields in order
   */
  public List<StructField> fieldList() {
    return Collections.unmodifiableList(Arrays.asList(fields));
  }

  /**
   * The field names.
   *
   * @return the names in order
   */
  public String[] fieldNames() {
    String[] names = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      names[i] = fields[i].name();
    }
    return names;
  }

  /**
   * Same as {@link #fieldNames()}.
   *
   * @return the names in order
   */
  public String[] names() {
    return fieldNames();
  }

  /**
   * The number of fields.
   *
   * @return the field count
   */
  public int length() {
    return fields.length;
  }

  /**
   * The number of fields.
   *
   * @return the field count
   */
  public int size() {
    return fields.length;
  }

  /**
   * Whether there are no fields.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return fields.length == 0;
  }

  /**
   * The field at a position.
   *
   * @param index zero-based position
   * @return the field
   * @throws IndexOutOfBoundsException for a bad index
   */
  public StructField apply(int index) {
    if (index < 0 || index >= fields.length) {
      throw new IndexOutOfBoundsException(
          "Field index " + index + " is out of range for a struct with " + fields.length
              + " fields");
    }
    return fields[index];
  }

  /**
   * The field with a name (case-sensitive).
   *
   * @param name the field name
   * @return the field
   * @throws IllegalArgumentException naming the field and the available fields if absent
   */
  public StructField apply(String name) {
    return fields[fieldIndex(name)];
  }

  /**
   * The position of the field with a name (case-sensitive).
   *
   * @param name the field name
   * @return the zero-based position
   * @throws IllegalArgumentException naming the field and the available fields if absent
   */
  public int fieldIndex(String name) {
    Integer i = nameToIndex.get(name);
    if (i == null) {
      throw new IllegalArgumentException(
          "Field \"" + name + "\" does not exist. Available fields: "
              + String.join(", ", fieldNames()));
    }
    return i;
  }

  /**
   * The position of the field with a name, if present.
   *
   * @param name the field name
   * @return the position, or empty
   */
  public Optional<Integer> getFieldIndex(String name) {
    return Optional.ofNullable(nameToIndex.get(name));
  }

  /**
   * The field with a name, if present.
   *
   * @param name the field name
   * @return the field, or empty
   */
  public Optional<StructField> getField(String name) {
    return getFieldIndex(name).map(i -> fields[i]);
  }

  /**
   * Returns a new struct with a field appended.
   *
   * @param field the field
   * @return the new struct type
   */
  public StructType add(StructField field) {
    StructField[] f = Arrays.copyOf(fields, fields.length + 1);
    f[fields.length] = Objects.requireNonNull(field, "field");
    return new StructType(f);
  }

  /**
   * Returns a new struct with a nullable field appended.
   *
   * @param name the name
   * @param dataType the type
   * @return the new struct type
   */
  public StructType add(String name, DataType dataType) {
    return add(new StructField(name, dataType, true));
  }

  /**
   * Returns a new struct with a field appended.
   *
   * @param name the name
   * @param dataType the type
   * @param nullable nullability
   * @return the new struct type
   */
  public StructType add(String name, DataType dataType, boolean nullable) {
    return add(new StructField(name, dataType, nullable));
  }

  /**
   * Returns a new struct with a field appended.
   *
   * @param name the name
   * @param dataType the type
   * @param nullable nullability
   * @param metadata the metadata
   * @return the new struct type
   */
  public StructType add(String name, DataType dataType, boolean nullable, Metadata metadata) {
    return add(new StructField(name, dataType, nullable, metadata));
  }

  /**
   * Returns a new struct with a commented field appended.
   *
   * @param name the name
   * @param dataType the type
   * @param nullable nullability
   * @param comment the comment
   * @return the new struct type
   */
  public StructType add(String name, DataType dataType, boolean nullable, String comment) {
    return add(new StructField(name, dataType, nullable).withComment(comment));
  }

  /**
   * Returns a new struct with a nullable field appended whose type is given as a DDL string
   * (see {@link DataType#fromDDL(String)}).
   *
   * @param name the name
   * @param ddlType the type, e.g. {@code "int"} or {@code "array<string>"}
   * @return the new struct type
   */
  public StructType add(String name, String ddlType) {
    return add(name, DataType.fromDDL(ddlType), true);
  }

  /**
   * Returns a new struct with a field appended whose type is given as a DDL string.
   *
   * @param name the name
   * @param ddlType the type
   * @param nullable nullability
   * @return the new struct type
   */
  public StructType add(String name, String ddlType, boolean nullable) {
    return add(name, DataType.fromDDL(ddlType), nullable);
  }

  /** {@inheritDoc} */
  @Override
  public Iterator<StructField> iterator() {
    return fieldList().iterator();
  }

  /** {@inheritDoc} Returns {@code "struct"}. */
  @Override
  public String typeName() {
    return "struct";
  }

  /**
   * {@inheritDoc} Returns e.g. {@code "struct<a:int,b:string>"}; with more than {@value
   * #MAX_TO_STRING_FIELDS} fields the rest is summarized as {@code ... N more fields}.
   */
  @Override
  public String simpleString() {
    List<String> parts = new ArrayList<>();
    for (StructField f : fields) {
      parts.add(f.name() + ":" + f.dataType().simpleString());
    }
    if (parts.size() <= MAX_TO_STRING_FIELDS) {
      return "struct<" + String.join(",", parts) + ">";
    }
    int shown = MAX_TO_STRING_FIELDS - 1;
    return "struct<" + String.join(",", parts.subList(0, shown)) + ",... "
        + (parts.size() - shown) + " more fields>";
  }

  /** {@inheritDoc} Never abbreviated. */
  @Override
  public String catalogString() {
    StringBuilder sb = new StringBuilder("struct<");
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(fields[i].name()).append(':').append(fields[i].dataType().catalogString());
    }
    return sb.append('>').toString();
  }

  /** {@inheritDoc} Returns e.g. {@code "STRUCT<a: INT, `b c`: STRING>"}. */
  @Override
  public String sql() {
    return Arrays.stream(fields).map(StructField::sql)
        .collect(Collectors.joining(", ", "STRUCT<", ">"));
  }

  /**
   * The DDL column list, e.g. {@code "a INT NOT NULL,b STRING COMMENT 'x'"}, parseable by {@link
   * #fromDDL(String)}.
   *
   * @return the DDL string
   */
  public String toDDL() {
    return Arrays.stream(fields).map(StructField::toDDL).collect(Collectors.joining(","));
  }

  /** {@inheritDoc} The sum of the field default sizes. */
  @Override
  public int defaultSize() {
    int sum = 0;
    for (StructField f : fields) {
      sum += f.dataType().defaultSize();
    }
    return sum;
  }

  @Override
  Object jsonValue() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", typeName());
    List<Object> list = new ArrayList<>();
    for (StructField f : fields) {
      list.add(f.jsonValue());
    }
    m.put("fields", list);
    return m;
  }

  @Override
  void buildFormattedString(String prefix, StringBuilder sb, int maxDepth) {
    for (StructField f : fields) {
      f.buildFormattedString(prefix, sb, maxDepth);
    }
  }

  /**
   * The schema as an indented tree, starting with {@code root} and ending with a newline, e.g.
   *
   * <pre>
   * root
   *  |-- id: long (nullable = false)
   *  |-- tags: array (nullable = true)
   *  |    |-- element: string (containsNull = true)
   * </pre>
   *
   * @return the tree text
   */
  public String treeString() {
    return treeString(Integer.MAX_VALUE);
  }

  /**
   * Like {@link #treeString()}, but shows at most {@code maxDepth} levels of nesting.
   *
   * @param maxDepth the number of levels to show; zero or negative means unlimited
   * @return the tree text
   */
  public String treeString(int maxDepth) {
    StringBuilder sb = new StringBuilder("root\n");
    int depth = maxDepth > 0 ? maxDepth : Integer.MAX_VALUE;
    for (StructField f : fields) {
      f.buildFormattedString(" |", sb, depth);
    }
    return sb.toString();
  }

  /** Prints {@link #treeString()} to standard output. */
  public void printTreeString() {
    System.out.print(treeString());
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    return o instanceof StructType && Arrays.equals(fields, ((StructType) o).fields);
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return Arrays.hashCode(fields);
  }

  /** Returns e.g. {@code "StructType(StructField(a,IntegerType,true),StructField(b,StringType,false))"}. */
  @Override
  public String toString() {
    return Arrays.stream(fields).map(StructField::toString)
        .collect(Collectors.joining(",", "StructType(", ")"));
  }
}
