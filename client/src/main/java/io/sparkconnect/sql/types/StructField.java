package io.sparkconnect.sql.types;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a {@link StructType}: a name, a data type, nullability and {@link Metadata}.
 *
 * <p>Immutable and thread-safe; instances compare by all four components.
 */
public final class StructField {
  private static final String COMMENT_KEY = "comment";

  private final String name;
  private final DataType dataType;
  private final boolean nullable;
  private final Metadata metadata;

  /**
   * Creates a field.
   *
   * @param name the field name, not null
   * @param dataType the type, not null
   * @param nullable whether values may be null
   * @param metadata the metadata; null means empty
   */
  public StructField(String name, DataType dataType, boolean nullable, Metadata metadata) {
    this.name = Objects.requireNonNull(name, "name");
    this.dataType = Objects.requireNonNull(dataType, "dataType");
    this.nullable = nullable;
    this.metadata = metadata == null ? Metadata.empty() : metadata;
  }

  /**
   * Creates a field with empty metadata.
   *
   * @param name the field name
   * @param dataType the type
   * @param nullable whether values may be null
   */
  public StructField(String name, DataType dataType, boolean nullable) {
    this(name, dataType, nullable, Metadata.empty());
  }

  /**
   * Creates a nullable field with empty metadata.
   *
   * @param name the field name
   * @param dataType the type
   */
  public StructField(String name, DataType dataType) {
    this(name, dataType, true, Metadata.empty());
  }

  /**
   * The field name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The field's data type.
   *
   * @return the type
   */
  public DataType dataType() {
    return dataType;
  }

  /**
   * Whether values may be null.
   *
   * @return nullability
   */
  public boolean nullable() {
    return nullable;
  }

  /**
   * The field metadata.
   *
   * @return the metadata, never null
   */
  public Metadata metadata() {
    return metadata;
  }

  /**
   * The comment stored in the metadata under {@code "comment"}, if any.
   *
   * @return the comment
   */
  public Optional<String> getComment() {
    if (metadata.contains(COMMENT_KEY)) {
      try {
        return Optional.ofNullable(metadata.getString(COMMENT_KEY));
      } catch (ClassCastException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy of this field with the given comment.
   *
   * @param comment the comment text
   * @return the new field
   */
  public StructField withComment(String comment) {
    Metadata m = new MetadataBuilder().withMetadata(metadata).putString(COMMENT_KEY, comment).build();
    return new StructField(name, dataType, nullable, m);
  }

  /**
   * Returns a copy of this field with another name.
   *
   * @param newName the new name
   * @return the new field
   */
  public StructField withName(String newName) {
    return new StructField(newName, dataType, nullable, metadata);
  }

  private String ddlComment() {
    return getComment().map(c -> " COMMENT '" + Quoting.escapeSingleQuoted(c) + "'").orElse("");
  }

  /**
   * The DDL form of this field, e.g. {@code a INT NOT NULL COMMENT 'x'}. Names are back-quoted
   * when they contain characters other than letters, digits and underscores.
   *
   * @return the DDL string
   */
  public String toDDL() {
    return Quoting.quoteIfNeeded(name) + " " + dataType.sql() + (nullable ? "" : " NOT NULL")
        + ddlComment();
  }

  /**
   * The SQL form of this field inside a struct type, e.g. {@code a: INT}.
   *
   * @return the SQL string
   */
  String sql() {
    return Quoting.quoteIfNeeded(name) + ": " + dataType.sql() + ddlComment();
  }

  Map<String, Object> jsonValue() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("type", dataType.jsonValue());
    m.put("nullable", nullable);
    m.put("metadata", metadata.jsonValue());
    return m;
  }

  void buildFormattedString(String prefix, StringBuilder sb, int maxDepth) {
    if (maxDepth > 0) {
      sb.append(prefix).append("-- ").append(Quoting.escapeMetaCharacters(name)).append(": ")
          .append(dataType.typeName()).append(" (nullable = ").append(nullable).append(")\n");
      DataType.buildNested(dataType, prefix + "    |", sb, maxDepth);
    }
  }

  /** {@inheritDoc} */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StructField)) {
      return false;
    }
    StructField f = (StructField) o;
    return nullable == f.nullable
        && name.equals(f.name)
        && dataType.equals(f.dataType)
        && metadata.equals(f.metadata);
  }

  /** {@inheritDoc} */
  @Override
  public int hashCode() {
    return Objects.hash(name, dataType, nullable, metadata);
  }

  /** Returns e.g. {@code "StructField(a,IntegerType,true)"} (metadata is not shown). */
  @Override
  public String toString() {
    return "StructField(" + name + "," + dataType + "," + nullable + ")";
  }
}
